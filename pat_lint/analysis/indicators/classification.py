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
from collections.abc import Iterable
from dataclasses import dataclass

from pat_lint.analysis.indicators.disaggregation import breakdowns, order_dimensions
from pat_lint.analysis.indicators.lexicons import fold, lexicon
from pat_lint.analysis.indicators.words import pieces, singulars, word_forms, word_lemma
from pat_lint.model import LANGUAGES

#: Breakdowns that only persons have: asking for one says the indicator counts people.
PERSON_DIMENSIONS = frozenset({"sex", "age", "disability", "nationality", "ethnicity"})
#: How many tokens after the subject phrase a person verb may stand ("officials *trained*").
CUE_WINDOW = 6


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


class _Reader:
    """Reads one indicator's tokens with one language's lexicon."""

    def __init__(self, text: str, language: str) -> None:
        self.language = language if language in LANGUAGES else "en"
        self.lex = lexicon(self.language)
        self.tokens = pieces(text)
        self._forms: dict[int, list[str]] = {}

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
        """``person``, ``non_person`` or ``transparent`` for the token at ``index``, or None.

        Multi-word entries ("civil servant", "point focal", "horas-hombre") are tried first.
        """
        lex = self.lex
        for phrase in self._multiword(index):
            for name in ("person", "non_person"):
                if phrase in getattr(lex, name):
                    return name
        forms = self.forms(index)
        if self.tokens[index].text in ("%", "#"):
            return "transparent"
        for name in ("transparent", "person", "non_person"):
            if any(form in getattr(lex, name) for form in forms):
                return name
        if self.feminine_of_person(index):
            return "person"
        return None

    def _multiword(self, index: int) -> list[str]:
        """Two- and three-word phrases ending (English) or starting (French, Spanish) at a head."""
        head = self.lemma(index)
        phrases = []
        for size in (3, 2):
            if self.language == "en":
                words = [self.lower(i) for i in range(index - size + 1, index)]
                if index - size + 1 >= 0:
                    phrases.append(" ".join([*words, head]))
            elif index + size <= len(self.tokens):
                following = range(index + 1, index + size)
                as_written = [self.lower(i) for i in following]
                lemmas = [self.lemma(i) for i in following]
                for words in (as_written, lemmas):
                    phrases.append(" ".join([head, *words]).replace("' ", "'"))
        return phrases

    def feminine_of_person(self, index: int) -> bool:
        """A French or Spanish feminine form of a listed person noun ("travailleuses",
        "participantes", "niñas") — not an epicene noun that is listed itself ("victimes")."""
        if self.language == "en":
            return False
        lower = self.lower(index)
        lex = self.lex
        own = {lower, lower[:-1] if lower.endswith("s") else lower}
        if own & lex.person:
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

    def participle(self, index: int) -> bool:
        """An English participle or gerund that ends a noun phrase ("trained", "receiving")."""
        lower = self.lower(index)
        if lower in self.lex.participles:
            return True
        if len(lower) > 4 and lower.endswith(("ed", "ing")) and "-" not in lower:
            return not self.is_noun_surface(index)
        return False

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
        return lower.endswith("s") and not lower.endswith(("ss", "us", "is"))

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

    def present_participle(self, index: int) -> bool:
        """French "-ant" and Spanish "-ando/-iendo" forms end a phrase ("déclarant")."""
        lower = self.lower(index)
        if self.language == "fr":
            return len(lower) > 5 and lower.endswith("ant")
        if self.language == "es":
            return len(lower) > 5 and lower.endswith(("ando", "iendo", "yendo"))
        return False

    def starts_person(self, index: int) -> bool:
        """Whether a person or sex word starts at ``index`` (for lists "girls, boys and ...")."""
        while index < len(self.tokens) and self.lower(index) in self.lex.links | self.lex.skip:
            index += 1
        if index >= len(self.tokens):
            return False
        return self.lower(index) in self.lex.sex_words or self.noun_class(index) == "person"

    # -- noun phrases ---------------------------------------------------------------------

    def phrase(self, start: int) -> Phrase:
        """The noun phrase starting at token ``start``."""
        if self.language == "en":
            return self._phrase_head_last(start)
        return self._phrase_head_first(start)

    def _coordination(self, index: int, have: bool) -> bool:
        """Whether the token at ``index`` joins two conjuncts of the phrase."""
        lower = self.lower(index)
        if not have:
            return False
        if lower in self.lex.conjunctions:
            return True
        return lower == "," and self.starts_person(index + 1)

    def _phrase_head_last(self, start: int) -> Phrase:
        """English: modifiers precede the head, so each conjunct's head is its last word."""
        conjuncts: list[list[int]] = []
        current: list[int] = []
        spanned: list[int] = []
        index = start
        while index < len(self.tokens):
            token = self.tokens[index]
            lower = token.lower
            if self._coordination(index, bool(current)):
                conjuncts.append(current)
                current = []
                index += 1
                continue
            if not token.is_word and token.kind != "number" or lower in self.lex.boundaries:
                break
            if current:
                if token.kind == "number" or self.participle(index):
                    break
                if lower in self.lex.verbs and self.plural(current[-1]):
                    break
            elif self._pre_modifier(index):
                spanned.append(index)
                index += 1
                continue
            current.append(index)
            index += 1
        if current:
            conjuncts.append(current)
        heads = tuple(conjunct[-1] for conjunct in conjuncts if conjunct)
        tokens = tuple(sorted({*spanned, *(i for c in conjuncts for i in c)}))
        return Phrase(heads, tokens, index)

    def _pre_modifier(self, index: int) -> bool:
        """A word before an English head that does not decide: determiner, adverb, participle
        ("the", "newly", "trained"), unless the phrase ends right after it ("those surveyed")."""
        token = self.tokens[index]
        lower = token.lower
        if token.kind == "number":
            return True
        if lower in self.lex.skip:
            return not self.ends_here(index + 1)
        return (lower.endswith("ly") and len(lower) > 3) or self.participle(index)

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
                if not token.is_word or lower in lex.boundaries:
                    break
                if lower in lex.skip and not self.ends_here(index + 1):
                    tokens.append(index)
                    index += 1
                    continue
                heads.append(index)
                tokens.append(index)
                expecting = False
                index += 1
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
        """The phrase that says what is counted, looking through "Number of", "% of",
        "Nombre de", "Level of satisfaction of" and the like."""
        phrase = self.phrase(0)
        for _ in range(6):
            if not phrase.heads:
                return phrase
            kind = self.noun_class(phrase.heads[0])
            if kind not in ("transparent", None):
                return phrase
            following = self._complement(phrase)
            if following is None:
                return phrase
            if kind is None and not any(self.noun_class(i) == "person" for i in following.heads):
                return phrase  # an unknown head is looked through only to a person complement
            phrase = following
        return phrase

    def _complement(self, phrase: Phrase) -> Phrase | None:
        """The phrase after a link that follows ``phrase`` ("of X", "de X", "among X")."""
        after = self._skip_parenthesis(phrase.end)
        if after >= len(self.tokens) or self.lower(after) not in self.lex.links:
            return None
        following = self.phrase(after + 1)
        return following if following.heads else None

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
        """Whether a parenthesis gives a unit that is not a person ("(USD)", "(en jours)")."""
        inside: list[int] = []
        for index, token in enumerate(self.tokens):
            if token.text == "(":
                inside = []
            elif token.text == ")":
                words = [i for i in inside if self.lower(i) not in _UNIT_WORDS]
                if 0 < len(words) <= 2 and all(self.noun_class(i) == "non_person" for i in words):
                    return True
                inside = []
            else:
                inside.append(index)
        return False

    def sex_in_phrase(self, phrase: Phrase) -> bool:
        """Whether the subject names a sex: a sex word in it ("women", "female", "filles"), or
        a head in a feminine person form ("participantes", "trabajadoras")."""
        if any(self.lower(i) in self.lex.sex_words for i in phrase.tokens):
            return True
        if any(self.lower(i) in self.lex.epicene for i in phrase.heads):
            return False  # "personas migrantes y retornadas": feminine by agreement, not by sex
        return any(self.feminine_of_person(i) for i in phrase.heads)

    def people(self, phrase: Phrase, dimensions: set[str]) -> tuple[bool, str]:
        """Whether the indicator counts people, and why."""
        classes = [self.noun_class(i) for i in phrase.heads]
        heads = ", ".join(self.tokens[i].text for i in phrase.heads) or "none"
        if "person" in classes:
            return True, f"person head ({heads})"
        if "non_person" in classes or "transparent" in classes:
            return False, f"non-person head ({heads})"
        if any(self.lower(i) in self.lex.sex_words for i in phrase.tokens):
            return True, "sex word in the subject"
        if any(self.noun_class(i) == "person" for i in phrase.tokens):
            return True, "person word in the subject"
        if dimensions & PERSON_DIMENSIONS:
            return True, "breakdown only persons have"
        if self.unit_given():
            return False, f"unknown head ({heads}) measured in a unit"
        after_head = [i for i in phrase.tokens if i > phrase.heads[0]] if phrase.heads else []
        window = [*after_head, *range(phrase.end, min(len(self.tokens), phrase.end + CUE_WINDOW))]
        for index in window:
            lower = self.lower(index)
            if lower in self.lex.relatives:
                return True, f"relative pronoun {lower!r}"
            if index > 0 and self.lower(index - 1) in _NOUN_MARKERS:
                continue  # "centros de trabajo": a noun, whatever verb its lemma is
            if lower in self.lex.person_verbs or self.lemma(index) in self.lex.person_verbs:
                return True, f"person verb {lower!r}"
        return False, f"unknown head ({heads}), no person cue"


_UNIT_WORDS = frozenset({"in", "en", "per", "par", "por"})
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


def classify(text: str, language: str, extra: Iterable[str] = ()) -> Classification:
    """Whether an indicator counts people and which breakdowns it asks for.

    ``extra`` adds breakdowns known from elsewhere (a disaggregation column of the same row).
    """
    reader = _Reader(text, language)
    phrase = reader.subject()
    dimensions = set(breakdowns(text)) | set(extra)
    people, reason = reader.people(phrase, dimensions)
    if people and reader.sex_in_phrase(phrase):
        dimensions.add("sex")
    return Classification(people, order_dimensions(dimensions), reason)


def indicator_language(text: str, default: str) -> str:
    """The language of an indicator: the block's, unless its first word is a measure word of
    exactly one other language ("Nombre de ..." quoted in an English proposal)."""
    match = re.match(r"\W*([^\W\d_]+)", text)
    if not match:
        return default
    first = fold(match.group(1))
    owners = [lang for lang in LANGUAGES if first in lexicon(lang).transparent]
    return owners[0] if len(owners) == 1 else default
