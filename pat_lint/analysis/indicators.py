"""Indicators: find every indicator of a proposal and say whether it counts people and by what.

Two steps, both driven by the YAML lexicons in ``rules/lexicons/indicators-<lang>.yaml``:

**Extraction** (:func:`extract`) walks the document's blocks in order and takes

- the cells of a results-matrix / logframe table's indicator column, found by its header in any
  of the three languages wherever it sits ("Indicators", "Key indicators", "Indicateurs
  objectivement vérifiables", "Indicadores"...). Each paragraph of a cell is one indicator;
  header cells, sub-header rows ("Outcome 1: ...") and empty cells ("—", "N/A") are skipped;
- labelled lines ("Indicator 1.1: ...", "Indicateur 1.1 : ...", "**Indicador 2:** ...");
- list items under an "Indicators:" label (a paragraph, a list item or a heading) at any depth,
  until the list ends.

Each indicator keeps the offsets of its text in its block (label, marker and markup removed),
so that a finding points at the indicator itself.

**Classification** (:func:`classify`) reads the indicator's subject noun phrase — "Number of
*X* ...", "% of *X* ...", "Nombre de *X* ...", "Porcentaje de *X* ..." — with spaCy lemmas:

- *people* is decided by the phrase's head noun(s): a person noun ("migrant workers",
  "magistrats", "personas") makes it a people indicator; a non-person noun ("shelters", "lits",
  "casos", "households") does not, even when a sex is named ("beds reserved for women"). An
  unknown head counts people only when something else says so: a person word in the phrase
  ("women fish processors"), a relative pronoun for persons ("who", "quienes"), a verb whose
  subject or object is a person ("trained", "formés", "capacitados"), a breakdown that only
  persons have (sex, age, disability, nationality) or a feminine person form. Otherwise the
  default is **not people**: the tool does not raise a finding it cannot explain.
- *disaggregated_by* lists the breakdowns asked for, in a fixed order (sex, age, disability,
  nationality, ethnicity, location, status): explicit ones ("disaggregated by sex and age",
  "ventilé par sexe", "desagregado por sexo y edad", "(M/F)", "(H/F)", "(H/M)", "(women/men)",
  "sex-disaggregated", "SADD"), a breakdown column in the same table row, and counting one or
  both sexes in the subject itself ("Number of women ...", "% of female participants", "girls
  and boys", "participantes", "niñas y niños", "... who are women").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from pat_lint.model import Block, BlockKind, Location

if TYPE_CHECKING:
    from pat_lint.analysis import Analysis

LANGUAGES = ("en", "fr", "es")
#: The order in which breakdowns are reported; unknown ones follow in alphabetical order.
DIMENSIONS = ("sex", "age", "disability", "nationality", "ethnicity", "location", "status")
#: Breakdowns that only persons have: asking for one says the indicator counts people.
PERSON_DIMENSIONS = frozenset({"sex", "age", "disability", "nationality", "ethnicity"})
#: How many tokens after the subject phrase a person verb may stand ("officials *trained*").
CUE_WINDOW = 6
#: Cell texts that hold no indicator.
EMPTY_CELLS = frozenset(
    {"n/a", "na", "n.a.", "nd", "n.d.", "s.d.", "s. d.", "tbd", "tbc", "-", "—", "–", "...", "…",
     "to be determined", "à déterminer", "à définir", "por definir", "por determinar"}
)


# =============================================================================================
# Lexicons
# =============================================================================================


def _words(values: Iterable[Any]) -> frozenset[str]:
    """Lower-cased entries of a YAML list, typographic apostrophes made straight."""
    words = set()
    for value in values or ():
        if isinstance(value, bool):  # YAML 1.1 reads a bare on/off/no/yes as a boolean
            raise ValueError(f"lexicon entry {value!r} must be quoted (\"on\", \"no\")")
        words.add(_fold(str(value)))
    return frozenset(words)


def _fold(text: str) -> str:
    """Lower case with straight apostrophes and single spaces, for lexicon comparisons."""
    return " ".join(text.replace("’", "'").lower().split())


def _alternation(terms: Iterable[str]) -> str:
    """A regex alternation of literal terms, longest first, spaces and apostrophes flexible."""
    parts = []
    for term in sorted(set(terms), key=len, reverse=True):
        escaped = re.escape(term).replace(r"\ ", r"\s+").replace("'", "['’]")
        parts.append(escaped)
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


@dataclass(frozen=True)
class Lexicon:
    """One language's word lists (see ``rules/lexicons/indicators-en.yaml`` for each key)."""

    language: str
    person: frozenset[str]
    non_person: frozenset[str]
    transparent: frozenset[str]
    links: frozenset[str]
    skip: frozenset[str]
    boundaries: frozenset[str]
    verbs: frozenset[str]
    ed_ing_nouns: frozenset[str]
    participles: frozenset[str]
    relatives: frozenset[str]
    person_verbs: frozenset[str]
    female: frozenset[str]
    male: frozenset[str]
    conjunctions: frozenset[str]
    feminine_endings: tuple[tuple[str, str], ...]
    data_words: frozenset[str]
    topic_words: frozenset[str]
    structure: dict[str, Any]
    disaggregation: dict[str, Any]
    suggestions: dict[str, str]
    acronyms: dict[str, list[str]]

    @property
    def sex_words(self) -> frozenset[str]:
        return self.female | self.male

    def known(self, word: str) -> bool:
        """Whether ``word`` (a lower-case form) is a noun of any list."""
        return word in self.person or word in self.non_person or word in self.transparent


