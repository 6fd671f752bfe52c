"""The section tree: each heading owns the blocks under it, down to the next heading of the
same or a higher level.

Heading levels come from the readers (styles, Markdown markup, underlines, numbering of faked
headings). Numbering written in the heading also counts as nesting: "6.2 Gender" after
"6. Cross-cutting issues" is a sub-section even when both carry the same level (a Markdown
file that uses ``##`` throughout, a Word file with one heading style).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pat_lint.model import Block, BlockKind

#: Numbering at the start of a heading: "4.", "4.2", "4.2.1.", "4)", "IV.", "C.", "C)".
_NUMBERING = re.compile(
    r"^\s*(?P<num>\d{1,3}(?:\.\d{1,3}){0,4}\.?|\d{1,3}\)|[IVXLC]{1,7}[.)]|[A-Z][.)])"
    r"(?:\s*[:–—-])?\s+(?=\S)"
)


@dataclass(frozen=True)
class Section:
    """A heading and the half-open range of block indices it owns (heading excluded)."""

    heading: int  # index of the heading block
    title: str
    level: int
    start: int
    end: int
    parent: int | None  # index into the section list

    def body(self, blocks: tuple[Block, ...]) -> tuple[Block, ...]:
        return blocks[self.start : self.end]


def numbering(title: str) -> tuple[str, ...] | None:
    """The numbering a heading starts with, as parts: "6.2 Gender" → ("6", "2"),
    "IV. Risks" → ("IV",), "C. Gender" → ("C",); None for an unnumbered heading."""
    match = _NUMBERING.match(title)
    if not match:
        return None
    parts = tuple(part for part in re.split(r"[.)]", match.group("num")) if part)
    return parts or None


def strip_numbering(title: str) -> str:
    """A heading without its numbering: "6.2 Gender" → "Gender"."""
    match = _NUMBERING.match(title)
    return title[match.end() :] if match else title


def heading_levels(blocks: Sequence[Block], headings: Sequence[int]) -> dict[int, int]:
    """The nesting level of each heading: the reader's level, deepened where the heading's
    numbering extends the numbering of an earlier heading of the same or a deeper level
    ("6.2" after "6." → one level below it)."""
    levels: dict[int, int] = {}
    by_number: dict[tuple[str, ...], int] = {}  # numbering → level of its latest heading
    for index in headings:
        level = max(1, blocks[index].level)
        parts = numbering(blocks[index].text)
        if parts is not None:
            parent_level = by_number.get(parts[:-1]) if len(parts) > 1 else None
            if parent_level is not None and level <= parent_level:
                level = parent_level + 1
            by_number[parts] = level
        levels[index] = level
    return levels


def build_sections(blocks: tuple[Block, ...]) -> list[Section]:
    """All sections in document order, with their nesting."""
    headings = [i for i, block in enumerate(blocks) if block.kind is BlockKind.HEADING]
    levels = heading_levels(blocks, headings)
    sections: list[Section] = []
    stack: list[int] = []  # indices into sections of open ancestors
    for position, index in enumerate(headings):
        level = levels[index]
        end = len(blocks)
        for later in headings[position + 1 :]:
            if levels[later] <= level:
                end = later
                break
        while stack and sections[stack[-1]].level >= level:
            stack.pop()
        parent = stack[-1] if stack else None
        sections.append(Section(index, blocks[index].text, level, index + 1, end, parent))
        stack.append(len(sections) - 1)
    return sections


def innermost_titles(blocks: tuple[Block, ...], sections: list[Section]) -> list[str | None]:
    """For every block, the title of the innermost section holding it (its own, for a heading)."""
    titles: list[str | None] = [None] * len(blocks)
    for section in sections:  # document order: later (deeper or following) sections overwrite
        titles[section.heading] = section.title
        for index in range(section.start, section.end):
            titles[index] = section.title
    return titles
