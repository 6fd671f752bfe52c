"""Matching cue words: whole-word, case-insensitive, typographic apostrophes and hyphens folded;
and the light sentence split the criteria count statements with."""

from __future__ import annotations

import re
from functools import cache


@cache
def cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str] | None:
    """One case-insensitive, whole-word regex for a cue list (longest cues first)."""
    if not cues:
        return None
    alternatives = "|".join(re.escape(fold(c)) for c in sorted(cues, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def fold(text: str) -> str:
    """Typographic apostrophes and hyphens as ASCII, so that cues match either spelling."""
    return text.replace("’", "'").replace("‑", "-").replace("–", "-")


def find_cue(cues: tuple[str, ...], text: str) -> str | None:
    """The first cue found in ``text``, as written there, or None."""
    pattern = cue_pattern(cues)
    found = pattern.search(fold(text)) if pattern else None
    return found.group(0) if found else None


def strip_cues(cues: tuple[str, ...], text: str) -> str:
    """``text`` with every occurrence of the cues blanked out."""
    pattern = cue_pattern(cues)
    return pattern.sub(" ", fold(text)) if pattern else fold(text)


_SENTENCE = re.compile(r"(?<=[.!?;])\s+")


def sentences(text: str) -> list[str]:
    """The sentences of a block (a light split: the criteria count statements, not parse)."""
    return [part for part in _SENTENCE.split(text) if part.strip()]
