"""The shapes the layout steps share: glyphs, lines, ruling segments, cells, tables, pages.

Coordinates are PDF points with y growing up the page, after the page has been turned upright
(see :mod:`.glyphs`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pat_lint.readers.pdf_parts.paragraphs import Para

#: how near (pt) two rulings must be to count as touching or as the same line
TOLERANCE = 2.0


@dataclass(slots=True)
class Glyph:
    """One glyph, upright; ``text`` is a single space for a space glyph the PDF draws. (Slots:
    a long PDF holds hundreds of thousands until its blocks are made.)"""

    text: str
    x0: float
    x1: float
    y0: float
    y1: float
    size: float
    bold: bool

    @property
    def is_space(self) -> bool:
        return self.text == " "


@dataclass
class Line:
    """A piece of a visual line of text (a whole line, or the part of it inside a cell)."""

    page: int
    text: str
    x0: float
    x1: float
    y0: float
    y1: float
    baseline: float
    size: float
    bold: bool
    text_x0: float  # where the text starts after a list marker or a number ("6.1.")
    first_word: float  # width of the first word (after a list marker)
    marker: str = ""  # the list marker the line starts with ("•", "1.", "o" set off by a tab)
    glyphs: list[Glyph] = field(default_factory=list, repr=False)  # visible glyphs, left to right
    breaks: frozenset[int] = frozenset()  # indices of glyphs a word space precedes

    def words(self) -> list[tuple[float, float]]:
        """(x0, x1) of each word, left to right."""
        boxes: list[tuple[float, float]] = []
        for k, glyph in enumerate(self.glyphs):
            if k and k not in self.breaks:
                boxes[-1] = (boxes[-1][0], max(boxes[-1][1], glyph.x1))
            else:
                boxes.append((glyph.x0, glyph.x1))
        return boxes


@dataclass
class Segment:
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def horizontal(self) -> bool:
        return self.y1 - self.y0 <= TOLERANCE


@dataclass
class Cell:
    row: int
    col: int
    span: int
    left: float
    right: float
    lines: list[Line] = field(default_factory=list)
    paras: list[Para] | None = None


@dataclass
class Table:
    page: int
    x0: float
    x1: float
    y0: float
    y1: float
    xs: list[float]
    ys: list[float]  # top first
    segments: list[Segment]
    cells: dict[tuple[float, float, float, float], Cell] = field(default_factory=dict)


@dataclass
class Page:
    number: int
    height: float
    bottom: float
    lines: list[Line] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    failed: bool = False


def unique(values: Iterable[float]) -> list[float]:
    """Sorted values with near-equal ones (within the tolerance) merged."""
    result: list[float] = []
    for value in sorted(values):
        if not result or value - result[-1] > TOLERANCE:
            result.append(value)
    return result


def index(values: list[float], value: float) -> int:
    """Index of the grid position nearest to ``value``."""
    return min(range(len(values)), key=lambda i: abs(values[i] - value))
