"""Finding the entries of a term list in a spaCy Doc, built once per language.

- a :class:`~spacy.matcher.PhraseMatcher` on ``LOWER`` finds every listed form whatever its case;
- for English, a second one runs on a parallel *lemma doc* (each token replaced by its
  lower-case lemma), so that inflections of a base form match without listing them ("illegal
  migrant" finds "Illegal migrants"); only forms that are their own lemma take part, so
  "manned" (lemma "man") can never make every "man" a finding. French and Spanish lemma tables
  also map feminine to masculine ("ministra" → "ministro", "migrante illégale" → "migrant
  illégal"), which would turn "la ministra" into "la ministro": their lists spell out every
  form instead;
- a :class:`~spacy.matcher.Matcher` covers hyphen, dash, slash, space and closed variants of
  hyphenated forms ("man-made", "man–made", "man made", "manmade"), whichever way the language's
  tokenizer splits them;
- entries marked ``case_sensitive`` are matched on ``ORTH`` only ("l'Homme" for humanity).

Matching works on tokens, so it is whole-word by construction: "manageable", "Manchester",
"humanity", "chairperson" and "woman" never contain a match for "man".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from pat_lint.analysis.nlp import lemma, pipeline
from pat_lint.analysis.terms.lists import Term, TermList, load_terms
from pat_lint.analysis.terms.tokens import stop_words

if TYPE_CHECKING:
    from spacy.tokens import Doc

DASHES = ("-", "‐", "‑", "–", "—", "/")
#: Runs of letters: the words a variant pattern's first word is looked for among.
_LETTERS = re.compile(r"[^\W\d_]+")
#: Languages matched by lemma as well as by form (see the module docstring).
LEMMA_LANGUAGES = frozenset({"en"})
_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")


@dataclass(frozen=True)
class TermMatch:
    """A term found in a Doc: token span ``[start, end)``."""

    term: Term
    start: int
    end: int


@lru_cache(maxsize=1 << 15)
def lemma_key(token_text: str, language: str) -> str:
    """What a token is compared on in the lemma doc: function words as written (lower case),
    content words by lemma, dashes unified."""
    lower = token_text.lower().replace("’", "'")
    if lower in stop_words(language) or not any(ch.isalpha() for ch in lower):
        return "-" if lower in DASHES else lower
    return lemma(lower, language)


def lemma_doc(doc: Doc, language: str, words: list[str] | None = None) -> Doc:
    """A Doc with the same tokens as ``doc`` whose texts are the tokens' :func:`lemma_key`
    (``words``, when the caller has them already)."""
    from spacy.tokens import Doc as SpacyDoc

    if words is None:
        words = lemma_words(doc, language)
    return SpacyDoc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])


def lemma_words(doc: Doc, language: str) -> list[str]:
    """Each token's :func:`lemma_key` (its text when the key is empty)."""
    return [lemma_key(t.text, language) or t.text for t in doc]


def dash_variants(form: str) -> list[str]:
    """Other spellings of a hyphenated form: other dashes, a slash, closed up ("man–made",
    "homme/jour", "manmade").

    A space is not one of them: "one-man" is a term, "one man" is a count. Spaced spellings
    that are terms are listed in the term lists themselves ("man made").
    """
    if not _HYPHEN.search(form):
        return []
    parts = _HYPHEN.split(form)
    variants = [joiner.join(parts) for joiner in (*DASHES[1:], "")]
    return [v for v in variants if v != form]


