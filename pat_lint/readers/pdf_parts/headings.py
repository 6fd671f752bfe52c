"""The body style, and which paragraphs are headings (from fonts, numbering and capitals).

The body size is the most common glyph size. A paragraph is a heading when it is a short title
(see :mod:`pat_lint.readers.headings`, no final colon) and is set larger than the body or in
bold (font name) while the body is not; its level is the rank of its (size, weight) among all
such heading styles, largest first. A body-style numbered title ("4. Gender analysis") takes
its numbering level; an all-capitals title is level 1 before any other heading and one below
the previous styled or numbered heading after it. Other paragraphs are list items (see
:mod:`.lists`) or plain paragraphs; a table-of-contents line (ending in dot leaders and a page
number) is skipped.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from pat_lint.model import Block, BlockKind, Location
from pat_lint.readers import headings
from pat_lint.readers.pdf_parts.lists import without_bullet
from pat_lint.readers.pdf_parts.page import Line
from pat_lint.readers.pdf_parts.paragraphs import Para

#: a table-of-contents line: dot leaders then a page number ("4. Gender analysis ..... 7")
_DOT_LEADER = re.compile(r"(?:\.\s*){4,}\d{1,4}$|…{2,}\s*\d{1,4}$")


def body_style(lines: list[Line]) -> tuple[float, bool]:
    """The most common glyph size (weighted by text length) and whether the body is bold."""
    sizes: Counter[float] = Counter()
    bold = 0
    for line in lines:
        sizes[line.size] += len(line.text)
        bold += len(line.text) if line.bold else 0
    if not sizes:
        return 10.0, False
    size = max(sizes.items(), key=lambda item: (item[1], -item[0]))[0]
    return size, bold > 0.5 * sum(sizes.values())


class Headings:
    """Turns paragraphs into heading, list-item or paragraph blocks, given the body style."""

    def __init__(self, path: str, body_size: float, body_bold: bool) -> None:
        self.path = path
        self.body_size = body_size
        self.body_bold = body_bold

    def styles(self, paras: Iterable[Para]) -> list[tuple[float, bool]]:
        """(size, bold) of styled headings, most prominent first."""
        styles = {(para.first.size, para.first.bold) for para in paras if self.styled(para)}
        return sorted(styles, key=lambda style: (-style[0], not style[1]))

    def styled(self, para: Para) -> bool:
        """Set apart by size or weight, and shaped like a title."""
        line = para.first
        larger = line.size >= self.body_size + 1.0
        bolder = line.bold and not self.body_bold and line.size >= self.body_size - 0.5
        numbered = headings.numbered_heading_level(para.text) is not None
        return (larger or bolder) and _title_shaped(para.text) and (numbered or not para.is_item)

    def classify(
        self, para: Para, styles: list[tuple[float, bool]], last_level: int | None
    ) -> tuple[Block | None, int | None]:
        """The block for a paragraph, and the level of the last styled/numbered heading."""
        text = para.text
        if not text or _DOT_LEADER.search(text):  # empty, or a table-of-contents line
            return None, last_level
        location = Location(path=self.path, page=para.first.page)
        numbered = headings.numbered_heading_level(text)
        if self.styled(para):
            level = styles.index((para.first.size, para.first.bold)) + 1
            return Block(BlockKind.HEADING, text, location, level=level), level
        if numbered is not None:
            return Block(BlockKind.HEADING, text, location, level=numbered), numbered
        if para.is_item:
            text = without_bullet(text, para.first.marker)
            return Block(BlockKind.LIST_ITEM, text, location, level=1), last_level
        if headings.is_all_caps(text) and _title_shaped(text):
            level = 1 if last_level is None else min(last_level + 1, 9)
            return Block(BlockKind.HEADING, text, location, level=level), last_level
        return Block(BlockKind.PARAGRAPH, text, location), last_level


def _title_shaped(text: str) -> bool:
    """Short and title-like, and not a label ending in a colon ("Indicators:")."""
    return headings.is_short_title(text) and not text.rstrip().endswith(":")
