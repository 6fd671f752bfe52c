"""Lexicons: the word lists of ``rules/lexicons/indicators-<lang>.yaml``, loaded once per language.

Also the small text helpers every other module compares and matches lexicon entries with
(:func:`fold`, :func:`alternation`) and the language-independent ``structure`` lists.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from pat_lint.datafiles import data_dir, load_yaml
from pat_lint.model import LANGUAGES


def _words(values: Iterable[Any]) -> frozenset[str]:
    """Lower-cased entries of a YAML list, typographic apostrophes made straight."""
    words = set()
    for value in values or ():
        if isinstance(value, bool):  # YAML 1.1 reads a bare on/off/no/yes as a boolean
            raise ValueError(f'lexicon entry {value!r} must be quoted ("on", "no")')
        words.add(fold(str(value)))
    return frozenset(words)


def fold(text: str) -> str:
    """Lower case with straight apostrophes and single spaces, for lexicon comparisons."""
    return " ".join(text.replace("’", "'").lower().split())


def alternation(terms: Iterable[str]) -> str:
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
    person_measures: frozenset[str]
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
    epicene: frozenset[str]
    data_words: frozenset[str]
    topic_words: frozenset[str]
    structure: dict[str, Any]
    disaggregation: dict[str, Any]
    suggestions: dict[str, str]
    acronyms: dict[str, list[str]]
    frame: dict[str, Any]
    per_words: frozenset[str]
    money_words: frozenset[str]
    adjectives: frozenset[str]
    male_when_paired: frozenset[str]
    statement: dict[str, Any]

    @property
    def sex_words(self) -> frozenset[str]:
        return self.female | self.male

    def known(self, word: str) -> bool:
        """Whether ``word`` (a lower-case form) is a noun of any list."""
        return (
            word in self.person
            or word in self.non_person
            or word in self.transparent
            or word in self.person_measures
        )


@cache
def lexicon(language: str) -> Lexicon:
    """The lexicon of ``language`` (en, fr or es; anything else falls back to English)."""
    language = language if language in LANGUAGES else "en"
    data = load_yaml(data_dir("rules") / "lexicons" / f"indicators-{language}.yaml") or {}
    cues = data.get("person_cues") or {}
    return Lexicon(
        language=language,
        person=_words(data.get("person")),
        non_person=_words(data.get("non_person")),
        transparent=_words(data.get("transparent")),
        person_measures=_words(data.get("person_measures")),
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
        feminine_endings=tuple((str(a), str(b)) for a, b in data.get("feminine_endings") or ()),
        epicene=_words(data.get("epicene")),
        data_words=_words(data.get("data_words")),
        topic_words=_words(data.get("topic_words")),
        structure=data.get("structure") or {},
        disaggregation=data.get("disaggregation") or {},
        suggestions={str(k): str(v) for k, v in (data.get("suggestions") or {}).items()},
        acronyms={str(k): list(v) for k, v in (data.get("acronyms") or {}).items()},
        frame=data.get("frame") or {},
        per_words=_words(data.get("per_words")),
        money_words=_words(data.get("money_words")),
        adjectives=_words(data.get("adjectives")),
        male_when_paired=_words(data.get("male_when_paired")),
        statement=data.get("statement") or {},
    )


def structure_words(key: str) -> frozenset[str]:
    """A ``structure`` list of every language together (labels are read in any language)."""
    return frozenset(
        word for language in LANGUAGES for word in _words(lexicon(language).structure.get(key))
    )
