"""The body walk: paragraphs and tables in body order, turned into blocks.

The children of ``w:body`` are walked directly (content controls unwrapped), so paragraphs and
tables keep the order a person sees. Each non-empty body paragraph is counted and classed
(:mod:`.classify`); table-of-contents lines are counted but not emitted. Each non-empty
paragraph of a top-level table's cells is a ``TABLE_CELL`` block (:mod:`.tables`). Comment
range markers are recorded against the blocks of the element they sit in (:mod:`.comments`).
"""

from __future__ import annotations

from typing import Any

from pat_lint.model import Block, BlockKind, Location
from pat_lint.readers.docx_parts.classify import MANUAL_BULLET, Classifier
from pat_lint.readers.docx_parts.comments import Anchors
from pat_lint.readers.docx_parts.numbering import Numbering
from pat_lint.readers.docx_parts.paragraphs import read_paragraph
from pat_lint.readers.docx_parts.styles import StyleSheet
from pat_lint.readers.docx_parts.tables import cell_paragraphs, header_map, table_rows
from pat_lint.readers.docx_parts.xml import W_P, W_TBL, content


class Walker:
    """Walks the body in order, producing blocks and recording comment anchors."""

    def __init__(self, path: str, styles: StyleSheet, numbering: Numbering) -> None:
        self.path = path
        self.styles = styles
        self.numbering = numbering
        self.classifier = Classifier(styles, numbering)
        self.anchors = Anchors()
        self.blocks: list[Block] = []
        self.elements: list[Any] = []  # per block: the w:p it came from
        self.paragraphs = 0
        self.tables = 0

    # -- body --------------------------------------------------------------------------------

    def walk_body(self, body: Any) -> None:
        """Read every paragraph and table of the body, in order."""
        elements = list(content(body, {W_P, W_TBL}))
        caps_fake = self.classifier.is_caps_fake
        self.classifier.uses_caps_headings = any(
            element.tag == W_P and caps_fake(read_paragraph(element, self.styles))
            for element in elements
        )
        for element in elements:
            if element.tag == W_P:
                self._body_paragraph(element)
            elif element.tag == W_TBL:
                self._table(element)
            else:
                self._markers(element, emitted=None)

    def _body_paragraph(self, p: Any) -> None:
        """One body paragraph: a heading, list item, quote or paragraph (or nothing if empty)."""
        para = read_paragraph(p, self.styles)
        if not para.text:
            self._markers(p, emitted=None)
            return
        self.paragraphs += 1
        if self.classifier.is_toc_entry(para):
            self._markers(p, emitted=None)
            return
        kind, level = self.classifier.classify(para)
        text = MANUAL_BULLET.sub("", para.text) if kind is BlockKind.LIST_ITEM else para.text
        location = Location(path=self.path, paragraph=self.paragraphs)
        self._emit(p, [Block(kind, text, location, level=level, style=para.style_name)])

    # -- tables ------------------------------------------------------------------------------

    def _table(self, tbl: Any) -> None:
        """A top-level table: one block per non-empty paragraph of each cell, row by row."""
        self.tables += 1
        rows = table_rows(tbl)
        header_of = header_map(rows)
        paragraph = self.paragraphs or None
        for row_no, row in enumerate(rows, start=1):
            for cell in row:
                if cell.continuation:
                    self._markers(cell.element, emitted=None)
                    continue
                location = Location(
                    path=self.path,
                    paragraph=paragraph,
                    table=self.tables,
                    row=row_no,
                    col=cell.grid_col + 1,
                )
                self._cell(cell.element, location, header_of.get(cell.grid_col))

    def _cell(self, tc: Any, location: Location, header: str | None) -> None:
        """The paragraphs of a cell, nested tables' paragraphs included, each its own block."""
        for p in cell_paragraphs(tc):
            para = read_paragraph(p, self.styles)
            if not para.text:
                self._markers(p, emitted=None)
                continue
            block = Block(
                BlockKind.TABLE_CELL, para.text, location, header=header, style=para.style_name
            )
            self._emit(p, [block])

    # -- comment anchors ---------------------------------------------------------------------

    def _emit(self, element: Any, blocks: list[Block]) -> None:
        """Append blocks produced by ``element`` and anchor the comment markers inside it."""
        first = len(self.blocks)
        self.blocks.extend(blocks)
        self.elements.extend([element] * len(blocks))
        self._markers(element, emitted=(first, len(self.blocks) - 1))

    def _markers(self, element: Any, emitted: tuple[int, int] | None) -> None:
        """Record comment range markers in ``element`` against the blocks it produced."""
        self.anchors.mark(element, emitted, len(self.blocks))