@cache
def lexicon(language: str) -> Lexicon:
    """The lexicon of ``language`` (en, fr or es; anything else falls back to English)."""
    from pat_lint.packs import data_dir, load_yaml

    language = language if language in LANGUAGES else "en"
    data = load_yaml(data_dir("rules") / "lexicons" / f"indicators-{language}.yaml") or {}
    cues = data.get("person_cues") or {}
    return Lexicon(
        language=language,
        person=_words(data.get("person")),
        non_person=_words(data.get("non_person")),
        transparent=_words(data.get("transparent")),
        links=_words(data.get("links")),
        skip=_words(data.get("skip")),
        boundaries=_words(data.get("boundaries")),
        verbs=_words(data.get("verbs")),
        ed_ing_nouns=_words(data.get("ed_ing_nouns")),
        participles=_words(data.get("participles")),
        relatives=_words(cues.get("relatives")),
        person_verbs=_words(cues.get("verbs")),
        female=_words(data.get("female")),
        male=_words(data.get("male")),
        conjunctions=_words(data.get("conjunctions")),
        feminine_endings=tuple(
            (str(a), str(b)) for a, b in data.get("feminine_endings") or ()
        ),
        data_words=_words(data.get("data_words")),
        topic_words=_words(data.get("topic_words")),
        structure=data.get("structure") or {},
        disaggregation=data.get("disaggregation") or {},
        suggestions={str(k): str(v) for k, v in (data.get("suggestions") or {}).items()},
        acronyms={str(k): list(v) for k, v in (data.get("acronyms") or {}).items()},
    )


def _structure_words(key: str) -> frozenset[str]:
    """A ``structure`` list of every language together (labels are read in any language)."""
    return frozenset(
        word for language in LANGUAGES for word in _words(lexicon(language).structure.get(key))
    )


# =============================================================================================
# Tokens
# =============================================================================================

