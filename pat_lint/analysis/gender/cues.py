"""Cues: the entries of a word list, compiled, and the words of a text they are matched on.

A text is read as words with their lemmas (:func:`tokenize`); a :class:`Cue` matches
consecutive words on their surface form or lemma, and a :class:`CueSet` is a whole list,
indexed so that matching stays fast.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

#: A word of the text: (lower-case surface form, lower-case lemma).
Token = tuple[str, str]

_WORD = re.compile(r"[^\W_]+|%")
_NUMBER = re.compile(r"\d+")


def tokenize(text: str, language: str) -> tuple[Token, ...]:
    """Words of ``text`` with their lemmas (spaCy lookup tables; loaded on first use)."""
    from pat_lint.analysis.nlp import lemma

    return tuple((word, lemma(word, language)) for word in _WORD.findall(text.lower()))


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

    def matches_at(self, tokens: Sequence[Token], start: int) -> bool:
        """Whether the cue matches the words from ``start`` on."""
        if start + len(self.parts) > len(tokens):
            return False
        return all(_part_matches(part, tokens[start + i]) for i, part in enumerate(self.parts))


def _cue_parts(text: str) -> list[str]:
    """The parts of a cue: words as the text tokenizer sees them, keeping ``*`` and ``<num>``."""
    return re.findall(r"<num>|\*?[^\W_]+\*?|%", text)


def _part_matches(part: str, token: Token) -> bool:
    surface, lemma = token
    if part == "<num>":
        return bool(_NUMBER.fullmatch(surface))
    if len(part) > 1 and part.endswith("*"):
        stem = part[:-1]
        return surface.startswith(stem) or lemma.startswith(stem)
    if len(part) > 1 and part.startswith("*"):
        return surface.endswith(part[1:]) and len(surface) > len(part)
    return part in (surface, lemma)


class CueSet:
    """A compiled word list, indexed by how each cue starts so that matching stays fast."""

    PREFIX_KEY = 3

    def __init__(self, cues: Iterable[Cue] = ()) -> None:
        self.cues = tuple(cues)
        self._exact: dict[str, list[Cue]] = {}  # first word → cues
        self._prefix: dict[str, list[Cue]] = {}  # first letters of a "stem*" first word → cues
        self._other: list[Cue] = []  # short stems, "*ending", "<num>"
        for cue in self.cues:
            first = cue.parts[0]
            if first.endswith("*") and len(first) > self.PREFIX_KEY:
                self._prefix.setdefault(first[: self.PREFIX_KEY], []).append(cue)
            elif "*" in first or first == "<num>":
                self._other.append(cue)
            else:
                self._exact.setdefault(first, []).append(cue)

    @classmethod
    def of(cls, entries: Iterable[str]) -> CueSet:
        compiled = (Cue.parse(entry) for entry in entries)
        return cls(cue for cue in compiled if cue is not None)

    def _starting(self, token: Token) -> Iterator[Cue]:
        """The cues that may match from ``token`` on."""
        surface, lemma = token
        yield from self._exact.get(surface, ())
        yield from self._prefix.get(surface[: self.PREFIX_KEY], ())
        if lemma != surface:
            yield from self._exact.get(lemma, ())
            if lemma[: self.PREFIX_KEY] != surface[: self.PREFIX_KEY]:
                yield from self._prefix.get(lemma[: self.PREFIX_KEY], ())
        yield from self._other

    def spans(self, tokens: Sequence[Token]) -> list[tuple[int, int]]:
        """Token spans ``(start, end)`` where some cue matches."""
        return [
            (start, start + len(cue.parts))
            for start, token in enumerate(tokens)
            for cue in self._starting(token)
            if cue.matches_at(tokens, start)
        ]

    def any(self, tokens: Sequence[Token]) -> bool:
        """Whether any cue matches anywhere in ``tokens``."""
        return any(
            cue.matches_at(tokens, start)
            for start, token in enumerate(tokens)
            for cue in self._starting(token)
        )
