"""Matching cue words: whole-word, case-insensitive, typographic apostrophes and hyphens folded;
and the sentences the criteria count statements in."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pat_lint.analysis import Analysis


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


def sentences(analysis: Analysis, index: int) -> list[str]:
    """The sentences of block ``index``, from the analysis's shared spaCy sentencizer."""
    return [sent.text for sent in analysis.doc(index).sents if sent.text.strip()]
