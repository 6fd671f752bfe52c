"""Cues: the one matcher for word lists (GS, GM, SD and GT lists), and its syntax.

A word list is a YAML list of entries; an entry is one or more words matched in sequence on
consecutive words of a text, each on its lower-case surface form or its spaCy lookup lemma:

- ``word``: the word or any form whose lemma it is (``woman`` matches "women");
- ``word*``: words starting with ``word`` (surface form or lemma): ``discriminat*``;
- ``*ending``: words ending with ``ending`` (surface form only): ``*ization``;
- ``<num>``: a number; ``%``: a per cent sign;
- hyphens, apostrophes and other punctuation separate words, in entries as in the text
  ("women-only" is two words, "droits de l'homme" four, "(M/F)" is "m f").

A text is read as words with their lemmas (:func:`tokenize`); a :class:`Cue` is one compiled
entry and a :class:`CueSet` a whole list, indexed so that matching stays fast. Matching works on
whole words: "manageable" never contains "man". A list can also be asked whether it holds one
word or phrase (``"women" in cues``), and turned into a regular-expression alternation
(:func:`pattern`) where the SD rules embed it in a larger pattern ("of which N are <women>");
both read the same syntax.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

#: A word of the text: (lower-case surface form, lower-case lemma).
Word = tuple[str, str]

_WORD = re.compile(r"[^\W_]+|%")
_NUMBER = re.compile(r"\d+")


def tokenize(text: str, language: str) -> tuple[Word, ...]:
    """Words of ``text`` with their lemmas (spaCy lookup tables; loaded on first use)."""
    from pat_lint.analysis.nlp import lemma

    return tuple((word, lemma(word, language)) for word in _WORD.findall(text.lower()))


#: Big enough for the texts of one long document, which come back; 4096 held ~15 MiB per process
#: of other documents' texts, which rarely do.
@lru_cache(maxsize=1024)
def _located(text: str, language: str) -> tuple[tuple[Word, ...], tuple[tuple[int, int], ...]]:
    """Words of ``text`` with their lemmas (none when ``language`` is empty), and each word's
    character span in ``text``."""
    from pat_lint.analysis.nlp import lemma

    found = list(_WORD.finditer(text.lower()))
    if language:
        tokens = tuple((m.group(), lemma(m.group(), language)) for m in found)
    else:
        tokens = tuple((m.group(), m.group()) for m in found)
    return tokens, tuple(m.span() for m in found)


@dataclass(frozen=True)
class Cue:
    """One entry of a word list, matched on consecutive words of the text.

    Each part matches a word's surface form or lemma; ``word*`` matches words starting with
    ``word``, ``*ending`` words ending with ``ending`` (surface form only), ``<num>`` a number.
    Hyphens and apostrophes separate words, in cues as in the text ("women-only" is two words).
    """

    text: str
    parts: tuple[str, ...]

    @classmethod
    def parse(cls, text: str) -> Cue | None:
        """Compile a cue; None for an entry with no word in it."""
        parts = tuple(_cue_parts(text.lower()))
        return cls(text, parts) if parts else None

    def matches_at(self, tokens: Sequence[Word], start: int) -> bool:
        """Whether the cue matches the words from ``start`` on."""
        if start + len(self.parts) > len(tokens):
            return False
        return all(_part_matches(part, tokens[start + i]) for i, part in enumerate(self.parts))


def _cue_parts(text: str) -> list[str]:
    """The parts of a cue: words as the text tokenizer sees them, keeping ``*`` and ``<num>``."""
    return re.findall(r"<num>|\*?[^\W_]+\*?|%", text)


def _is_pattern(cue: Cue) -> bool:
    """Whether a cue matches more than the words written in it (``*``, ``<num>``)."""
    return any("*" in part or part == "<num>" for part in cue.parts)


def pattern(entries: Iterable[str]) -> str:
    """A regular-expression alternation of word-list entries, longest first, for lists that
    the SD rules embed in larger patterns: ``word*`` and ``*ending`` become word characters
    before or after, ``<num>`` a number; spaces match any white space and an apostrophe either
    apostrophe; anything else matches as written. Matches surface forms (no lemmas)."""
    parts = []
    for entry in sorted(set(entries), key=len, reverse=True):
        escaped = re.escape(entry).replace(r"\ ", r"\s+").replace("'", "['’]")
        escaped = escaped.replace("<num>", r"\d+")
        escaped = re.sub(r"(?<![\w\\])\\\*(?=\w)", r"[^\\W_]+", escaped)
        escaped = re.sub(r"(?<=\w)\\\*(?!\w)", r"[^\\W_]*", escaped)
        parts.append(escaped)
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


def _part_matches(part: str, token: Word) -> bool:
    surface, lemma = token
    if part == "<num>":
        return bool(_NUMBER.fullmatch(surface))
    if len(part) > 1 and part.endswith("*"):
        stem = part[:-1]
        return surface.startswith(stem) or lemma.startswith(stem)
    if len(part) > 1 and part.startswith("*"):
        return surface.endswith(part[1:]) and len(surface) > len(part)
    return part in (surface, lemma)


class _Words:
    """The words of one text as sets, for :meth:`CueSet._may_start`: their surface forms, forms
    and lemmas, and (when first asked) their first and last letters."""

    __slots__ = ("surfaces", "forms", "_starts", "_ends")

    def __init__(self, tokens: Sequence[Word]) -> None:
        self.surfaces = frozenset(surface for surface, _ in tokens)
        self.forms = self.surfaces.union(lemma for _, lemma in tokens)
        self._starts: dict[int, frozenset[str]] = {}
        self._ends: dict[int, frozenset[str]] = {}

    def starts(self, size: int) -> frozenset[str]:
        if size not in self._starts:
            self._starts[size] = frozenset(form[:size] for form in self.forms)
        return self._starts[size]

    def ends(self, size: int) -> frozenset[str]:
        if size not in self._ends:
            self._ends[size] = frozenset(surface[-size:] for surface in self.surfaces)
        return self._ends[size]


#: The last text's words: one text is asked of many lists in a row (a sentence of the gender
#: section of every cue list of the judgement). Only tuples, which cannot change, are kept;
#: the pair is replaced in one assignment.
_last_words: list[tuple[Any, _Words]] = [((), _Words(()))]


def _words_of(tokens: Sequence[Word]) -> _Words:
    kept_tokens, kept_words = _last_words[0]
    if type(tokens) is tuple and kept_tokens is tokens:
        return kept_words
    words = _Words(tokens)
    if type(tokens) is tuple:
        _last_words[0] = (tokens, words)
    return words


@dataclass
class _Index:
    """A word list's cues by how their first part is matched (see :attr:`CueSet._index`)."""

    exact: dict[str, list[Cue]] = field(default_factory=dict)  # first word → cues
    prefix: dict[str, list[Cue]] = field(default_factory=dict)  # first letters of "stem*"
    short: dict[str, list[Cue]] = field(default_factory=dict)  # first letter of a short "ab*"
    suffix: dict[str, list[Cue]] = field(default_factory=dict)  # last letters of "*ending"
    number: list[Cue] = field(default_factory=list)  # "<num>" first
    other: list[Cue] = field(default_factory=list)  # short "*ending"