_TOKEN = re.compile(
    r"(?P<elision>\b(?:[dlnsjcmt]|qu|jusqu|lorsqu|puisqu)['’](?=\w))"
    r"|(?P<abbr>\b(?:no|nr|nb)\.(?=\s)|\bn[°º]\.?)"
    r"|(?P<number>\d+(?:[.,\s]\d{3})*(?:[.,]\d+)?)"
    r"|(?P<word>\w+(?:[-‐‑'’]\w+)*(?:['’](?:s\b)?)?)"
    r"|(?P<symbol>[%#])"
    r"|(?P<punct>[^\w\s])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Token:
    """A word, number, symbol or punctuation mark of an indicator, with its offsets."""

    text: str
    kind: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return _fold(self.text)

    @property
    def is_word(self) -> bool:
        return self.kind in ("word", "elision", "abbr", "symbol")


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens; hyphenated compounds stay whole, French elisions are split."""
    return [
        Token(m.group(), m.lastgroup or "punct", m.start(), m.end()) for m in _TOKEN.finditer(text)
    ]


def _lemma(word: str, language: str) -> str:
    """The lookup lemma of ``word`` (spaCy is imported on first use)."""
    from pat_lint.analysis import nlp

    return _fold(nlp.lemma(word.replace("’", "'"), language))


def _singulars(word: str) -> list[str]:
    """Naive singular forms of a lower-case word ("shelters" → "shelter"; Spanish
    "inspecciones" → "inspección", which regains its accent; French "locaux" → "local")."""
    forms = []
    if word.endswith("iones") and len(word) > 6:
        forms.append(word[:-5] + "ión")
    if word.endswith("aux") and len(word) > 4:
        forms.append(word[:-3] + "al")
    if word.endswith("ies") and len(word) > 4:
        forms.append(word[:-3] + "y")
    if word.endswith("es") and len(word) > 3:
        forms.append(word[:-2])
    if word.endswith(("s", "x")) and len(word) > 2:
        forms.append(word[:-1])
    return forms


def _forms(word: str, language: str) -> list[str]:
    """The forms under which a word may be listed: as written, its lemma, naive singulars,
    and for a hyphenated compound the part that carries its meaning (English: the last one,
    "man-months" → "months"; French and Spanish: the first one, "horas-hombre" → "horas")."""
    lower = _fold(word)
    forms = [lower, _lemma(lower, language), *_singulars(lower)]
    parts = re.split(r"[-‐‑]", lower)
    if len(parts) > 1 and all(parts):
        part = parts[-1] if language == "en" else parts[0]
        forms += [part, _lemma(part, language), *_singulars(part)]
    return list(dict.fromkeys(forms))


# =============================================================================================
# Classification
# =============================================================================================


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
        self.text = text
        self.language = language if language in LANGUAGES else "en"
        self.lex = lexicon(self.language)
        self.tokens = tokenize(text)
        self._forms: dict[int, list[str]] = {}

    # -- word classes ------------------------------------------------------------------------

    def forms(self, index: int) -> list[str]:
        if index not in self._forms:
            self._forms[index] = _forms(self.tokens[index].text, self.language)
        return self._forms[index]

    def lemma(self, index: int) -> str:
        return _lemma(self.tokens[index].text, self.language)

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
                candidates |= {stem, *_singulars(stem)}
        feminine_ending = ("e", "es") if self.language == "fr" else ("a", "as")
        if not lower.endswith(feminine_ending):
            return False
        return any(c in lex.person and c != lower and not c.endswith(feminine_ending[0])
                   for c in candidates)

    def is_noun_surface(self, index: int) -> bool:
        """Whether an -ed/-ing word is a listed noun as written ("beds", "trainings")."""
        lower = self.lower(index)
        lex = self.lex
        return any(
            form in lex.ed_ing_nouns or lex.known(form) for form in (lower, *_singulars(lower))
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
        if lower in ("people", "women", "men", "children", "staff", "police", "youth",
                     "personnel", "folk", "fisherfolk", "idps"):
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
                if 0 < len(words) <= 2 and all(
                    self.noun_class(i) == "non_person" for i in words
                ):
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
_NOUN_MARKERS = frozenset({
    "the", "a", "an", "of", "le", "la", "les", "un", "une", "du", "des", "de", "d'", "l'",
    "el", "los", "las", "una", "del",
})


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


def order_dimensions(dimensions: Iterable[str]) -> tuple[str, ...]:
    """Breakdowns in the fixed report order."""
    found = set(dimensions)
    known = [d for d in DIMENSIONS if d in found]
    return tuple(known + sorted(found - set(DIMENSIONS)))


# =============================================================================================
# Breakdown cues
# =============================================================================================


@dataclass(frozen=True)
class _Cues:
    """Compiled breakdown patterns of one language."""

    dimension: re.Pattern[str]
    names: dict[str, str]
    strong: re.Pattern[str]
    weak: re.Pattern[str]
    compound: re.Pattern[str] | None
    sex_phrases: tuple[re.Pattern[str], ...]


_ARTICLE = r"(?:(?:the|le|la|les|el|los|las)\s+|l['’]\s*)?"


@cache
def _cues(language: str) -> _Cues:
    """Breakdown patterns for ``language``, built from its lexicon."""
    data = lexicon(language).disaggregation
    dims: dict[str, list[str]] = {k: [str(t) for t in v] for k, v in data["dimensions"].items()}
    names = {_fold(term): name for name, terms in dims.items() for term in terms}
    dimension = re.compile(r"(?<![\w-])" + _alternation(names) + r"(?![\w-])", re.IGNORECASE)
    any_dim = r"(?<![\w-])" + _alternation(t for terms in dims.values() for t in terms)
    origin = _alternation(str(t) for t in data.get("origin_words") or ())
    joiner = r"(?:\s*(?:,|;|/|\s" + _alternation(data.get("joiners") or ()) + r"\s)\s*)"
    intro_again = r"(?:(?:by|par|por|per|selon|según)\s+)?"
    listing = (
        rf"{any_dim}(?:\s+{origin})?(?![\w-])"
        rf"(?:{joiner}{intro_again}{_ARTICLE}{any_dim}(?:\s+{origin})?(?![\w-]))*"
    )
    strong = _alternation(data.get("strong_introducers") or ())
    weak = _alternation(data.get("weak_introducers") or ())
    followers = _alternation(data.get("list_followers") or ())
    link = r"(?:\s+(?:by|par|selon|por|según|according\s+to|per))?"
    compound_heads = data.get("compound_heads") or ()
    compound = None
    if compound_heads:
        sex_age = _alternation(t for k in ("sex", "age", "disability") for t in dims.get(k, ()))
        compound = re.compile(
            rf"(?<![\w-]){sex_age}(?:-?\s*(?:,|and|&|/)\s*{sex_age})*\s*-\s*"
            + _alternation(compound_heads) + r"(?![\w-])"
            + rf"|(?<![\w-]){sex_age}(?:\s*(?:,|and|&|/)\s*{sex_age})*\s+"
            + _alternation(compound_heads) + r"(?![\w-])",
            re.IGNORECASE,
        )
    return _Cues(
        dimension=dimension,
        names=names,
        strong=re.compile(
            rf"(?<![\w-]){strong}{link}\s*:?\s*{_ARTICLE}(?P<list>{listing})", re.IGNORECASE
        ),
        weak=re.compile(
            rf"(?<![\w-]){weak}\s+{_ARTICLE}(?P<list>{listing})"
            rf"(?=\s*(?:$|[,;:.)\]]|\(|{followers}(?![\w-])))",
            re.IGNORECASE,
        ),
        compound=compound,
        sex_phrases=tuple(
            re.compile(str(p), re.IGNORECASE) for p in data.get("sex_phrases") or ()
        ),
    )


@lru_cache(maxsize=1)
def _sex_pairs() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Slash pairs ("M/F", "H/F", "H/M", "women/men", "F/M") and parenthesised sex words
    ("(women and men)", "(female/male)", "(mujeres y hombres)") of every language."""
    words = set()
    for language in LANGUAGES:
        lex = lexicon(language)
        words |= {w for w in lex.sex_words if "'" not in w}
    word = _alternation(words)
    letter = r"[MFHW]"
    slash = re.compile(
        rf"(?<![\w/])(?:(?P<a>{letter})\s*/\s*(?P<b>{letter})(?:\s*/\s*\w{{1,5}})?"
        rf"|{word}\s*/\s*{word})(?![\w/])",
        re.IGNORECASE,
    )
    joiners = r"(?:\s*(?:,|/|&|\s(?:and|or|et|ou|y|o|e|u)\s)\s*)"
    paren = re.compile(rf"\(\s*{word}(?:{joiners}{word})*\s*\)", re.IGNORECASE)
    return slash, paren


def breakdowns(text: str) -> tuple[str, ...]:
    """The breakdowns an indicator's text asks for explicitly, in report order.

    Cues of every language are tried: they do not clash, and indicators are sometimes quoted
    in another language than the proposal's. A cue that is the topic of the indicator rather
    than its breakdown ("officials trained to collect sex-disaggregated data") is ignored.
    """
    found: set[str] = set()
    for language in LANGUAGES:
        cues = _cues(language)
        for pattern in (cues.strong, cues.weak):
            for match in pattern.finditer(text):
                if not _about_data(text, match.start(), match.end()):
                    found |= _dimensions_in(match.group("list"), cues)
        if cues.compound is not None:
            for match in cues.compound.finditer(text):
                if not _about_data(text, match.start(), match.end()):
                    words = re.sub(r"[-‐‑]", " ", match.group())
                    found |= _dimensions_in(words, cues) & {"sex", "age", "disability"}
        for acronym, dims in lexicon(language).acronyms.items():
            for match in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text):
                if not _about_data(text, match.start(), match.end(), acronym=True):
                    found |= set(dims)
        if any(p.search(text) for p in cues.sex_phrases):
            found.add("sex")
    slash, paren = _sex_pairs()
    for match in slash.finditer(text):
        a, b = match.group("a"), match.group("b")
        if a is None or (a.upper() != b.upper() and {a.upper(), b.upper()} != {"F", "W"}):
            found.add("sex")
    if paren.search(text):
        found.add("sex")
    return order_dimensions(found)