class TermMatcher:
    """Every term of one language, compiled into spaCy matchers (built once per language)."""

    def __init__(self, terms: TermList) -> None:
        from spacy.matcher import Matcher, PhraseMatcher

        self.language = terms.language
        self.terms = terms.terms
        nlp = pipeline(terms.language)
        self._nlp = nlp
        self._lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._lemma = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._variants = Matcher(nlp.vocab)
        # the first word of every dash-variant pattern (lower case) and of every lemma
        # pattern: a block with none of them cannot match those matchers, which cost more
        # than the others (a token matcher, and a lemma doc to build)
        self._variant_firsts: set[str] = set()
        self._lemma_firsts: set[str] = set()
        self._keys: dict[str, Term] = {}
        for index, term in enumerate(terms.terms):
            key = f"{terms.language}:{index}"
            self._keys[key] = term
            self._add(key, term)

    def _add(self, key: str, term: Term) -> None:
        """Compile one entry into the matchers."""
        make = self._nlp.make_doc
        forms = [f for form in term.forms for f in (form, _straight(form)) if f]
        forms = list(dict.fromkeys(forms))
        if term.case_sensitive:
            self._exact.add(key, [make(f) for f in forms])
            self._add_variants(key, forms, "ORTH")
            return
        self._lower.add(key, [make(f) for f in forms])
        self._add_variants(key, forms, "LOWER")
        base = [f for f in forms if self._is_base_form(f)]
        if base and self.language in LEMMA_LANGUAGES:
            patterns = [self._lemma_pattern(f) for f in base]
            self._lemma.add(key, patterns)
            self._lemma_firsts.update(p[0].text for p in patterns if len(p))

    def _add_variants(self, key: str, forms: list[str], attr: str) -> None:
        """Dash, slash and closed spellings of hyphenated forms, however they are tokenized."""
        variants = [v for form in forms for v in dash_variants(form)]
        if variants:
            matcher = self._exact if attr == "ORTH" else self._lower
            matcher.add(key, [self._nlp.make_doc(v) for v in variants])
        patterns = [p for p in (self._dash_pattern(form, attr) for form in forms) if p]
        if patterns:
            self._variants.add(key, patterns)
            self._variant_firsts.update(str(p[0][attr]).lower() for p in patterns)

    def _dash_pattern(self, form: str, attr: str) -> list[dict[str, Any]] | None:
        """A token pattern for a hyphenated form written with a free-standing dash of any kind
        ("homme - jour", "man – made"), where the tokenizer splits the dash off."""
        parts = _HYPHEN.split(form)
        if len(parts) < 2:
            return None
        pattern: list[dict[str, Any]] = []
        for number, part in enumerate(parts):
            if number:
                pattern.append({"ORTH": {"IN": list(DASHES)}})
            for token in self._nlp.make_doc(part):
                pattern.append({attr: token.text if attr == "ORTH" else token.lower_})
        return pattern

    def _is_base_form(self, form: str) -> bool:
        """Whether every content word of ``form`` is its own lemma (safe to match by lemma)."""
        doc = self._nlp.make_doc(form)
        content = [t for t in doc if t.is_alpha and t.lower_ not in stop_words(self.language)]
        if not content:
            return False
        return all(lemma_key(t.text, self.language) == t.lower_ for t in content)

    def _lemma_pattern(self, form: str) -> Doc:
        return lemma_doc(self._nlp.make_doc(form), self.language)

    def find(self, doc: Doc) -> list[TermMatch]:
        """Every term occurrence in ``doc``, longest first where matches overlap."""
        found: list[tuple[str, int, int]] = []
        variants = self._may_vary(doc)
        for matcher in (self._lower, self._exact, *((self._variants,) if variants else ())):
            if len(matcher):
                found += [(self._key(doc, m), s, e) for m, s, e in matcher(doc)]
        if len(self._lemma):
            words = lemma_words(doc, self.language)
            if not self._lemma_firsts.isdisjoint(words):
                lemmas = lemma_doc(doc, self.language, words)
                found += [(self._key(doc, m), s, e) for m, s, e in self._lemma(lemmas)]
        found.sort(key=lambda item: (-(item[2] - item[1]), item[1]))
        taken: set[int] = set()
        matches: list[TermMatch] = []
        for key, start, end in found:
            if taken.intersection(range(start, end)):
                continue
            taken.update(range(start, end))
            matches.append(TermMatch(self._keys[key], start, end))
        return sorted(matches, key=lambda m: m.start)

    def _may_vary(self, doc: Doc) -> bool:
        """Whether the dash-variant matcher (a token matcher: most of the time of a search) can
        match ``doc``: it holds a dash and, as a word, the first word of a variant pattern."""
        text = doc.text
        if not self._variant_firsts or not any(dash in text for dash in DASHES):
            return False
        return not self._variant_firsts.isdisjoint(_LETTERS.findall(text.lower()))

    @staticmethod
    def _key(doc: Doc, match_id: int) -> str:
        return doc.vocab.strings[match_id]


def _straight(form: str) -> str:
    """The form with typographic apostrophes straightened (or the reverse)."""
    if "’" in form:
        return form.replace("’", "'")
    return form.replace("'", "’") if "'" in form else ""


@cache
def matcher(language: str) -> TermMatcher:
    """The compiled matcher of ``language`` (built once per process)."""
    return TermMatcher(load_terms(language))


def highlight_span(doc: Doc, match: TermMatch) -> tuple[int, int]:
    """The tokens to report for a match: the entry's ``highlight`` sub-phrase when present."""
    span = [t.lower_.replace("’", "'") for t in doc[match.start : match.end]]
    for phrase in match.term.highlight:
        wanted = list(_phrase_words(match.term.language, phrase))
        for offset in range(len(span) - len(wanted) + 1):
            if span[offset : offset + len(wanted)] == wanted:
                return match.start + offset, match.start + offset + len(wanted)
    return match.start, match.end


@cache
def _phrase_words(language: str, phrase: str) -> tuple[str, ...]:
    """The lower-case tokens of a phrase, apostrophes straightened."""
    return tuple(t.lower_.replace("’", "'") for t in pipeline(language).make_doc(phrase))
