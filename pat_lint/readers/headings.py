"""Recognising headings that are written as plain text rather than marked up.

Shared by the docx, pdf and text readers: people fake headings with numbering
("4. Gender analysis", "6.2 Gender", "IV. RISKS"), capitals, or bold short lines. A numbered
line whose neighbour carries the next number at the same depth ("1.1.1 …", "1.1.2 …") is an
item of a numbered list, not a heading (:func:`outline_number`, :func:`follows`).
"""

from __future__ import annotations

import re

#: "4.", "4.2", "4.2.1", "4)", "IV.", "A.", "4.2." followed by a title
_NUMBERED = re.compile(
    r"^(?P<num>(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[IVXLC]{1,6}\.|[A-H]\.|\d{1,2}\)))\s+(?P<title>\S.*)$"
)
_SENTENCE_END = re.compile(r"[.;:,!?]$")
MAX_HEADING_WORDS = 14


def numbering_level(text: str) -> int | None:
    """Nesting level implied by a heading's numbering: "4." → 1, "4.2" → 2, "IV." → 1; else None."""
    match = _NUMBERED.match(text.strip())
    if not match:
        return None
    num = match.group("num").rstrip(".)")
    if re.fullmatch(r"[IVXLC]+|[A-H]", num):
        return 1
    return num.count(".") + 1


def is_short_title(text: str, max_words: int = MAX_HEADING_WORDS) -> bool:
    """A line short enough and shaped like a title (no sentence-final punctuation)."""
    stripped = text.strip()
    if not stripped or len(stripped.split()) > max_words:
        return False
    if _SENTENCE_END.search(stripped) and not stripped.endswith(":"):
        return False
    return any(ch.isalpha() for ch in stripped)


def is_all_caps(text: str) -> bool:
    """An all-capitals short line with at least three letters (e.g. "GENDER ANALYSIS")."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters) and is_short_title(text)


def numbered_heading_level(text: str) -> int | None:
    """Level of a numbered title line ("4. Gender analysis" → 1), or None when it is not one.

    A numbered line that reads like a sentence ("1. Train 200 officers on ...") is a list item,
    not a heading: titles are short, do not end with a full stop, and start with a capital.
    """
    stripped = text.strip()
    match = _NUMBERED.match(stripped)
    if not match or not is_short_title(stripped, max_words=12):
        return None
    title = match.group("title")
    if stripped.endswith(":") or not title[:1].isupper():
        return None
    return numbering_level(stripped)


_OUTLINE_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})[.)]?\s+\S")


def outline_number(text: str) -> tuple[int, ...] | None:
    """The numbering a line starts with: "1.2.3 Title" → (1, 2, 3), "4. Title" → (4,)."""
    match = _OUTLINE_NUMBER.match(text.strip())
    return tuple(int(part) for part in match.group(1).split(".")) if match else None


def follows(previous: tuple[int, ...] | None, current: tuple[int, ...] | None) -> bool:
    """Whether ``current`` is the number that comes after ``previous`` at the same depth:
    1.1.2 after 1.1.1, 1.2.1 after 1.1.3, 2.1.1 after 1.4.2, 3. after 2."""
    if previous is None or current is None or len(previous) != len(current):
        return False
    for depth, (before, after) in enumerate(zip(previous, current, strict=True)):
        if before != after:
            return after == before + 1 and all(part == 1 for part in current[depth + 1 :])
    return False
