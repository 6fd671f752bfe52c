"""What a body paragraph is: heading (with its level), list item, quote or plain paragraph.

The rules are those of the :mod:`pat_lint.readers.docx` module docstring: heading styles and
outline levels first, then Word lists (a bold, title-shaped item of a *numbered* list is a
heading), quote styles, numbered title lines, hand-typed list items, and last the faked
headings — short title-shaped lines entirely bold or in capitals, whose level follows the last
styled or numbered heading.
"""

from __future__ import annotations

import re

from pat_lint.model import BlockKind
from pat_lint.readers import headings
from pat_lint.readers.docx_parts.numbering import Numbering
from pat_lint.readers.docx_parts.paragraphs import Para
from pat_lint.readers.docx_parts.styles import StyleSheet

#: a list item typed by hand: "• text", "- text", "1. text", "a) text"
_MANUAL_ITEM = re.compile(r"^(?:[•▪◦●‣∙·\-–—*o]|\d{1,2}[.)]|[a-z][.)])\s+\S")
#: the bullet glyph of a hand-typed bullet, dropped from the text (numbers are kept)
MANUAL_BULLET = re.compile(r"^[•▪◦●‣∙·\-–—*o]\s+(?=\S)")


class Classifier:
    """Kinds and levels of a document's body paragraphs, taken in body order.

    ``last_explicit_level`` is the level of the last styled or numbered heading (faked headings
    after it are its sub-headings); ``uses_caps_headings`` is set by the walker before the walk
    when the document fakes some headings in capitals.
    """

    def __init__(self, styles: StyleSheet, numbering: Numbering) -> None:
        self.styles = styles
        self.numbering = numbering
        self.last_explicit_level: int | None = None
        self.uses_caps_headings = False
        self.last_number: tuple[int, ...] | None = None  # of the list item just classified

    def classify(self, para: Para, following: str = "") -> tuple[BlockKind, int]:
        """Kind and level of a body paragraph (see :mod:`pat_lint.readers.docx` for the rules);
        ``following`` is the text of the next non-empty body paragraph."""
        kind, level = self._classify(para, following)
        listed = kind is BlockKind.LIST_ITEM
        self.last_number = headings.outline_number(para.text) if listed else None
        return kind, level

    def _classify(self, para: Para, following: str) -> tuple[BlockKind, int]:
        level = self._styled_heading_level(para)
        if level is not None:
            self.last_explicit_level = level
            return BlockKind.HEADING, level
        if self._is_list(para):
            ilvl = self._list_level(para) - 1
            if (
                para.num_id
                and self.numbering.is_numbered(para.num_id, ilvl)
                and para.bold
                and _title_shaped(para.text)
            ):
                self.last_explicit_level = ilvl + 1
                return BlockKind.HEADING, ilvl + 1
            return BlockKind.LIST_ITEM, ilvl + 1
        if self.styles.is_quote(para.style_id):
            return BlockKind.QUOTE, 0
        numbered = headings.numbered_heading_level(para.text)
        if numbered is not None and not self._numbered_item(para.text, following):
            self.last_explicit_level = numbered
            return BlockKind.HEADING, numbered
        if numbered is not None:
            return BlockKind.LIST_ITEM, 1
        if _MANUAL_ITEM.match(para.text):
            return BlockKind.LIST_ITEM, 1
        if self.is_caps_fake(para) or (para.bold and _title_shaped(para.text)):
            return BlockKind.HEADING, self._fake_level(para)
        return BlockKind.PARAGRAPH, 0

    def classify_aside(self, para: Para) -> tuple[BlockKind, int]:
        """Kind and level of a paragraph outside the body flow (a text box, a note): a list
        item or a paragraph, never a heading (a box's bold title heads no section)."""
        if self._is_list(para):
            return BlockKind.LIST_ITEM, self._list_level(para)
        if _MANUAL_ITEM.match(para.text):
            return BlockKind.LIST_ITEM, 1
        return BlockKind.PARAGRAPH, 0

    def _numbered_item(self, text: str, following: str) -> bool:
        """A numbered title line that is an item of a numbered list ("1.1.1 Number of women
        trained" before "1.1.2 …", or after an item numbered just before it)."""
        number = headings.outline_number(text)
        return headings.follows(self.last_number, number) or headings.follows(
            number, headings.outline_number(following)
        )

    def _styled_heading_level(self, para: Para) -> int | None:
        """Heading level from an outline level or a heading/title style name, else None."""
        if para.outline is not None and 0 <= para.outline <= 8:
            return para.outline + 1
        return self.styles.heading_level(para.style_id)

    def _list_level(self, para: Para) -> int:
        """A list paragraph's level: its numbering level + 1, or a "List Bullet 2" style's."""
        return max(para.ilvl or 0, self.styles.list_level(para.style_id) - 1) + 1

    def _is_list(self, para: Para) -> bool:
        """A paragraph of a Word list (numbering, or a List Bullet/List Number style)."""
        if para.num_id:
            return True
        return self.styles.is_list(para.style_id)

    def is_caps_fake(self, para: Para) -> bool:
        """A short title-shaped line written (or formatted) in capitals, not a list item."""
        if not para.text or para.num_id or not _title_shaped(para.text):
            return False
        if headings.numbered_heading_level(para.text) is not None:
            return False
        return headings.is_all_caps(para.text) or para.caps

    def _fake_level(self, para: Para) -> int:
        """Level of an unnumbered bold or capitals heading (see :mod:`pat_lint.readers.docx`)."""
        if self.last_explicit_level is not None:
            return min(self.last_explicit_level + 1, 9)
        if self.is_caps_fake(para) or not self.uses_caps_headings:
            return 1
        return 2


def _title_shaped(text: str) -> bool:
    """Short and title-like, and not a label ending in a colon ("Indicators:")."""
    return headings.is_short_title(text) and not text.rstrip().endswith(":")
