"""Classification: whether an indicator counts people, and the breakdowns it asks for.

The indicator's subject noun phrase — "Number of *X* ...", "% of *X* ...", "Nombre de *X* ...",
"Porcentaje de *X* ..." — is read with spaCy lemmas:

- *people* is decided by the phrase's head noun(s): a person noun ("migrant workers",
  "magistrats", "personas") makes it a people indicator; a non-person noun ("shelters", "lits",
  "casos", "households") does not, even when a sex is named ("beds reserved for women"). An
  unknown head counts people only when something else says so: a person word in the phrase
  ("women fish processors"), a relative pronoun for persons ("who", "quienes"), a verb whose
  subject or object is a person ("trained", "formés", "capacitados"), a breakdown that only
  persons have (sex, age, disability, nationality) or a feminine person form. Otherwise the
  default is **not people**: the tool does not raise a finding it cannot explain.
- *disaggregated_by* is what :mod:`.disaggregation` finds in the text, plus breakdowns known
  from elsewhere (a breakdown column of the same table row), plus *sex* when the subject
  counts one or both sexes ("Number of women ...", "% of female participants", "girls and
  boys", "participantes", "niñas y niños", "... who are women").
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import NamedTuple, TypeVar

from pat_lint.analysis.cues import CueSet, pattern
from pat_lint.analysis.indicators.disaggregation import (
    breakdowns,
    composition_lead,
    order_dimensions,
)
from pat_lint.analysis.indicators.lexicons import (
    every_language,
    fold,
    lexicon,
    unaccented,
    with_accents,
)
from pat_lint.analysis.indicators.words import (
    pieces,
    read_underscores,
    singulars,
    word_forms,
    word_lemma,
)
from pat_lint.model import LANGUAGES

_Default = TypeVar("_Default", int, None)

#: Breakdowns that only persons have: asking for one says the indicator counts people.
#: The lists a word's forms are looked up in, in this order: the first that holds it decides.
_LOOKUP_ORDER = ("transparent", "person_measures", "person", "non_person")
PERSON_DIMENSIONS = frozenset({"sex", "age", "disability", "nationality", "ethnicity"})
#: An English ordinal written in figures ("10th", "3rd"), a modifier of the noun after it.
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
#: How many words after a relative or a participle a one-sex state may stand ("who *get
#: pregnant*", "presenting with *pregnancy*").
STATE_REACH = 3
#: How many tokens after the subject phrase a person verb may stand ("officials *trained*").
CUE_WINDOW = 6
#: How many words after a use's verb what is used may be named ("using *any method of*
#: contraception").
USE_OBJECT_REACH = 4
#: Most words of a balance of the sexes that opens a title before its link ("Paridad de género
#: *en*", "Gender balance *on*").
BALANCE_LEAD_WORDS = 3
#: How many tokens before an adjective the epicene noun it agrees with may stand ("personnes *de
#: 15 ans ou plus* veuves").
AGREEMENT_REACH = 8


@dataclass(frozen=True)
class Phrase:
    """The subject noun phrase of an indicator: its head tokens (one per conjunct, "women and
    men") and every token it spans, as indices into the token list; ``end`` is the index of the
    first token after it."""

    heads: tuple[int, ...]
    tokens: tuple[int, ...]
    end: int


@dataclass(frozen=True)
class Classification:
    """What an indicator measures: whether it counts people, and the breakdowns it asks for."""

    people: bool
    disaggregated_by: tuple[str, ...]
    reason: str = ""


#: Double quotation marks around a term of art ('% of "women and girls at risk"').
_QUOTES = re.compile(r"[\"“”«»„]")
#: "Per cent" written in two words.
_PER_CENT = re.compile(r"\b([Pp])er\s+cent\b")
#: A unit written before the title ("(%) Femmes enceintes …", "(#) Personnes …").
_LEADING_UNIT = re.compile(r"^\s*\(\s*[%#]\s*\)\s*")
#: A link word typed twice ("Number of of girls provided with …", set 507).
_REPEATED_LINK = re.compile(
    r"\b(of|the|in|for|de|des|du|la|le|les|las|los|el|en|por|para)\s+\1\b", re.IGNORECASE
)
#: A count's or a share's sign in brackets before what it counts ("[# and %] of children …": a
#: Liberian performance-based financing project's activities, set 644).
_BRACKETED_COUNT = re.compile(
    r"^\s*\[\s*([#%](?:\s*(?:and|or|&|/|et|ou|y|o)\s*[#%])?)\s*\]", re.IGNORECASE
)
#: A sex field between two hyphens of a catalogue title ("… in people aged 65 and over-Female-65+
#: yrs": Public Health England's Fingertips labels, set 653): read as a field after a comma.
_SEX_FIELD = re.compile(r"(?<=[\w+)\]])-(Females?|Males?|Persons)-(?=\S)")
#: A sex code as the last field of a catalogue title with fields after commas ("…: percent, 11+
#: years, annual, F"; "MFP": males, females and persons; the NHS Compendium of Population Health
#: Indicators, set 656): one sex, or the sexes apart.
_SEX_CODE_FIELD = re.compile(r"(,[^,]*,\s*)(F|M|MFP|MF)\s*$")
#: What each sex code of a catalogue title's last field reads as.
_SEX_CODES = {"F": "females", "M": "males", "MFP": "by sex", "MF": "by sex"}
#: A grave or acute accent between two letters, typed for an apostrophe.
_ACCENT_APOSTROPHE = re.compile(r"(?<=[^\W\d_])[`´](?=[^\W\d_])")
#: "<5" before a word: an age bound written as a sign ("<5 children").
_BELOW_AGE = re.compile(r"(?<![\w<])<\s?(\d{1,2})(?=\s+[^\W\d_])")
#: "part time", "full-time" after the participle that says how persons work ("Scientists and
#: engineers employed part time, by sex …": NCSES tables, set 550): no noun of the phrase.
_TIME_BASIS = re.compile(r"\b(\w+(?:ed|ing))\s+(?:part|full)[\s-]time\b", re.IGNORECASE)
#: A stillbirth written in two words, whose "still" would end a phrase as an adverb ("No of still
#: births": Nepal's HMIS reports, set 554).
_STILL_BIRTH = re.compile(r"\bstill\s+(?=births?\b)", re.IGNORECASE)
#: "U5", "U2" before a word: an age bound by its initial ("children U2 months": a child-health
#: logframe, set 538).
_U_AGE = re.compile(r"(?<![\w-])U(\d{1,2})(?=\s+[^\W\d_])")
#: The number of a visit glued to the service's acronym ("ANC4", "CPN1", "ANC4+").
_VISIT_NUMBER = re.compile(r"(?<=[a-z])\d{1,2}\+?$")
#: The number sign written with a period ("N.º de personas …", "N.° de niños"): read as "Nº".
_NUMBER_SIGN = re.compile(r"\b([Nn])\.\s?([º°])")


class _Reader:
    """Reads one indicator's tokens with one language's lexicon."""

    def __init__(self, text: str, language: str, capitals: bool = False) -> None:
        self.language = language if language in LANGUAGES else "en"
        self.capitals = capitals  # written in capitals, read in lower case
        self.lex = lexicon(self.language)
        self.text = text
        # '% of "women at risk"' reads as unquoted; a unit given first ("(%) Femmes …") is a unit
        # "N.º" read as "Nº", padded so that offsets stay those of ``text``
        signs = _NUMBER_SIGN.sub(lambda m: f"{m[1]}{m[2]}".ljust(len(m[0])), text)
        self.tokens = pieces(_LEADING_UNIT.sub("", _QUOTES.sub(" ", signs)))
        self.predicates = frozenset(fold(w) for w in self.lex.frame.get("predicates") or ())
        self.measured = False  # the subject was reached through a measure ("prevalence among")
        self.statistic = False  # the head is a statistic only persons have ("years of schooling")
        self.coverage = False  # the subject was reached through a coverage ("coverage of")
        # persons only as the rate's denominator ("Total density per 100 000 population")
        self.per_persons = False
        # a gap or a balance between the sexes ("Equilibrio entre las oportunidades … de las
        # mujeres …": one sex named is compared with the other)
        self.sexes_compared = False
        self.passed: list[Phrase] = []  # the phrases looked through to reach the subject
        self._holders: dict[Phrase, Phrase | None] = {}
        self._forms: dict[int, list[str]] = {}
        self._spans: dict[int, list[tuple[str, list[int]]]] = {}
        self._classes: dict[int, str | None] = {}

    # -- word classes ------------------------------------------------------------------------

    def forms(self, index: int) -> list[str]:
        if index not in self._forms:
            self._forms[index] = word_forms(self.tokens[index].text, self.language)
        return self._forms[index]

    def lemma(self, index: int) -> str:
        return word_lemma(self.tokens[index].text, self.language)

    def lower(self, index: int) -> str:
        return self.tokens[index].lower if 0 <= index < len(self.tokens) else ""

    def noun_class(self, index: int) -> str | None:
        """``person``, ``non_person``, ``measure`` (a measure of persons: "mortality",
        "prevalence", "enrolment") or ``transparent`` ("number", "rate") for the token at
        ``index``, or None.

        Multi-word entries ("civil servant", "point focal", "life expectancy") are tried first;
        then the word's forms in order (as written, lemma, naive singulars): the first form
        that a list knows decides ("MSMEs" is a firm before its naive singular "msm" is a
        person). Kept per token: the readers ask for the same words many times.
        """
        if index not in self._classes:
            self._classes[index] = self._find_noun_class(index)
        return self._classes[index]

    def _find_noun_class(self, index: int) -> str | None:
        lex = self.lex
        if self.tokens[index].kind == "age":
            return "person"  # "5-year-olds", "6-23 months old (children)"
        for phrase in self._multiword(index):
            for name in ("person", "non_person", "person_measures", "transparent"):
                if phrase in getattr(lex, name):
                    if name == "person_measures" and phrase in lex.practices and self.plural(index):
                        return "non_person"  # "matrimonios infantiles denunciados": events
                    return _CLASS_NAMES[name]
        if self.things_per_persons(index):
            return "non_person"
        if self.tokens[index].text in ("%", "#"):
            return "transparent"
        if self.nominal_participle(index):
            return "person"
        if self.tokens[index].text in lex.cased_persons:
            return "person"  # "GPs", not "GPS" (lexicon ``cased_persons``)
        forms = self.forms(index)
        past = self._past_form_of_noun(index)
        if past and "-" in self.lower(index):
            # a compound verb's past form is no noun its lemma names: "people *self-reported*
            # as having asthma" (Northern Ireland's health index, set 633), not "a report"
            forms = [form for form in forms if form.endswith("ed")]
        listed = self._listed_class(forms)
        if listed == "transparent" and past:
            return None  # "Maternal mortality ratio *decreased*": a verb, not "a decrease"
        counted = listed == "measure" and self.plural(index)  # a practice counted: events
        if counted and any(form in lex.practices for form in forms):
            return "non_person"  # "Number of screenings conducted"
        if listed is not None:
            return listed
        if self.feminine_of_person(index):
            return "person"
        if index > 0 and lex.person_pattern.fullmatch(self.tokens[index].text):
            return "person"  # "Canadians", "des Haïtiens": a people named after its country
        if lex.profession_ending.search(self.lower(index)):
            return "person"  # "Ophthalmologists", "physiothérapeutes", "fonoaudiólogos"
        negated = self._negated_class(index)
        if negated is not None:
            return negated
        return self.unaccented_class(index)

    def _change_noun(self, index: int) -> bool:
        """Whether the predicate at ``index`` is the noun of a change, its link after it
        ("Annual *increase in* enrolment"), not the verb that ends a subject."""
        return self.noun_class(index) == "transparent" and self.lower(index + 1) in self.lex.links

    def _past_form_of_noun(self, index: int) -> bool:
        """Whether the English word at ``index``, or the last part of a compound, is the past
        form of a verb whose lemma a list may know as a noun ("decreased" of "decrease",
        "self-reported" of "report"): a verb."""
        last = re.split(r"[-‐‑]", self.lower(index))[-1]  # "self-reported": its verb's form
        return self.language == "en" and last.endswith("ed") and last != word_lemma(last, "en")

    def _negated_class(self, index: int) -> str | None:
        """The class of a word negated by "non-", the class of the word it negates ("Taux de
        *non-scolarisation*", "*non-résidents*", "*non-fréquentation* scolaire"), or None."""
        lower = self.lower(index)
        if not lower.startswith("non-") or len(lower) < 7:
            return None
        rest = lower[4:]
        return self._listed_class((rest, *singulars(rest)))

    def _listed_class(self, forms: Iterable[str]) -> str | None:
        """The class of the first of ``forms`` that a word list holds, in lookup order."""
        for form in forms:
            for name in _LOOKUP_ORDER:
                if form in getattr(self.lex, name):
                    return _CLASS_NAMES[name]
        return None

    def unaccented_class(self, index: int) -> str | None:
        """The class of a French or Spanish word written without its accents, as titles in
        capitals often are ("POBLACION", "EDUCACION"): its forms looked up in the lists with
        their accents taken off."""
        text = self.tokens[index].text
        if self.language == "en" or sum(c.isalpha() for c in text) < 3:
            return None  # "n-10" (lemma "ne") is not "né"
        if text.isupper() and not self.capitals:
            return None  # "(DIA)" in a title in lower case: an acronym, not "día"
        if any(form in self.lex.money_measures for form in self.forms(index)):
            return None  # a word known as written: "retraites" are pensions, not "retraités"
        for form in self.forms(index):
            if form != unaccented(form):
                return None  # written with accents: the lists were asked already
            for name in _LOOKUP_ORDER:
                if form in self.lex.unaccented(name):
                    return _CLASS_NAMES[name]
        return None

    def _multiword(self, index: int) -> list[str]:
        """Two- and three-word phrases ending (English) or starting (French, Spanish) at a head
        (see :meth:`_multiword_spans`)."""
        return [phrase for phrase, _ in self._multiword_spans(index)]

    def _multiword_spans(self, index: int) -> list[tuple[str, list[int]]]:
        """Two- and three-word phrases ending (English) or starting (French, Spanish) at a head,
        each with the indices of its words other than the head, longest first.

        The head is taken as its lemma, as written and in its naive singulars: the lookup
        lemma of a noun is sometimes a verb ("tasa" → "tasar", "forces" → "forcer"), and an
        entry names the noun ("tasa de finalización", "force de sécurité"). Kept per word: the
        class lookups and the phrase reader both ask."""
        if index not in self._spans:
            self._spans[index] = self._find_multiword_spans(index)
        return self._spans[index]

    def _find_multiword_spans(self, index: int) -> list[tuple[str, list[int]]]:
        lower = self.lower(index)
        heads = list(dict.fromkeys([self.lemma(index), lower, *singulars(lower)]))
        spans: list[tuple[str, list[int]]] = []
        # French and Spanish put one or two adjectives between the head and its complement:
        # "tasa global de participación", "taux net ajusté de fréquentation" name "tasa de
        # participación", "taux de fréquentation"
        skip = 0
        if self.language != "en":
            if self._adjective_before_link(index + 1):
                skip = 1
            elif self._unknown_word(index + 1) and self._adjective_before_link(index + 2):
                skip = 2
        for size in (3, 2):
            if self.language == "en":
                before = list(range(index - size + 1, index))
                words = [self.lower(i) for i in before]
                if index - size + 1 >= 0:
                    spans += [(" ".join([*words, head]), before) for head in heads]
                continue
            for gap in range(skip + 1):
                following = self._words_after(index + gap, size - 1)
                if len(following) < size - 1:
                    continue
                as_written = [self.lower(i) for i in following]
                lemmas = [self.lemma(i) for i in following]
                for head in heads:
                    for words in (as_written, lemmas):
                        phrase = " ".join([head, *words]).replace("' ", "'")
                        spans.append((phrase, following))
        # ... and telegraphic titles leave the link out ("Tasa asistencia Bruta", "Taux
        # Recrutement PF" name "tasa de asistencia", "taux de recrutement"; lexicon
        # ``omitted_links``)
        after = index + 1
        omitted = after < len(self.tokens) and self.tokens[after].is_word
        if omitted and self.lower(after) not in self.lex.links:
            for head in heads:
                for link in self.lex.omitted_links:
                    joined = f"{head} {link} {self.lower(after)}".replace("' ", "'")
                    spans.append((joined, [after]))
        return spans

    def _words_after(self, index: int, count: int) -> list[int]:
        """The ``count`` words after ``index``, passing over an article right after a link
        ("incidencia de *los* beneficios" looks up "incidencia de beneficios")."""
        found: list[int] = []
        at = index + 1
        while len(found) < count and at < len(self.tokens):
            after_link = found and self.lower(found[-1]) in self.lex.links
            if not (after_link and self.lower(at) in self.lex.articles):
                found.append(at)
            at += 1
        return found

    def _person_phrase_words(self, index: int) -> list[int]:
        """The words after a French or Spanish head that a person entry of two or three words
        names with it ("de hogar" after "jefes"), or a transparent one not joined by a link
        ("en pourcentage" after "répartition": the complement follows), or []."""
        for phrase, words in self._multiword_spans(index):
            if phrase in self.lex.person:
                return words
            joined = words and self.lower(words[0]) in self.lex.links
            if phrase in self.lex.transparent and not joined:
                return words
        return []

    def _unknown_word(self, index: int) -> bool:
        """Whether the token at ``index`` is a word that is neither a link nor a listed noun."""
        return (
            index < len(self.tokens)
            and self.tokens[index].kind == "word"
            and self.lower(index) not in self.lex.links
            and not self.lex.known(self.lower(index))
        )

    def _adjective_before_link(self, index: int) -> bool:
        """Whether the word at ``index`` stands between a French or Spanish head and the link
        of its complement ("global" in "tasa global de …"): a word that no list knows as a
        noun, followed by "de", "d'", "du"."""
        return (
            index + 1 < len(self.tokens)
            and self._unknown_word(index)
            and self.lower(index + 1) in self.lex.links
        )

    def agrees_with_thing(self, index: int, phrase: Phrase) -> bool:
        """A French or Spanish person noun written right after a thing it qualifies, as an
        adjective agreeing with it ("centros *escolares*", "servicios *médicos*")."""
        before = index - 1
        return (
            self.language != "en"
            and before in phrase.tokens
            and self.noun_class(before) == "non_person"
        )

    def feminine_of_person(self, index: int) -> bool:
        """A French or Spanish feminine form of a listed person noun ("travailleuses",
        "participantes", "niñas") — not an epicene noun that is listed itself ("victimes")."""
        if self.language == "en":
            return False
        lower = self.lower(index)
        lex = self.lex
        own = {lower, lower[:-1] if lower.endswith("s") else lower}
        if any(word in lex.person for word in own):
            return False
        candidates = {self.lemma(index)}
        for feminine, masculine in lex.feminine_endings:
            if lower.endswith(feminine) and len(lower) > len(feminine) + 2:
                stem = lower[: len(lower) - len(feminine)] + masculine
                candidates |= {stem, *singulars(stem)}
        feminine_ending = ("e", "es") if self.language == "fr" else ("a", "as")
        if not lower.endswith(feminine_ending):
            return False
        return any(
            c in lex.person and c != lower and not c.endswith(feminine_ending[0])
            for c in candidates
        )

    def is_noun_surface(self, index: int) -> bool:
        """Whether an -ed/-ing word is a listed noun as written ("beds", "trainings")."""
        lower = self.lower(index)
        lex = self.lex
        return any(
            form in lex.ed_ing_nouns or lex.known(form) for form in (lower, *singulars(lower))
        )

    def nominal_participle(self, index: int) -> bool:
        """A participle that names persons as a noun where a noun phrase starts ("% of
        *employed* working part-time"; lexicon ``nominal_participles``); also the past
        participle of a verb done to persons, plural in French and Spanish or first in the title
        ("*Formés* en entrepreneuriat", "Total de *vacunados*", "*Testé* positif"), before a
        preposition in English
        ("*Registered* with the programme"; lexicon ``verbs``). A participle listed as a thing
        is the thing ("Número de *certificados* únicos …": certificates)."""
        written = self.lower(index)  # "" past the last token
        if written in self.lex.plan_participles:
            return False  # "…, as % of planned": what was planned, not persons
        listed = written in self.lex.nominal_participles
        if not listed and self._listed_thing(written):
            return False
        if not listed and not (
            (
                # plural, or singular opening a tracker's label ("*Testé* positif dans la période")
                self.lower(index).endswith("s") or self._opens_a_label(index)
                if self.language != "en"  # "Registered with the programme", "Enrolled in …"
                else index + 1 == len(self.tokens)  # "number of assisted"
                or self.lower(index + 1) in self.lex.boundaries
                or self.ages_at(index + 1)  # "Fully Immunized Age Less Than 1 Year"
            )
            and self.participle_of_person_verb(index)
        ):
            return False
        if listed and self._qualifies_a_thing(index):
            return False  # "Count of *hospitalized* cases", "*infected* confirmed … cases"
        start = index
        while start > 0 and self.lower(start - 1).endswith("ly"):
            start -= 1  # "Share of *unproductively* employed"
        before = self.lower(start - 1) if start > 0 else ""
        return not before or before in self.lex.links or before in self.lex.skip

    def _qualifies_a_thing(self, index: int) -> bool:
        """Whether the words after a participle, before any link or mark, reach a thing it
        qualifies ("hospitalized *cases*", "hospitalized confirmed and probable *cases*")."""
        for after in range(index + 1, min(len(self.tokens), index + 6)):
            lower = self.lower(after)
            if not self.tokens[after].is_word or lower in self.lex.links:
                return False
            if lower.endswith("ing"):
                return False  # "economically inactive *looking* after family/home": a clause
            if lower in self.lex.nominal_participles:
                continue  # "hospitalized *confirmed* …": not asked again
            if self._listed_thing(lower):
                return True
        return False

    def _listed_thing(self, lower: str) -> bool:
        """Whether a word, or its singular, is listed as a thing (lexicon ``non_person``)."""
        return any(w in self.lex.non_person for w in (lower, *singulars(lower)))

    def _opens_a_label(self, index: int) -> bool:
        """Whether a singular participle opens the title and words follow it ("*Testé* positif
        dans la période"), not a field name before a dash ("Recibido - Vacuna 1 (dosis)")."""
        return index == 0 and len(self.tokens) > 1 and self.tokens[1].kind == "word"

    def participle_of_person_verb(self, index: int) -> bool:
        """A past participle of a verb done to persons (lexicon ``verbs``), by its lemma or, in
        French and Spanish, for a verb the lemma table lacks ("bancarisés"), by its ending
        (lexicon ``participle_endings``)."""
        lower = self.lower(index)
        if self.language == "en":  # (not :meth:`participle`, which asks this method)
            past = lower.endswith("ed") or lower in self.lex.participles
            return past and self.lemma(index) in self.lex.person_verbs
        if self.past_participle(index) and self.lemma(index) in self.lex.person_verbs:
            return True
        endings = self.lex.participle_endings
        return any(
            lower[: -len(form)] + infinitive in self.lex.person_verbs
            for form in endings.get("forms", ())
            if lower.endswith(form) and len(lower) > len(form) + 2
            for infinitive in endings.get("lemmas", ())
        )

    def participle(self, index: int) -> bool:
        """An English participle or gerund that ends a noun phrase ("trained", "receiving")."""
        lower = self.lower(index)
        if self.nominal_participle(index):
            return False
        if lower in self.lex.participles:
            return True
        if len(lower) > 4 and lower.endswith(("ed", "ing")) and "-" not in lower:
            return not self.is_noun_surface(index)
        return False

    def noun_ahead(self, index: int) -> bool:
        """Whether a listed noun follows at ``index`` (so that a participle before it qualifies
        it: "protected areas", "female headed households", "working hours", "reported number")."""
        return (
            index < len(self.tokens)
            and self.tokens[index].is_word
            and self.noun_class(index) in ("person", "non_person", "measure", "transparent")
        )

    def plural(self, index: int) -> bool:
        """Whether a token looks like a plural noun (for "workers *report*")."""
        lower = self.lower(index)
        if lower in (
            "people",
            "women",
            "men",
            "children",
            "staff",
            "police",
            "youth",
            "personnel",
            "folk",
            "fisherfolk",
            "idps",
        ):
            return True
        if self.language != "en" and lower.endswith("x"):
            return True  # "travaux", "animaux"
        return lower.endswith("s") and not lower.endswith(("ss", "us", "is"))

    def subject_of_ing(self, index: int) -> bool:
        """Whether a noun is the subject of the "-ing" form after it, which then starts a
        clause: a person noun ("women owning …"), a listed thing in the plural ("households
        reporting …") or an unlisted plural before a person verb ("service providers receiving
        …"); a singular thing or a word that mostly qualifies makes a compound
        ("consumer spending", "water harvesting", "human trafficking")."""
        if self.lower(index) in self.lex.adjectives:
            return False  # "human trafficking": a modifier, not a subject
        kind = self.noun_class(index)
        plural = self.plural(index) and "'" not in self.lower(index)  # not "ANDA's working"
        if kind is None and plural and index + 1 < len(self.tokens):
            # an unlisted plural doing what persons do: "service providers *receiving* training"
            return self.lemma(index + 1) in self.lex.person_verbs
        return kind == "person" or (kind == "non_person" and self.plural(index))

    def ends_here(self, index: int) -> bool:
        """Whether the noun phrase cannot go on at ``index`` (end, punctuation, boundary)."""
        if index >= len(self.tokens):
            return True
        token = self.tokens[index]
        lower = token.lower
        if not token.is_word or lower in self.lex.boundaries or lower in self.lex.links:
            return True
        if self.language == "en":
            return self.participle(index) or lower in self.lex.verbs
        return self.present_participle(index)

    def past_participle(self, index: int) -> bool:
        """A past participle ("reserved", "réservés", "reservados"): in English a listed one or
        an -ed form that is no noun, in French and Spanish a form with a participle's ending
        whose lemma is a verb (lexicon ``participle_endings``)."""
        lower = self.lower(index)
        if self.language == "en":
            return self.participle(index) and not lower.endswith("ing")
        endings = self.lex.participle_endings
        lemma = self.lemma(index)
        return (
            lemma != lower
            and lemma.endswith(endings.get("lemmas", ()))
            and lower.endswith(endings.get("forms", ()))
        )

    def present_participle(self, index: int) -> bool:
        """French "-ant" and Spanish "-ando/-iendo" forms end a phrase ("déclarant") — not a
        noun a list knows ("élèves-enseignant", "représentant")."""
        lower = self.lower(index)
        if self.language == "fr":
            return (
                len(lower) > 5
                and lower.endswith("ant")
                and self.noun_class(index) not in ("person", "non_person", "measure")
            )
        if self.language == "es":
            return len(lower) > 5 and lower.endswith(("ando", "iendo", "yendo"))
        return False

    def starts_person(self, index: int) -> bool:
        """Whether a person or sex word starts at ``index`` (for lists "girls, boys and ...")."""
        index = self._past_fillers(index)
        if index >= len(self.tokens):
            return False
        return self.lower(index) in self.lex.sex_words or self.noun_class(index) == "person"

    def _past_fillers(self, index: int) -> int:
        """The first index from ``index`` on that is not a link or a skipped word ("de las",
        "by the")."""
        while index < len(self.tokens) and (
            self.lower(index) in self.lex.links or self.lower(index) in self.lex.skip
        ):
            index += 1
        return index

    def _past_words(self, index: int, words: Container[str]) -> int:
        """The first index from ``index`` on whose word (lower case) is not one of ``words``."""
        while index < len(self.tokens) and self.lower(index) in words:
            index += 1
        return index

    def listed_at(self, index: int, words: Container[str]) -> bool:
        """Whether the word at ``index``, or it and the next one, is an entry of ``words`` ("set
        up", "modern method")."""
        pair = " ".join(self.lower(i) for i in range(index, min(index + 2, len(self.tokens))))
        return self.lower(index) in words or pair in words

    def persons_at(self, index: int) -> Phrase | None:
        """The phrase of persons that starts at ``index``, past links and skipped words ("…
        occupés par *des femmes*", "en *las adolescentes*"), or None. A skipped word that is
        the noun itself ("en *jóvenes*", at the end) is read as the noun."""
        starts = [self._past_fillers(index)]
        while index < len(self.tokens) and self.lower(index) in self.lex.links:
            index += 1
        starts.append(index)
        for start in dict.fromkeys(starts):
            phrase = self.phrase(start)
            if any(self.noun_class(i) == "person" for i in phrase.heads):
                return phrase
        return None

    # -- noun phrases ---------------------------------------------------------------------

    def phrase(self, start: int) -> Phrase:
        """The noun phrase starting at token ``start``."""
        if self.language == "en":
            return self._phrase_head_last(start)
        return self._phrase_head_first(start)

    def _past_aside(self, index: int) -> int | None:
        """The index after a short parenthesis of words that opens a noun phrase before its
        words go on ("(present) users"), or None."""
        for close in range(index + 1, min(len(self.tokens), index + 4)):
            if self.lower(close) == ")":
                inside = range(index + 1, close)
                after = close + 1
                if (
                    inside
                    and all(self.tokens[i].kind == "word" for i in inside)
                    and after < len(self.tokens)
                    and self.tokens[after].kind == "word"
                    and self.lower(after) not in self.lex.boundaries
                    and self.lower(after) not in self.lex.links
                ):
                    return after
                return None
        return None

    def _acronym_aside(self, index: int) -> bool:
        """Whether the parenthesis at ``index`` holds only an acronym of the words before it,
        inside a noun phrase ("Public Financial Management (PFM) practitioners")."""
        end = index + 2
        return (
            end < len(self.tokens)
            and self.lower(end) == ")"
            and sum(c.isupper() for c in self.tokens[index + 1].text) >= 2
            and self.tokens[index + 1].text.rstrip("s").isupper()
        )

    def _coordination(self, index: int, have: bool) -> bool:
        """Whether the token at ``index`` joins two conjuncts of the phrase."""
        lower = self.lower(index)
        if not have:
            return False
        if lower in self.lex.conjunctions:
            return True
        if lower == "/":
            return self._slashed_alternatives(index)
        # "women, men and children": a comma joins conjuncts of a list that a conjunction
        # closes; "Patent applications, residents" is a title and its qualifier
        return (
            lower == ","
            and self.starts_person(index + 1)
            and any(
                self.lower(i) in self.lex.conjunctions
                for i in range(index + 2, min(len(self.tokens), index + LIST_REACH))
            )
        )

    def _listed_modifiers(self, index: int, current: list[int]) -> int:
        """At a comma after a first item of a few words (``current``) that names no persons,
        where single words listed with commas and a conjunction qualify the head of the last
        conjunct, a person or a measure of persons ("Water, sanitation and hygiene attributable
        *deaths*", "Science, Technology, Engineering, and Mathematics (STEM) *enrollees*", "civil
        society, government and private sector *participants*"): the index the next conjunct
        starts at (past an Oxford comma's conjunction), or 0."""

        def listed_persons(item: int) -> bool:  # "Engineering" names no engineers
            return self.noun_class(item) in ("person", "measure") and self.plural(item)

        if self.lower(index) != "," or any(listed_persons(i) for i in [*current, index - 1]):
            return 0  # "Women, men and older persons": a list of persons, read as such
        last = len(self.tokens)
        item = index + 1
        reach = min(last, index + LIST_REACH)
        while item < reach and self.lower(item) not in self.lex.conjunctions:
            if not self.tokens[item].is_word or listed_persons(item):
                return 0
            after = item + 1
            if after < last and self.lower(after) == ",":
                item = after + 1
            elif after < last and self.lower(after) in self.lex.conjunctions:
                item = after
            else:
                return 0
        if item >= last or self.lower(item) not in self.lex.conjunctions:
            return 0
        final = self.phrase(item + 1)
        persons = bool(final.heads) and self.noun_class(final.heads[-1]) in ("person", "measure")
        if len(final.tokens) < 2 or not persons:
            return 0
        return index + 2 if self.lower(index + 1) in self.lex.conjunctions else index + 1

    def _slashed_alternatives(self, index: int) -> bool:
        """Whether the slash at ``index`` joins two nouns as alternatives, each a head:
        "individuals/families", "familias/personas", "ménages/personnes" (one of them persons,
        neither a sex word, written without spaces, outside a parenthesis, where a slash is
        a formula's "(usuarios/plazas)*100"; both plural, as "Uso de agua/persona" is a
        "per"; in English the second ends the phrase, as "Pupil/teacher ratio" and "mine/ERW
        victims" go on to their head)."""
        if index == 0 or index + 1 >= len(self.tokens):
            return False
        if self.text.count("(", 0, self.tokens[index].start) > self.text.count(
            ")", 0, self.tokens[index].start
        ):
            return False
        before, slash, after = self.tokens[index - 1 : index + 2]
        if before.end != slash.start or slash.end != after.start:
            return False
        classes = {self.noun_class(index - 1), self.noun_class(index + 1)}
        if "person" not in classes or not classes <= {"person", "non_person"}:
            return False
        if before.lower in self.lex.sex_words or after.lower in self.lex.sex_words:
            return False
        if not (self.plural(index - 1) and self.plural(index + 1)):
            return False
        return self.language != "en" or self.ends_here(index + 2) or self._ing_clause(index + 2)

    def _ing_clause(self, index: int) -> bool:
        """Whether an English "-ing" form at ``index`` opens a clause on the nouns before it,
        even one a list knows as a noun ("persons/households *reporting* improved access"):
        a word follows it, and it is no modifier of the next noun ("reporting rate")."""
        if index + 1 >= len(self.tokens):
            return False
        after = self.tokens[index + 1]
        return (
            self.lower(index).endswith("ing")
            and after.is_word
            and self.noun_class(index + 1) not in ("non_person", "measure", "transparent")
        )

    def _age_band_before_persons(self, index: int) -> int:
        """How many tokens an age band written before persons takes ("*6-23 months* boys",
        "*6-59 months* (boys+girls)"; lexicon ``age_units``), or a bound and its number
        ("*under 1* children given BCG": a health form's row; lexicon ``bounds``), or 0."""
        bound = next((w for w in self.lex.bounds if self.words_at(index, w)), ())
        number = index + len(bound)
        if bound and number + 1 < len(self.tokens) and self.tokens[number].kind == "number":
            persons = self.noun_class(number + 1) == "person"
            return number + 1 - index if persons else 0
        if index >= len(self.tokens) or self.tokens[index].kind != "number":
            return 0
        band = _AGE_BAND.match(self.text, self.tokens[index].start)
        if band is None or band.group("unit").lower() not in self.lex.age_units:
            return 0
        after = next(
            (i for i in range(index, len(self.tokens)) if self.tokens[i].start >= band.end()),
            len(self.tokens),
        )
        persons = after < len(self.tokens) and (
            self.noun_class(after) == "person" or self.lower(after) == "("
        )
        return after - index if persons else 0

    def _singular_verb(self, index: int) -> bool:
        """Whether an English word is a verb in the third person singular, which ends the
        subject before it ("Respondent *has* an ID card", "Individual *belongs* to …": a
        survey's variable labels; lexicon ``verbs``); not a word that is also a listed noun
        ("reports", "uses")."""
        lower = self.lower(index)
        if self.language != "en" or not lower.endswith("s"):
            return False
        if lower in self.lex.verbs:
            return True  # listed as written: "has", "is", "does", "was"
        if self.is_noun_surface(index):
            return False
        bases = (lower[:-1], lower[:-2]) if lower.endswith("es") else (lower[:-1],)
        return any(base in self.lex.verbs for base in bases)

    def _number_range(self, index: int) -> int:
        """How many tokens a number or a range of two numbers takes from ``index`` ("*3*",
        "*9-12*") when a word follows it, or 0."""
        if self.tokens[index].kind != "number":
            return 0
        end = index + 1
        if end + 1 < len(self.tokens) and self.lower(end) in ("-", "–"):
            end += 2 if self.tokens[end + 1].kind == "number" else 0
        return end - index if end < len(self.tokens) and self.tokens[end].is_word else 0

    def _dose_numbers(self, index: int) -> int:
        """How many tokens the number of a dose takes after its antigen, or the range of two
        doses ("DTP *3* coverage", "DPT *1-3* Dropout rate"), before a word that is not an
        age unit ("… 2 years after"), or 0."""
        taken = self._number_range(index)
        return 0 if taken and self.lower(index + taken) in self.lex.age_units else taken

    def _grade_number(self, index: int, before: int) -> int:
        """How many tokens the number or range of a school year takes after its word ("Year
        *9-12* pupils", "Grade *3* learners"; lexicon ``grade_words``), or 0."""
        return self._number_range(index) if self.lower(before) in self.lex.grade_words else 0

    def _phrase_head_last(self, start: int) -> Phrase:
        """English: modifiers precede the head, so each conjunct's head is its last word."""
        conjuncts: list[list[int]] = []
        current: list[int] = []
        spanned: list[int] = []
        modifiers_listed = False  # the conjuncts before the last qualify its head
        index = start
        while index < len(self.tokens):
            token = self.tokens[index]
            lower = token.lower
            if self._coordination(index, bool(current)):
                clause = None if conjuncts else self._clause_start(current, index)
                if clause is not None:  # "the *extent* girls and boys are protected …"
                    index, current = current[clause], current[:clause]
                    break
                conjuncts.append(current)
                current = []
                index += 1
                continue
            # a listed word the reader took as a modifier counts as one ("Engineering,"); the
            # first item may have a few words ("civil society, government and private sector")
            lone = len(current) == 1 or not current and spanned and spanned[-1] == index - 1
            first = not conjuncts and 1 < len(current) <= LISTED_FIRST_WORDS
            if (lone or first) and all(len(c) == 1 for c in conjuncts[1:]):
                listed = self._listed_modifiers(index, current)
                if listed:  # "Water, sanitation and hygiene attributable deaths"
                    conjuncts.append(current)
                    current = []
                    index = listed
                    modifiers_listed = True
                    continue
            # "mine/ERW", "Qualified/Untrained"; a spaced slash is a "per" ("Oil consumption
            # /person")
            slashed = (
                lower == "/"
                and (current or spanned)
                and index + 1 < len(self.tokens)
                and self.tokens[index + 1].is_word
                and token.start == self.tokens[index - 1].end
            )
            if slashed:
                index += 1
                continue
            if lower == "(" and current:
                after = self._skip_parenthesis(index)
                joined = after < len(self.tokens) and self.lower(after) in self.lex.conjunctions
                if after != index and joined:
                    index = after  # "Admission episodes (…) *and* alcohol related mortality"
                    continue
            if lower == "(" and (not current or self._acronym_aside(index)):
                after = self._past_aside(index)
                if after is not None:  # "% of (present) users …", "(PFM) practitioners"
                    index = after
                    continue
            glued = index > 0 and token.start == self.tokens[index - 1].end
            if lower in ("+", "-") and glued and current and index + 1 < len(self.tokens):
                spanned.append(index)  # "HIV+ women", "TB- contacts": a status sign
                index += 1
                continue
            words = self._modifier_phrase(index)
            if words:  # "at risk girls and boys"
                spanned.extend(range(index, index + words))
                index += words
                continue
            band = 0 if current else self._age_band_before_persons(index)
            if band:  # "No. of *6-23 months* boys received MNP"
                spanned.extend(range(index, index + band))
                index += band
                continue
            if not current and spanned and lower in self.lex.conjunctions:
                spanned.append(index)  # "New *or* existing enterprises": two modifiers joined
                index += 1
                continue
            listed_ordinal = (
                not current
                and _ORDINAL.fullmatch(lower)
                and index + 1 < len(self.tokens)
                and (self.lower(index + 1) == "," or self.lower(index + 1) in self.lex.conjunctions)
            )
            if listed_ordinal:  # "10th, 11th and 12th grade students": ordinals listed first
                spanned.extend((index, index + 1))
                index += 2
                continue
            if not current and lower.endswith("ly") and self._pre_modifier(index):
                spanned.append(index)  # "% of *currently* married women": an adverb first
                index += 1
                continue
            if lower == "," and self._coordinate_adjectives(index, current):
                spanned.extend((*current, index))  # "First-time, full-time student …"
                current = []
                index += 1
                continue
            if not token.is_word and token.kind != "number" or lower in self.lex.boundaries:
                break
            if current:
                modifier = (
                    self.participle(index)
                    and self.noun_ahead(index + 1)
                    and not self.object_follows(current[-1], index)
                ) or self._open_compound(index)
                doses = self._dose_numbers(index) if self.is_service(current[-1]) else 0
                if doses:  # "DTP 3 coverage", "MCV 1 Vaccine Coverage": an antigen's dose
                    spanned.extend(range(index, index + doses))
                    index += doses
                    continue
                grade = self._grade_number(index, current[-1])
                if grade:  # "Year *9-12* pupils": a school year's number
                    spanned.extend(range(index, index + grade))
                    index += grade
                    continue
                if (
                    token.kind == "number"
                    or lower in self.predicates
                    and not self._change_noun(index)
                ):
                    break
                if self.ages_at(index):  # "women *age 15-49*", "females age 12 or older"
                    break
                listed = self.noun_class(index) == "measure"  # "Mixed Milk *Feeding*"
                if self.participle(index) and not modifier and not listed:
                    break
                if lower in self.lex.verbs and (
                    self.plural(current[-1])
                    or len(current) > 1  # "% of women *trained* report …": past the participle
                    and self.participle(current[-1])
                    and self.plural(current[-2])
                ):
                    break
                if (
                    self._singular_verb(index)
                    and not self.plural(current[-1])
                    and self.noun_class(current[-1]) is not None
                ):
                    break  # "Respondent *has* an ID card", "Facility *has* a generator"
                # "anaemic *lactating* mothers": an "-ing" that qualifies persons (lexicon
                # ``ing_adjectives``) before them is no clause
                qualifies = (
                    lower in self.lex.ing_adjectives
                    and index + 1 < len(self.tokens)
                    and self.noun_class(index + 1) == "person"
                )
                if lower.endswith("ing") and not qualifies and self.subject_of_ing(current[-1]):
                    break  # "population reporting …", "women owning …", "HHs having …"
                bare_count = current == [start] and (
                    self.lower(start) in self.lex.second_counts
                    or self.tokens[start].kind in ("symbol", "abbr")  # "#", "%", "No."
                )
                if bare_count and lower.endswith("ing") and not self.is_noun_surface(index):
                    break  # "Number *attending* training …": the persons counted are elided
                if lower.endswith("ly") and len(lower) > 4 and self.participle(index + 1):
                    break  # "wastewater flows safely treated"
                doing = index + 1 < len(self.tokens) and self.lower(index + 1).endswith("ing")
                if lower.endswith("ly") and doing and self.subject_of_ing(current[-1]):
                    break  # "women *actively* saving …": after an adverb, "-ing" is a verb
            elif self._pre_modifier(index):
                spanned.append(index)
                index += 1
                continue
            current.append(index)
            index += 1
        clause = self._clause_start(current, index)
        if clause is not None:
            # "Average *time* women spend …": the persons start a clause, the phrase ends before
            index, current = current[clause], current[:clause]
        if current:
            conjuncts.append(current)
        conjuncts = [conjunct for conjunct in conjuncts if conjunct]
        heads = tuple(self._head_last(conjunct) for conjunct in conjuncts)
        if len(conjuncts) > 1 and len(conjuncts[-1]) > 1 and len(conjuncts[0]) == 1:
            # "passenger and freight volumes": a lone first word shares the last head; not
            # persons before a second measure ("Percentage of Canadians & total hours
            # volunteered": a survey's chart, set 662)
            lone = conjuncts[0][0]
            measured = self.lower(conjuncts[-1][0]) in self.lex.transparent
            if not (measured and self.noun_class(lone) == "person"):
                heads = tuple(c[-1] for c in conjuncts[1:])
        if modifiers_listed and len(conjuncts) > 1 and len(conjuncts[-1]) > 1:
            heads = heads[-1:]  # "Water, sanitation and hygiene attributable deaths"
        tokens = tuple(sorted({*spanned, *(i for c in conjuncts for i in c)}))
        return Phrase(heads, tokens, index)

    def _head_last(self, words: list[int]) -> int:
        """An English conjunct's head: its last word, the coverage word before a rate that only
        says how it is given ("Health insurance *coverage* rate", "Antenatal care *coverage*
        rate": the coverage's reading, as without "rate"), or the things counted before a sex
        adjective put after them (lexicon ``sex_adjectives``; "Rotavirus cases Female")."""
        last = words[-1]
        if len(words) > 1 and self.noun_class(last) == "transparent" and self.covers(words[-2]):
            return words[-2]
        thing = len(words) > 1 and self.noun_class(words[-2]) == "non_person"
        if thing and self.plural(words[-2]) and self.lower(last) in self.lex.sex_adjectives:
            return words[-2]  # "Rotavirus cases Female": a sex put after the things counted
        return last

    def _coordinate_adjectives(self, comma: int, current: list[int]) -> bool:
        """Whether the comma at ``comma`` joins two hyphenated adjectives before the noun they
        qualify ("*First-time, full-time* student retention rate", "*non-afro,
        non-indigenous* population"): the word before it is the phrase's only one, hyphenated,
        and a hyphenated word follows with a word after it."""
        after = comma + 1
        return (
            len(current) == 1
            and current[0] == comma - 1
            and not self.plural(comma - 1)  # "e-vouchers, e-wallets …": two things listed
            and after + 1 < len(self.tokens)
            and all("-" in self.tokens[i].text.strip("-") for i in (comma - 1, after))
            and self.tokens[after].is_word
            and self.tokens[after + 1].is_word
        )

    def _clause_start(self, words: list[int], end: int) -> int | None:
        """Where, in the words of an English phrase, persons start a clause with no "that"
        qualifying the measure before them, a measure of what persons do ("the *time* women
        spend …", "the *degree* women are perceived …"; lexicon ``clause_heads``): the place of
        the persons, when their verb follows them (not an "-ing" form, which qualifies them:
        "full time workers earning less …"), else None."""
        for place in range(1, len(words)):
            if self.lower(words[place - 1]) not in self.lex.clause_heads:
                continue
            if self.noun_class(words[place]) != "person":
                continue
            verb = words[place + 1] if place + 1 < len(words) else end
            if verb >= len(self.tokens) or self.lower(verb).endswith("ing"):
                continue
            if place + 1 < len(words) or self.lower(end) in self.lex.verbs or self.participle(end):
                return place
            if self.lower(self._past_own_words(end)) in self.lex.verbs:
                return place  # "the *extent* girls and boys are protected …"
        return None

    def _past_own_words(self, index: int) -> int:
        """The token after persons' own further words from ``index``: other persons joined to
        them ("girls *and boys*") and one complement ("persons *of concern*")."""
        last = len(self.tokens) - 1
        while index < last and self.lower(index) in self.lex.conjunctions:
            if self.noun_class(index + 1) != "person":
                break
            index += 2
        linked = index + 1 < last and self.lower(index) in self.lex.links
        if linked and self.tokens[index + 1].is_word:
            index += 2
        return min(index, last)

    def object_follows(self, noun: int, participle: int) -> bool:
        """Whether a participle after a person noun starts a clause whose object follows
        ("survivors *provided* support"; lexicon ``clause_participles``)."""
        return (
            self.lower(participle) in self.lex.clause_participles
            and self.noun_class(noun) == "person"
        )

    def words_at(self, index: int, words: tuple[str, ...]) -> bool:
        """Whether the tokens from ``index`` on are ``words`` (folded: lower case, straight
        apostrophes), one for one."""
        return index + len(words) <= len(self.tokens) and all(
            self.lower(index + k) == word for k, word in enumerate(words)
        )

    def _open_compound(self, index: int) -> bool:
        """Whether a participle makes one adjective with the noun before it, written open and
        joined to more modifiers or to the next noun ("# of shock *affected* and vulnerable boys
        and girls": OCHA's logframes; "Health *related* quality of life": the NHS Outcomes
        Framework; lexicon ``open_compounds``), not a clause's verb ("persons affected *by* …",
        "deaths related *to* alcohol")."""
        after = index + 1
        if self.lower(index) not in self.lex.open_compounds or after >= len(self.tokens):
            return False
        lex, word = self.lex, self.lower(after)
        linked = word in lex.links or word in lex.agent_links or word in lex.purpose_links
        # a clause's verb after it is no noun it joins ("# of people affected *receiving*
        # support": a humanitarian logframe's wording)
        verb = word.endswith("ing") and not self.is_noun_surface(after)
        return word in lex.conjunctions or (self.tokens[after].is_word and not linked and not verb)

    def _modifier_phrase(self, index: int) -> int:
        """How many words from ``index`` make a phrase written before a head as one adjective
        ("at risk", "out of school"; lexicon ``modifier_phrases``) with a word after it that
        may be that head, or 0."""
        for words in self.lex.modifier_phrases:
            end = index + len(words)
            if (
                end < len(self.tokens)
                and self.words_at(index, words)
                and self.tokens[end].is_word
                and self.lower(end) not in self.lex.boundaries
                and self.lower(end) not in self.lex.links
                and self.lower(end) not in self.lex.age_units  # "children under 5 years"
            ):
                return len(words)
        return 0

    def _pre_modifier(self, index: int) -> bool:
        """A word before an English head that does not decide: determiner, adverb, participle
        ("the", "newly", "trained"), unless the phrase ends right after it ("those surveyed")."""
        token = self.tokens[index]
        lower = token.lower
        if token.kind == "number":
            return True
        if lower in self.lex.skip:
            return not self.ends_here(index + 1)
        if self.participle(index) and self.ages_at(index + 1):
            return False  # "Fully *Immunized* Age Less Than 1 Year": the persons, then their ages
        # an adverb, not a person named by an adjective in "-ly" ("% of *elderly*")
        adverb = len(lower) > 3 and lower.endswith("ly")
        return adverb and lower not in self.lex.nominal_participles or self.participle(index)

    def _phrase_head_first(self, start: int) -> Phrase:
        """French and Spanish: the head comes first, adjectives and complements follow."""
        heads: list[int] = []
        tokens: list[int] = []
        expecting = True
        index = start
        lex = self.lex
        while index < len(self.tokens):
            token = self.tokens[index]
            lower = token.lower
            if expecting:
                if heads and lower in lex.links:
                    index += 1
                    continue
                negation = not heads and lower in lex.skip  # "Tasa de *no* escolarización"
                # a listed phrase may start with a boundary word: "*bajo peso* al nacer"
                listed = lower in lex.boundaries and self.noun_class(index) is not None
                if not token.is_word or (lower in lex.boundaries and not negation and not listed):
                    break
                if lower in lex.skip and not self.ends_here(index + 1):
                    tokens.append(index)
                    index += 1
                    continue
                if heads and tokens[-1] != heads[-1] and lower in lex.adjectives:
                    # joined to an adjective, an adjective: "comunidades indígenas y
                    # *afrocolombianas*", not a second head
                    tokens.append(index)
                    expecting = False
                    index += 1
                    continue
                heads.append(index)
                tokens.append(index)
                expecting = False
                # a person named by a phrase ("jefes de hogar", "chefs de ménage") goes on past
                # it: "chefs de ménage *femmes*"
                named_by = self._person_phrase_words(index)
                tokens += named_by
                index = (named_by[-1] if named_by else index) + 1
                continue
            if self._coordination(index, True):
                expecting = True
                index += 1
                continue
            if not token.is_word or lower in lex.boundaries or lower in lex.links:
                break
            if self.present_participle(index):
                break
            tokens.append(index)
            index += 1
        return Phrase(tuple(heads), tuple(tokens), index)

    def subject(self) -> Phrase:
        """The phrase that says what is counted, after a target statement's frame ("By 2028, at
        least 12,000 …", "D'ici 2027, 75 % des …") and looking through "Number of", "% of",
        "Nombre de", "Level of satisfaction of" and the like. A measure of persons ("Prevalence
        of …", "Taux de mortalité des …") is looked through only to a person complement."""
        start = self.frame_end()
        aged = (
            self.lex.age_leads.match(self.text, self.tokens[start].start)
            if self.tokens[start:] and self.lex.age_leads is not None
            else None
        )
        if aged is not None:  # "Aged 15-24 unemployment rate (%)": the ages, then the measure
            start = self._token_from(aged.end(), start)
        asked = self._persons_asked_how_far(start)
        if asked is not None:  # "Extent to which clients are satisfied …"
            return asked
        normaliser = (
            self.lex.capita_leads.match(self.text, self.tokens[start].start)
            if self.tokens[start:] and self.lex.capita_leads is not None
            else None
        )
        if normaliser is not None:  # "Per capita GHG emissions (tCO2eq/person)": per person
            start = self._token_from(normaliser.end(), start)
        if self._programme_tag(start):
            start += 1  # "TAR tasa de retención …", "VIH cobertura de las pruebas …"
        recipients = self.action_recipients(start)
        if recipients is not None:
            return recipients
        if start < len(self.tokens) and self.lower(start) in self.lex.population_links:
            leading = self.persons_at(start + 1)  # "Among children under 5, percentage who …"
            if leading is not None and self.noun_class(leading.heads[0]) == "person":
                return leading
            leading = self._leading_person(start + 1)
            if leading is not None:  # "Among women approximately six months postpartum, …"
                return leading
        phrase = self._past_dose_range(self.phrase(start))
        if (
            phrase.heads
            and self.noun_class(phrase.heads[0]) == "transparent"
            and phrase.end < len(self.tokens)
            and self.tokens[phrase.end].is_word
            and self.noun_class(phrase.end) == "transparent"
            and not self.lower(phrase.end).endswith("ing")  # "# increasing audience"
        ):  # "% increase in the number of women trained": a change, read from its noun
            phrase = self.phrase(phrase.end)
        for _ in range(6):
            if not phrase.heads:
                return phrase
            kind = self.noun_class(phrase.heads[0])
            if kind not in ("transparent", "measure", None):
                return phrase
            if kind == "transparent" and self.qualified_by_measure_only(phrase):
                kind = "measure"  # "Unemployment rate of women": the rate's population follows
            elif kind == "transparent" and (
                self.possessed_by_persons(phrase) or self.qualified_by_persons(phrase)
            ):
                return phrase  # "Women's share of …", "Pupil-teacher ratio in …"
            if self.participation_in(phrase):
                return phrase  # "Participation in social networks": what persons take part in
            following = self._complement(phrase)
            if following is None:
                return phrase
            classes = {self.noun_class(i) for i in following.heads}
            if kind is None and any(self.noun_class(i) == "person" for i in following.tokens):
                classes.add("person")  # "Agregado mensual de menores fallecidos"
            if kind is None and not classes & {"person", "measure", "transparent"}:
                # an unknown head is looked through only to persons, a measure or a count:
                # "Relación entre las tasas de alfabetización de las mujeres y los varones"
                return phrase
            if kind == "measure" and not classes & {"person", "measure"}:
                # "Prevalence of stunting", "Taux d'achèvement du primaire des filles",
                # "Incidencia de los nuevos diagnósticos de VIH en los hombres": the population
                # may come a few complements further
                further = self._population_after(following)
                if further is None:
                    return phrase
                self.passed.append(following)
                following = further
            if kind == "measure":
                self.measured = True
            if any(self.covers(i) for i in phrase.heads):
                self.coverage = True
                further = self._population_after(following)
                acts = bool(following.heads) and not any(self.plural(i) for i in following.heads)
                if further is not None and (acts or self.service_covered(following)):
                    # "Cobertura de tamizaje en mujeres de 25 a 64 años": the population
                    # covered comes one complement further; so it does after an act in the
                    # singular ("Cobertura de evaluación del desarrollo psicomotor en niños y
                    # niñas": Chile's primary-care targets, set 504)
                    self.measured = True
                    following = further
            self.passed.append(phrase)
            phrase = following
        return phrase

    def _past_dose_range(self, phrase: Phrase) -> Phrase:
        """The phrase after a range of doses that opens a service's reach ("*BCG to* Measles
        Dropout Rate", "*Penta 1 to* Penta 3 dropout rate": immunisation reports), or the
        phrase itself (lexicon ``range_links``). Only a reach (``coverage_words``) is read so:
        "Ratio of exports to imports" stays a ratio."""
        end = phrase.end
        if (
            not phrase.heads
            or end >= len(self.tokens)
            or self.lower(end) not in self.lex.range_links
        ):
            return phrase
        if any(self.tokens[i].is_word and self.noun_class(i) is not None for i in phrase.tokens):
            return phrase  # a known noun before "to" is not a dose's name
        after = self.phrase(end + 1)
        if any(self.covers(i) for i in after.tokens):
            return after
        return phrase

    def _leading_person(self, start: int) -> Phrase | None:
        """The first person noun of a population named first, before its comma, when words
        after it keep the phrase reader from ending on it ("Among *women* approximately six
        months postpartum who …, the percentage …"), or None."""
        for index in range(start, len(self.tokens)):
            if self.lower(index) == ",":
                return None
            if self.tokens[index].is_word and self.noun_class(index) == "person":
                return Phrase((index,), tuple(range(start, index + 1)), index + 1)
        return None

    def _programme_tag(self, index: int) -> bool:
        """A programme's or disease's acronym written before a French or Spanish noun without
        a separator ("TAR tasa de retención …", "VIH cobertura de …", "COVID-19 Casos
        confirmados …", "TB pacientes curados"): an unlisted word in capitals followed by a
        listed noun, which heads the title."""
        following = index + 1
        if self.language == "en" or following >= len(self.tokens):
            return False
        if self.programme_acronym(index):
            return self.noun_class(following) in ("transparent", "measure", "non_person", "person")
        # an event's acronym, listed as a thing, before the deaths it caused ("ESAVI
        # Fallecimientos": Paraguay's vaccine-safety dashboards, set 546)
        acronym = self.tokens[index].text.isupper() and self.noun_class(index) == "non_person"
        return acronym and self.noun_class(following) == "measure"

    def action_recipients(self, start: int) -> Phrase | None:
        """In a title written as an action, its verb first (lexicon ``action_verbs``), the
        persons it is done to: its object ("Train health promoters", "Capacitar *a* promotores")
        or the persons after a recipient link within :data:`ACTION_REACH` words ("Asignar becas
        *a niñas y niños*", "Fournir des compléments *aux femmes enceintes*"); None when the
        title is not an action or names no persons so."""
        if start >= len(self.tokens) or self.lower(start) not in self.lex.action_verbs:
            return None
        candidates = [start + 1]
        for index in range(start + 1, min(len(self.tokens), start + 1 + ACTION_REACH)):
            if self.lower(index) in self.lex.recipient_links:
                candidates.append(index + 1)
        for index in candidates:
            if index >= len(self.tokens):
                break
            index = self._past_quantity(index)  # "Former *au moins 500* sages-femmes"
            if self.lower(index) in self.lex.recipient_links:
                index = self._past_quantity(index + 1)  # the personal "a": "Certificar a personas"
            found = self.phrase(self._past_fillers(index))
            known = [c for c in map(self.noun_class, found.heads) if c is not None]
            if known and known[0] == "person":  # not "Otorgar *créditos* … y productores"
                return found
        return None

    def _taken_over(self, population: Phrase) -> bool:
        """Whether a population phrase is introduced by a link that names a population
        ("among", "chez", "en"; lexicon ``population_links``), not one that may name a topic."""
        start = min(population.tokens, default=population.end)
        links = [i for i in range(max(0, start - 3), start) if self.lower(i) in self.lex.links]
        return bool(links) and self.lower(links[-1]) in self.lex.population_links

    def compares(self, index: int) -> bool:
        """Whether the word at ``index`` names a gap, a balance or a parity (lexicon
        ``comparison_heads``)."""
        return any(f in self.lex.comparison_heads for f in self.forms(index))

    def persons_compared(self, phrase: Phrase) -> list[int]:
        """The persons a gap, a balance or a parity is taken between, named in one of its next
        three complements by a person head or a sex word ("Brecha en la presencia *de mujeres y
        hombres*", "Equilibrio de presencia *femenina y masculina*"; lexicon
        ``comparison_heads``): their tokens, or none."""
        if not any(self.compares(i) for i in phrase.heads):
            return []
        further = self._complement(phrase)
        between = self._past_amount_phrase(phrase.end)
        if further is None and self.lower(between) in self.lex.comparison_links:
            # "écart *entre* la proportion d'adolescents …" (lexicon ``comparison_links``)
            further = self.phrase(between + 1)
        measures: list[int] = []
        for _ in range(3):
            if further is None:
                break
            persons = [i for i in further.heads if self.noun_class(i) == "person"]
            named = persons or [i for i in further.tokens if self.sex_of(i)]
            if named:
                return named
            measures = measures or [i for i in further.tokens if self.noun_class(i) == "measure"]
            further = self._complement(further)
        # ... or, no persons named, a measure only persons have ("Différence … entre le taux de
        # *chômage* dans les domaines des SNG et le taux de chômage national": set 529)
        return measures

    def sexes_compared_later(self) -> list[int]:
        """Both sexes named after a link anywhere past a title that opens with a gap, a balance
        or a parity ("Écart de taux d'augmentations individuelles *entre les femmes et les
        hommes*": France's equality index, set 548; "Equilibrio en las tasas de cese … *de las
        mujeres y los hombres*": UNDP's equality seal, set 549): their tokens, or none."""
        opening = self.phrase(self.frame_end())
        if not any(self.compares(i) for i in opening.heads):
            return []
        links = self.lex.links | self.lex.comparison_links
        for index in range(opening.end, len(self.tokens) - 1):
            if self.lower(index) not in links:
                continue
            named = [i for i in self.phrase(index + 1).tokens if self.sex_of(i)]
            if len({self.sex_of(i) for i in named}) == 2:
                return named
        return []

    def of_things_first(self, phrase: Phrase, population: Phrase) -> bool:
        """Whether an unknown head is first said to be of things in the plural, before the
        persons it is taken over ("Porcentaje de *suspensión de intervenciones quirúrgicas* en
        pacientes": the operations suspended, a share of events; set 504); not a use or a
        coverage of things by persons ("Uso de mosquiteros por niños menores de 5 años")."""
        if self.is_use(phrase) or any(self.covers(i) for i in phrase.heads):
            return False
        first = self._complement(phrase)
        return (
            first is not None
            and first.tokens != population.tokens
            and bool(first.heads)
            and all(self.noun_class(i) == "non_person" and self.plural(i) for i in first.heads)
        )

    def _population_after(self, phrase: Phrase, reach: int = 3) -> Phrase | None:
        """The first of the next ``reach`` complements whose head is a person (the population a
        measure is taken over), or None."""
        further = self._complement(phrase)
        for _ in range(reach):
            if further is None:
                return None
            if any(self.noun_class(i) == "person" for i in further.heads):
                return further
            further = self._complement(further)
        return None

    def yes_or_no(self) -> bool:
        """Whether the title ends by giving its answers as yes or no ("… (yes/no)"), or is a
        question that asks whether something is so ("Existe información … en su comuna?",
        "Is there a referral pathway …?"; lexicon ``question_leads``)."""
        found = re.search(r"\(([^()]{1,12})\)\W*$", self.text)
        if found is not None and self.lex.is_answer(found.group(1)):
            return True
        start = 1 if self.tokens and self.tokens[0].text == "¿" else 0
        if "?" not in self.text:
            return False
        for lead in self.lex.question_leads:
            if self.words_at(start, lead):
                # a question put to each person counts them ("Has the child ever received
                # measles vaccination?": a survey's share of children)
                asked = start + len(lead)
                if asked < len(self.tokens) and self.lower(asked) in self.lex.articles:
                    asked += 1
                return asked >= len(self.tokens) or self.noun_class(asked) != "person"
        return False

    def counted_unit(self, acronym: bool = False, measures: bool = False) -> tuple[str, str] | None:
        """What is counted when the title ends by naming it in parentheses ("Number of
        beneficiaries with access to financial services (firms)", "… (individuals)", "Emploi
        direct fourni (ETP)"): the class of that one listed plural noun or acronym and the
        word as written, or None (only an acronym when ``acronym``; a measure of persons too
        when ``measures``). Used to overrule a person or measure head ("beneficiaries … (firms)"
        counts firms, "employment … (FTE)" counts jobs) and to name the persons counted under
        a head that is not a person or a thing ("Méningite (Décès)"); a final period or "(%)"
        after it is passed ("Emploi direct fourni (ETP) (%)")."""
        end = len(self.tokens)
        if end and self.tokens[end - 1].text == ".":
            end -= 1
        if end >= 7 and [t.text for t in self.tokens[end - 3 : end]] == ["(", "%", ")"]:
            end -= 3
        if end < 4 or self.tokens[end - 1].text != ")":
            return None
        inner = self.tokens[end - 2]
        if not inner.is_word or inner.kind == "age":
            return None
        if self.tokens[end - 3].text != "(" and not self._scaled(end - 2):
            return None
        # in a title written in capitals (read in lower case), a short word may be an acronym
        acronymic = inner.text.isupper() or (self.capitals and len(inner.text) <= 3)
        if not acronymic and (acronym or not self.plural(end - 2)):
            return None  # a plural noun, or an acronym of a unit ("(FTE)", "(HH)")
        kind = self.noun_class(end - 2)
        known = ("person", "non_person", "measure") if measures else ("person", "non_person")
        return (kind, inner.text) if kind in known else None

    def _scaled(self, index: int) -> bool:
        """Whether the word at ``index`` is counted in a scale that opens its parenthesis:
        "(thousands of persons)", "(miles de personas)", "(en milliers de personnes)" (lexicon
        ``scale_words``); also a scale written before it, in words or in figures ("(million
        people)", "('000 people)": the EU's energy results indicators, set 658)."""
        before = [t.text for t in self.tokens[max(0, index - 3) : index]]
        if before[-3:] in (["(", "'", "000"], ["(", "’", "000"]) or before[-2:] == ["(", "000"]:
            return True
        if before[-2:-1] == ["("] and self.lower(index - 1) in self.lex.scale_words:
            return True
        link, scale = index - 1, index - 2
        if scale < 1 or self.lower(link) not in self.lex.links:
            return False
        if self.lower(scale) not in self.lex.scale_words:
            return False
        opening = scale - 1
        if self.tokens[opening].text != "(" and opening > 0:
            opening -= 1  # "(en milliers de …": a preposition before the scale
        return self.tokens[opening].text == "(" and opening >= scale - 2

    def covers(self, index: int) -> bool:
        """Whether a word measures the reach of a service ("coverage", "couverture")."""
        return any(form in self.lex.coverage_words for form in self.forms(index))

    def coverage_of_participle(self, phrase: Phrase) -> str:
        """The participle of a verb done to persons that a coverage word follows, naming the
        persons it covers ("Fully *immunised* coverage", "Immunized coverage under 1"; lexicon
        ``action_verbs``), as written, or ""."""
        for head in phrase.heads:
            before = head - 1
            if before < 0 or not self.covers(head):
                continue
            done = self.participle_of_person_verb(before)  # not "Reported coverage"
            if done and self.lemma(before) in self.lex.action_verbs:
                return self.tokens[before].text
        return ""

    def is_service(self, index: int) -> bool:
        """Whether a word, alone or with the words after it, names a service ("treatment",
        "health service", "vacunación"; lexicon ``services``)."""
        services = self.lex.services
        return any(form in services for form in (*self.forms(index), *self._multiword(index)))

    def is_any_service(self, index: int) -> bool:
        """Whether a word names a service (:meth:`is_service`) or care only women receive,
        by its adjective or its acronym (:meth:`one_sex_service`: "prénatale", "ANC", "CPN1")."""
        return self.is_service(index) or self.one_sex_service(index)

    def service_covered(self, phrase: Phrase) -> str:
        """The service whose coverage the indicator measures — the share of persons it
        reaches ("Coverage of essential health services", "Cobertura de tamizaje de VIH en
        varones", "Coverage (%) - All Social Assistance", "PrEP coverage") — as written, or
        ""."""
        if not self.coverage and not any(self.covers(i) for i in phrase.heads):
            return ""
        if self.coverage:
            # the coverage's own words ("cobertura educativa en secundaria"), the head or its
            # complement ("Cobertura de planes de seguro de salud")
            following = self._complement(phrase)
            candidates: Iterable[int] = [
                *range(min(phrase.tokens, default=phrase.end)),
                *phrase.heads,
                *(following.heads if following else ()),
            ]
        else:  # "Syphilis treatment coverage", "Coverage (%) - All Social Assistance"
            modifiers = [i for i in phrase.tokens if i not in phrase.heads]
            candidates = [*modifiers, *range(phrase.end, len(self.tokens))]
        covered = self._complement(phrase)  # "GIS coverage *of districts*" covers places
        if (
            covered is not None
            and covered.heads
            and self.says_whose(min(covered.tokens) - 1)
            and all(self.noun_class(i) == "non_person" for i in covered.heads)
            and not any(self.tokens[i].is_word and self.is_service(i) for i in covered.tokens)
        ):
            return ""  # "Taux de couverture vaccinale *du cheptel* suivi": of things
        places = any(
            self.noun_class(i) == "non_person"
            for i in (*phrase.heads, *(covered.heads if covered else ()))
        )
        for index in candidates:
            # a service of one sex may be named by its adjective alone ("Antenatal coverage",
            # "Taux de couverture prénatale"; lexicon ``one_sex_services``)
            named = self.is_any_service(index)
            if self.tokens[index].is_word and (
                named or (not places and self.programme_acronym(index))
            ):
                return self.tokens[index].text
        return ""

    def personal_use_answer(self) -> str:
        """A survey table's label written as the respondent's use of what only persons use, its
        verb first, past a status ("Currently using any modern method", "Use modern
        contraceptive method": DHS tables and evaluation labels, set 573; lexicons
        ``use_words``, ``personal_uses``): the verb and what is used as written, or ""."""
        if self.language != "en":
            return ""
        index = self._past_words(0, self.lex.status_leads)  # "*Currently* using …"
        if index >= len(self.tokens) or self.lemma(index) not in self.lex.use_words:
            return ""
        if self.lower(index + 1) in self.lex.links:
            return ""  # a noun and its complement: "Consumption of Alcohol (Litres …) per Capita"
        uses = self.lex.personal_uses
        for used in range(index + 1, min(len(self.tokens), index + USE_OBJECT_REACH + 1)):
            if self.listed_at(used, uses) or any(f in uses for f in self.forms(used)):
                return f"{self.tokens[index].text} {self.tokens[used].text}"
        return ""

    def service_taken(self) -> str:
        """A survey table's label written as what the respondent did, its verb first, when what
        follows is a service ("Received BCG vaccine", "Attended ANC counselling", "Did not seek
        treatment for diarrhoea"; DHS and MICS tables): the verb and the service as written,
        or "". English only; a thing after the verb ("Reported cases", "Received complaints")
        is not."""
        if self.language != "en" or not self.tokens:
            return ""
        lead, index = self.respondent_lead  # "Did not seek …", "Never received …"
        if index >= len(self.tokens) or not self.tokens[index].is_word:
            return ""
        finite = self.lemma(index) != self.lower(index) and not self.lower(index).endswith("ing")
        inflected = finite or bool(lead)  # "Received", "Sought", "Receives"; not "Knowing"
        copula = bool(lead) and lead[0] in self.lex.respondent_copulas
        if lead and finite and not copula:  # "Were targets met" asks a question
            # what the respondent ever or never did names the respondent whatever follows
            # ("Ever tested for cervical cancer", "Ever heard of HIV self test kits", "Ever
            # experienced fistula": the DHS Program's indicator labels)
            return f"{self.tokens[0].text} {self.tokens[index].text}"
        given = index == 0 and self.lower(index) in self.lex.given_leads  # "Given BCG"
        if not given and (not inflected or self.lemma(index) not in self.lex.person_verbs):
            return ""
        for after in range(index + 1, min(len(self.tokens), index + 5)):
            if self.lower(after) in self.lex.boundaries:
                break
            if self.tokens[after].is_word and self.is_service(after):
                return f"{self.tokens[index].text} {self.tokens[after].text}"
        return ""

    @cached_property
    def respondent_lead(self) -> tuple[tuple[str, ...], int]:
        """The words a survey's label opens on before the respondent's verb, past a share's
        sign ("Did not …", "Never …", "Ever …", "% Used …"; lexicon ``respondent_leads``), or
        (), and the index of the verb."""
        start = 1 if self.tokens and self.tokens[0].text == "%" else 0
        lead = next((w for w in self.lex.respondent_leads if self.words_at(start, w)), ())
        return lead, start + len(lead)

    @cached_property
    def respondent_answer(self) -> str:
        """A survey table's label written as what the respondent did, lived through or thinks,
        a finite verb first and no subject ("Experienced physical violence since age 15", "Own
        a mobile phone", "Decides on own health care"; lexicons ``respondent_verbs``,
        ``object_leads``), or as what a person did to them ("Slapped in past 12 mos. by
        partner", "Physically forced to have sex … by partner"; lexicon ``personal_agents``):
        the verb as written, or "". In French and Spanish, whose finite verbs lookup lemmas do
        not tell from nouns, only the forms a lexicon lists (``respondent_forms``: "Asiste a una
        escuela privada", "Tuvo un episodio depresivo …")."""
        if self.language != "en":
            return self.respondent_form()
        lead, index = self.respondent_lead  # "% Used Govt. Facility", "Never …"
        if self._manner_adverb(index):
            index += 1  # "Physically forced …"
        if lead and lead[0] in self.lex.respondent_copulas:
            return self._done_to_respondents(lead, index)
        if index + 1 >= len(self.tokens) or not self.tokens[index].is_word:
            return ""
        lower, lemma, following = self.lower(index), self.lemma(index), self.lower(index + 1)
        verb = self.tokens[index].text
        if lemma in self.lex.respondent_verbs:
            if lower == lemma:  # "Own *a* mobile phone", "Does not decide …"; not "Own resources"
                return verb if lead or following in self.lex.object_leads else ""
            if lower.endswith("ing"):
                return ""
            if lower.endswith("s") and following in self.lex.links:
                return ""  # a plural noun: "Uses of ODA", "Experiences of violence"
            auxiliary = lower in self.lex.verbs  # "has", which also asks a question
            if auxiliary and (
                following not in self.lex.object_leads
                or any(self.lower(i) in self.lex.verbs for i in range(index + 1, len(self.tokens)))
            ):
                return ""  # "Has the climate resilience plan been developed …"
            if lower.endswith("s"):
                return verb  # "Decides on …", "Has a personal income"
            if following in self.lex.agent_links:
                return ""  # a passive: "Received by …"
            # what the respondent received, used or did ("Experienced physical violence",
            # "Received family planning information"); not a participle before the things or
            # persons it qualifies ("Used vehicles", "Received applications")
            counted = self.phrase(index + 1).heads[:1] or (index + 1,)
            qualified = self.noun_class(counted[0]) in ("person", "non_person")
            return "" if qualified and self.plural(counted[0]) else verb
        if not self.participle(index) or lower.endswith("ing"):
            return ""
        agents = self.lex.personal_agents
        for at in range(index + 1, len(self.tokens) - 1):
            if self.lower(at) in self.lex.agent_links:
                agent = at + 1
                while agent + 1 < len(self.tokens) and self.lower(agent) in self.lex.object_leads:
                    agent += 1  # "by *a* health worker", "by *her* partner"
                if self.noun_class(agent) == "person" or self.lower(agent) in agents:
                    return f"were {verb} by {self.tokens[agent].text}"
                return ""
        return ""

    def _done_to_respondents(self, lead: tuple[str, ...], index: int) -> str:
        """After the respondents' own "were", what was done to them or where they were ("Were
        bullied on school property", "Were electronically bullied", "Were in a physical
        fight"): the lead and the word as written, or "" ("Were targets met" asks a question)."""
        if index >= len(self.tokens) or not self.tokens[index].is_word:
            return ""
        lower = self.lower(index)
        done = self.participle(index) and not lower.endswith("ing")
        return (
            f"{' '.join(lead)} {self.tokens[index].text}" if done or lower in self.lex.links else ""
        )

    def respondent_form(self) -> str:
        """A survey label opening, after a "%" or a negation (lexicon ``respondent_leads``), on
        a finite verb form a respondent answers with (lexicon ``respondent_forms``: "% Asiste a
        una escuela pública", "No participa en ninguna asociación"), as written, or ""."""
        _, index = self.respondent_lead
        if index + 1 >= len(self.tokens) or self.lower(index) not in self.lex.respondent_forms:
            return ""
        return self.tokens[index].text

    def self_report(self) -> str:
        """The lead of a survey's label on what respondents report of themselves, opening the
        title ("Self-reported health", "Self-perceived health in the EU: good and very good",
        "Autopercepción de buen estado de salud"; lexicon ``self_reports``), or "". Not after an
        average or a count of events ("Mean self-reported age", "Average Number Self-Reported
        Incidents of Theft"): the lead must open the title."""
        start = self.frame_end()
        if self.lex.self_reports is None or start >= len(self.tokens):
            return ""
        found = self.lex.self_reports.match(self.text, self.tokens[start].start)
        if found is None or self.unit_given():
            return ""  # "Self-reported emissions (tCO2e)": a firm's, in its unit
        after = self._token_from(found.end(), None)
        reported = self.phrase(after) if after is not None else None
        if reported and reported.heads and self.noun_class(reported.heads[0]) == "non_person":
            return ""  # "Self-reported incidents of theft": events
        return found.group()

    def _manner_adverb(self, index: int) -> bool:
        """Whether the word at ``index`` is an adverb of manner before a participle or a verb
        ("*Physically* forced …"), not a noun ("Family planning …")."""
        lower = self.lower(index)
        return (
            len(lower) > 4
            and lower.endswith("ly")
            and self.noun_class(index) is None
            and self.lemma(index) == lower
            and self.lower(index + 1).endswith("ed")
        )

    def respondent_status(self) -> str:
        """A survey table's label written as what the respondent works as, a finite verb first,
        then a role ("Trabaja como empleador", "Works as unpaid family worker"; lexicon
        ``role_links``): the verb and the link as written, or "". An infinitive or an imperative
        ("Trabajar como …", "Work as …") is no answer."""
        if len(self.tokens) < 3 or not self.tokens[0].is_word:
            return ""
        lower, lemma = self.lower(0), self.lemma(0)
        finite = lower != lemma and not self.participle(0) and not lower.endswith("ing")
        if self.language == "en":
            finite = finite and lower.endswith("s")  # "Works as", not "Worked" or "Work"
        if not finite or lemma not in self.lex.person_verbs:
            return ""
        if self.lower(1) not in self.lex.role_links:
            return ""
        return f"{self.tokens[0].text} {self.tokens[1].text}"

    def care_status(self) -> str:
        """A report row that names patients by their status in care, a service or a
        programme's acronym after it ("Currently on ART", "Started on IPT", "Eligible for ART",
        "Sous ARV"; lexicon ``care_status``, after ``status_leads``): the status as written, or
        ""."""
        index = self._past_words(0, self.lex.status_leads)  # "Currently on ART", "Cumulative …"
        status = next((s for s in self.lex.care_status if self.words_at(index, s)), ())
        if not status:
            return ""
        after = index + len(status)
        owned = after < len(self.tokens) and self.lower(after) in self.lex.links  # "In care of …"
        if (self.is_service(after - 1) or self.programme_acronym(after - 1)) and not owned:
            return " ".join(t.text for t in self.tokens[:after])  # "Currently in care", "En TAR"
        if after < len(self.tokens) and self.language != "en":
            after += self.lower(after) in self.lex.articles  # "Dépistés pour le VIH"
        if after >= len(self.tokens) or not self.tokens[after].is_word:
            return ""
        if not (self.is_service(after) or self.programme_acronym(after)):
            # ... or a service named after the words that qualify it ("Number on *jobseeker
            # support benefit*": New Zealand's benefit statistics)
            named = self.phrase(after)
            if not named.heads or not all(self.is_service(i) for i in named.heads):
                return ""
            after = named.heads[-1]
        return " ".join(t.text for t in self.tokens[: after + 1])

    def programme_acronym(self, index: int) -> bool:
        """An acronym no list knows, taken as a programme ("MCCT coverage", "Couverture du
        PTME", "TAR tasa de retención"): a word in capitals, two letters or more; in a title
        written all in capitals, any short word no list knows ("ANC COVERAGE (1ST VISIT)")."""
        token = self.tokens[index]
        letters = sum(c.isalpha() for c in token.text)
        if token.kind != "word" or letters < 2 or self.noun_class(index) is not None:
            return False
        if token.text.isupper():
            return True
        lower, lex = self.lower(index), self.lex
        function_words = (lex.links, lex.articles, lex.boundaries, lex.skip)
        return self.capitals and letters <= 5 and not any(lower in w for w in function_words)

    def service_rated(self, phrase: Phrase) -> str:
        """The service a rate is taken of, named right beside the rate word ("HIV testing
        rate", "Taux d'assistance sociale", "Tasa de vacunación"; lexicon ``service_rates``):
        the share of persons it reaches, as written, or "". A rate of anything else
        ("Taux de réalisation du programme", "tasa de positividad de la prueba") is not."""
        rates = self.lex.service_rates
        if self.language == "en":  # the rate may have been looked through ("… rate in clinics")
            rated = [phrase, *self.passed]
            before = [h - 1 for p in rated for h in p.heads if self.lower(h) in rates]
            found = [i for i in before if self.is_any_service(i)]
        else:
            rated = self.passed[-1:] if self.passed else []
            named = any(self.lower(i) in rates for p in rated for i in p.heads)
            found = [phrase.heads[0]] if named and phrase.heads else []
            # a service only women receive, by its acronym ("Taux de CPN 1")
            found = [i for i in found if self.is_any_service(i)]
        return self.tokens[found[0]].text if found else ""

    def possessed_by_persons(self, phrase: Phrase) -> bool:
        """Whether a possessive person or sex word qualifies the phrase ("women's share",
        "girls' enrolment")."""
        return any(
            self.tokens[i].text.endswith(("'s", "’s", "s'", "s’"))
            and (self.lower(i) in self.lex.sex_words or self.noun_class(i) == "person")
            for i in phrase.tokens
        )

    def qualified_by_persons(self, phrase: Phrase) -> bool:
        """Whether a person, sex or measure word qualifies a transparent head in its own phrase
        ("Youth unemployment rate", "Pupil-teacher ratio")."""
        return any(
            self.names_persons(i) or self.noun_class(i) == "measure"
            for i in self._qualifiers(phrase)
        )

    def qualified_by_measure_only(self, phrase: Phrase) -> bool:
        """Whether a transparent head is qualified by a measure of persons and by no person
        ("*Unemployment* rate of women", "*Contraceptive prevalence* rate among …"), so that
        the persons measured may follow, as after "Taux de chômage des …"."""
        qualifiers = self._qualifiers(phrase)
        return (
            any(self.noun_class(i) == "measure" for i in qualifiers)
            and not any(self.names_persons(i) for i in qualifiers)
            and not self.possessed_by_persons(phrase)
        )

    def _qualifiers(self, phrase: Phrase) -> list[int]:
        """The words of a phrase that qualify its head: not a head, not a listed adjective."""
        return [
            i
            for i in phrase.tokens
            if i not in phrase.heads and self.lower(i) not in self.lex.adjectives
        ]

    def names_persons(self, index: int) -> bool:
        """Whether the word at ``index`` names persons: a sex word, a person noun, or a compound
        with a person part ("pupil-textbook")."""
        return (
            self.lower(index) in self.lex.sex_words
            or self.noun_class(index) == "person"
            or self.compound_of_persons(index)
        )

    def _hyphen_parts(self, index: int) -> list[tuple[str, ...]]:
        """The lookup forms of each part of a hyphenated word ("pupil-textbook"), or [] for a
        word of one part."""
        parts = [part for part in re.split(r"[-‐‑]", self.lower(index)) if part]
        if len(parts) < 2:
            return []
        return [tuple(word_forms(part, self.language)) for part in parts]

    def things_per_persons(self, index: int) -> bool:
        """Whether a hyphenated word names a listed thing first, then persons ("ATM-population
        ratio", "Textbook-pupil ratio"): a ratio counts what it names first, so things. A
        compound a list knows whole is that ("aides-soignants" are persons)."""
        parts = self._hyphen_parts(index)
        whole = [f for f in self.forms(index) if "-" in f]
        return (
            len(parts) == 2
            and not any(f in self.lex.person or f in self.lex.non_person for f in whole)
            and any(f in self.lex.non_person for f in parts[0])
            and any(f in self.lex.person for f in parts[1])
        )

    def compound_of_persons(self, index: int) -> bool:
        """Whether a hyphenated word joins persons to something ("pupil-textbook", "alumnos-
        libro"): a ratio it qualifies is a ratio of persons, whichever part a list knows first,
        unless a thing comes first (:meth:`things_per_persons`)."""
        parts = self._hyphen_parts(index)
        return (
            bool(parts)
            and not self.things_per_persons(index)
            and any(f in self.lex.person for forms in parts for f in forms)
        )

    def frame_end(self) -> int:
        """The token where the subject starts: after a target statement's time frame and
        quantity ("By 2029, at least 14,500 …", "Al menos 60 …", "90% of …"), else 0."""
        enumerator = _ENUMERATOR.match(self.text)
        start = enumerator.end() if enumerator else 0
        passive = _passive_lead(self.language).match(self.text, start)
        start = passive.end() if passive else start  # "Se ha disminuido la prevalencia de …"
        found = _frame_pattern(self.language).match(self.text, start)
        offset = found.end() if found is not None else start
        lead = _LEAD_CLAUSE.match(self.text, start) if offset == start else None
        if lead is not None:  # "En las salas de maternidad, el 90% de las madres …"
            after = _frame_pattern(self.language).match(self.text, lead.end())
            percent = self.lex.frame.get("percent") or ("%",)
            if after is not None and any(str(p) in after.group().lower() for p in percent):
                offset = after.end()  # a share only: "…, 10 ans (Primaire)" is an age
        if offset == 0:
            return 0
        return self._token_from(offset, 0)

    def _token_from(self, offset: int, default: _Default) -> int | _Default:
        """The first token that starts at ``offset`` of the text or after it, or ``default``."""
        return next((i for i, t in enumerate(self.tokens) if t.start >= offset), default)

    def _past_quantity(self, index: int) -> int:
        """The first token after a quantity that starts at ``index`` ("*au moins 500*
        sages-femmes", "*2.000* mujeres": the quantifiers and number of a target's frame), or
        ``index`` itself."""
        if index >= len(self.tokens):
            return index
        found = _frame_pattern(self.language).match(self.text, self.tokens[index].start)
        if found is None or found.end() <= self.tokens[index].start:
            return index
        return self._token_from(found.end(), index)

    def _complement(self, phrase: Phrase) -> Phrase | None:
        """The phrase after a link that follows ``phrase`` ("of X", "de X", "among X")."""
        after = self._past_amount_phrase(self._skip_parenthesis(phrase.end))
        if after < len(self.tokens) and self.lower(after) in self.lex.per_words:
            return self._past_rate_unit(after)
        if after >= len(self.tokens):
            return None
        plural_link = self.lower(after) in self.lex.plural_links and self.plural(after + 1)
        if self.lower(after) not in self.lex.links and not plural_link:
            return None
        after = self._past_amount(after)
        following = self.phrase(after + 1)
        return following if following.heads else None

    def _persons_asked_how_far(self, start: int) -> Phrase | None:
        """The persons named right after "extent to which", "la mesure dans laquelle" or the like
        at ``start`` (lexicon ``extent_leads``): what the title measures; or None."""
        lead = next((w for w in self.lex.extent_leads if self.words_at(start, w)), ())
        if not lead:
            return None
        persons = self.phrase(start + len(lead))
        heads = persons.heads
        # every head a person: not "the military officer and NCO corps regard use …" (set 469)
        named = heads and all(self.noun_class(i) == "person" for i in heads)
        return persons if named else None

    def _past_amount_phrase(self, index: int) -> int:
        """The index after a change said in percent at ``index`` ("Augmentation *en
        pourcentage* du nombre d'utilisateurs …", "Différence *en pourcentage* entre …";
        lexicon ``amount_phrases``), or ``index`` itself."""
        words = next((w for w in self.lex.amount_phrases if self.words_at(index, w)), ())
        return index + len(words)

    def _past_amount(self, link: int) -> int:
        """The link after an amount of change that follows ``link`` ("Réduction *de 4 %* du
        taux …", "Reduction *of 10 percentage points* in …"), or ``link`` itself."""
        index = link + 1
        if index >= len(self.tokens) or self.tokens[index].kind != "number":
            return link
        index += 1
        while index < len(self.tokens) and self.lower(index) in self.lex.amount_units:
            index += 1
        if index < len(self.tokens) and self.lower(index) in self.lex.links:
            return index
        return link

    def _past_rate_unit(self, index: int) -> Phrase | None:
        """The persons named after a rate's unit ("Ingreso medio por hora de trabajo *de los
        hombres*", "Revenu horaire par heure de travail *des femmes*"), or None: the unit
        ("per hour", "por hora de trabajo") is looked past, up to three complements."""
        if index + 1 >= len(self.tokens) or self.tokens[index + 1].kind != "word":
            return None
        unit = self.phrase(index + 1)
        for _ in range(3):
            after = self._skip_parenthesis(unit.end)
            if (
                not unit.heads
                or after >= len(self.tokens)
                or self.lower(after) not in self.lex.links
            ):
                return None
            unit = self.phrase(after + 1)
            if any(self.noun_class(i) == "person" for i in unit.heads):
                return unit
        return None

    def _skip_parenthesis(self, index: int) -> int:
        """The index after a parenthesis that opens at ``index`` ("Percentage (%) of")."""
        if self.lower(index) != "(":
            return index
        for later in range(index + 1, min(len(self.tokens), index + 8)):
            if self.lower(later) == ")":
                return later + 1
        return index

    # -- decisions ----------------------------------------------------------------------------

    def unit_given(self) -> bool:
        """Whether a parenthesis gives a unit that is not a person ("(USD)", "(en jours)"), also
        one divided by others ("(litres/an/habitant)")."""
        inside: list[int] = []
        for index, token in enumerate(self.tokens):
            if token.text == "(":
                inside = []
            elif token.text == ")":
                words = [i for i in inside if self.lower(i) not in _UNIT_WORDS]
                if 0 < len(words) <= 2 and all(self.noun_class(i) == "non_person" for i in words):
                    return True
                divided = len(inside) > 2 and self.tokens[inside[1]].text == "/"
                if divided and self.noun_class(inside[0]) == "non_person":
                    return True
                inside = []
            else:
                inside.append(index)
        return False

    def sex_in_phrase(self, phrase: Phrase) -> bool:
        """Whether the subject names a sex: a sex word in it ("women", "female", "filles"),
        also beside people of any sex ("women and youth", "mothers and caregivers": SPEC §2's
        one-sex subjects anywhere, read alike in every language), or a head in a feminine
        person form ("participantes", "trabajadoras")."""
        sexes = {self.sex_of(i) for i in phrase.tokens} - {None}
        if sexes or any(self.doublet(i) or self.other_sex_after_slash(i) for i in phrase.heads):
            return True
        person = next((i for i in phrase.heads if self.noun_class(i) == "person"), None)
        qualifiers = [i for i in phrase.tokens if person is not None and i > person]
        if any(self.doublet(i, qualifier=True) for i in qualifiers if i not in phrase.heads):
            return True  # "adolescentes inculpadas(os)": the qualifier names both sexes
        if any(self.lower(i) in self.lex.epicene for i in phrase.heads):
            return False  # "personas migrantes y retornadas": feminine by agreement, not by sex
        return any(
            (self.feminine_of_person(i) or self.feminine_by_determiner(i))
            and not self.inclusive_form(i)
            for i in phrase.heads
        )

    def other_sex_after_slash(self, index: int) -> bool:
        """Whether a person noun of one sex follows the head after a slash ("niños/niñas",
        "enfants/filles": Primero's GBVIMS and MRM reports), naming that sex beside the head."""
        other = index + 2
        return (
            other < len(self.tokens)
            and self.tokens[index + 1].text == "/"
            and self.noun_class(other) == "person"
            and self.sex_of(other) is not None
        )

    def inclusive_form(self, index: int) -> bool:
        """Whether a person noun is written in both genders, its other ending after a slash or
        in parentheses ("Médicas/os", "niños(as)"): an inclusive spelling names both sexes, not
        one."""
        ending = index + 2
        if ending >= len(self.tokens) or self.lower(ending) not in _INCLUSIVE_ENDINGS:
            return False
        mark = self.tokens[index + 1].text
        closed = ending + 1 < len(self.tokens) and self.tokens[ending + 1].text == ")"
        return mark == "/" or mark == "(" and closed

    def doublet(self, index: int, qualifier: bool = False) -> bool:
        """Whether a person noun, or with ``qualifier`` a word qualifying one ("adolescentes
        *privadas(os)* de la libertad"), is written in both genders with an ending the language
        reads as naming both sexes, as "niñas y niños" does (lexicon ``doublet_endings``:
        "niños(as)", "Médicas/os"; not French "survivant·e·s", which asks for no breakdown)."""
        return (
            self.inclusive_form(index)
            and self.lower(index + 2) in self.lex.doublet_endings
            and (qualifier or self.noun_class(index) == "person")
        )

    def feminine_by_determiner(self, index: int) -> bool:
        """A person noun of common gender (``common_gender``: one form for both sexes) that a
        feminine determiner makes women or girls ("las adolescentes", "las estudiantes");
        "los adolescentes" names both, and "la población" is feminine by grammar only."""
        before = index - 1
        return (
            before >= 0
            and self.lower(before) in self.lex.feminine_determiners
            and self.lower(index) in self.lex.common_gender
            and self.noun_class(index) == "person"
        )

    def population_by_sex(self, phrase: Phrase) -> bool:
        """Whether a measure, a rate or an unknown subject names the population it is taken
        over by both sexes ("Stunting prevalence among children … for both girls and boys",
        "Cobertura de vacunación en niños y niñas", a Spanish doublet "de niños/as"). A person
        subject's later complement is a topic, not a breakdown ("teachers trained in the
        inclusion of girls and boys")."""
        if not self.measured and any(self.noun_class(i) == "person" for i in phrase.heads):
            return False
        if any(self.doublet(i) for i in range(phrase.end, len(self.tokens))):
            return True  # "Tasa de asistencia a la educación inicial *de niños/as* de 0 a 2 años"
        return bool(
            _sex_pair(self.language).search(
                self.text,
                self.tokens[phrase.end].start if phrase.end < len(self.tokens) else len(self.text),
            )
        )

    def job_unit(self, index: int) -> bool:
        """A unit of jobs written in capitals beside persons ("FTE workers", "travailleurs
        ETP", "trabajadores ETC"; lexicon ``job_units``)."""
        token = self.tokens[index].text
        return (token.isupper() or self.capitals) and self.lower(index) in self.lex.job_units

    def in_unsexed_phrase(self, index: int) -> bool:
        """Whether the word at ``index`` is part of a phrase of two or three words that names
        no one's sex ("maternal orphans", "orphelins de mère"; lexicon ``unsexed_phrases``)."""
        for start in range(max(0, index - 2), index + 1):
            for end in range(max(start + 1, index), min(len(self.tokens), start + 3)):
                if " ".join(self.lower(i) for i in range(start, end + 1)) in (
                    self.lex.unsexed_phrases
                ):
                    return True
        return False

    def sex_of(self, index: int) -> str | None:
        """``female`` or ``male`` for a sex word at ``index``, else None ("materna" in
        "lactancia materna" names no one's sex: lexicon ``unsexed_phrases``)."""
        lower = self.lower(index)
        sex = "female" if lower in self.lex.female else "male" if lower in self.lex.male else None
        if sex is not None and self.agrees_with_epicene(index):
            return None  # "personas viudas", "personnes de 15 ans ou plus veuves"
        if sex is not None:
            return None if self.in_unsexed_phrase(index) else sex
        parts = re.split(r"[-‐‑]", lower)  # "Rapport enfants-femmes", "girl-boy ratio"
        if lower in self.lex.unsexed_phrases:
            return None  # "sages-femmes" are midwives of either sex
        for sex, words in (("female", self.lex.female), ("male", self.lex.male)):
            if len(parts) > 1 and any(part in words for part in parts):
                return sex
        return None

    def balance_lead(self) -> bool:
        """Whether the title opens with a balance or a parity of the sexes before a link
        ("Paridad de género en congresos locales", set 574 and 500; "Gender balance on boards";
        lexicon ``balance_heads``): the makeup by sex of the body named after it, its members."""
        opening = range(min(len(self.tokens), BALANCE_LEAD_WORDS))
        sexes = self.lex.disaggregation["dimensions"].get("sex") or ()
        balances = [i for i in opening if self.lower(i) in self.lex.balance_heads]
        sexed = [i for i in opening if self.lower(i) in sexes]  # "Paridad de *género*"
        if not balances or not sexed:
            return False
        link = max(*balances, *sexed) + 1
        return link < len(self.tokens) and self.lower(link) in self.lex.links

    def agrees_with_epicene(self, index: int) -> bool:
        """Whether a sex word at ``index`` is an adjective agreeing with an epicene noun before
        it, no other person named between ("personas *viudas*", "personnes de 15 ans ou plus
        *veuves*": widowed persons of both sexes; lexicon ``agreeing_sex_words``)."""
        if self.lower(index) not in self.lex.agreeing_sex_words:
            return False
        for before in range(index - 1, max(-1, index - AGREEMENT_REACH), -1):
            if self.lower(before) in self.lex.epicene:
                return True
            if self.noun_class(before) == "person" and self.tokens[before].kind != "age":
                return False
        return False

    def people(self, phrase: Phrase, dimensions: set[str]) -> tuple[bool, str]:
        """Whether the indicator counts or measures people, and why.

        The subject's head decides when a list knows it (a person, a measure of persons such as
        "mortality" or "enrolment", or a non-person thing). A head that only says how something
        is counted ("rate", "number") or that no list knows is decided by what else the text
        says: a person, sex or measure word in the subject ("Youth unemployment rate"), a rate
        per persons ("per 100,000 population", "(% of rural population)"), a breakdown only
        persons have; then a money amount or a non-person unit says it is not people; then a
        relative pronoun or a verb whose subject or object is a person.
        """
        classes = [self.noun_class(i) for i in phrase.heads]
        heads = ", ".join(self.tokens[i].text for i in phrase.heads) or "none"
        if self.money_unit():
            by_person = sorted(dimensions & PERSON_DIMENSIONS)
            # the money's word as the head, or before persons ("Renta personal media *de
            # población ocupada* … y sexo (euros)")
            # "Salario medio por sexo (euros)": SPEC P4's exception; a family's or a household's
            # money stays money ("Renta familiar media … según sexo de la persona perceptora
            # principal (euros)")
            if self.money_named(phrase) and not self.households_named():
                if by_person:
                    named = ", ".join(by_person)
                    return True, f"money ({heads}) broken down by {named}: of persons"
                if self.sex_in_phrase(phrase):  # "… del trabajo de hombres y mujeres (soles)"
                    return True, f"money of persons named by their sex ({heads})"
                linked = [p for p in self.linked_populations(phrase) if self.sex_in_phrase(p)]
                if linked:  # "Median income for women and men (euros)" (EIGE)
                    # taken over those persons, whose sex is then the one counted ("Median
                    # earnings for female workers (dollars)": the ACS's profiles, set 729)
                    self.measured = True
                    named = ", ".join(self.tokens[i].text for i in linked[0].heads)
                    return True, f"money of persons named by their sex ({named})"
            return False, "measured in money (a currency unit)"
        sexes = self.sexes_compared_later()
        if sexes:  # "Écart de taux d'augmentations individuelles entre les femmes et les hommes"
            self.measured = self.sexes_compared = True
            named = ", ".join(self.tokens[i].text for i in sexes)
            return True, f"a gap or balance between the sexes ({named})"
        if self.yes_or_no():
            return False, "a yes/no question: it counts nothing"
        marked = self.lex.respondent_marks and self.lex.respondent_marks.search(self.text)
        if marked:  # "Family planning messages on television [Men]": a survey's respondents
            return True, f"the respondents named in brackets ({marked.group().strip('[] ')})"
        reported = self.self_report()
        if reported:  # "Self-reported health", "Autopercepción de buen estado de salud"
            return True, f"what respondents report of themselves ({reported}): a survey's share"
        unit = None
        if "person" in classes:
            unit = self.counted_unit()
        elif "measure" in classes:  # "Emploi direct fourni (ETP)", not "… (years)"
            unit = self.counted_unit(acronym=True)
        # a unit of time such a measure is given in counts nothing ("Life expectancy of men at
        # birth (years)", "Espérance de vie des hommes à la naissance (années)")
        timed = unit is not None and fold(unit[1]) in self.lex.age_units
        if unit is not None and unit[0] == "non_person" and not timed:
            return False, f"counted in {unit[1]}, given in parentheses at the end"
        dwelling = self.persons_per_dwelling(phrase) if "person" in classes else ""
        if dwelling:  # "Promedio de personas por hogar": household size, crowding
            return False, f"persons per {dwelling}: the size of a dwelling or household"
        if "person" not in classes:
            named = self.counted_unit(measures=True)
            # "Méningite (Décès)", "Cholera (deaths)": what is counted, named at the end; under
            # a thing too ("Adverse events following immunization (Deaths)"), and persons under
            # a thing named bare, by a noun ("Loans (borrowers)": CGAP's sex-disaggregated
            # supply-side indicators, set 535); not under a thing counted ("Number of trainings
            # (participants)") nor by an acronym that may be a survey's ("… ménages (FES)")
            bare = bool(phrase.tokens) and min(phrase.tokens) == 0
            unit = named is not None and not named[1].isupper() and bare
            kinds = ("person", "measure") if "non_person" not in classes or unit else ("measure",)
            if named is not None and named[0] in kinds:
                return True, f"counted in {named[1]}, given in parentheses at the end"
        jobs = [i for i in phrase.tokens if i not in phrase.heads and self.job_unit(i)]
        if "person" in classes and jobs:  # "Number of FTE workers employed": jobs
            return False, f"persons counted in {self.tokens[jobs[0]].text}: jobs"
        if "person" in classes:
            if self.money_of_persons(phrase) and not self.by_person_attribute(dimensions):
                # "Media de ingresos de los productores …": money (SPEC), unless broken down by
                # what only persons have ("… by sex and indigenous status", P4's exception)
                return False, f"money of persons ({heads}), not broken down by them"
            return True, f"person head ({heads})"
        received = self.service_taken() or self.respondent_status() or self.care_status()
        received = received or self.respondent_answer or self.personal_use_answer()
        if received:
            return True, f"persons who {received}: a survey label"
        service = self.service_covered(phrase)
        if service:
            return True, f"coverage of a service ({service}): the persons it reaches"
        done = self.coverage_of_participle(phrase)
        if done:  # "Fully immunised coverage" (Nigeria's health sector scorecard)
            return True, f"coverage of the persons {done}"
        service = self.service_rated(phrase)
        if service:
            return True, f"a rate of a service ({service}): the persons it reaches"
        if "measure" in classes:
            things = self.share_of_things()
            if things:  # "Bribery incidence (% of firms experiencing …)"
                return False, f"a share of things ({things}), given as its unit"
            things = self.measure_of_things(phrase)
            if things:  # "Average age of vehicles"
                return False, f"{heads} of things ({things})"
            offences = self.offences_measured(phrase)
            if offences:  # "Incidence of cyber-crime": crimes, whoever their victims
                return False, f"{heads} of offences ({offences}): events, not persons"
            outcome = self.case_outcome()
            if outcome:  # "TB treatment success rate (new and relapse DS-TB) (%)"
                return False, f"{outcome} of cases, no person named: events (SPEC P8)"
            cases = self.cases_after_condition(phrase)
            if cases:  # "Diabète nouveaux cas": a health report's row of new cases
                return False, f"{cases} of {heads}: events, not persons"
            event = self.age_at_event()
            if event:  # "Âge moyen au premier mariage": when persons live an event, a time
                return False, f"an age at an event ({event}): a time"
            households = self.households_measured(phrase)
            if households:  # "Prevalence of … food insecurity in the HHs (FIES)"
                return False, f"{heads} taken over households ({households})"
            return True, f"a measure of persons ({heads})"
        identity = self.identity_sex(phrase)
        if identity and set(classes) <= {"non_person", None}:  # "oferentes … que son …"
            return True, f"persons who are {identity}"
        holders = self.holders(phrase)
        if holders is not None:
            named = ", ".join(self.tokens[i].text for i in holders.heads)
            return True, f"{heads} held by persons ({named}): the holders"
        by_person = sorted(dimensions & PERSON_DIMENSIONS)
        if by_person and self.positions(phrase):  # "Proportion of judicial posts, by sex"
            return True, f"{heads} broken down by {', '.join(by_person)}: their holders"
        if "non_person" in classes:
            alternative = self.persons_as_alternative(phrase)
            if alternative:  # "Porcentaje de hogares de refugiados … o individuos sin acceso …"
                return True, f"persons ({alternative}) as the other unit counted"
            aside = self.persons_counted_aside(phrase)
            if aside:  # "El 90% de las 350 familias campesinas (344 mujeres y 340 varones) …"
                return True, f"persons ({aside}) counted beside the {heads}"
            reached = self.persons_reached(phrase) or self.share_of_persons()
            if reached:
                return True, f"reaches a share of persons ({reached})"
            moving = self.flow_of_persons(phrase)
            if moving:  # "Flux entrant de migrants", "Inflow of refugees"
                return True, f"a flow or stock ({heads}) of persons ({moving})"
            held = self.positions_held(phrase, dimensions)
            if held is not None and held[0]:  # "Approved posts that are filled (%)"
                return held
            taken = self.service_taken_over(phrase)
            if taken:  # "Cholesterol screening among adults aged >=18 Years" (CDC)
                self.measured = True  # whose sex is then the one counted
                return True, f"a service, use or condition ({heads}) taken over persons ({taken})"
            used = self.personal_use(phrase)
            if used:  # "Alcohol Consumption by Sex and Educational Attainment level" (EHIS)
                return True, f"a use only persons make ({used})"
            # a service the lists class as a thing, given in % as the whole title ("Hemoglobin
            # testing at first antenatal care contact (%)"); not a section's name before what it
            # counts ("Diagnostic - Echantillons avec délai microscopie de 6+ j (%)": samples)
            whole = not _TAIL_MARKS.search(self.text)
            if self.serves_singular(phrase) and whole and self.share_served(phrase):
                return True, "a share of the persons a service reaches (%)"
            acted = self.act_taken_over(phrase)
            if acted:  # "Taking medicine to control high blood pressure among adults …" (CDC)
                self.measured = True
                return True, f"what persons did ({heads}), taken over persons ({acted})"
            among = self.prevalence_among(phrase)
            if among:  # "Short sleep duration among adults", "No leisure-time … among adults"
                self.measured = True
                return True, f"a state ({heads}) measured among persons ({among})"
            statistic = self.statistic_of_persons(phrase)
            if statistic:  # "Mean years of schooling", "Años promedio de escolaridad"
                self.statistic = True  # taken over the persons named after it, whose sex counts
                return True, f"a statistic only persons have ({statistic})"
            incidence = self.cases_per_persons(phrase)
            if incidence:  # "Confirmed malaria cases per 1,000", "Casos … por 100 000 habitantes"
                return True, f"{heads} counted {incidence}: an incidence of persons"
            if by_person and (composition_lead(self.text, self.language) or self.balance_lead()):
                # "Gender Composition of the duty holder organisation" (Victoria's gender
                # equality indicators, set 550): the makeup of its members
                return True, f"the {', '.join(by_person)} makeup of a body ({heads}): its members"
            money = any(f in self.lex.money_measures for i in phrase.heads for f in self.forms(i))
            if money and by_person:  # "Pensión media mensual Mujeres" (SPEC P4's exception)
                return True, f"money ({heads}) broken down by {', '.join(by_person)}: of persons"
            return False, f"non-person head ({heads})"
        headcount = self.headcount(phrase)
        if headcount:
            return True, f"a headcount ({headcount}) of no thing: persons"
        if any(self.lower(i) in self.lex.sex_words and self.sex_of(i) for i in phrase.tokens):
            return True, "sex word in the subject"  # not "Enseignement maternelle"
        for index in phrase.tokens:
            adjective = (
                self.lower(index) in self.lex.adjectives
                and index not in phrase.heads
                and (index == 0 or self.noun_class(index - 1) != "transparent")
            )  # "aide *publique*" qualifies; "Ratio *étudiants*/enseignants" is counted
            # after a French or Spanish head, a feminine form of a person noun agrees with it as
            # an adjective ("Acidez *marina*"), unless listed itself
            after_head = bool(phrase.heads) and index > phrase.heads[0]
            adjective = adjective or (after_head and self.feminine_of_person(index))
            adjective = adjective or self.agrees_with_thing(index, phrase)
            if not adjective and self.noun_class(index) in ("person", "measure"):
                return True, f"person or measure word in the subject ({self.tokens[index].text})"
        if self.money():
            return False, f"{heads}: an amount of money"
        held = self.positions_held(phrase, dimensions)
        if held is not None:
            return held
        offence = next((i for i in phrase.tokens if self.is_offence(i)), None)
        perceived = offence is not None and any(
            f in self.lex.victim_measures for i in range(offence) for f in self.forms(i)
        )  # "Percepción de corrupción en instituciones …": of the persons who perceive it
        if offence is not None and not perceived:
            # "Crime rate per 100,000 population": offences, not victims
            return False, f"offences ({self.tokens[offence].text}) counted: events, not persons"
        violent = [i for i in phrase.heads if self.names_violence(i)]
        if violent and self.per_number_of_persons(phrase):
            # "Violences intrafamiliales (pour 1 000 hab.)": the incidents recorded, as
            # :meth:`violence_suffered` reads them when a measure leads
            return False, f"{self.tokens[violent[0]].text} per persons: incidents recorded"
        denominator = self.person_denominator()
        if denominator and not self.unit_given():  # "Water use per person per day (litres)"
            self.per_persons = True
            return True, f"a rate of persons ({denominator})"
        if dimensions & PERSON_DIMENSIONS:
            spread = self.things_spread(phrase)
            if spread:  # "Distribución de casos por sexo": the cases of the persons of a sex
                return False, f"{heads} of things ({spread}) broken down as persons are: things"
            if self.money_named(phrase) and self.households_named():
                # "Real Median Household Income by Race and Ethnicity": the householder's
                # breakdown, of a household's money
                return False, f"a household's money ({heads}) broken down by its head: money"
            return True, "breakdown only persons have"
        together = self.lex.sexes_together and self.lex.sexes_together.search(self.text)
        if together:  # "Inbound mobility rate, both sexes (%)": a total only persons have
            return True, f"a total over both sexes ({together.group().strip(' ,;(')}): persons"
        used = self.is_use(phrase) and not self.amount()
        band = self.age_band() if self.serves(phrase) or used else ""
        if band:  # "Vitamin A coverage 6-59 months", "Usage régulier de cannabis à 15-64 ans"
            return True, f"a service or a use for an age band of persons ({band})"
        if self.share_served(phrase):
            # "Counselling on physical activity, during community ANC (%)", "PEP completion (%)"
            return True, "a share of the persons a service reaches (%)"
        step = self.personal_step(phrase)
        if step:  # "TPT completion", "Retention in DSD ART models" (WHO's HIV indicators)
            return True, f"a step only persons take through a service ({step})"
        if self.unit_given():
            return False, f"unknown head ({heads}) measured in a unit"
        elided = self.elided_persons(phrase, classes)
        if elided:
            return True, f"persons {elided} (the count names no noun)"
        if "transparent" in classes and any(self.compound_of_persons(i) for i in phrase.tokens):
            return True, "a ratio of persons to things (a compound naming persons)"
        if "transparent" in classes:
            linked = self.linked_populations(phrase)
            reach = self._past_unknown_complements(phrase)  # "Proportion *of smoking* among …"
            if linked and phrase.heads and min(linked[0].tokens) <= reach + RATE_REACH:
                # "Treatment success rate for patients treated for MDR-TB (%)": a measure
                # taken over those persons, whose sex is then the one counted
                self.measured = True
                named = ", ".join(self.tokens[i].text for i in linked[0].heads)
                return True, f"a rate taken over persons ({named})"
            aged = self.persons_by_age_alone(phrase)
            if aged:
                return True, f"persons named by their age ({aged})"
            suffered = self.violence_suffered(phrase)
            if suffered:  # "Tasa de violencia de género e intrafamiliar"
                return True, f"violence that persons report having suffered ({suffered})"
            taken = self.participation_in(phrase)
            if taken:  # "Participación en elecciones municipales"
                return True, f"a participation ({heads}) {taken}: of persons"
            per_unit = self.persons_per_unit()
            if per_unit:  # "Densidad bruta (Habitante/ha)" (set 574)
                return True, f"{heads} of persons ({per_unit}) per a unit"
            return False, f"no person in the subject ({heads})"
        first = phrase.heads[0] + 1 if phrase.heads else len(self.tokens)
        if first < len(self.tokens) and self.listed_at(first, self.lex.founding_verbs):
            # "# of Shuras established and trained …": bodies set up, then trained
            return False, f"unknown head ({heads}) {self.tokens[first].text}: a body or a thing"
        after_head = [i for i in phrase.tokens if i > phrase.heads[0]] if phrase.heads else []
        window = [*after_head, *range(phrase.end, min(len(self.tokens), phrase.end + CUE_WINDOW))]
        for index in window:
            lower = self.lower(index)
            if lower in self.lex.relatives:
                return True, f"relative pronoun {lower!r}"
            if index > 0 and self.lower(index - 1) in _NOUN_MARKERS:
                continue  # "centros de trabajo": a noun, whatever verb its lemma is
            if self.language != "en" and index > 0 and self.noun_class(index - 1) == "non_person":
                continue  # "políticas orientadas": after a thing, its adjective, not a clause
            clause = index == phrase.end and index > 0 and self.subject_of_ing(index - 1)
            if self.noun_class(index) in ("person", "non_person") or (
                self.participle(index) and self.noun_ahead(index + 1) and not clause
            ):
                continue  # a listed noun ("benefits"), a participle qualifying one
            if lower in self.lex.person_verbs or (
                self.lemma(index) in self.lex.person_verbs and not self.first_person_form(index)
            ):
                return True, f"person verb {lower!r}"
        compared = self.persons_compared(phrase)
        if compared:  # "Brecha en la presencia de mujeres y hombres en los cargos …"
            self.measured = True  # whose sexes are then the ones counted
            # one sex named is compared with the other ("… de las mujeres participantes …")
            self.sexes_compared = any(self.sex_of(i) for i in compared)
            named = ", ".join(self.tokens[i].text for i in compared)
            return True, f"a gap or balance ({heads}) between persons ({named})"
        population = self._population_after(phrase) if set(classes) == {None} else None
        if population is not None and not self._taken_over(population):
            population = None
        if population is None and set(classes) == {None} and phrase.heads:
            population = self._population_nearby(phrase)
        if population is not None and self.of_things_first(phrase, population):
            population = None  # "Porcentaje de suspensión de intervenciones … en pacientes"
        if population is not None:
            # "Completion of TB preventive treatment among children under 5 (%)": a measure
            # taken over those persons, whose sex is then the one counted
            self.measured = True
            named = ", ".join(self.tokens[i].text for i in population.heads)
            return True, f"unknown head ({heads}) taken over persons ({named})"
        after = phrase.end
        if (
            phrase.heads
            and all(self.one_sex_service(i) for i in phrase.heads)
            and after < len(self.tokens)
            and self.lemma(after) in self.lex.person_verbs
        ):  # "ANC registered", "Percentage of ANC registered within the first trimester"
            return (
                True,
                f"the clients of care only women receive ({heads} {self.tokens[after].text})",
            )
        outcome = next((t.text for t in self.tokens[1:] if t.lower in self.lex.person_outcomes), "")
        cases = (f in self.lex.case_words for i in range(len(self.tokens)) for f in self.forms(i))
        if outcome and not any(cases):
            # "Eclampsia Dead", "SAM Discharged cured" (HMIS report rows); not "Died (all DS-TB
            # cases) (%)", a treatment outcome of cases
            return True, f"persons with an outcome ({outcome})"
        acted = self.act_taken_over(phrase)
        if acted:  # "Provided care for a friend … among adults" (CDC)
            self.measured = True
            return True, f"what persons did ({heads}), taken over persons ({acted})"
        used = self.personal_use(phrase)
        if used:  # "Current Use of Family Planning Method", "Uso de métodos anticonceptivos"
            return True, f"a use only persons make ({used})"
        suffered = self.violence_suffered(phrase)
        if suffered:  # "Violencia sexual, últimos 12 meses" (a health survey's tables)
            return True, f"violence that persons report having suffered ({suffered})"
        return False, f"unknown head ({heads}), no person cue"

    def _past_unknown_complements(self, phrase: Phrase) -> int:
        """Where the phrase ends with the complements after it (up to four words each) that no
        list knows ("Proportion *of smoking*", "Taux *de tabagisme*"): what they name is taken
        over the population that follows them."""
        end, lex = phrase.end, self.lex
        while end < len(self.tokens) and self.lower(end) in lex.links:
            if self.lower(end) in lex.population_links:
                break
            after = end + 1
            while (
                after < len(self.tokens)
                and after - end <= 4
                and self.tokens[after].is_word
                and self.lower(after) not in lex.links
                and self.lower(after) not in lex.boundaries
            ):
                if self.noun_class(after) is not None:
                    return end
                after += 1
            if after == end + 1:
                break
            end = after
        return end

    def _population_nearby(self, phrase: Phrase) -> Phrase | None:
        """The persons named by a population link within :data:`POPULATION_REACH` tokens
        after an unknown head and its complements, past a purpose clause ("Birth control use
        *to prevent pregnancy* among …", "Vaccine coverage estimates for recommended vaccines
        in children"), or None. A head that may be a finite verb ("community *is* active in
        …") reaches only past a purpose clause (lexicon ``purpose_links``)."""
        verb = self.lower(phrase.heads[-1]) in self.lex.verbs
        end = phrase.end
        following = self._complement(phrase)
        while following is not None and following.end > end:  # "Uso *de anticonceptivos* …"
            end = following.end
            following = self._complement(following)
        for found in self.linked_populations(phrase):
            start = min(found.tokens)
            if start > end + POPULATION_REACH:
                break
            between = range(phrase.end, start)
            link = self._link_before(phrase, found, agents=True)
            if link is None:
                continue
            if self.lower(link) in self.lex.recipient_links and (
                self.noun_class(link - 1) == "non_person"
                or any(self.past_participle(i) for i in range(phrase.heads[-1] + 1, link))
            ):
                continue  # "safe spaces *for* women", "seats reserved *for* women": for them
            purpose = any(self.lower(i) in self.lex.purpose_links for i in between)
            agent = self._links_agent(link)  # "net *use by* children": "use" is a noun there
            if self.noun_class(found.heads[0]) == "person" and (purpose or not verb or agent):
                return found
        return None

    def _link_before(self, phrase: Phrase, population: Phrase, agents: bool = False) -> int | None:
        """The last population link (or, with ``agents``, agent link) between a phrase and a
        population named after it ("screening *among* adults", "use *by* children"), or None."""
        return next(
            (
                i
                for i in range(min(population.tokens) - 1, phrase.end - 1, -1)
                if self.lower(i) in self.lex.population_links or (agents and self._links_agent(i))
            ),
            None,
        )

    def _links_agent(self, index: int) -> bool:
        """Whether the token at ``index`` is an agent link ("by", "par", "por"; lexicon
        ``agent_links``), which names a population after a use only."""
        return self.lower(index) in self.lex.agent_links

    def persons_by_age_alone(self, phrase: Phrase) -> str:
        """An age that names the persons counted with no noun ("Proportion of
        *under 1 year* receiving DPT", "Number of under 5 years treated"; Kenya's health
        sector plan), as French "les moins de 5 ans" and Spanish "menores de 1 año" name
        them (lexicon ``ages_alone``): the age as written, or ""."""
        ages = self.lex.ages_alone
        if ages is None or phrase.tokens != phrase.heads or not phrase.heads:
            return ""
        aged = ages.match(self.text, self.tokens[phrase.heads[-1]].end)
        if aged is None:
            return ""
        after = self._token_from(aged.end(), None)
        if after is not None and (
            self.lower(after) in self.lex.links
            or (self.noun_class(after) == "non_person" and not self.past_participle(after))
        ):
            return ""  # "Number of 10 - 15 years of service", "Number of 2-5 years cases"
        return aged.group("age")

    def first_person_form(self, index: int) -> bool:
        """Whether a Spanish word is its verb's first person singular ("trabajo", "apoyo",
        "registro"), which no title uses as a verb: the noun it also is ("Concesiones de
        autorización de residencia y *trabajo* a mujeres extranjeras")."""
        lemma, lower = self.lemma(index), self.lower(index)
        return (
            self.language == "es"
            and lemma.endswith(("ar", "er", "ir"))
            and (lower == lemma[:-2] + "o")
        )

    def elided_persons(self, phrase: Phrase, classes: list[str | None]) -> str:
        """A bare count followed by what a person verb did to those counted ("# supported with
        shelter kits", "Number reached with hygiene kits"): the participle as written, or ""."""
        if classes != ["transparent"]:
            return ""
        if any(self.lower(i) in self.lex.measured_attributes for i in phrase.heads):
            return ""  # "Nivel de satisfacción con …", "Gender Budgeting": no count of persons
        following = phrase.heads[-1] + 1
        if following < phrase.end and self.lower(following) in self.lex.elided_links:
            # French and Spanish put what the persons are after the share, inside its phrase
            # ("Proporción *preocupada* por la delincuencia", "Pourcentage *satisfait* des …")
            return self.tokens[following].text
        if (
            self.language != "en"
            and following < phrase.end
            and self.participle_of_person_verb(following)
        ):
            # ... or what was done to them ("Nombre *testé* pour une charge virale", "Número
            # *vacunado* contra el sarampión")
            return self.tokens[following].text
        # nothing before the count but a total's word ("*Total* number attending first ANC":
        # a household-survey model's labels, set 557)
        if any(
            i not in phrase.heads and self.lower(i) not in self.lex.totals for i in phrase.tokens
        ):
            return ""
        # past a status ("Number *currently* enrolled": Kenya's county education profiles)
        after = self._past_words(phrase.end, self.lex.status_leads)
        if after >= len(self.tokens):
            return ""
        # a share of the surveyed, what they have or do said at once ("Proportion *with*
        # documents to prove identity", "Proportion *experiencing* a security incident",
        # "Pourcentage *ayant* accès …", "Proporción *con* acceso …"; lexicon ``elided_links``)
        doing = self.lower(after).endswith("ing") if self.language == "en" else False
        if self.lower(after) in self.lex.elided_links or doing or self.present_participle(after):
            return self.tokens[after].text
        if not self.participle(after):
            return ""
        # ... or, after the count word alone, what was given to them, its object after it
        # ("Number *given* STI treatment": Kenya's GBV information system; lexicon
        # ``clause_participles``), not to a thing the count names ("Percentage of wages paid")
        # nor with no object ("Classrooms - Number completed")
        done = self.lemma(after) in self.lex.person_verbs
        alone = not any(self.lower(i) in self.lex.links for i in range(after))
        given = (
            alone
            and self.lower(after) in self.lex.clause_participles
            and after + 1 < len(self.tokens)
            and self.tokens[after + 1].is_word
        )
        return self.tokens[after].text if done or given else ""

    def complement_of_one_sex(self, phrase: Phrase) -> bool:
        """Whether a rate or measure's complement is qualified by one sex ("Tasa de
        participación económica femenina", "Taux d'activité féminine"), or a phrase looked
        through on the way to the population names a sex ("Taux d'activité féminine des 15-64
        ans", "Tasa de embarazo en adolescentes")."""
        # a phrase looked through that names a sex, as head or qualifier ("Tasa de *embarazo*
        # en adolescentes", "Taux d'activité *féminine* des 15-64 ans")
        if any(self.sex_of(i) for p in self.passed for i in p.tokens):
            return True
        if not phrase.heads or self.noun_class(phrase.heads[0]) not in ("measure", "transparent"):
            return False
        following = self._complement(phrase)
        if following is None:
            return False
        sexes = {self.sex_of(i) for i in following.tokens if i not in following.heads}
        return len(sexes - {None}) == 1

    def statistic_of_one_sex(self, phrase: Phrase) -> bool:
        """Whether the persons a statistic of persons is taken over, named a few complements
        on, are of one sex ("Mean years of schooling *of women* aged 25 and older")."""
        if not self.statistic:
            return False
        current: Phrase | None = phrase
        for _ in range(3):
            current = self._complement(current)
            if current is None:
                break
            if any(self.noun_class(i) == "person" for i in current.heads):
                return self.sex_in_phrase(current)
        # ... or after a population's link ("Years in retirement *for* males")
        return any(self.sex_in_phrase(found) for found in self.linked_populations(phrase))

    def things_spread(self, phrase: Phrase) -> str:
        """The things a head of ``distribution_heads`` spreads over a breakdown ("Distribución
        *de casos* por sexo", "Distribution *of cases* by sex"), as written, or "": not
        positions or posts that persons are said to hold (lexicons ``positions``,
        ``holder_clauses``: "Répartition des postes … *occupés par des hommes*"), which a
        breakdown only persons have says are theirs."""
        if not any(self.lemma(i) in self.lex.distribution_heads for i in phrase.heads):
            return ""
        spread = self._complement(phrase)
        if spread is None or any(self.noun_class(i) != "non_person" for i in spread.heads):
            return ""
        if self.positions(spread) or self._holders_in(range(spread.end, len(self.tokens))):
            return ""
        return ", ".join(self.tokens[i].text for i in spread.heads)

    def sex_after_qualifier(self, phrase: Phrase) -> bool:
        """Whether the persons counted are qualified by one sex after a qualifier of their own,
        at the end of the title or before a comma or a parenthesis ("Funcionarios de planta
        *mujeres*", "Funcionarios a Contrata *Sexo Masculino*"; Chile's municipal indicators;
        lexicon ``qualifier_links``, ``sex_labels``). Never past a second link ("docentes a
        cargo de niñas")."""
        persons = [i for i in phrase.tokens if self.noun_class(i) == "person"]
        if not persons:
            return False
        link = persons[0] + 1
        if link >= len(self.tokens) or self.lower(link) not in self.lex.qualifier_links:
            return False
        index = link + 1
        while index < len(self.tokens) and index <= link + 2:
            lower = self.lower(index)
            if not self.tokens[index].is_word or lower in self.lex.links:
                return False
            sexed = self.noun_class(index) == "person" and self.sex_of(index)
            named = lower in self.lex.sex_labels and index + 1 < len(self.tokens)
            sexed = sexed or (named and self.sex_of(index + 1))
            if sexed and index > link + 1:
                end = index + 2 if named else index + 1
                return end >= len(self.tokens) or self.tokens[end].text in {",", "(", ";"}
            if self.noun_class(index) in ("person", "measure"):
                return False
            index += 1
        return False

    def sex_at_the_end(self, phrase: Phrase) -> bool:
        """Whether a French or Spanish title counting persons ends on one sex set beside the
        word before it, the persons' sex as a survey's column gives it ("Personnes formées en
        comptabilité de base *hommes*", "Nombre de juristes / avocats *femmes*": a GBV service
        mapping), or on a sex adjective that agrees with them ("Employés à temps plein
        *masculins*", "Empleados a tiempo completo *masculinos*"; lexicon ``sex_adjectives``),
        not a complement ("violences faites aux femmes", "hommes et femmes"). In English, only a
        sex adjective ("Attendance child health 12-59 months *male*": Zambia's HIA2 report, set
        686)."""
        english = self.language == "en"
        if not english and not any(self.noun_class(i) == "person" for i in phrase.heads):
            return False
        last = len(self.tokens) - 1
        if last >= 0 and self.tokens[last].text == ".":
            last -= 1
        if last < 2 or last in phrase.tokens or not self.sex_of(last):
            return False
        adjective = self.lower(last) in self.lex.sex_adjectives
        # English: the adjective alone; French and Spanish: a plural person or adjective
        named = (
            adjective
            if english
            else self.plural(last) and (adjective or self.noun_class(last) == "person")
        )
        if not named:
            return False
        before = self.lower(last - 1)
        lex = self.lex
        closed = (lex.links, lex.articles, lex.conjunctions, lex.boundaries, lex.skip)
        return (
            self.tokens[last - 1].is_word
            and not any(before in words for words in closed)
            and not self.sex_of(last - 1)
        )

    def collective_of_one_sex(self, phrase: Phrase) -> bool:
        """Whether a population noun's complement names one sex ("Población total de hombres",
        "Population of women"; lexicon ``collectives``), also through the group it is part of
        ("Miembros de grupos *de mujeres*", "Members of women's groups")."""
        if not any(self.lower(i) in self.lex.collectives for i in phrase.heads):
            return False
        following = self._complement(phrase)
        if following is not None and not self.sex_in_phrase(following):
            following = self._complement(following)
        return following is not None and self.sex_in_phrase(following)

    def identity_sex(self, phrase: Phrase) -> str:
        """The sex word of a clause after the phrase saying what its members are ("…
        occupational group who are women", "… qui sont des femmes"; lexicon
        ``identity_clauses``), or the persons it names by both sexes ("… que son campesinos o
        campesinas": a Peruvian project, set 536), as written, or ""."""
        for start in range(phrase.end, min(len(self.tokens), phrase.end + IDENTITY_REACH)):
            if self.lower(start) in (",", ";", ")"):
                break  # past an age complement only: "adolescentes de 15 a 19 años que …"
            for words in self.lex.identity_clauses:
                end = self._clause_words_end(start, words)
                if end is None or end >= len(self.tokens):
                    continue
                said = self.phrase(end)
                named = [i for i in said.tokens if self.sex_of(i)] or [end]
                if self.sex_of(named[0]):  # "… categorised as Uniformed *Men*"
                    return self.tokens[named[0]].text
                # both genders of persons ("… que son campesinos o campesinas"); not one feminine
                # agreeing with a feminine noun ("la población que es beneficiaria de FONASA")
                persons = [i for i in said.heads if self.noun_class(i) == "person"]
                feminine = [i for i in persons if self.feminine_of_person(i)]
                if feminine and len(feminine) < len(persons):
                    return " ".join(self.tokens[i].text for i in said.tokens)
        return ""

    def _clause_words_end(self, start: int, words: tuple[str, ...]) -> int | None:
        """The token after ``words`` written from ``start`` with an adverb anywhere among or
        after them ("who are *already* mothers", "que *ya* son madres"; lexicon
        ``identity_adverbs``), or None."""
        index = start
        for word in (*words, None):
            while index < len(self.tokens) and self.lower(index) in self.lex.identity_adverbs:
                index += 1
            if word is None:
                return index
            if index >= len(self.tokens) or self.lower(index) != word:
                return None
            index += 1
        return index

    def holders(self, phrase: Phrase) -> Phrase | None:
        """The persons who hold the positions or seats the phrase names, given a few words
        after its head ("seats *held by women*", "postes de direction *occupés par des
        femmes*"; lexicon ``positions`` and ``holder_clauses``), or None."""
        if phrase not in self._holders:
            self._holders[phrase] = self._find_holders(phrase)
        return self._holders[phrase]

    def positions(self, phrase: Phrase) -> bool:
        """Whether the phrase's head names positions or seats (lexicon ``positions``), not a
        listed thing it starts or ends ("puestos de trabajo" are jobs, "border posts" places)."""
        return any(
            any(f in self.lex.positions for f in self.forms(i))
            and not any(p in self.lex.non_person for p in self._multiword(i))
            for i in phrase.heads
        )

    def positions_held(self, phrase: Phrase, dimensions: set[str]) -> tuple[bool, str] | None:
        """The reading of positions or seats whose holders are not named (those named were
        read by :meth:`holders`): persons when the positions are said to be held ("positions
        *filled*", "postes *pourvus*", "plazas *ocupadas*"; lexicon ``filled_words``), else no
        persons unless a breakdown only persons have says so ("Seats available for mass transit
        (per 1,000 inhabitants)"); None when the phrase names no positions."""
        if not self.positions(phrase):
            return None
        heads = ", ".join(self.tokens[i].text for i in phrase.heads)
        first = min(phrase.heads)
        reach = range(first + 1, min(len(self.tokens), phrase.end + HOLDER_REACH))
        if any(self.lower(i) in self.lex.filled_words for i in reach):
            return True, f"positions ({heads}) filled: their holders"
        if dimensions & PERSON_DIMENSIONS:
            return None
        return False, f"positions ({heads}) and no holder named"

    def _find_holders(self, phrase: Phrase) -> Phrase | None:
        if not self.positions(phrase):
            return None
        first = min(phrase.heads)
        return self._holders_in(range(first + 1, min(len(self.tokens), phrase.end + HOLDER_REACH)))

    def _holders_in(self, starts: Iterable[int]) -> Phrase | None:
        """The persons a clause of ``holder_clauses`` starting at one of ``starts`` says hold
        something ("*occupés par* des femmes"), or None."""
        for start in starts:
            for words in self.lex.holder_clauses:
                if self.words_at(start, words):
                    holders = self.persons_at(start + len(words))
                    if holders is not None:
                        return holders
        return None

    def population_of_one_sex(self, phrase: Phrase) -> bool:
        """Whether a measure or a coverage is taken over a population of one sex named later
        in the title, past what is measured ("Cobertura de vacunación de segunda dosis contra
        papiloma humano *en las adolescentes*"; lexicon ``population_links``)."""
        # "Recours au dépistage … chez", "Unmet need for family planning among married women"
        covers = any(self.covers(i) for i in phrase.heads)
        measure = any(self.noun_class(i) == "measure" for i in phrase.heads)
        measure = measure or self.qualified_by_measure_only(phrase)  # "Out-of-school rate for"
        # a share of persons taken among persons of one sex: "Tasa de desocupados *en las
        # mujeres*" (the unemployed among women)
        share = bool(self.passed) and any(self.noun_class(i) == "person" for i in phrase.heads)
        if not (self.measured or self.coverage or covers or measure or share):
            return False
        populations = list(self.linked_populations(phrase))
        complement = self._complement(phrase)
        if self.measured and complement is not None and self.service_of_persons(phrase):
            populations.append(complement)  # "Dépistage *des femmes* enceintes"
        return any(
            self.sex_in_phrase(p)
            and (
                not share
                or min(p.tokens) <= phrase.end + RATE_REACH  # "en las mujeres", "among women"
                and any(self.noun_class(i) == "person" for i in p.heads)
            )
            for p in populations
        )

    def cases_after_condition(self, phrase: Phrase) -> str:
        """The cases a French or Spanish row counts when they follow its condition with no link
        ("Diabète nouveaux cas", "Hypertension - nouveaux cas", "Diabetes casos nuevos": health
        report rows; lexicon ``case_words``), as written, or ""."""
        if self.language == "en" or not phrase.heads:
            return ""
        start = phrase.heads[-1] + 1
        for index in range(start, min(len(self.tokens), start + 3)):
            lower = self.lower(index)
            if lower in self.lex.links or lower in self.lex.boundaries:
                return ""
            if not self.tokens[index].is_word and lower not in ("-", "–", "—"):
                return ""  # "Décès COVID-19 (cas suspects, …)": a qualifier in parentheses
            if any(form in self.lex.case_words for form in self.forms(index)):
                return self.tokens[index].text
        return ""

    def condition_of_one_sex(self, phrase: Phrase) -> bool:
        """Whether a measure of persons, or a respondent's answer, is taken of a condition only
        one sex has, named after it ("Deaths related to pregnancy and childbirth", "Prevalence
        of anaemia in pregnancy", "Muertes por embarazo, parto y puerperio", "Experienced
        physical violence during pregnancy") or before it ("Number of direct obstetric deaths";
        lexicon ``one_sex_conditions``)."""
        if any(self.noun_class(i) == "person" for i in phrase.heads):
            return False  # persons named: "… des enfants nés après une grossesse à risque"
        conditions = self.lex.one_sex_conditions
        if self.respondent_answer:  # "Experienced physical violence during pregnancy"
            # "Completed 4+ ANC visits": a service only women receive (``one_sex_services``)
            answers = self.lex.one_sex_answers  # "Delivered at home or in transit"
            return any(
                self.lower(i) in conditions or self.one_sex_service(i) or self.lemma(i) in answers
                for i in range(len(self.tokens))
            )
        read = [i for p in (*self.passed, phrase) for i in p.tokens]
        measures = [i for i in read if self.noun_class(i) == "measure"]
        if not measures:
            return False
        # English names the condition before the measure too ("direct *obstetric* deaths")
        named = (*read, *range(min(measures) + 1, len(self.tokens)))
        return any(self.lower(i) in conditions for i in named)

    def victims_of_one_sex_offence(self, phrase: Phrase) -> bool:
        """Whether the persons counted are the victims of an offence only one sex suffers, named
        in their complement ("Víctimas de femicidio": Chile's femicide data, set 679; lexicon
        ``one_sex_offences``)."""
        if not any(self.noun_class(i) == "person" for i in phrase.heads):
            return False
        following = self._complement(phrase)
        return following is not None and any(
            f in self.lex.one_sex_offences for f in self.forms(following.heads[0])
        )

    def persons_in_one_sex_state(self, phrase: Phrase) -> bool:
        """Whether the persons counted are said, in the clause after them, to be in a state
        only one sex knows ("adolescents *who get pregnant* before the age of 20", "adolescents
        (10-14 years) *presenting with pregnancy*", "adolescents *ayant eu une grossesse*";
        lexicon ``one_sex_states``): the girls and women who are."""
        if not any(self.noun_class(i) == "person" for i in phrase.heads):
            return False
        after = self._skip_parenthesis(phrase.end)
        # a clause opened by a relative, a participle or a word that says what the persons
        # have ("who", "presenting", "ayant", "que"; lexicons ``relatives``, ``elided_links``)
        opener = self.lower(after)
        opened = after < len(self.tokens) and (
            opener in self.lex.relatives
            or opener in self.lex.elided_links
            or self.participle(after)
        )
        if not opened:
            return False
        window = range(after + 1, min(len(self.tokens), after + 1 + STATE_REACH))
        states = self.lex.one_sex_states
        return any(self.lower(i) in states for i in window)

    def done_to_things(self, phrase: Phrase) -> bool:
        """Whether a service is done to things named with it ("Wastewater treatment (%)",
        "Traitement des réclamations …", "Treatment of grievances"), not to persons."""
        following = self._complement(phrase)
        things = [*self._qualifiers(phrase), *(following.heads if following else ())]
        return any(self.noun_class(i) == "non_person" for i in things)

    def share_of_one_sex(self) -> bool:
        """Whether a unit parenthesis gives a share of persons of one sex ("Anaemia (% of
        pregnant women)", "Early initiation of breastfeeding (% of recent mothers)")."""
        for index in range(len(self.tokens)):
            if not self._opens_share(index):
                continue
            start = self._past_fillers(self._share_start(index))
            if start < len(self.tokens) and self.sex_in_phrase(self.phrase(start)):
                return True
        return False

    def population_in_parentheses(self) -> bool:
        """Whether a parenthesis opens on persons of one sex, the population the measure is
        taken over ("Mean years in school (women 25 to 34 years)", "Literacy rate (women
        15-24)", "Tasa de alfabetización (mujeres de 15 a 24 años)")."""
        for index, token in enumerate(self.tokens[:-1]):
            if token.text != "(":
                continue
            first = index + 1
            if self._acronym_then_comma(first):
                first += 2  # "(mCPR, all women)": the measure's acronym, then its population
            start = self._past_qualifiers(first)  # "(married women)", "(toutes les femmes)"
            if self._agrees_with_noun_before(first, start):
                continue  # "(movilidad humana)", "(atención médica)": a noun and its adjective
            if self.noun_class(start) == "person":
                if self.sex_in_phrase(self.phrase(start)):
                    return True
            elif self.lower(index + 1) in self.lex.totals and self._groups_of_one_sex(index + 2):
                return True
        return False

    def _agrees_with_noun_before(self, first: int, start: int) -> bool:
        """Whether a French or Spanish person word at ``start`` is an adjective of the noun
        no list knows before it, from ``first`` ("movilidad *humana*", "atención *médica*"):
        it follows the noun it qualifies and names no persons of its own."""
        return (
            self.language != "en"
            and start > first
            and self.tokens[start - 1].is_word
            and self.lower(start - 1) not in self.lex.articles
            and self.lower(start - 1) not in self.lex.totals
            and self.lower(start) in self.lex.adjectives
        )

    def _acronym_then_comma(self, index: int) -> bool:
        """Whether an acronym of two capitals or more, then a comma, stands at ``index``
        ("(*mCPR,* all women)", "(*TPM,* femmes)")."""
        if index + 1 >= len(self.tokens) or self.lower(index + 1) != ",":
            return False
        text = self.tokens[index].text
        return len(text) <= 8 and sum(c.isupper() for c in text) >= 2

    def _past_qualifiers(self, index: int, most: int = 2) -> int:
        """The first token from ``index`` past at most ``most`` words that only qualify a noun
        after them: a total, an article or a word no list knows that is no -ing form ("*married*
        women", "*toutes les* femmes", "*todas las* mujeres"; not "(*excluding* women)")."""
        start = index
        while start - index < most and start + 1 < len(self.tokens):
            lower = self.lower(start)
            unknown = self.noun_class(start) is None and self.tokens[start].is_word
            unknown = unknown and lower not in self.lex.links and not lower.endswith("ing")
            if not (lower in self.lex.totals or lower in self.lex.articles or unknown):
                break
            start += 1
        return start

    def _groups_of_one_sex(self, start: int) -> bool:
        """Whether the groups listed from ``start`` to the parenthesis' end, after its total,
        name one sex ("Taux de chômage (total, jeunes, femmes)")."""
        index = start
        while index < len(self.tokens) and self.tokens[index].text != ")":
            if self.tokens[index].text == "," or self.lower(index) in self.lex.conjunctions:
                index += 1
                continue
            if self.noun_class(index) != "person":
                return False
            if self.sex_of(index):
                return True
            index += 1
        return False

    def one_sex_service(self, index: int) -> bool:
        """Whether the word at ``index`` names care only women receive (lexicon
        ``one_sex_services``), also with the number of its visit glued on ("ANC4", "CPN1")."""
        word = self.lower(index)
        return word in self.lex.one_sex_services or (
            _VISIT_NUMBER.search(word) is not None
            and _VISIT_NUMBER.sub("", word) in self.lex.one_sex_services
        )

    def service_of_one_sex(self, phrase: Phrase) -> bool:
        """Whether the persons counted, named by no person word, are those reached by care
        only women receive ("Antenatal care coverage (at least 4 visits)", "Couverture en
        soins prénatals"; lexicon ``one_sex_services``); not persons named who give it
        ("health workers trained in antenatal care")."""
        read = [i for p in (*self.passed, phrase) for i in p.tokens]
        modifiers = [i for i in phrase.tokens if i not in phrase.heads]
        if any(self.one_sex_service(i) for i in modifiers) and all(
            self.noun_class(i) == "measure" for i in phrase.heads
        ):
            return True  # "ANC 1-3 Dropout Rate": a measure of that care's clients
        if any(self.noun_class(i) in ("person", "measure") for i in [*phrase.heads, *read]):
            return False  # persons named, or a measure such as deaths ("Cause of death, by …
            # maternal, prenatal and nutrition conditions"): prenatal names a cause there
        # a coverage, or a service given in a condition only women have: "Couverture du
        # traitement préventif … pendant la grossesse", "Counselling on appropriate weight gain
        # during pregnancy (%)" (WHO's nutrition indicators for DHIS2)
        covering = self.coverage or any(self.covers(i) for i in phrase.heads)
        covering = covering or self.serves(phrase, coverage=False)
        return any(
            self.one_sex_service(i) or covering and self.lower(i) in self.lex.one_sex_conditions
            for i in range(len(self.tokens))
        )

    def clients_of_one_sex_service(self, phrase: Phrase) -> bool:
        """Whether the persons counted are the clients of care only women receive, named with
        it ("*ANC* clients tested for HIV", "clientes de la *CPN*"; lexicons
        ``one_sex_services``, ``one_sex_service_clients``), not those who give it ("ANC
        nurses"), or persons said to receive it ("# of OVC *Provided VMMC*"; lexicon
        ``one_sex_service_receipts``)."""
        if not phrase.heads:
            return False
        receipt = phrase.end < len(self.tokens) and all(
            self.noun_class(i) == "person" for i in phrase.heads
        )
        receipt = receipt and self.lower(phrase.end) in self.lex.one_sex_service_receipts
        if receipt:
            received = self.phrase(phrase.end + 1)
            return all(
                self.one_sex_service(i)
                or self.lower(i) in self.lex.one_sex_service_nouns
                or self.noun_class(i) is None  # "VMMC/SMC": a second name of it
                for i in received.heads
            ) and any(self.one_sex_service(i) for i in received.tokens)
        if not all(self.lower(i) in self.lex.one_sex_service_clients for i in phrase.heads):
            return False
        end = min(len(self.tokens), phrase.heads[-1] + 1 + CLIENT_REACH)
        return any(
            self.one_sex_service(i) for i in range(phrase.tokens[0], end) if i not in phrase.heads
        )

    def service_taken_over(self, phrase: Phrase) -> str:
        """The persons a service, a use or a condition is measured over, when the head is one
        and a population link names persons after it ("Cholesterol screening *among adults*",
        "Dépistage du VIH *chez les femmes enceintes*", "Consumo diario de frutas *en adultos*",
        "Chronic kidney disease *among adults*"; lexicon ``services``, ``use_words``,
        ``conditions``), or, for a service or a condition, their ages alone ("Chlamydia
        Screening: *Ages 16 to 20*"): their head or ages as written, or "". A use given in a unit
        or per person is an amount ("… consumption per capita (litres)")."""
        lex = self.lex
        if not phrase.heads or not all(
            any(
                form in lex.services or form in lex.use_words or form in lex.conditions
                for form in self.forms(i)
            )
            and not self.plural(i)
            for i in phrase.heads
        ):
            return ""  # "Number of tests among children" counts the tests
        if self.performed(phrase):
            return ""  # "No. of drug testing conducted for PWUDs": the tests done, events
        if any(f in lex.use_words for i in phrase.heads for f in self.forms(i)) and self.amount():
            return ""  # "Per capita alcohol consumption among people aged 14+": an amount
        cared = all(any(f in lex.recipient_care for f in self.forms(i)) for i in phrase.heads)
        taken = self.population_taken_over(phrase, cared) or self.service_of_persons(phrase)
        if taken or self.is_use(phrase):
            return taken  # a use for an age band alone is read where its amount is weighed
        return self.age_band() or self.ages_given()

    def service_of_persons(self, phrase: Phrase) -> str:
        """The persons a service is given to, named as its complement ("Cervical cancer
        screening *of women living with HIV*": UNAIDS Global AIDS Monitoring, set 580;
        "Screening *of children* for malnutrition"; lexicon ``services``), not a use's or a
        condition's: their head as written, or ""."""
        services = self.lex.services
        if not all(any(f in services for f in self.forms(i)) for i in phrase.heads):
            return ""
        following = self._complement(phrase)
        if following is None or not following.heads:
            return ""
        if all(self.noun_class(i) == "person" for i in following.heads):
            return ", ".join(self.tokens[i].text for i in following.heads)
        return ""

    def flow_of_persons(self, phrase: Phrase) -> str:
        """The persons a flow or a stock is of, named in its complement ("Flux entrant *de
        migrants*", "Stock *de travailleurs migrants internationaux*", "Inflow *of refugees*";
        lexicon ``flow_words``): their head as written, or "". A flow of money or goods is the
        money or the goods."""
        if not phrase.heads or not all(
            any(f in self.lex.flow_words for f in self.forms(i)) for i in phrase.heads
        ):
            return ""
        following = self._complement(phrase)
        if following is None or self.lower(following.tokens[0] - 1) in self.lex.population_links:
            return ""
        if all(self.noun_class(i) == "person" for i in following.heads):
            return ", ".join(self.tokens[i].text for i in following.heads)
        return ""

    def act_taken_over(self, phrase: Phrase) -> str:
        """A survey measure written as what respondents did, a verb first, taken over the
        persons a population link names after it ("Taking medicine to control high blood
        pressure *among adults* with high blood pressure", "Have taken an educational class …
        among adults with arthritis", "Met aerobic physical activity guideline among high school
        students": CDC's chronic disease indicators): the persons' head as written, or "".
        English only; things counted after a participle ("Reported cases among children",
        "Distributed nets among households") are the things."""
        if self.language != "en" or not self.tokens[0].is_word:
            return ""
        verb = 1 if self.lower(0) in self.lex.verbs else 0  # "*Have* taken …"
        if verb >= len(self.tokens) - 1 or self.lemma(verb) == self.lower(verb):
            return ""
        # a past tense is no noun, whatever its verb's noun ("*Visited* dentist or dental clinic
        # … among adults": visits are events)
        past = self.lower(verb).endswith("ed")
        if (self.noun_class(verb) is not None and not past) or any(
            self.plural(i) and self.noun_class(i) == "non_person" for i in phrase.heads
        ):
            return ""
        return self.population_taken_over(phrase)

    def performed(self, phrase: Phrase) -> bool:
        """Whether the phrase is said to be conducted or performed right after it, which makes
        it a count of acts ("testing *conducted*", "tamizaje *realizado*"; lexicon
        ``performed``)."""
        return phrase.end < len(self.tokens) and self.lower(phrase.end) in self.lex.performed

    def prevalence_among(self, phrase: Phrase) -> str:
        """The persons a state or a behaviour named in the singular is measured among, with a
        link that names a population only ("Short sleep duration *among adults*", "No
        leisure-time physical activity *among adults*": CDC's chronic disease indicators;
        lexicon ``prevalence_links``), the state qualified and the title's first words: their
        head as written, or "". Things in the plural are counted ("Hospitalizations among
        adults"), and an amount is no state ("Time spent on unpaid care among women",
        "Expenditure among households")."""
        lex = self.lex
        if not phrase.heads or self.amount() or min(phrase.tokens) > 0:
            return ""  # "No. of soap distributed among PLW": a count of the thing
        if len(phrase.tokens) == len(phrase.heads) or self.performed(phrase):
            # "Hospitalisation chez les moins de 5 ans", "HIV testing done among pregnant
            # women": an event, not a state
            return ""
        if any(
            self.plural(i)
            or any(
                f in lex.money_measures or f in lex.age_units or f in lex.amount_heads
                for f in self.forms(i)
            )
            for i in phrase.heads
        ):
            return ""
        for population in self.linked_populations(phrase):
            link = self._link_before(phrase, population)
            among = link is not None and self.lower(link) in lex.prevalence_links
            if among and self.noun_class(population.heads[0]) == "person":
                return ", ".join(self.tokens[i].text for i in population.heads)
        return ""

    def population_taken_over(self, phrase: Phrase, cared: bool = False) -> str:
        """The persons a population link names after the phrase ("*among adults*", "*chez
        les femmes enceintes*"), past persons a recipient link names ("Accreditation Program
        *for* Engineers", "Provided care *for* a friend …": whom it is for) unless ``cared``:
        the phrase is care given to them ("Diabetes Screening *for* People with …"; lexicon
        ``recipient_care``): their head as written, or ""."""
        for population in self.linked_populations(phrase):
            link = self._link_before(phrase, population)
            if link is None or (self.lower(link) in self.lex.recipient_links and not cared):
                continue
            if self.noun_class(population.heads[0]) == "person":
                return ", ".join(self.tokens[i].text for i in population.heads)
        return ""

    def amount(self) -> bool:
        """Whether the indicator is given in a unit, per person or in money: what a use or
        consumption measures is then an amount, not persons ("… per capita (litres)", "Per capita
        alcohol consumption among …")."""
        capita = self.lex.capita_leads is not None and self.lex.capita_leads.search(self.text)
        return bool(self.unit_given() or self.person_denominator() or self.money() or capita)

    def is_use(self, phrase: Phrase) -> bool:
        """Whether every head of the phrase is a use ("use", "consommation", "uso"; lexicon
        ``use_words``)."""
        return bool(phrase.heads) and all(
            any(f in self.lex.use_words for f in self.forms(i)) for i in phrase.heads
        )

    def personal_use(self, phrase: Phrase) -> str:
        """What only persons use, named in a use's phrase or its two complements ("Current use of
        *family planning* method", "*Contraceptive* use", "Utilisation de méthodes
        *contraceptives*"; lexicon ``personal_uses``), as written, or "". A use given in a unit,
        per person or in money is an amount."""
        lex = self.lex
        if not self.is_use(phrase) or self.amount():
            return ""
        words = list(phrase.tokens)
        complement = self._complement(phrase)
        for _ in range(2):  # "Uso de métodos *de planificación familiar*": one further
            if complement is None:
                break
            words += complement.tokens
            complement = self._complement(complement)
        for index in words:
            for found in (*self._multiword(index), *self.forms(index)):
                if found in lex.personal_uses:
                    return " ".join(found.split()) if " " in found else self.tokens[index].text
        return ""

    def households_measured(self, phrase: Phrase) -> str:
        """The households a measure is taken over, named after a population link ("Prevalence
        of moderate or severe food insecurity *in the HHs*": a food-security project's survey,
        set 526; lexicon ``household_money``), before the measure ("Prevalence of *household*
        water insecurity", set 705) or as its complement ("Inseguridad alimentaria *del hogar*",
        set 718), as written, or ""."""
        conditions = self.lex.household_conditions
        condition = any(f in conditions for i in phrase.heads for f in self.forms(i))
        if condition:
            # a household word right before a person's is theirs ("family workers")
            before = [
                i
                for i in phrase.tokens
                if i < phrase.heads[0] and self.households_named_at(i)
                if self.noun_class(i + 1) != "person"
            ]
            if before:
                return self.tokens[before[-1]].text
        following = self._complement(phrase)
        if following is not None:
            if condition and all(self.households_named_at(i) for i in following.heads):
                return ", ".join(self.tokens[i].text for i in following.heads)
            if all(self.noun_class(i) in ("measure", None) for i in following.heads):
                return self.households_measured(following)  # "Prevalence of household … insecurity"
        for index in range(phrase.end, len(self.tokens) - 1):
            if self.lower(index) not in self.lex.population_links:
                continue
            taken = self.phrase(self._past_fillers(index + 1))
            if taken.heads and all(self.households_named_at(i) for i in taken.heads):
                return ", ".join(self.tokens[i].text for i in taken.heads)
        return ""

    def households_named_at(self, index: int) -> bool:
        """Whether the word at ``index`` names a household or a family (lexicon
        ``household_money``)."""
        return any(form in self.lex.household_money for form in self.forms(index))

    def linked_populations(self, phrase: Phrase) -> list[Phrase]:
        """The persons named after the phrase by a link that names a population ("among",
        "for", "chez", "en"; lexicon ``population_links``), or, right after a measure of
        persons, by a link that names whom it befalls ("Injuries *to* women patients",
        "Lesiones *a* mujeres"; lexicon ``recipient_links``)."""
        found = []
        measure = any(self.noun_class(i) == "measure" for i in phrase.heads)
        used = any(f in self.lex.use_words for i in phrase.heads for f in self.forms(i))
        for index in range(phrase.end, len(self.tokens) - 1):
            lower = self.lower(index)
            befalls = measure and index == phrase.end and lower in self.lex.recipient_links
            # "Long-lasting insecticidal net use *by* children": a use by persons is theirs
            agent = used and lower in self.lex.agent_links
            if befalls or agent or lower in self.lex.population_links:
                population = self.persons_at(index + 1)
                if population is not None:
                    found.append(population)
        return found

    def holders_of_one_sex(self, phrase: Phrase) -> bool:
        """Whether the holders of the positions the phrase names are of one sex or both
        ("posts held by women", "escaños ocupados por mujeres y hombres")."""
        holders = self.holders(phrase)
        return holders is not None and self.sex_in_phrase(holders)

    def persons_as_alternative(self, phrase: Phrase) -> str:
        """Persons offered as the other unit of a count after the things' complement, in French
        and Spanish ("Porcentaje de hogares de refugiados y migrantes *o individuos* sin
        acceso …": R4V's needs analysis; lexicons ``disjunctions``, ``person_units``): their
        head as written, or "". English joins the two heads and reads them so already."""
        if self.language == "en" or not phrase.heads:
            return ""
        index = phrase.end
        while index + 1 < len(self.tokens) and self.tokens[index].is_word:
            lower = self.lower(index)
            offered = (
                lower in self.lex.disjunctions and self.lower(index + 1) in self.lex.person_units
            )
            if offered and self.ends_here(index + 2):  # then the end, a boundary or a link
                return self.tokens[index + 1].text
            if lower in self.lex.boundaries and lower not in self.lex.links:
                return ""
            index += 1
        return ""

    def participation_in(self, phrase: Phrase) -> str:
        """What a bare participation is in, its participants unnamed ("Participation *in social
        networks*", "Participation *aux instances décisionnelles*"; lexicon ``participations``):
        the words after it as written, or "". Not one qualified ("Hospital participation in
        …") nor one whose owner follows ("Participation of women …"), nor participations
        counted."""
        if phrase.tokens != phrase.heads or len(phrase.heads) != 1:
            return ""
        if self.lower(phrase.heads[0]) not in self.lex.participations:
            return ""  # participations counted are acts ("Participations in joint training
            # schemes": the EU's common indicators, set 649)
        after = phrase.end
        if after >= len(self.tokens) - 1 or not self.tokens[after].is_word:
            return ""
        if self.lower(after) in self.lex.owner_links:
            return ""
        words = range(after, min(len(self.tokens), after + 4))
        if any(f in self.lex.totals for i in words for f in self.forms(i)):
            return ""  # "Participación en las exportaciones totales": a share of a total
        return " ".join(self.tokens[i].text for i in words)

    def persons_counted_aside(self, phrase: Phrase) -> str:
        """The persons counted by number in a parenthesis right after the subject, beside the
        unit it counts ("350 familias campesinas *(344 mujeres y 340 varones)*", "500 households
        *(1,200 women and 1,100 men)*": target statements that count both), as written, or
        ""."""
        start = phrase.end
        if start >= len(self.tokens) or self.tokens[start].text != "(":
            return ""
        named = []
        for index in range(start + 1, len(self.tokens) - 1):
            if self.tokens[index].text == ")":
                break
            if self.lower(index) in self.lex.per_words:
                return ""  # "Hospital beds (per 1,000 people)": a rate's persons
            if self.tokens[index].kind == "number" and self.noun_class(index + 1) == "person":
                named.append(index + 1)
        return ", ".join(self.tokens[i].text for i in named)

    def persons_reached(self, phrase: Phrase) -> str:
        """A service that reaches or covers a share of persons ("early warning messages reach
        at least 80% of residents", "les services couvrent 60 % des ménages" is not): the
        persons' head as written, or ""."""
        verbs = {fold(w) for w in self.lex.frame.get("reach_verbs") or ()}
        links = {fold(w) for w in self.lex.frame.get("reach_links") or ()}
        # a French or Spanish phrase runs on over its verb ("Le projet *touchera* 50 000
        # personnes"): the verb is looked for right after the head there
        first = phrase.end if self.language == "en" or not phrase.heads else phrase.heads[0] + 1
        # ... or past the head's complement and a modal ("Les interventions *du projet doivent*
        # toucher …")
        complement = self._complement(phrase)
        end = complement.end if complement is not None else phrase.end
        for index in range(first, min(len(self.tokens), end + 3)):
            if self.lower(index) not in verbs:
                continue
            # past an adverb and a recipient's link ("touchera *directement* …", "beneficiará
            # *a* 2.000 personas"; lexicon frame ``reach_links``)
            past = self._past_words(index + 1, links)
            offset = self.tokens[past].start if past < len(self.tokens) else len(self.text)
            start = _frame_pattern(self.language).match(self.text, offset)
            if start is None or start.end() <= offset:
                return ""
            after = self._token_from(start.end(), None)
            if after is None:
                return ""
            reached = self.phrase(after)
            heads = [i for i in reached.heads if self.noun_class(i) == "person"]
            return self.tokens[heads[0]].text if heads else ""
        return ""

    def share_of_persons(self) -> str:
        """A share of persons given in a unit parenthesis ("(% of population with access)",
        "(% de la population rurale)", "(% ages 15+)"): the persons' head or age word, or
        ""."""
        return self._share_unit("person")

    def share_of_things(self) -> str:
        """A share of things given in a unit parenthesis ("Bribery incidence (% of firms …)",
        "(% de las empresas)"): the things' head, or ""."""
        return self._share_unit("non_person")

    def _opens_share(self, index: int) -> bool:
        """Whether a unit parenthesis that gives a share opens at ``index``: "(% of …", or a
        count word and its link, "(percentage of children attending …)", "(proporción de …";
        or a share given after a comma in words: "…, en % de la population" (lexicon
        ``share_leads``)."""
        if index > 1 and self.tokens[index].text == "%" and self.tokens[index - 2].text == ",":
            return self.lower(index - 1) in self.lex.share_leads
        if index == 0 or self.tokens[index - 1].text != "(":
            return False
        if self.tokens[index].text == "%":
            return True
        following = index + 1
        return (
            following < len(self.tokens)
            and self.noun_class(index) == "transparent"
            and self.lower(following) in self.lex.links
        )

    def _share_unit(self, kind: str) -> str:
        """The head (or, for persons, the age word) of class ``kind`` that a "(% of …" unit
        parenthesis names, or ""."""
        for index in range(len(self.tokens) - 1):
            if self._opens_share(index):
                named = self._share_named(index, kind)
                if named:
                    return named
        return ""

    def _share_start(self, index: int) -> int:
        """Where what the share opened at ``index`` is taken of starts, past its link ("(% *of*
        …", "(porcentaje *de* …")."""
        start = index + 1
        if start < len(self.tokens) and self.lower(start) in self.lex.links:
            start += 1
        return start

    def _share_named(self, index: int, kind: str) -> str:
        """What the share opened at ``index`` is taken of, if of class ``kind``: its head (or,
        for persons, the age word) as written, or ""."""
        start = self._share_start(index)
        if kind == "person" and self.ages_at(start):
            return self.tokens[start].text
        start = self._past_fillers(start)
        heads = self.phrase(start).heads if start < len(self.tokens) else ()
        found = [i for i in heads if self.noun_class(i) == kind]
        return self.tokens[found[0]].text if found else ""

    def serves(self, phrase: Phrase, coverage: bool = True) -> bool:
        """Whether the phrase's head is a service ("counselling", "dépistage") or, when
        ``coverage``, a coverage word."""
        return any((coverage and self.covers(i)) or self.is_service(i) for i in phrase.heads)

    def serves_singular(self, phrase: Phrase) -> bool:
        """Whether every head is a service named in the singular ("screening", not "tests"):
        one that persons receive, not a count of acts."""
        return bool(phrase.heads) and all(
            self.is_service(i) and not self.plural(i) for i in phrase.heads
        )

    def percent_unit(self) -> bool:
        """Whether the title ends with a share as its unit: "(%)", or named ("(percentage)",
        "(Proporción %)", "(pourcentage)"; lexicon ``share_units``)."""
        unit = _FINAL_UNIT.search(self.text)
        if unit is None or not (unit.group(1) or unit.group(2)):
            return False
        return not unit.group(1) or fold(unit.group(1)) in self.lex.share_units

    def share_served(self, phrase: Phrase) -> bool:
        """Whether the title gives in % a service or a step through one, not done to things:
        the share of the persons it reaches ("PEP completion (%)", "Late ART initiation (%)")."""
        return (
            self.percent_unit()
            and (self.serves(phrase, coverage=False) or self.service_step(phrase))
            and not self.done_to_things(phrase)
        )

    def service_step(self, phrase: Phrase, personal: bool = False) -> bool:
        """Whether the head is a step of a person's way through a service and the service is
        named beside it ("PEP completion", "Initiation du traitement préventif"; lexicon
        ``service_steps``); with ``personal``, a step only persons take, the service anywhere in
        its complement ("Retention in DSD *ART* models"; lexicon ``personal_steps``) unless that
        complement is an undertaking (lexicon ``undertakings``: "Completion of the immunization
        programme")."""
        steps = self.lex.personal_steps if personal else self.lex.service_steps
        if not any(form in steps for i in phrase.heads for form in self.forms(i)):
            return False
        following = self._complement(phrase)
        if following is None and self.lower(phrase.end) in self.lex.recipient_links:
            following = self.phrase(phrase.end + 1)  # "Linkage *to ART* (%)"
        undertakings = self.lex.undertakings
        if personal and following and any(self.lower(i) in undertakings for i in following.heads):
            return False  # "Completion of the immunization programme": the programme's own
        beside = [i for i in phrase.tokens if i not in phrase.heads]
        beside += list((following.tokens if personal else following.heads) if following else ())
        return any(
            self.tokens[i].is_word and (self.is_service(i) or self.programme_acronym(i))
            for i in beside
        )  # "Late *ART* initiation (%)": a programme's acronym names its service

    def personal_step(self, phrase: Phrase) -> str:
        """A step through a service that only persons take, the head of the subject or of a
        phrase looked through to it, with the service named beside it ("TPT completion", "HTS
        linkage to prevention", "Retention in DSD ART models"; lexicon ``personal_steps``): the
        step as written, or ""."""
        for looked in (*self.passed, phrase):
            if looked.heads and self.service_step(looked, personal=True):
                return self.tokens[looked.heads[0]].text
        return ""

    def headcount(self, phrase: Phrase) -> str:
        """A count word on the way to the subject that counts persons unless a thing follows
        ("Effectif CDD", "Effectif de nationalité étrangère", "Répartition des effectifs selon
        …"; lexicon ``headcounts``), as written, or ""."""
        headcounts = self.lex.headcounts
        for looked in (*self.passed, phrase):
            for head in looked.heads[:1]:
                if any(f in headcounts for f in self.forms(head)):
                    return self.tokens[head].text
        return ""

    def age_band(self) -> str:
        """An age band written bare in the title ("6-59 months", "(0-5 months)", "15-49 ans"),
        or an upper bound in parentheses ("(< 1 year)"), not a duration ("for 3-6 months",
        "pendant 3-6 mois"), as written, or ""."""
        for match in (*_AGE_BAND.finditer(self.text), *_AGE_BOUND.finditer(self.text)):
            unit = match.group("unit").lower()
            # a bound's unit in the singular too ("(< 1 year)")
            units = (unit, f"{unit}s") if match.re is _AGE_BOUND else (unit,)
            if not any(u in self.lex.age_units for u in units):
                continue
            before = self.text[: match.start()].split()
            if before and fold(before[-1].strip("(")) in self.lex.duration_words:
                continue
            return match.group().strip()
        return ""

    def ages_given(self) -> str:
        """Persons' ages given with an age word ("Ages 16 to 20", "Age 18 and Older";
        :meth:`ages_at`), from the age word to the first age, as written, or ""."""
        for index in range(len(self.tokens)):
            age = self._age_after(index)
            if age is not None:
                return self.text[self.tokens[index].start : self.tokens[age].end]
        return ""

    def ages_at(self, index: int) -> bool:
        """Whether persons' ages are given at ``index`` ("ages 15+", "âgés de 15 ans"; lexicon
        ``age_words``, a bound between from ``bounds``: "Age Less Than 1 Year"): a share
        "(% ages 15+)" is then a share of persons of those ages."""
        return self._age_after(index) is not None

    def _age_after(self, index: int) -> int | None:
        """The token of the first age after an age word at ``index`` (past a link and a bound:
        "Age *Less Than* 1"), or None when no age word is there or no age follows it."""
        if self.lower(index) not in self.lex.age_words:
            return None
        after = index + 1
        if after < len(self.tokens) and self.lower(after) in self.lex.links:
            after += 1
        bound = next((w for w in self.lex.bounds if self.words_at(after, w)), ())
        after += len(bound)
        found = after < len(self.tokens) and self.tokens[after].kind in ("number", "age")
        return after if found else None

    def money_named(self, phrase: Phrase) -> bool:
        """Whether a word of money (lexicon ``money_measures``) heads the phrase or comes
        before it ("Renta personal media *de población ocupada*")."""
        return self.money_before(max(phrase.heads, default=-1) + 1)

    def money_before(self, end: int) -> bool:
        """Whether a word of money (lexicon ``money_measures``) stands before token ``end``."""
        return any(f in self.lex.money_measures for i in range(end) for f in self.forms(i))

    def age_at_event(self) -> str:
        """The age at which persons live an event, a time as an entrance age is ("Âge moyen au
        premier mariage"; lexicon ``event_ages``), as written, or ""; taken over persons named
        after it ("… des femmes") it is a measure of them, and "" too."""
        event = self.lex.event_ages.search(self.text) if self.lex.event_ages else None
        if event is None or any(
            self.noun_class(i) == "person"
            for i, token in enumerate(self.tokens)
            if token.start >= event.end()
        ):
            return ""
        return event.group()

    def money_of_persons(self, phrase: Phrase) -> bool:
        """Whether the persons the phrase names are those whose money is measured, a word of
        money (lexicon ``money_measures``) leading to them ("Average income *of* small-scale
        food producers", "Media de ingresos de los productores"), not qualifying them ("Pension
        recipients"), named with no sex nor other attribute only persons have ("Average
        earnings of female employees", "empleadas y empleados", "personas con discapacidad"
        are the groups P4's exception asks for)."""
        start = min(phrase.tokens, default=0)
        if not self.money_before(start):
            return False
        if self.households_named(upto=start):
            return True  # "Average household income of women": a household's money
        if any(self.lower(i) in self.lex.person_groups for i in range(start, len(self.tokens))):
            return False  # "… de las personas con discapacidad": a group only persons make
        before = range(start)
        if any(self.compares(i) for i in before) and any(
            self.lower(i) in self.lex.comparison_links for i in before
        ):
            return False  # "Brecha en el salario horario entre asalariados registrados y …":
            # groups of persons compared, as by their sex (P4's exception)
        return not self.sex_in_phrase(phrase)

    def by_person_attribute(self, dimensions: set[str]) -> bool:
        """Whether the title is broken down by what only persons have: a breakdown dimension of
        theirs (sex, age, disability …) or another attribute of theirs (lexicon
        ``person_attribute_breakdowns``: "by education status", "por años de educación")."""
        attributes = self.lex.person_attribute_breakdowns
        return bool(dimensions & PERSON_DIMENSIONS) or bool(
            attributes is not None and attributes.search(self.text)
        )

    def households_named(self, upto: int | None = None) -> bool:
        """Whether the title (or its tokens before ``upto``) names a household or a family,
        whose money stays money when it is broken down by its head (lexicon
        ``household_money``)."""
        end = len(self.tokens) if upto is None else min(upto, len(self.tokens))
        return any(self.households_named_at(i) for i in range(end))

    def says_whose(self, link: int) -> bool:
        """Whether the link at ``link`` says whose a measure is (lexicon ``owner_links``: "Taux
        de satisfaction *des* demandes"); a bare "de" only before a plural ("Âge moyen *de
        départ*", "Cobertura de becas *de estudio*" name a kind)."""
        if self.lower(link) not in self.lex.owner_links:
            return False
        bare = self.lower(link) in ("de", "d'") and self.lower(link + 1) not in self.lex.articles
        return not (bare and link + 1 < len(self.tokens) and not self.plural(link + 1))

    def measure_of_things(self, phrase: Phrase) -> str:
        """The things that a measure which things have too is taken of ("Average age *of
        vehicles*", "Âge moyen *du parc automobile*", "Tasa de ocupación *de camas*"; lexicon
        ``thing_measures``, after a link of ``owner_links``), as written, or ""."""
        found = self.lex.thing_measures.search(self.text) if self.lex.thing_measures else None
        if found is None:
            return ""
        after = self._token_from(found.end(), None)
        if after is None:
            return ""
        qualified = f"{found.group().split()[-1]} {self.tokens[after].text}"
        if fold(qualified) in self.lex.non_person:  # "Tasa de *ocupación hotelera*"
            return self.tokens[after].text
        link = after
        owners = self.lex.owner_links  # "Screening applied *to* … projects": what it is done to
        while link < len(self.tokens) and not (
            self.lower(link) in self.lex.links or self.lower(link) in owners
        ):
            if link - after >= 2 or self.tokens[link].kind != "word":
                return ""
            link += 1  # "Tasa de ocupación *anual* de la residencia …"
        if link >= len(self.tokens) or not self.says_whose(link):
            return ""  # "Taux de satisfaction *sur* l'organisation": not whose the rate is
        following = self.phrase(self._past_fillers(self._past_amount(link) + 1))
        if not following.heads or any(self.noun_class(i) != "non_person" for i in following.heads):
            return ""
        return ", ".join(self.tokens[i].text for i in following.heads)

    def is_offence(self, index: int) -> bool:
        """Whether the word at ``index`` names an offence (lexicon ``offences``)."""
        return any(form in self.lex.offences for form in self.forms(index))

    def offences_measured(self, phrase: Phrase) -> str:
        """The offences a measure of persons is taken of, past "types of" ("Incidence *of
        cyber-crime*", "Incidence de certains types *de crime*", "Incidencia *de delitos*";
        lexicon ``offences``): an offence counted is an event, as a crime rate is, whoever its
        victims; as written, or "". A prevalence is of the persons who suffered them ("Tasa de
        prevalencia de corrupción al realizar un trámite", Mexico's ENCIG; lexicon
        ``victim_measures``), as an incidence is of the offences."""
        if any(f in self.lex.victim_measures for i in phrase.heads for f in self.forms(i)):
            return ""
        qualifying = [i for i in phrase.tokens if i not in phrase.heads and self.is_offence(i)]
        if qualifying:  # "Tasa de incidencia *delictiva*" (sets 440, 466)
            return ", ".join(self.tokens[i].text for i in qualifying)
        following = self._complement(phrase)
        for _ in range(2):  # past a count word or a word no list knows: "selected *types* of"
            if (
                following is None
                or any(self.noun_class(i) not in ("transparent", None) for i in following.heads)
                or all(self.is_offence(i) for i in following.heads)  # "… de corrupción"
            ):
                break
            following = self._complement(following)
        if following is None or not all(self.is_offence(i) for i in following.heads):
            return ""
        return ", ".join(self.tokens[i].text for i in following.heads)

    def case_outcome(self) -> str:
        """The outcome of a treatment a programme reports of its cases, when the title names no
        person ("Tasa de éxito de tratamiento para TB Sensible", "… : Taux de succès au
        traitement": SPEC P8, WDI's "% of new cases"; lexicon ``case_outcomes``, which English
        needs not), as written, or "". Named over patients it is theirs."""
        found = self.lex.case_outcomes.search(self.text) if self.lex.case_outcomes else None
        if found is None or any(self.noun_class(i) == "person" for i in range(len(self.tokens))):
            return ""
        return found.group()

    def statistic_of_persons(self, phrase: Phrase) -> str:
        """A statistic only persons have, written from the phrase's head ("*Years of schooling*
        (mean)", "*Años* promedio *de escolaridad*", "*Durée moyenne de scolarisation*"; lexicon
        ``person_statistics``), as written, or ""."""
        pattern = self.lex.person_statistics
        starts = {self.tokens[i].start for i in phrase.heads}
        for found in pattern.finditer(self.text) if pattern else ():
            if found.start() in starts:
                return found.group()
        return ""

    def cases_per_persons(self, phrase: Phrase) -> str:
        """Cases counted per a number of persons are an incidence rate, each case a person who
        fell ill ("Confirmed malaria cases per 1000", "Confirmed NT cases (/1000 live births)",
        "Cas confirmés de rougeole pour 100 000 habitants"), as illnesses are (lexicon
        ``illness_words``); the cases of a court or of the police are proceedings ("Civil cases
        pending per 100,000"; lexicon ``proceeding_words``). Accidents at work per a number of
        workers are their injured (``illness_words``, read with multi-word heads: "Nombre
        d'accidents du travail pour 100 000 travailleurs"). Returns the rate as written ("per
        1000"), or "" (cases of an offence are offences: "Dowry Cases per 100,000")."""
        lex = self.lex
        forms = [f for i in phrase.heads for f in (*self.forms(i), *self._multiword(i))]
        if not any(f in lex.case_words or f in lex.illness_words for f in forms):
            return ""  # "… maladies infectieuses pour 100 000": illnesses counted as cases
        if any(self.lower(i) in lex.proceeding_words for i in range(len(self.tokens))):
            return ""
        if any(self.is_offence(i) for i in phrase.tokens):
            return ""  # "Dowry Cases per 100,000": offences recorded, as crimes are
        return self.per_number_of_persons(phrase)

    def violence_suffered(self, phrase: Phrase) -> str:
        """Violence named bare as the head or as its complement, which a survey's respondents
        report having suffered ("Physical and/or Sexual Violence by an Intimate Partner",
        "Violencia física alguna vez", "Type of violence - Rape"; lexicon ``suffered_violence``),
        unless reported or recorded (lexicon ``report_words``: "Violence domestique signalée aux
        services sociaux") or counted per a number of persons ("Domestic Violence (W) per
        100,000"): the incidents a service records. The violence as written, or ""."""
        lex = self.lex
        violent = [
            looked.heads[0]
            # "Type *of violence* - Rape"; a violence read past to its complement ("Tasa de
            # *violencia* de género e intrafamiliar", set 569)
            for looked in (phrase, self._complement(phrase), *self.passed)
            if looked is not None and looked.heads and self.names_violence(looked.heads[0])
        ]
        if not violent:
            return ""
        if any(f in lex.report_words for i in range(len(self.tokens)) for f in self.forms(i)):
            return ""
        if self.per_number_of_persons(phrase):
            return ""
        return self.tokens[violent[0]].text

    def names_violence(self, index: int) -> bool:
        """Whether the word at ``index`` names violence (lexicon ``suffered_violence``)."""
        return any(f in self.lex.suffered_violence for f in self.forms(index))

    def per_number_of_persons(self, phrase: Phrase) -> str:
        """A rate per a number of persons after the phrase's head ("per 1000", "per 1000 live
        births", "pour 100 000 habitants"), as written, or ""."""
        lex = self.lex
        for index in range(max(phrase.heads) + 1, len(self.tokens)):
            if self.lower(index) not in lex.per_words:
                continue
            if (
                self.tokens[index].text == "/"
                and index > 0
                and self.tokens[index - 1].kind == "number"
            ):
                continue  # "2018/19": a span of years, not "/1000"
            after = self._past_rate_number(index + 1)
            if after == index + 1:
                continue  # "cases per district": only a number makes it a rate
            number_end = self.tokens[after - 1].end
            after = self._past_fillers(after)
            if after >= len(self.tokens) or self.lower(after) in ("(", ")", ":", ",", ";"):
                return self.text[self.tokens[index].start : number_end]
            denominator = self.phrase(after)
            if any(self.noun_class(i) == "person" for i in denominator.heads):
                end = self.tokens[max(denominator.heads)].end
                return self.text[self.tokens[index].start : end]  # "per 1000 live births"
        return ""

    def _past_rate_number(self, start: int) -> int:
        """The first index from ``start`` on past a rate's number, written in figures or words
        ("100,000", "1,00,000", "por cada cien mil", "100k")."""
        lex = self.lex
        while start < len(self.tokens) and (
            self.tokens[start].kind == "number"
            or self.thousands_sign(start)
            or self.lower(start) in lex.per_words
            or self.lower(start) in lex.number_words
            or (  # "1,00,000": an Indian grouping read as two numbers
                self.lower(start) == ","
                and start + 1 < len(self.tokens)
                and self.tokens[start + 1].kind == "number"
            )
        ):
            start += 1
        return start

    def persons_per_dwelling(self, phrase: Phrase) -> str:
        """The dwelling or household the persons are counted per, right after them ("Average
        of people *per room*", "Personnes *par ménage*"; lexicon ``dwelling_units``): the
        size of a household or the crowding of a dwelling, as written, or ""."""
        index = phrase.end
        if index >= len(self.tokens) or self.lower(index) not in self.lex.per_words:
            return ""
        index += 1  # no article: "couvertes *par les* foyers" names an agent
        while index < len(self.tokens) and (
            self.lower(index) in self.lex.skip and self.lower(index) not in self.lex.articles
        ):
            index += 1  # "por cada hogar"
        if index < len(self.tokens) and any(
            form in self.lex.dwelling_units for form in self.forms(index)
        ):
            if self.lower(phrase.end) == "/" and self.plural(index):
                return ""  # "# of people / households receiving …": either, not per
            return self.tokens[index].text
        return ""

    def persons_per_unit(self) -> str:
        """The persons a closing unit parenthesis counts per a unit of something not a dwelling
        ("Densidad bruta *(Habitante/ha)*", "Density (persons/km2)": population density, a
        ratio of persons, as SPEC W4 reads it): the persons' noun as written, or ""."""
        if len(self.tokens) < 5 or self.tokens[-1].text != ")":
            return ""
        opened = max((i for i, t in enumerate(self.tokens) if t.text == "("), default=-1)
        inside = [i for i in range(opened + 1, len(self.tokens) - 1) if self.tokens[i].text != "."]
        if opened < 0 or len(inside) != 3 or self.noun_class(inside[0]) != "person":
            return ""
        per, unit = inside[1], inside[2]
        if self.lower(per) not in self.lex.per_words or self.tokens[unit].kind == "number":
            return ""
        if any(form in self.lex.dwelling_units for form in self.forms(unit)):
            return ""  # "(personas/hogar)": the size of a household
        return self.tokens[inside[0]].text

    def thousands_sign(self, index: int) -> bool:
        """Whether the token at ``index`` is a "k" joined to the number before it: "per 100k",
        "per 1k" (a health index's dataset titles)."""
        return (
            index > 0
            and self.lower(index) == "k"
            and self.tokens[index - 1].kind == "number"
            and self.tokens[index - 1].end == self.tokens[index].start
        )

    def person_denominator(self) -> str:
        """A rate or share of persons: "per 100,000 population", "pour 1 000 habitants", "por
        cada 100.000 mujeres", "(% of rural population)", "(% des femmes de 15 ans et plus)",
        "(persons)", "(% ages 15+)". Returns the denominator's head as written, or ""."""
        lex = self.lex
        for index, token in enumerate(self.tokens):
            lower = token.lower
            start = None
            if lower in lex.per_words:
                before = index - 1
                if before > 0 and self.past_participle(before):
                    before -= 1  # "infections *recorded* per 1000 …": the noun before it
                if before >= 0 and self.noun_class(before) == "non_person":
                    continue  # "hectares per person", "kilocalories per person per day"
                if self.things_rated(before):
                    continue  # "Bank branch density (per 100,000 adults)": branches per adult
                if any(self.lower(i) in lex.money_measures for i in range(index)):
                    continue  # "Renta neta media por persona": money per person (SPEC P4)
                adjective = before > 0 and self.noun_class(before) is None
                if adjective and self.noun_class(before - 1) == "non_person":
                    continue  # "huertos *urbanos* por habitante": past its adjective
                start = self._past_rate_number(index + 1)
                if start == index + 1 and lower not in lex.bare_per_words:
                    continue  # "par sexe": only a number makes "par" a rate
                if start == index + 1 and (
                    (index > 0 and self.past_participle(index - 1))
                    or self.noun_class(start) != "person"
                ):
                    continue  # "lideradas *por* mujeres" names an agent, "por tipo y agresor"
                if start > index + 1:
                    start = self._past_fillers(start)  # "per 1000 *of* city population"
            elif self._opens_share(index):
                named = self._share_named(index, "person")  # "(% of rural population)"
                if named:
                    return named
                continue
            elif lower == "(":
                start = index + 1
            if start is None or start >= len(self.tokens):
                continue
            phrase = self.phrase(start)
            if lower == "(" and not self.closes_unit(phrase):
                continue  # "(persons)" is a unit; "(population weighted)" is not
            if lower == "(" and _INNER_PARENTHESIS.match(self.text, token.start):
                continue  # "vulnerable (poor) households": inside the phrase, no unit
            for head in phrase.heads:
                if self.noun_class(head) == "person" or self.compound_of_persons(head):
                    return self.tokens[head].text  # "per 100 person-years": time of persons
        return ""

    def things_rated(self, index: int) -> bool:
        """Whether the rate word at ``index``, or before its parenthesis, follows a thing it
        counts ("Bank branch *density* (per 100,000 adults)", "Fast Food Outlet *Density* (per
        1,000 Residents)": WDI convention W5), not cases, whose rate per persons is an
        incidence ("Preventable hospitalization rate per 100,000 population")."""
        if index > 0 and self.tokens[index].text == "(":
            index -= 1
        if index < 1 or self.noun_class(index) != "transparent":
            return False
        thing = index - 1
        return self.noun_class(thing) == "non_person" and not any(
            form in self.lex.case_words for form in self.forms(thing)
        )

    def closes_unit(self, phrase: Phrase) -> bool:
        """Whether a parenthesised phrase is the whole parenthesis: "(persons)", or persons
        with their ages ("(personas de 15 años y más)", "(people aged 15+)")."""
        end = phrase.end
        if self.lower(end) == ")":
            return True
        if end < len(self.tokens) and (
            self.lower(end) in self.lex.links or self.lower(end) in self.lex.age_words
        ):
            closing = next(
                (
                    i
                    for i in range(end, min(len(self.tokens), end + UNIT_REACH))
                    if self.lower(i) == ")"
                ),
                None,
            )
            return closing is not None and any(
                self.tokens[i].kind in ("number", "age") for i in range(end, closing)
            )
        return False

    def money_unit(self) -> bool:
        """Whether a parenthesis gives a currency as the unit ("(current US$)", "(USD)",
        "(FCFA)"): the indicator measures money whatever its head ("Principal rescheduled")."""
        depth = 0
        for index, token in enumerate(self.tokens):
            if token.text == "(":
                depth += 1
            elif token.text == ")":
                depth = max(0, depth - 1)
            elif (
                depth
                and (token.lower in self.lex.money_words or "$" in token.text)
                and token.lower not in self.lex.scale_words
                and not self.amount_at(index)
            ):
                return True
        return False

    def amount_at(self, index: int) -> bool:
        """Whether the money word at ``index`` gives an amount ("$860", "USD 2.5 million",
        "1.90 dólares diarios", a poverty line) rather than the unit ("(current US$)",
        "(constant 2015 US$)": a year before it is the price base)."""
        near = self.tokens[index + 1 : index + 2]
        before = self.tokens[index - 1 : index] if index > 0 else []
        return (
            any(ch.isdigit() for ch in self.tokens[index].text)
            or any(t.kind == "number" for t in near)
            or any(t.kind == "number" and not _YEAR.fullmatch(t.text) for t in before)
        )

    def money(self) -> bool:
        """Whether the indicator gives an amount of money ("$25 million", "(USD)", "FCFA"); a
        scale alone is a number's ("Number of producers trained: 4 million")."""
        lex = self.lex
        return any(
            (t.lower in lex.money_words and t.lower not in lex.scale_words) or "$" in t.text
            for t in self.tokens
        )


_UNIT_WORDS = frozenset({"in", "en", "per", "par", "por"})
#: Lexicon list → the class :meth:`_Reader.noun_class` reports.
_CLASS_NAMES = {
    "person": "person",
    "non_person": "non_person",
    "person_measures": "measure",
    "transparent": "transparent",
}
#: Words after which a token is a noun, not a verb (articles and the genitive preposition).
_NOUN_MARKERS = frozenset(
    {
        "the",
        "a",
        "an",
        "of",
        "le",
        "la",
        "les",
        "un",
        "une",
        "du",
        "des",
        "de",
        "d'",
        "l'",
        "el",
        "los",
        "las",
        "una",
        "del",
    }
)


#: The first part of a composite indicator: "(a) Number of …", "a) Nombre de …".
_ENUMERATOR = re.compile(r"\s*\(?[a-h]\)\s+")
#: A short clause before a target statement's quantity, up to its comma ("Mediante observación
#: en salas, al menos el 90% de …", "In all target districts, 80% of …"): at most six words,
#: taken only before a share.
_LEAD_CLAUSE = re.compile(r"\s*(?:[^\W\d_][\w'’-]*\s+){0,5}[^\W\d_][\w'’-]*\s*,\s*")


@lru_cache(maxsize=8)
def _sex_pair(language: str) -> re.Pattern[str]:
    """A word for women or girls and one for men or boys, joined ("girls and boys", "hommes et
    femmes", "niños y niñas")."""
    lex = lexicon(language)
    female = pattern(w for w in lex.female if "'" not in w)
    male_words = [w for w in (*lex.male, *lex.male_when_paired) if "'" not in w]
    male = pattern(male_words) if male_words else "(?!)"
    joiner = pattern([*lex.conjunctions, "/", ","])  # "niños, niñas y adolescentes"
    either = rf"(?:{female}\s*{joiner}\s*{male}|{male}\s*{joiner}\s*{female})"
    return re.compile(rf"(?<![\w-]){either}(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=8)
def _passive_lead(language: str) -> re.Pattern[str]:
    """A result written as an impersonal passive, its verb first ("Se ha disminuido la
    prevalencia de …", "Se han capacitado 200 mujeres"; lexicon ``frame.passive_leads``, then
    a participle of the language's ``participle_endings``)."""
    lex = lexicon(language)
    leads = lex.frame.get("passive_leads") or ()
    endings = lex.participle_endings.get("forms", ())
    if not leads or not endings:
        return re.compile("(?!)")
    return re.compile(
        rf"\s*(?:{pattern(leads)})\s+[^\W\d_]+(?:{pattern(endings)})\s+", re.IGNORECASE
    )


@lru_cache(maxsize=8)
def _frame_pattern(language: str) -> re.Pattern[str]:
    """A target statement's frame in ``language``: a time ("By 2029,", "D'ici fin 2027,",
    "Para 2027,"), quantifiers ("at least", "au moins", "al menos") and a number or share
    ("14,500", "75 % des", "90% of"), each optional (the lexicon's ``frame`` section)."""
    frame = lexicon(language).frame
    time = pattern(frame.get("time") or ())
    period = pattern(frame.get("period") or ())
    quantifier = pattern(frame.get("quantifiers") or ())
    of = pattern(frame.get("of") or ())
    percent = pattern(frame.get("percent") or ())
    to = rf"(?:[-–]|{pattern(frame.get('range_links') or ())})"
    year = r"(?:Q[1-4]\s+|S[12]\s+)?(?:19|20)\d{2}"
    number = r"\d(?:[\d\u202f\u00a0 .,]*\d)?"
    # an objective's verb before its measure: "Increase the proportion of …", "Achieve 90% …";
    # not a noun before its link ("Increase in the number of …")
    verbs = frame.get("target_verbs")
    links = pattern(lexicon(language).links)
    # ... also with a link before its figures ("Reducir de 70% a 55% la pobreza …", "Réduire de
    # 30 % le nombre de …")
    ranges = pattern(frame.get("range_links") or ())  # "Incrementar a 24 beneficiarios …"
    # ... also after its infinitive's mark ("To maintain Case fatality Rate (CFR) to <1Percent")
    marks = frame.get("infinitive_marks")
    mark = rf"(?:(?:{pattern(marks)})\s+)?" if marks else ""
    target = (
        rf"(?:{mark}{pattern(verbs)}\s+(?:(?:{links}|{ranges})\s+(?=\d)|(?!{links}\b)))?"
        if verbs
        else ""
    )
    return re.compile(
        # a time, or a span of years: "By 2029,", "Between 2020 and 2025"
        rf"\s*(?:{time}\s+(?:{period}\s+)?{year}(?:\s*{to}\s*{year})?"
        rf"\s*[,:;–—-]?\s*)?"
        rf"{target}(?:{quantifier}\s+)*"
        # a share of a number of persons: "60% of 22 women", "El 80% de 350 familias"; a range
        # of shares: "(Between) 80 - 90 percent of learners", "de 80 à 90 % des"; a share's
        # bound by its sign (">90% of children under five received …": a response plan's
        # nutrition targets, set 761)
        rf"(?:(?:[<>≤≥]=?\s*)?{number}(?:\s*(?:{percent}))?(?:\s*{to}\s*{number})?\s*(?:{percent})\s*"
        rf"(?:{of}\s*)?(?:{number}\s+)?|{number}\s+(?:{of}\s+)?)?",
        re.IGNORECASE,
    )


def classify(text: str, language: str, extra: Iterable[str] = ()) -> Classification:
    """Whether an indicator counts people and which breakdowns it asks for.

    ``extra`` adds breakdowns known from elsewhere (a disaggregation column of the same row).
    A title whose subject comes after a short lead sentence ("Total del país. Población
    total …", "Tasa AROPE. Proporción de personas …") is read from there when that says what
    it counts; a population named at the end, after a colon or a dash ("Estado VIH a los 12
    meses: trabajadoras sexuales (%)"), is read too.
    """
    column = set(extra)  # the breakdowns a disaggregation column gives, read once
    text = read_underscores(text)  # "Phone Ownership_Female"
    # "Per cent of young people …" (UNICEF's indicator names) reads as "Percent of …": its
    # "per" is no rate's
    text = _PER_CENT.sub(r"\1ercent", text)
    # a grave or acute accent typed for an apostrophe ("Nb d`accouchements assistés")
    text = _ACCENT_APOSTROPHE.sub("'", text)
    text = _REPEATED_LINK.sub(r"\1", text)  # "Number of of girls …"
    text = _BRACKETED_COUNT.sub(r"\1", text)  # "[# and %] of children under 1 year …"
    if language == "en":
        # a catalogue's sex field or code, read as a field after a comma (English catalogues)
        text = _SEX_FIELD.sub(r",\1,", text)  # "… aged 65 and over-Female-65+ yrs"
        text = _SEX_CODE_FIELD.sub(lambda m: m.group(1) + _SEX_CODES[m.group(2)], text)
        text = _BELOW_AGE.sub(r"under \1", text)  # "# of <5 children with diarrhoea"
        text = _U_AGE.sub(r"under \1", text)  # "% of children U2 months with diarrhea"
        # "employed part time": how the persons named before it work, read past (set 550)
        text = _TIME_BASIS.sub(r"\1", text)
        text = _STILL_BIRTH.sub("still", text)  # "No of still births" (set 554)
    if language != "en":
        text = with_accents(text, language)  # "Ninas y ninos vacunados", "Esperance de vie"
    text = as_count(text, language)  # "In how many schools are teachers trained?"
    lex = lexicon(language)
    if lex.person_placeholders is not None:  # "% of [specify target group] who …" (IndiKit)
        text = lex.person_placeholders.sub(lex.placeholder_persons, text)
    dimensions = set(breakdowns(text)) | column
    capitals = not any(character.islower() for character in text)
    if capitals:
        # a title in capitals ("PROPORTION OF WOMEN …") is read as written in lower case: its
        # capitals are no acronyms (breakdown codes such as "(M/F)" were read above)
        text = text.lower()
    title = _read(text, language, dimensions, capitals)
    people, reason, sexed = title.people, title.reason, title.sexed
    for later, after_lead in _later_subjects(text, language):
        reading = _read(later, language, set(), capitals)
        if after_lead is None:
            if people and reading.thing and not reading.people:
                people, reason = False, f"{reading.reason}, after a topic"
            continue
        if after_lead is False and title.per_persons and reading.thing:
            # "Total density per 100 000 population: Health posts": the title says only per whom
            # it counts; the tail names what it counts
            people, reason = False, f"{reading.reason}, named at the end"
            continue
        if not after_lead and ((title.thing and not title.served) or not reading.names_persons):
            # a tail names persons by its head, a measure of persons or a sex ("- adult health"
            # is a topic), and only where the title's own head is not a known thing ("Legal
            # frameworks … -- Area 2: violence against women") other than a service they
            # receive ("Cervical cancer screening, women 30-49 (%)")
            continue
        if reading.people or (after_lead and reading.thing):
            where = "read past a lead or as a field" if after_lead else "named at the end"
            people, reason = reading.people, f"{reading.reason}, {where}"
            sexed = reading.sexed or (sexed and not after_lead)
    if not people:
        for part in _composite_parts(text, language):
            reading = _read(part, language, set(), capitals)
            # a part with no noun of its own is the first part's ("(2) percentage involving
            # personally identifiable information": of the data breaches)
            if reading.people and not reading.bare_count:  # "… (b) teachers trained"
                people, reason, sexed = True, f"{reading.reason}, in a part", reading.sexed
                break
    spans = lex.time_spans  # "in the past 12 months", "au cours des 12 derniers mois"
    timeless = spans.sub("", text) if spans is not None else text
    if not people and timeless != text:
        reading = _read(timeless, language, dimensions, capitals)
        if reading.people:  # "Median Earnings in the Past 12 Months for the Population …"
            people, sexed = True, reading.sexed
            reason = f"{reading.reason}, read past a time span"
    inner = _INNER_PARENTHESIS.sub("", _LEADING_TAG.sub("", text))
    if not people and not title.thing and inner != text:
        reading = _read(inner, language, dimensions, capitals)
        # past a currency given as the unit, persons only as the amount's divisor are none
        # ("Renda tributaria bruta media por persona (€/Año) de la ciudad de Barcelona")
        priced = reading.per_persons and _Reader(text, language, capitals).money_unit()
        if reading.people and not priced:  # "No. of Neonatal (0-28 days) Deaths": past it
            people, sexed = True, reading.sexed
            reason = f"{reading.reason}, read past a parenthesis"
    elif people and not sexed and inner != text:
        # "Prevalence of underweight (BMI < 18.5) women of reproductive age": the persons'
        # sex named past a definition in parentheses
        reading = _read(inner, language, dimensions, capitals)
        sexed = reading.people and reading.sexed
    threshold = _body_threshold(language).search(text) if not people else None
    if threshold is not None:  # "Body Mass Index < 18.5", "Birth weight: Less than 2.5 kg"
        people = True
        reason = f"persons whose measurement is past a threshold ({threshold.group().strip()})"
    lead = text.split(maxsplit=1)
    if not people and len(lead) == 2 and fold(lead[0]) in lex.figure_leads:
        reading = _read(lead[1], language, dimensions, capitals)
        if reading.people:  # "Of females aged 15-24 have given birth": "45% | of females …"
            people, sexed = True, reading.sexed
            reason = f"{reading.reason}, after its figure"
    scores = lex.test_scores
    if not people and scores is not None and scores.search(text):
        # "High school reading and mathematics test scores", "Puntaje Saber 11 - Matemáticas"
        people, reason = True, "learners' scores in a test: a summary of persons"
    standardised = lex.age_standardised
    if not people and not title.thing and standardised and standardised.search(text):
        # "Thyroid cancer, Age-adjusted rate", "Taux standardisé sur l'âge de cancer du sein"
        people, reason = True, "a rate standardised for age: a rate of persons, who have ages"
    if people and sexed:
        dimensions.add("sex")
    together = lex.sexes_together is not None and lex.sexes_together.search(text)
    if together and "sex" not in column:  # "… for men and women combined": a total, no breakdown
        dimensions.discard("sex")
    return Classification(people, order_dimensions(dimensions), reason)


def as_count(text: str, language: str) -> str:
    """A question that asks how many or what share, as the count it asks for ("In how many
    schools are teachers trained?" counts schools, "What percentage of children claim to read
    English?" children; lexicon ``count_questions``)."""
    for lead, count in lexicon(language).count_questions:
        match = lead.match(text)
        if match is None:
            continue
        rest = text[match.end() :]
        if count.endswith(("'", "’")):
            return count + rest
        link = count.split()[-1]
        if rest.lower().startswith(f"{link} "):  # "How many *of* the eligible individuals died?"
            count = count[: -len(link)].rstrip()
        return f"{count} {rest}"
    return text


#: The other gender's ending of an inclusive spelling, after a slash ("Médicas/os").
_INCLUSIVE_ENDINGS = frozenset({"o", "os", "a", "as", "e", "es", "s"})
#: Every parenthesis of a title, with the space before it.
_PARENTHESES = re.compile(r"\s*\([^()]*\)")
#: A parenthesis inside a noun phrase, the phrase going on after it ("No. of Neonatal *(0-28
#: days)* Deaths", "low birth weight *(<2.5 kg)* babies born").
_INNER_PARENTHESIS = re.compile(r"\s*\([^()]*\)(?=\s+[^\W\d_])")
#: A short tag in brackets or parentheses before the title, spaced or glued to it ("[Core]
#: Number of people whose resilience …": a climate fund's core indicators, set 566; "(SAR
#: migrants)Nombre de personnes secourues": a national maritime report, set 560).
_LEADING_TAG = re.compile(r"^\s*(?:\[[^\[\]]{1,40}\]|\([^()]{1,40}\))\s*(?=[^\W\d_])")


class _Reading(NamedTuple):
    """One reading of a title or a part of it: whether its subject is persons and why, whether
    it names one sex, whether its head is a known thing (the verdict does not rest on a guess),
    and whether its subject itself names persons (a person or measure head, a sex word)."""

    people: bool
    reason: str
    sexed: bool
    thing: bool
    names_persons: bool
    per_persons: bool = False  # its persons are only a rate's denominator
    served: bool = False  # its heads are services in the singular, which persons receive
    bare_count: bool = False  # a count word with nothing counted ("percentage involving …")


def _read(text: str, language: str, dimensions: set[str], capitals: bool = False) -> _Reading:
    """How ``text`` reads (see :class:`_Reading`); ``capitals``: it was written in capitals."""
    reader = _Reader(text, language, capitals)
    phrase = reader.subject()
    people, reason = reader.people(phrase, dimensions)
    sexed = people and (
        reader.sex_in_phrase(phrase)
        or reader.population_by_sex(phrase)
        or bool(reader.identity_sex(phrase))
        or reader.collective_of_one_sex(phrase)
        or reader.sex_after_qualifier(phrase)
        or reader.sex_at_the_end(phrase)
        or reader.complement_of_one_sex(phrase)
        or reader.statistic_of_one_sex(phrase)
        or reader.holders_of_one_sex(phrase)
        or reader.population_of_one_sex(phrase)
        or reader.condition_of_one_sex(phrase)
        or reader.persons_in_one_sex_state(phrase)
        or reader.victims_of_one_sex_offence(phrase)
        or reader.service_of_one_sex(phrase)
        or reader.clients_of_one_sex_service(phrase)
        or reader.share_of_one_sex()
        or reader.population_in_parentheses()
        or reader.sexes_compared
    )
    classes = {reader.noun_class(i) for i in phrase.heads}
    thing = not people and bool(phrase.heads) and reader.noun_class(phrase.heads[0]) == "non_person"
    names_persons = bool({"person", "measure"} & classes) or any(
        reader.lower(i) in reader.lex.sex_words for i in phrase.tokens
    )
    # ... or a rate whose measure of persons qualifies it ("- Case fatality rate (%)")
    names_persons = names_persons or (
        classes == {"transparent"} and any(reader.noun_class(i) == "measure" for i in phrase.tokens)
    )
    served = reader.serves_singular(phrase)
    bare = classes == {"transparent"} and not names_persons
    return _Reading(
        people, reason, bool(sexed), thing, names_persons, reader.per_persons, served, bare
    )


#: A range of ages and its unit ("6-59 months", "15–49 ans"); the unit must be an age unit of
#: the language (lexicon ``age_units``).
_AGE_BAND = re.compile(r"(?<![\w.,])\d{1,2}\s?[-–]\s?\d{1,2}\s?(?P<unit>[^\W\d_]+)\b")
#: An upper age bound in parentheses and its unit ("BCG dose (< 1 year) at the facility":
#: Zambia's immunisation register, set 686); the unit must be an age unit of the language.
_AGE_BOUND = re.compile(r"\(\s*(?:[<≤]|under|below)\s*\d{1,2}\s?(?P<unit>[^\W\d_]+)\s*\)", re.I)
#: A year ("2015" in "(constant 2015 US$)").
_YEAR = re.compile(r"(?:19|20)\d{2}")
#: The title's final unit in parentheses ("(%)", "(Proporción %)"): its words before a "%".
_FINAL_UNIT = re.compile(r"\(\s*([^\W\d_]*)\s*(%?)\s*\)\W*$")
#: How many tokens after a phrase the clause saying what its members are may start, past an
#: age complement ("adolescentes *de 15 a 19 años* que ya son madres").
IDENTITY_REACH = 8
#: How many words after a position's phrase the clause naming its holders may start
#: ("postes *de direction* occupés par …", "puestos *de la función pública* ocupados por …").
HOLDER_REACH = 6
#: How many words after the clients the care they receive may be named ("clients vus en
#: CPN", "clientes de la CPN").
CLIENT_REACH = 4
#: How many tokens after a rate its population may start, past "for"/"among" and an article
#: ("Treatment success rate *for* patients").
RATE_REACH = 2
#: How many words after an action's verb its recipients may be named ("Brindar suplementos
#: alimenticios *a* las mujeres …").
ACTION_REACH = 8
#: How many tokens after an unknown head the population it is taken over may start, past a
#: purpose clause ("use *to prevent pregnancy among* sexually active females").
POPULATION_REACH = 6
#: How many tokens a unit parenthesis may run past its persons ("(personas de 15 años y más)").
UNIT_REACH = 8
#: Most words of the first item of a list of words that qualify the last conjunct's head
#: ("*civil society*, government and private sector participants").
LISTED_FIRST_WORDS = 3
#: How far after a comma the conjunction that closes a list of persons may come.
LIST_REACH = 12
#: Most words of a lead sentence before a title's subject ("Total del país.", "Tasa AROPE.").
LEAD_WORDS = 5
#: Most words of a result's name before a colon and the count that measures it ("Improving
#: performance through knowledge and innovation: number of persons benefitting from advice …",
#: the result indicators of the EU's agricultural policy).
RESULT_NAME_WORDS = 16
#: Most words of a population named at the end, after a colon or a spaced dash
#: ("…: Trabajadoras sexuales (%)", "Bénéficiaires directs - Femmes").
TAIL_WORDS = 5
#: Most words of a catalogue title's field that may name its persons ("…, general pupils").
QUALIFIER_WORDS = 3
#: What may introduce that population: a colon, a spaced dash, or a dash spaced on one side
#: only, before a word ("Emergency - Snake Bite -Deaths", "Diarrhée sanglante (Shigella)- Décès":
#: health-report rows); never a hyphen inside a word or a range of numbers.
_TAIL_MARKS = re.compile(
    r":|\s[-–—]\s|\s[-–—](?=[^\W\d_])|(?<=[^\W\d_]|\))[-–—]\s(?=[^\W\d_])"
    # ... also after a visit's number ("Soins Postnatals 1- Mères"), not a suspended hyphen
    # of a range ("15- to 24-year-olds", "3- et 4 ans")
    r"|(?<=\s\d)[-–—]\s(?!(?:to|and|or|à|a|et|ou|y|o)\b)(?=[^\W\d_])"
)
#: A whole word, not the first part of a hyphenated compound ("*part*-time").
_WHOLE_WORD = re.compile(r"[^\W\d_]+(?![-‐]|[^\W\d_])")
#: A hyphen glued between a programme's name and a capitalised word, when no spaced mark is
#: there ("Escuelas de Calidad-Alumnos atendidos": a state planning office's series).
_GLUED_DASH = re.compile(r"(?<=[a-zà-ÿ]{3})-(?=[A-ZÀ-Ý][a-zà-ÿ])")
#: A comma after a short name, when a count word follows it ("Eau salubre et hygiène, nombre de
#: personnes couvertes", IFRC GO).
_COMMA = re.compile(r",\s")
#: The end of a sentence: a full stop after a word of two letters or more, then a capital
#: ("N. gonorrhoeae" and "Sr. Pérez" go on, and so do "No. Of Women …" in Title Case and a "vs."
#: between two things compared: "Jail Population vs. Ideal Capacity"; nor an abbreviation of
#: government, department or years: "Transition Rate in Govt. Institutions", Pakistan's
#: education statistics, set 517).
_SENTENCE_END = re.compile(
    r"(?<=[^\W\d_]{2})(?<!\b[Nn][OoBbRr])(?<!\b[Vv][Ss])(?<!\b[Gg]ovt)(?<!\b[Gg]ov)"
    r"(?<!\b[Dd]ept)(?<!\b[Yy]rs)\.\s+(?=[A-ZÀ-Ý¿])"
)
#: Most words of a place or a short label before a colon that a table title starts with.
LABEL_WORDS = 2
#: A place, a label or a topic of up to :data:`LEAD_WORDS` words before a colon, then a title
#: of three words or more ("BOLIVIA: POBLACIÓN PENAL, SEGÚN …", a statistics institute's table
#: titles; "Domestic violence against women: state measures to …", EIGE's indicators).
_LABEL_LEAD = re.compile(
    rf"^\s*[^\W\d_][\w.'’-]*(?:\s+[\w.'’-]+){{0,{LEAD_WORDS - 1}}}\s*:\s+"
    r"(?=[^\W\d_]\S*\s+\S+\s+\S)"
)


def _aggregate_field(rest: str, links: CueSet) -> bool:
    """Whether what follows a title's last mark is only the total of its series, a field of a
    catalogue ("— total país", "- Total national", ": total"), not a count ("- Total number of
    women", ": total des cas")."""
    words = rest.split()
    return (
        bool(words)
        and fold(words[0]) == "total"
        and len(words) <= 3
        and not any(fold(word) in links for word in words[1:])
    )


def _names_things(text: str, language: str) -> bool:
    """Whether ``text`` counts things by its head ("New extrapulmonary cases: males aged 65 …":
    the cases of the persons named after it, WHO's TB notification fields)."""
    reader = _Reader(text, language)
    heads = reader.subject().heads
    return bool(heads) and all(reader.noun_class(i) == "non_person" for i in heads)


def _later_subjects(text: str, language: str) -> list[tuple[str, bool | None]]:
    """Where else a title may name what it counts: what follows a short lead sentence or a
    place or label of one or two words and a colon ("BOLIVIA: POBLACIÓN PENAL …"), or a
    short name and a colon or spaced dash when a count word follows ("Judicial power:
    percentage of women judges …", "Diagnostic du paludisme - pourcentage d'enfants …"), or a
    comma when a count word follows it ("Eau salubre et hygiène, nombre de personnes
    couvertes"), or the title read with the measure or coverage of its field after a comma
    ("Invasive cancer, incidence" as "Invasive cancer incidence") (``True``: it may overrule
    the whole title's reading); a short phrase after the last colon or dash, without a final
    parenthesis, and a catalogue field of persons after a comma (``False``: it may only name
    the persons); what follows a topic and a colon (``None``: it may only say that the title
    counts a thing)."""
    later = []
    end = _SENTENCE_END.search(text)
    if end is not None and len(text[: end.start()].split()) <= LEAD_WORDS:
        later.append((text[end.end() :], True))
    label = _LABEL_LEAD.match(text)
    if label is not None:
        # a place or a label the lists do not know gives way to the title after it; a topic
        # ("Gini: …", "Domestic violence against women: …") only to a known thing
        lead = _Reader(text[: label.end()], language)
        unknown = all(lead.noun_class(i) is None for i in range(len(lead.tokens)))
        short = len(text[: label.end()].split()) <= LABEL_WORDS
        # "Year 6: Prevalence of obesity": a numbered label
        numbered = len(lead.tokens) > 1 and lead.tokens[-2].kind == "number"
        later.append((text[label.end() :], True if short and (unknown or numbered) else None))
    lex = lexicon(language)
    # after a comma a count word only, not ", total" or ", female"
    for marks, counts in ((_TAIL_MARKS, lex.transparent), (_COMMA, lex.second_counts)):
        mark = marks.search(text)
        # the name's expansion in parentheses is no word of it ("PTME (prévention de la
        # transmission mère-enfant) : proportion de femmes enceintes …")
        named = _PARENTHESES.sub("", text[: mark.start()]) if mark is not None else ""
        named_words = len(named.split())
        if mark is None or named_words > RESULT_NAME_WORDS:
            continue
        rest = text[mark.end() :].strip()
        # a whole word, not the first of a compound ("Number of employees — *part*-time"), past
        # an article ("Potentially avoidable hospitalisations – *the* rate of children …": New
        # Zealand's child poverty indicators, set 530)
        first = _WHOLE_WORD.match(rest)
        if first is not None and fold(first.group()) in lex.articles:
            first = _WHOLE_WORD.match(rest[first.end() :].lstrip())
        # a headcount in the plural too ("Universités : effectifs des étudiants …")
        word = fold(first.group()) if first is not None else ""
        if _aggregate_field(rest, lex.links):
            continue  # "Cobertura neta secundaria — total país": the series' total, a field
        if named_words > LEAD_WORDS:
            if mark.group() == ":" and word in lex.second_counts:
                later.append((rest, False))  # a long name may only give way to the persons
            continue  # a long name only before a colon and a count word
        if word and (word in counts or any(form in lex.headcounts for form in singulars(word))):
            later.append((rest, True))
        elif (
            marks is _TAIL_MARKS
            and word
            and len(rest.split()) > TAIL_WORDS
            and not _TAIL_MARKS.search(rest)
            and _persons_field(first.group(), language)
            and not _names_things(named, language)
        ):
            # a section's name, then a phrase on the persons counted ("Traitement TB - patients
            # TB-UR confirmés en laboratoire mis sous traitement", DHIS2 data elements); not a
            # short field ("- police data") nor one more step of a path ("- Children - Pack")
            later.append((rest, True))
    for mark in _TAIL_MARKS.findall(text)[-1:] or _GLUED_DASH.findall(text)[-1:]:
        tail = re.sub(r"\s*\([^()]*\)\s*$", "", text.rsplit(mark, 1)[1]).strip()
        # counted without the ages that close it ("- Postpartum Women Ages 21 to 44")
        words = _TRAILING_AGES.sub("", tail).split()
        # not a place's adjective alone ("Inseguridad alimentaria del hogar — Nacional")
        adjectives = all(
            word.lower() in lex.adjectives and not singulars(word.lower()) for word in words
        )  # a plural names persons ("-Docentes (Número)")
        if tail and len(words) <= TAIL_WORDS and not tail[0].isdigit() and not adjectives:
            later.append((tail, False))
    # the persons of a topic, as one field of a catalogue title: "Primary education, pupils,
    # national source", "Secondary education, general pupils"
    # (a comma between digits separates thousands: "Part 1 Crime Rate per 1,000 Residents")
    unbracketed = _PARENTHESES.sub("", text)
    fields = [field.strip() for field in re.split(r"(?<!\d),|,(?!\d)", unbracketed)]
    # ... past the breakdown that ends it ("Employment Insurance Program (E.I.), beneficiaries by
    # province, age group and sex": Statistics Canada)
    field = _TRAILING_AGES.sub("", _field_breakdown().sub("", fields[1])) if len(fields) > 1 else ""
    if field and _persons_field(field, language) and not _listed_on(fields[0], field, language):
        later.append((field, False))  # "Obesity, women 15-49 (%)": past the ages
    else:
        # ... or a later field that names the persons by their ages, the population a survey
        # measures ("Frequency of feelings of loneliness, by local authority, people aged 16
        # and over, England, …": DCMS's Community Life Survey, set 716)
        aged = [_TRAILING_AGES.sub("", f) for f in fields[2:] if _TRAILING_AGES.search(f)]
        named = next((f for f in aged if _persons_field(f, language)), "")
        if named:
            later.append((named, False))
    # the persons a topic is restricted to, in its final parenthesis with their ages ("Examen
    # Clínico Mama (Mujeres 60-69)", "Cáncer Cuello Uterino (Solo mujeres)": MINSA's labels)
    final = _FINAL_PARENTHESIS.search(text)
    if final is not None:
        words = [w for w in final.group(1).split() if fold(w) not in lex.restrictors]
        persons = _TRAILING_AGES.sub("", " ".join(words))
        # only when a restrictor or ages were taken off: "(mujeres)" alone is a unit
        # (``counted_unit``)
        if persons != final.group(1) and _persons_field(persons, language):
            later.append((persons, False))
    measured = _Reader(field, language) if field and len(field.split()) <= 2 else None
    last = len(measured.tokens) - 1 if measured is not None else -1
    if (
        measured is not None
        and last >= 0
        and (measured.noun_class(last) == "measure" or measured.covers(last))
    ):
        # "Invasive cancer (all sites combined), incidence" (CDC), "Vitamin A Supplementation,
        # two-dose coverage": the measure of the field before it, as "Invasive cancer incidence"
        whole = f"{fields[0]} {field}" if language == "en" else f"{field} de {fields[0]}"
        later.append((whole, True))
    return later


def _listed_on(before: str, field: str, language: str) -> bool:
    """Whether the field after a comma goes on a list of persons that the text before it ends
    with ("… en temas de protección de niños*, niñas y adolescentes*", "… a niñas*, niños*,
    adolescentes migrantes …"): one phrase, no field."""
    lead = _Reader(before, language)
    if not lead.tokens or lead.noun_class(len(lead.tokens) - 1) != "person":
        return False
    if any(fold(word) in lead.lex.conjunctions for word in field.split()):
        return True
    # a person noun first goes on the list; a sex alone names the field's persons
    # ("Population, femmes (% du total)")
    listed = _Reader(field, language)
    return (
        bool(listed.tokens)
        and listed.noun_class(0) == "person"
        and listed.lower(0) not in listed.lex.sex_words
    )


@lru_cache(maxsize=1)
def _field_breakdown() -> re.Pattern[str]:
    """The breakdown that ends a catalogue title's field ("beneficiaries *by province*"): a
    weak introducer of any language's breakdowns (lexicon ``disaggregation.weak_introducers``)
    and all after it."""
    words = {
        str(word)
        for language in LANGUAGES
        for word in lexicon(language).disaggregation.get("weak_introducers") or ()
    }
    return re.compile(rf"\s+{pattern(words)}\s.*$", re.IGNORECASE)


def _persons_field(field: str, language: str) -> bool:
    """Whether a catalogue title's field names persons by a plural noun of the person lists
    ("pupils", "general pupils", "élèves"), not an adjective ("official") or a participle
    ("reçus")."""
    if not field or len(field.split()) > QUALIFIER_WORDS:
        return False
    reader = _Reader(field, language)
    last = len(reader.tokens) - 1
    return (
        last >= 0
        and reader.plural(last)
        and reader.noun_class(last) == "person"
        and not reader.nominal_participle(last)
    )


#: An age band or an age closing a catalogue title's field ("…, women 15-49", "…, men 18-69
#: years", "(niñas 9 años)").
_TRAILING_AGES = re.compile(
    r"\s+\d{1,2}\s?(?:(?:[-–]\s?\d{1,2}|\+)\s*(?:years?|yrs?|y|ans|años)?|\s*(?:years?|ans|años))\s*$"
    # ... or a bound ("(children under one year)": Nepal's immunisation dashboards)
    r"|\s+(?:under|below|over|above|aged|(?:de\s+)?moins\s+de|(?:de\s+)?plus\s+de|menores\s+de"
    r"|mayores\s+de)\s+(?:\d{1,2}|one|two|five|un|une|deux|cinq|uno|dos|cinco)"
    r"\s*(?:years?|yrs?|y|ans?|años?|months?|mois|meses)?"
    # ... open above ("people aged 16 and over": DCMS's Community Life Survey, set 716)
    r"(?:\s+(?:and|or)\s+(?:over|older|above|more))?\s*$"
    # ... or ages in words ("Women Ages 21 to 44": Medicaid's Core Set, set 539)
    r"|\s+ages?\s+\d{1,2}\s*(?:to|-|–)\s*\d{1,2}(?:\s*(?:years?|yrs?))?\s*$",
    re.IGNORECASE,
)
#: The parenthesis that ends a title, before a "(%)" or a full stop.
_FINAL_PARENTHESIS = re.compile(r"\(([^()]+)\)(?:\s*\(%\))?\s*\.?\s*$")
#: The letter of a composite's part ("(a) schools equipped and (b) teachers trained"), or its
#: number in parentheses ("(1) Number of data breaches, … (3) number of customers affected":
#: SASB's standards, set 727).
_PART_LETTER = re.compile(r"(?<![\w(])(?:\(?([a-h])|\(([1-9]))\)\s+")


@lru_cache(maxsize=1)
def _part_joiner() -> re.Pattern[str]:
    """What joins a composite's parts, dropped from a part's end (a comma, a semicolon, the
    conjunctions of every language)."""
    joiners = pattern(every_language("conjunctions"))
    return re.compile(rf"[\s,;]*(?:(?<![\w&/]){joiners}(?![\w&/]))?[\s,;]*$", re.IGNORECASE)


@lru_cache(maxsize=8)
def _body_threshold(language: str) -> re.Pattern[str]:
    """A measurement of the body and a bound before a number ("Body Mass Index < 18.5",
    "Birth weight: Less than 2.5 kg", "Peso al nacer menor de 2500 g"; lexicon
    ``body_measures``, a bound from ``bounds`` or a sign): the share of persons past
    it."""
    lex = lexicon(language)
    bounds = pattern(" ".join(words) for words in lex.bounds)
    return re.compile(
        rf"(?<!\w){pattern(lex.body_measures)}\W{{0,3}}(?:[<>≤≥]=?|{bounds}(?!\w))\s*[-–]?\s*\d[\d.,]*",
        re.IGNORECASE,
    )


@lru_cache(maxsize=8)
def _second_count(language: str) -> re.Pattern[str]:
    """A conjunction or a comma that opens a second count ("… and number of …", "… y número de
    …", "Number of parcels registered …, Proportion of total population …"; lexicon
    ``second_counts``), or a dash or a count sign that does in a cell of several counts
    ("# de talleres realizados - # de facilitadores capacitados …", "… por país y municipio
    # de docentes formados …"; UNFPA's output tables)."""
    lex = lexicon(language)
    counts = pattern(lex.second_counts) if lex.second_counts else "(?!)"
    sign = rf"[#%]\s*(?:{pattern(lex.links)})\s"  # "# de", "% of"; never "20 % de la tasa"
    # a second title run on after the first with a capital ("… de corto plazo Porcentaje de la
    # población cubierta …": two cells of one row joined)
    capital = pattern(c[:1].upper() + c[1:] for c in lex.second_counts)
    return re.compile(
        rf"\s(?:{pattern(lex.conjunctions)})\s+(?=(?:{counts})\b)"
        rf"|,\s+(?=(?:{counts})\s+(?:{pattern(lex.links)})\s)"
        rf"|\s[-–—]\s*(?=(?:{counts})\s|{sign})|(?<=[^\W\d_]|[.;])\s+(?={sign})"
        rf"|(?<=[^\W\d_])\s+(?=(?-i:{capital}\s+{pattern(lex.links)})\s)",  # not Title Case
        re.IGNORECASE,
    )


def _composite_parts(text: str, language: str) -> list[str]:
    """The parts after the first of a composite indicator, each with the words that lead the
    whole ("Number of (a) schools equipped and (b) teachers trained" → "Number of teachers
    trained"), or a second count joined by a conjunction ("Número de unidades de atención … y
    número de personas atendidas"): a composite counts people when any part does (SDG
    labels, convention P9)."""
    letters = list(_PART_LETTER.finditer(text))
    marks = [letter.group(1) or letter.group(2) for letter in letters[:2]]
    if marks not in (["a", "b"], ["1", "2"]):
        joins = list(_second_count(language).finditer(text))
        if not joins:
            return []
        ends = [join.start() for join in joins[1:]] + [len(text)]
        return [text[join.end() : end] for join, end in zip(joins, ends, strict=True)]
    lead = text[: letters[0].start()].strip()
    parts = []
    for letter, following in zip(letters[1:], [*letters[2:], None], strict=True):
        part = text[letter.end() : following.start() if following else len(text)]
        part = _part_joiner().sub("", part).strip()
        if part:
            parts.append(f"{lead} {part}".strip())
    return parts


def indicator_language(text: str, default: str) -> str:
    """The language of an indicator: the block's, unless its first word is a measure word of
    exactly one other language ("Nombre de ..." quoted in an English proposal). An abbreviation
    ("No. de personas", "Nb. de …") belongs to no language, nor does a word followed by a link
    of the block's language that the other language does not have ("no de personas": Bolivia's
    health information system abbreviates "número" without its point)."""
    match = re.match(r"\W*([^\W\d_]+)(\.?)(?:\s+([^\W\d_]+))?", text)
    if not match or match.group(2):
        return default
    first = fold(match.group(1))
    if default in LANGUAGES and first in lexicon(default).unaccented("transparent"):
        return default  # "Age des personnes …": French "âge" typed without its accent
    owners = [lang for lang in LANGUAGES if first in lexicon(lang).transparent]
    if len(owners) != 1:
        return default
    link = fold(match.group(3) or "")
    theirs = lexicon(owners[0]).links
    if default in LANGUAGES and first in lexicon(default).skip and link not in theirs:
        return default  # "No matriculación por embarazo": the block's own negation
    if default in LANGUAGES and link in lexicon(default).links and link not in theirs:
        return default
    return owners[0]