class CueSet:
    """A compiled word list, indexed by how each cue starts so that matching stays fast.

    ``lemmas=False`` matches the words' surface forms only (a list written form by form, where
    "hold" must not find "held"). ``entries`` are the list's entries as written (lower case),
    also those without a word ("&", "/"), which only whole-entry lookups (``in``) and
    :func:`pattern` use.
    """

    PREFIX_KEY = 3
    SUFFIX_KEY = 3

    def __init__(self, entries: Iterable[str] = (), lemmas: bool = True) -> None:
        self.entries = frozenset(entry.lower() for entry in entries)
        self.lemmas = lemmas
        patterned = (e for e in self.entries if "*" in e or "<num>" in e)
        self._patterned = tuple(
            cue for cue in map(Cue.parse, patterned) if cue is not None and _is_pattern(cue)
        )

    @classmethod
    def of(cls, entries: Iterable[str], lemmas: bool = True) -> CueSet:
        return cls(entries, lemmas)

    @cached_property
    def cues(self) -> tuple[Cue, ...]:
        """The entries compiled (those with a word), in a stable order."""
        return tuple(cue for cue in map(Cue.parse, sorted(self.entries)) if cue is not None)

    @cached_property
    def _index(self) -> _Index:
        """The cues by what their first part needs of a word — its form, its first letters,
        its ending, a number — so that a word is tried only against cues it may start;
        compiled on first match, as most lists of a run are only asked whether they hold a
        word."""
        index = _Index()
        for cue in self.cues:
            first = cue.parts[0]
            if first == "<num>":
                index.number.append(cue)
            elif first.endswith("*") and len(first) > self.PREFIX_KEY:
                index.prefix.setdefault(first[: self.PREFIX_KEY], []).append(cue)
            elif first.endswith("*"):
                index.short.setdefault(first[0], []).append(cue)
            elif first.startswith("*") and len(first) > self.SUFFIX_KEY:
                index.suffix.setdefault(first[-self.SUFFIX_KEY :], []).append(cue)
            elif first.startswith("*"):
                index.other.append(cue)
            else:
                index.exact.setdefault(first, []).append(cue)
        return index

    def __contains__(self, phrase: object) -> bool:
        """Whether ``phrase`` (lower case) is one whole entry: written as listed, or matched
        whole by an entry with ``*`` or ``<num>`` ("*ista" holds "economista")."""
        if not isinstance(phrase, str):
            return False
        if phrase in self.entries:
            return True
        if not self._patterned:
            return False
        words = tuple((word, word) for word in _WORD.findall(phrase))
        return any(
            len(cue.parts) == len(words) and cue.matches_at(words, 0) for cue in self._patterned
        )

    def __iter__(self) -> Iterator[str]:
        """The entries as written (lower case)."""
        return iter(sorted(self.entries))

    def __len__(self) -> int:
        return len(self.entries)

    def __or__(self, other: CueSet) -> CueSet:
        """Both lists as one."""
        return CueSet(self.entries | other.entries, self.lemmas)

    def _starting(self, token: Word) -> list[Cue]:
        """The cues that may match from ``token`` on (a list: most words start none)."""
        index = self._index
        surface, lemma = token
        found: list[Cue] = []
        for key, table in ((surface, index.exact), (surface[: self.PREFIX_KEY], index.prefix)):
            if key in table:
                found += table[key]
        if lemma != surface:
            if lemma in index.exact:
                found += index.exact[lemma]
            key = lemma[: self.PREFIX_KEY]
            if key != surface[: self.PREFIX_KEY] and key in index.prefix:
                found += index.prefix[key]
        if index.short and surface:
            found += index.short.get(surface[0], ())
            if lemma and lemma[0] != surface[0]:
                found += index.short.get(lemma[0], ())
        if index.suffix:
            found += index.suffix.get(surface[-self.SUFFIX_KEY :], ())
        if index.number and surface.isdigit():
            found += index.number
        if index.other:
            found += index.other
        return found

    def _may_start(self, tokens: Sequence[Word]) -> bool:
        """Whether some word of ``tokens`` may start a cue (what :meth:`_starting` looks up,
        asked of all the words at once): most texts asked of most lists start none."""
        index = self._index
        if index.other:
            return True
        words = _words_of(tokens)
        if not index.exact.keys().isdisjoint(words.forms):
            return True
        if index.prefix and not index.prefix.keys().isdisjoint(words.starts(self.PREFIX_KEY)):
            return True
        if index.short and not index.short.keys().isdisjoint(words.starts(1)):
            return True
        if index.suffix and not index.suffix.keys().isdisjoint(words.ends(self.SUFFIX_KEY)):
            return True
        return bool(index.number) and any(surface.isdigit() for surface in words.surfaces)

    def spans(self, tokens: Sequence[Word]) -> list[tuple[int, int]]:
        """Word spans ``(start, end)`` where some cue matches."""
        if not self.lemmas:
            tokens = [(surface, surface) for surface, _ in tokens]
        if not self._may_start(tokens):
            return []
        return [
            (start, start + len(cue.parts))
            for start, token in enumerate(tokens)
            for cue in self._starting(token)
            if cue.matches_at(tokens, start)
        ]

    def has(self, surface: str, lemma: str | None = None) -> bool:
        """Whether a one-word cue matches this one word (lower-case form and lemma)."""
        word = (surface, surface if lemma is None or not self.lemmas else lemma)
        return any(
            len(cue.parts) == 1 and cue.matches_at((word,), 0) for cue in self._starting(word)
        )

    def find(self, text: str, language: str) -> list[tuple[int, int]]:
        """Character spans of ``text`` where some cue matches, in order, longest first at a
        position, overlapping matches dropped."""
        if not self.cues:
            return []
        tokens, offsets = _located(text, language if self.lemmas else "")
        found: list[tuple[int, int]] = []
        taken = -1
        for start, end in sorted(self.spans(tokens), key=lambda s: (s[0], -s[1])):
            if start > taken:
                found.append((offsets[start][0], offsets[end - 1][1]))
                taken = end - 1
        return found

    def first(self, text: str, language: str) -> str | None:
        """The first match in ``text``, as written there, or None."""
        found = self.find(text, language)
        return text[found[0][0] : found[0][1]] if found else None

    def strip(self, text: str, language: str) -> str:
        """``text`` with every match blanked out (replaced by one space)."""
        for start, end in reversed(self.find(text, language)):
            text = text[:start] + " " + text[end:]
        return text

    def any(self, tokens: Sequence[Word]) -> bool:
        """Whether any cue matches anywhere in ``tokens``."""
        if not self.lemmas:
            tokens = [(surface, surface) for surface, _ in tokens]
        if not self._may_start(tokens):
            return False
        return any(
            cue.matches_at(tokens, start)
            for start, token in enumerate(tokens)
            for cue in self._starting(token)
        )