def _dimensions_in(text: str, cues: _Cues) -> set[str]:
    """Which breakdown dimensions a list of breakdowns names."""
    return {cues.names.get(_fold(m.group()), "") for m in cues.dimension.finditer(text)} - {""}


def cell_breakdowns(text: str) -> tuple[str, ...]:
    """The breakdowns named in a table cell of a "Disaggregation" column ("Sex, age", "M/F")."""
    found: set[str] = set(breakdowns(text))
    for language in LANGUAGES:
        found |= _dimensions_in(text, _cues(language))
    return order_dimensions(found)


_WORD = re.compile(r"[\w'’-]+")


def _about_data(text: str, start: int, end: int, acronym: bool = False) -> bool:
    """Whether a breakdown cue describes data the indicator is about rather than the
    indicator's own breakdown: a data word next to it ("sex-disaggregated *data*", "*données*
    ventilées par sexe") preceded by a topic word ("trained *on*", "*collect*")."""
    before = _WORD.findall(text[max(0, start - 60) : start])
    after = _WORD.findall(text[end : end + 20])
    data_words = set().union(*(lexicon(lang).data_words for lang in LANGUAGES))
    topic_words = set().union(*(lexicon(lang).topic_words for lang in LANGUAGES))
    if acronym or after and _fold(after[0]) in data_words:
        phrase_start = len(before)
    elif before and _fold(before[-1]) in data_words:
        phrase_start = len(before) - 1
    else:
        return False
    preceding = [_fold(w) for w in before[max(0, phrase_start - 2) : phrase_start]]
    return any(word in topic_words for word in preceding)


# =============================================================================================
# Extraction
# =============================================================================================


@dataclass(frozen=True)
class Span:
    """Where one indicator's text is: block index and offsets in the block's text, plus any
    breakdown given for it elsewhere (a "Disaggregation" column of the same table row).

    ``more`` holds ``(block, start, end)`` continuations when a reader split one indicator
    over several blocks (a PDF cell broken at a line or page end).
    """

    block: int
    start: int
    end: int
    extra: tuple[str, ...] = ()
    more: tuple[tuple[int, int, int], ...] = ()

    def raw_text(self, blocks: Sequence[Block]) -> str:
        """The indicator's text as written, continuations joined with a space."""
        pieces = [(self.block, self.start, self.end), *self.more]
        return " ".join(blocks[b].text[s:e] for b, s, e in pieces)


def _indicator_word() -> str:
    return _alternation(_structure_words("indicator_words"))


@lru_cache(maxsize=1)
def _label_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(labelled line, bare label, heading label) patterns in every language."""
    word = _indicator_word()
    qualifier = _alternation(_structure_words("qualifiers"))
    number = (
        r"(?:n[°ºo]\.?\s*)?(?:[A-Za-z]{0,4}[\s-]?)?\d+(?:[.\-]\d+)*[a-z]?\.?"
        r"|[A-Z]\b|[ivxIVX]{1,4}\b"
    )
    paren = r"\([^()]{0,40}\)"
    item = rf"(?:{qualifier}|{number}|{paren})"
    markup = r"(?:\*\*|__|\*|_)?"
    head = rf"^\s*{markup}\s*(?:{item}\s+){{0,4}}{word}\.?(?:\s+{item}){{0,4}}?\s*{markup}"
    labelled = re.compile(
        rf"{head}\s*(?:[:：]|\s[–—-](?=\s)|(?<=\d)(?=\s+[A-ZÀ-Ý%#]))\s*{markup}\s*",
        re.IGNORECASE,
    )
    numbering = r"(?:\d+(?:\.\d+)*\.?|[IVX]+\.|[A-H]\.)\s+"
    heading = re.compile(
        rf"^\s*(?:{numbering})?(?:{qualifier}\s+){{0,4}}{word}(?:\s+{qualifier}){{0,4}}\s*[:：]?\s*$",
        re.IGNORECASE,
    )
    bare = re.compile(rf"(?<![\w-]){word}(?![\w-])", re.IGNORECASE)
    return labelled, bare, heading


@lru_cache(maxsize=1)
def _field_pattern() -> re.Pattern[str]:
    """A field that follows an indicator on its line ("Baseline: 0", "; Cible : 500")."""
    labels = _alternation(_structure_words("field_labels"))
    return re.compile(
        rf"(?:^|[\s.;,(–—-])\s*{labels}(?:\s*\([^()]{{0,30}}\))?\s*[:：=]", re.IGNORECASE
    )


@lru_cache(maxsize=1)
def _result_pattern() -> re.Pattern[str]:
    """A result statement or table sub-header ("Outcome 1: ...", "R2 (suite)", "Impact")."""
    labels = _alternation(_structure_words("result_labels"))
    return re.compile(
        rf"^\s*(?:\*\*)?\s*(?:{labels})\b\s*(?:n[°º]\s*)?[\w.]{{0,6}}\s*(?:\([^()]*\))?\s*"
        rf"(?:[:：.–—-]|$)|^\s*R\d+(?:\.\d+)*\s*(?:[:：.–—-]|\(|$)",
        re.IGNORECASE,
    )


_LEAD = re.compile(
    r"^(?:\s+|\*\*|__|[-*•–▪◦●■‣➢►·]\s+|o\s+(?=[A-ZÀ-Ý%#])"
    r"|(?:\d{1,2}(?:\.\d{1,2}){0,3}|[a-z]|[ivx]{1,4})[.)]\s+(?=[A-ZÀ-Ý%#¿])"
    r"|\d{1,2}(?:\.\d{1,2}){1,3}\s+(?=[A-ZÀ-Ý%#¿])"
    r"|\(\s*(?:\d{1,2}|[a-z])\s*\)\s+)"
)
_TRAIL = re.compile(r"(?:\s|\*\*|__|[.;:,])+$")
_BREAK = re.compile(r"<br\s*/?>|\n", re.IGNORECASE)


def clean(text: str, start: int, end: int, strip_label: bool = True) -> tuple[int, int] | None:
    """Offsets of an indicator inside ``text[start:end]``: leading space, list marker,
    numbering, label and markup removed, a following field ("Target: 500") and trailing
    punctuation cut. None when nothing that reads like an indicator is left."""
    labelled = _label_patterns()[0]
    while strip_label:
        segment = text[start:end]
        match = _LEAD.match(segment) or labelled.match(segment)
        if not match or match.end() == 0:
            break
        start += match.end()
    field_match = _field_pattern().search(text, start, end)
    if field_match is not None:
        end = field_match.start()
    trail = _TRAIL.search(text, start, end)
    if trail is not None:
        end = trail.start()
    segment = text[start:end]
    words = re.findall(r"[^\W\d_]{2,}", segment)
    if not words or _fold(segment) in EMPTY_CELLS:
        return None
    return start, end


def display_text(text: str) -> str:
    """The indicator as reported: markup removed and whitespace collapsed."""
    text = _BREAK.sub(" ", text).replace("**", "").replace("__", "")
    return " ".join(text.split())


def _parts(text: str) -> Iterator[tuple[int, int]]:
    """The paragraphs of a cell's text that a reader left joined (``<br>`` or new lines)."""
    start = 0
    for match in _BREAK.finditer(text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def _spans_of(index: int, text: str, extra: tuple[str, ...] = ()) -> list[Span]:
    """Every indicator in one block's text (one per paragraph part)."""
    spans = []
    for start, end in _parts(text):
        cleaned = clean(text, start, end)
        if cleaned is not None:
            spans.append(Span(index, cleaned[0], cleaned[1], extra))
    return spans


def is_indicator_header(text: str) -> bool:
    """Whether a column header names the indicator column ("Indicators", "Key indicators",
    "Indicateurs objectivement vérifiables", "Indicador(es)") — not "Baseline" or "Means of
    verification" even if they mention indicators."""
    folded = _fold(display_text(text))
    _, bare, _ = _label_patterns()
    if re.search(r"\d", folded):  # "Indicator 1.1" labels a row; a header has no number
        return False
    if not bare.search(folded) and not re.search(r"indica(?:tor|teur|dor)\(", folded):
        return False
    words = set(re.findall(r"[^\W\d_]+", folded))
    return not words & _structure_words("not_indicator_headers")


def _is_disaggregation_header(text: str) -> bool:
    folded = _fold(display_text(text))
    return any(word in folded for word in _structure_words("disaggregation_headers"))


@dataclass
class _Table:
    """The table cells of one table, and which columns hold indicators and breakdowns."""

    cells: list[int] = field(default_factory=list)
    indicator_cols: set[int] = field(default_factory=set)
    breakdown_cols: set[int] = field(default_factory=set)
    header_rows: set[int] = field(default_factory=set)


def _tables(blocks: Sequence[Block]) -> dict[int, _Table]:
    """Tables by number, with their indicator and breakdown columns found from the headers."""
    tables: dict[int, _Table] = {}
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.TABLE_CELL and block.location.table is not None:
            tables.setdefault(block.location.table, _Table()).cells.append(index)
    for table in tables.values():
        _find_columns(blocks, table)
    return tables


def _find_columns(blocks: Sequence[Block], table: _Table) -> None:
    """Find the indicator (and breakdown) columns of a table from ``header`` or header rows."""
    for index in table.cells:
        block = blocks[index]
        if block.header:
            if is_indicator_header(block.header):
                table.indicator_cols.add(block.location.col or 0)
            elif _is_disaggregation_header(block.header):
                table.breakdown_cols.add(block.location.col or 0)
            if _fold(block.text) == _fold(block.header):
                table.header_rows.add(block.location.row or 0)
    if table.indicator_cols:
        return
    rows = sorted({blocks[i].location.row or 0 for i in table.cells})[:2]
    for row in rows:
        in_row = [i for i in table.cells if (blocks[i].location.row or 0) == row]
        cols = {blocks[i].location.col or 0 for i in in_row if is_indicator_header(blocks[i].text)}
        if cols:
            table.indicator_cols |= cols
            table.header_rows.add(row)
            table.breakdown_cols |= {
                blocks[i].location.col or 0
                for i in in_row
                if _is_disaggregation_header(blocks[i].text)
            }
            return


def _row_cells(blocks: Sequence[Block], table: _Table, row: int) -> list[int]:
    return [i for i in table.cells if (blocks[i].location.row or 0) == row]


def _table_spans(blocks: Sequence[Block], table: _Table) -> dict[int, list[Span]]:
    """Indicator spans of one table, by the block index where each starts."""
    found: dict[int, list[Span]] = {}
    pieces: list[tuple[int, int, int, tuple[str, ...]]] = []
    for index in table.cells:
        block = blocks[index]
        row, col = block.location.row or 0, block.location.col or 0
        if row in table.header_rows or (block.header and _fold(block.text) == _fold(block.header)):
            continue
        row_cells = _row_cells(blocks, table, row)
        if col in table.indicator_cols:
            if not _is_sub_header(blocks, block, row_cells):
                extra = _row_breakdowns(blocks, table, row_cells)
                pieces += [(index, s, e, extra) for s, e in _cell_pieces(block.text)]
        elif not table.indicator_cols and _is_row_label(block.text):
            for other in row_cells:
                if blocks[other].location.col == col + 1:
                    found[other] = _spans_of(other, blocks[other].text)
    for span in _join_pieces(blocks, pieces):
        found.setdefault(span.block, []).append(span)
    return found


def _is_sub_header(blocks: Sequence[Block], block: Block, row_cells: list[int]) -> bool:
    """A row that heads a group of rows ("Outcome 1: ...") rather than holding an indicator:
    its indicator cell states a result, or repeats another cell of the row (a merged cell)."""
    if _result_pattern().match(block.text) and not _label_patterns()[0].match(block.text):
        return True
    col = block.location.col
    others = {_fold(blocks[i].text) for i in row_cells if blocks[i].location.col != col}
    return _fold(block.text) in others


def _cell_pieces(text: str) -> list[tuple[int, int]]:
    """The paragraphs of a cell: parts a reader left joined by ``<br>`` or new lines, and
    indicators run together on one line ("... in fire safety Number of volunteers ...")."""
    pieces = []
    for start, end in _parts(text):
        cuts = [m.start() for m in _restart_pattern().finditer(text, start, end)]
        if cuts and _title_case(text[start:end]):
            cuts = []
        bounds = [start, *cuts, end]
        pieces += [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if text[a:b].strip()]
    return pieces


@lru_cache(maxsize=1)
def _restart_pattern() -> re.Pattern[str]:
    """Where a new indicator starts inside a run of text: a capitalised start word ("Number",
    "Nombre", "Porcentaje", ...) followed by a lower-case word, after a word or punctuation."""
    starts = _alternation(_structure_words("starts"))
    return re.compile(
        rf"(?<=[\w)%.;,])\s+(?=(?-i:[A-ZÀ-Ý%#])(?i:{starts})\s+[a-zà-ÿ(])", re.IGNORECASE
    )


def _title_case(text: str) -> bool:
    """Whether text is written in Title Case (where capitals do not start sentences)."""
    words = [w for w in re.findall(r"[^\W\d_]{4,}", text)]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _continues(text: str) -> bool:
    """Whether a piece of a cell continues the previous one: it starts with a lower-case word
    that does not start an indicator ("obtain skills ...", "desagregado por sexo ...")."""
    stripped = text.lstrip(" *_")
    if not stripped[:1].isalpha() or not stripped[:1].islower():
        return False
    first = _fold(re.split(r"[\s(]", stripped, maxsplit=1)[0])
    return first not in _structure_words("starts")


def _join_pieces(
    blocks: Sequence[Block], pieces: list[tuple[int, int, int, tuple[str, ...]]]
) -> list[Span]:
    """Spans from cell pieces, a continuation in another block joined to the piece before."""
    spans: list[Span] = []
    previous_block = None
    for block, start, end, extra in pieces:
        text = blocks[block].text
        if spans and block != previous_block and _continues(text[start:end]):
            last = spans[-1]
            cut = clean(text, start, end, strip_label=False)
            if cut is not None:
                spans[-1] = replace(last, more=(*last.more, (block, *cut)))
            previous_block = block
            continue
        cleaned = clean(text, start, end)
        if cleaned is not None:
            spans.append(Span(block, cleaned[0], cleaned[1], extra))
        previous_block = block
    return spans


def _row_breakdowns(
    blocks: Sequence[Block], table: _Table, row_cells: list[int]
) -> tuple[str, ...]:
    """Breakdowns named in the row's "Disaggregation" column, if the table has one."""
    dims: set[str] = set()
    for index in row_cells:
        col, text = blocks[index].location.col or 0, blocks[index].text
        if col in table.breakdown_cols:
            dims |= set(cell_breakdowns(text))
        elif col not in table.indicator_cols and _sex_values().search(text):
            dims.add("sex")
    return order_dimensions(dims)


@lru_cache(maxsize=1)
def _sex_values() -> re.Pattern[str]:
    """A baseline or target given per sex in the same row ("Women: 0", "F = 120", "H : 40")."""
    words = set()
    for language in LANGUAGES:
        words |= {w for w in lexicon(language).sex_words if "'" not in w}
    label = _alternation(words | {"f", "m", "h", "w"})
    return re.compile(rf"(?<![\w-]){label}\s*[:=]\s*\d", re.IGNORECASE)


def _is_row_label(text: str) -> bool:
    """A cell that only labels the next one: "Indicator 1.1", "Indicateur :"."""
    labelled = _label_patterns()[0]
    match = labelled.match(text + " X") if not text.rstrip().endswith(":") else None
    stripped = display_text(text).rstrip(" :：")
    heading = _label_patterns()[2]
    return bool(heading.match(stripped)) or bool(match and match.end() >= len(text))


def is_label(block: Block) -> bool:
    """A block that introduces a list of indicators: "Indicators:", "Indicateurs :", a heading
    "Output indicators", or a sentence ending with a colon whose last sentence names indicators
    ("The following indicators will be tracked:")."""
    text = display_text(block.text).strip()
    _, bare, heading = _label_patterns()
    if block.kind is BlockKind.HEADING:
        return bool(heading.match(text))
    if not text.endswith((":", "：")):
        return False
    last = re.split(r"(?<=[.!?])\s+", text)[-1]
    return bool(bare.search(last))


def _reads_as_indicator(text: str) -> bool:
    """Whether text starts like an indicator ("Number of ...", "% of ...", "Nombre de ..."),
    for a labelled line that a reader took for a heading ("Indicator 2: Number of ...")."""
    match = re.match(r"\W*?([%#]|[^\W\d_]+)", text)
    if not match:
        return False
    first = _fold(match.group(1))
    return first in ("%", "#") or first in _structure_words("starts") or any(
        first in lexicon(language).transparent for language in LANGUAGES
    )


def _labelled_indicator(block: Block, labelled: re.Pattern[str]) -> bool:
    """Whether a block is a labelled indicator line ("Indicator 1.1: ...") with content."""
    match = labelled.match(block.text)
    if not match or clean(block.text, 0, len(block.text)) is None:
        return False
    return block.kind is not BlockKind.HEADING or _reads_as_indicator(block.text[match.end() :])


def extract(blocks: Sequence[Block]) -> list[Span]:
    """Every indicator of a document, in document order."""
    tables = _tables(blocks)
    table_spans: dict[int, list[Span]] = {}
    for table in tables.values():
        table_spans.update(_table_spans(blocks, table))
    labelled = _label_patterns()[0]
    spans: list[Span] = []
    scope: int | None = None  # list level above which items are indicators; None = no scope
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.TABLE_CELL:
            spans += table_spans.get(index, [])
            scope = None
            continue
        in_scope = (
            scope is not None and block.kind is BlockKind.LIST_ITEM and block.level > scope
        )
        if not in_scope:
            scope = None
        if _labelled_indicator(block, labelled):
            spans += _spans_of(index, block.text)
            continue
        if is_label(block):
            scope = block.level if block.kind is BlockKind.LIST_ITEM else 0
            continue
        if in_scope:
            spans += _spans_of(index, block.text)
    return spans


# =============================================================================================
# Indicators of a document
# =============================================================================================


@dataclass(frozen=True)
class Indicator:
    """One indicator: where it is, its text as written, and what it measures."""

    block: int
    start: int
    end: int
    text: str
    language: str
    people: bool
    disaggregated_by: tuple[str, ...]
    location: Location
    reason: str = ""

    @property
    def by_sex(self) -> bool:
        return "sex" in self.disaggregated_by

    def to_dict(self) -> dict[str, Any]:
        """The JSON ``indicators[]`` entry."""
        return {
            "text": self.text,
            "people": self.people,
            "disaggregated_by": list(self.disaggregated_by),
            "location": self.location.to_dict(),
        }


def find(analysis: Analysis) -> list[Indicator]:
    """Extract and classify every indicator of ``analysis``'s document."""
    blocks = analysis.blocks
    spans = extract(blocks)
    if not spans:
        return []
    languages = analysis.block_languages
    titles = analysis.section_titles
    found = []
    for span in spans:
        block = blocks[span.block]
        raw = span.raw_text(blocks)
        language = indicator_language(display_text(raw), languages[span.block])
        verdict = classify(display_text(raw), language, span.extra)
        location = replace(
            block.span_location(span.start, span.end),
            path=analysis.document.path,
            section=titles[span.block],
        )
        found.append(
            Indicator(
                block=span.block,
                start=span.start,
                end=span.end,
                text=display_text(raw),
                language=language,
                people=verdict.people,
                disaggregated_by=verdict.disaggregated_by,
                location=location,
                reason=verdict.reason,
            )
        )
    return found


def indicator_language(text: str, default: str) -> str:
    """The language of an indicator: the block's, unless its first word is a measure word of
    exactly one other language ("Nombre de ..." quoted in an English proposal)."""
    match = re.match(r"\W*([^\W\d_]+)", text)
    if not match:
        return default
    first = _fold(match.group(1))
    owners = [lang for lang in LANGUAGES if first in lexicon(lang).transparent]
    return owners[0] if len(owners) == 1 else default


def suggestion(language: str, missing: str) -> str:
    """The breakdown to add, in the indicator's language ("disaggregated by sex and age")."""
    return lexicon(language).suggestions.get(missing, "")
