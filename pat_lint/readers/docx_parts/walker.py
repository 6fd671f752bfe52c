"""The body walk: paragraphs and tables in body order, turned into blocks.

The children of ``w:body`` are walked directly (content controls unwrapped), so paragraphs and
tables keep the order a person sees. Each non-empty body paragraph is counted and classed
(:mod:`.classify`); the lines and the title of a table of contents (:mod:`.toc`) are counted
but not emitted. Each non-empty paragraph of a top-level table's cells is a ``TABLE_CELL``
block (:mod:`.tables`). A text box's paragraphs follow the paragraph that anchors it
(:mod:`.boxes`); footnotes and endnotes come at the end of the section that refers to them
(:mod:`.notes`). Comment range markers are recorded against the blocks of the element they sit
in (:mod:`.comments`).
"""

from __future__ import annotations

from typing import Any

from pat_lint.model import Block, BlockKind, Location
from pat_lint.readers import check_blocks
from pat_lint.readers.docx_parts.boxes import story_paragraphs, text_boxes
from pat_lint.readers.docx_parts.classify import MANUAL_BULLET, Classifier
from pat_lint.readers.docx_parts.comments import Anchors
from pat_lint.readers.docx_parts.notes import Notes
from pat_lint.readers.docx_parts.numbering import Numbering
from pat_lint.readers.docx_parts.paragraphs import Para, read_paragraph
from pat_lint.readers.docx_parts.styles import StyleSheet
from pat_lint.readers.docx_parts.tables import cell_paragraphs, header_map, table_rows
from pat_lint.readers.docx_parts.toc import toc_paragraphs
from pat_lint.readers.docx_parts.xml import W_P, W_TBL, content


class Walker:
    """Walks the body in order, producing blocks and recording comment anchors."""

    def __init__(
        self, path: str, styles: StyleSheet, numbering: Numbering, notes: Notes | None = None
    ) -> None:
        self.path = path
        self.styles = styles
        self.numbering = numbering
        self.notes = notes or Notes({})
        self.classifier = Classifier(styles, numbering)
        self.anchors = Anchors()
        self.blocks: list[Block] = []
        self.elements: list[Any] = []  # per block: the w:p it came from (a note: its reference's)
        self.paragraphs = 0
        self.tables = 0
        self.pending_notes: list[tuple[tuple[str, str], Location, Any]] = []
        self.read_notes: set[tuple[str, str]] = set()

    # -- body --------------------------------------------------------------------------------

    def walk_body(self, body: Any) -> None:
        """Read every paragraph and table of the body, in order, then the notes still due."""
        elements = list(content(body, {W_P, W_TBL}))
        paras = {
            index: read_paragraph(element, self.styles)
            for index, element in enumerate(elements)
            if element.tag == W_P
        }
        toc = toc_paragraphs(elements, paras, self.styles)
        caps_fake = self.classifier.is_caps_fake
        self.classifier.uses_caps_headings = any(
            caps_fake(para) for index, para in paras.items() if index not in toc
        )
        following = self._following_texts(elements, paras, toc)
        for index, element in enumerate(elements):
            if element.tag == W_P:
                self._body_paragraph(element, paras[index], index in toc, following[index])
            elif element.tag == W_TBL:
                self._table(element)
            else:
                self._markers(element, emitted=None)
        self._flush_notes()

    @staticmethod
    def _following_texts(elements: list[Any], paras: dict[int, Para], toc: set[int]) -> list[str]:
        """For each body element, the text of the next non-empty paragraph right after it
        ("" when a table or the end comes first)."""
        following = [""] * len(elements)
        text = ""
        for index in range(len(elements) - 1, -1, -1):
            following[index] = text
            para = paras.get(index)
            if para is None:
                text = ""
            elif para.text and index not in toc:
                text = para.text
        return following

    def _body_paragraph(self, p: Any, para: Para, in_toc: bool, following: str = "") -> None:
        """One body paragraph: a heading, list item, quote or paragraph (or nothing if empty),
        then the text boxes it anchors."""
        if para.text:
            self.paragraphs += 1
        if not para.text or in_toc:
            self._markers(p, emitted=None)
        else:
            kind, level = self.classifier.classify(para, following)
            if kind is BlockKind.HEADING:
                self._flush_notes()
            text = MANUAL_BULLET.sub("", para.text) if kind is BlockKind.LIST_ITEM else para.text
            location = Location(path=self.path, paragraph=self.paragraphs)
            self._emit(p, [Block(kind, text, location, level=level, style=para.style_name)])
            self._note_references(p, location)
        self._boxes(p, Location(path=self.path, paragraph=self.paragraphs or None))

    # -- text boxes and notes ------------------------------------------------------------------

    def _boxes(self, p: Any, location: Location, header: str | None = None) -> None:
        """The paragraphs of the text boxes anchored in ``p``: more paragraphs of the same cell
        when ``p`` is in a table cell (``location.table`` set), else list items or paragraphs
        located at the anchoring paragraph."""
        for box in text_boxes(p):
            for box_p in story_paragraphs(box):
                self._aside(box_p, location, header)

    def _aside(
        self, p: Any, location: Location, header: str | None = None, anchor: Any = None
    ) -> None:
        """A paragraph outside the body flow (a text box's, a note's) as a block of its own."""
        para = read_paragraph(p, self.styles)
        if not para.text:
            self._markers(p, emitted=None)
            return
        if location.table is not None:
            kind, level, text = BlockKind.TABLE_CELL, 0, para.text
        else:
            kind, level = self.classifier.classify_aside(para)
            text = MANUAL_BULLET.sub("", para.text) if kind is BlockKind.LIST_ITEM else para.text
        block = Block(kind, text, location, level=level, header=header, style=para.style_name)
        self._emit(p, [block], anchor=anchor)
        self._note_references(p, location)

    def _note_references(self, p: Any, location: Location) -> None:
        """Remember the notes ``p`` refers to, each once, to read at the end of the section."""
        for key in self.notes.references(p):
            if key not in self.read_notes:
                self.read_notes.add(key)
                where = Location(path=self.path, paragraph=location.paragraph)
                self.pending_notes.append((key, where, p))

    def _flush_notes(self) -> None:
        """The notes referred to since the last heading, as paragraphs located at the paragraph
        that refers to them (a note's comment anchors on that paragraph too)."""
        pending, self.pending_notes = self.pending_notes, []
        for key, location, reference in pending:
            for p in self.notes.paragraphs(key):
                self._aside(p, location, anchor=reference)

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
                    row_end=row_no + cell.rows - 1 if cell.rows > 1 else None,
                    col_end=cell.grid_col + cell.span if cell.span > 1 else None,
                )
                self._cell(cell.element, location, header_of.get(cell.grid_col))

    def _cell(self, tc: Any, location: Location, header: str | None) -> None:
        """The paragraphs of a cell, nested tables' and text boxes' paragraphs included, each
        its own block."""
        for p in cell_paragraphs(tc):
            para = read_paragraph(p, self.styles)
            if not para.text:
                self._markers(p, emitted=None)
            else:
                block = Block(
                    BlockKind.TABLE_CELL, para.text, location, header=header, style=para.style_name
                )
                self._emit(p, [block])
                self._note_references(p, location)
            self._boxes(p, location, header)

    # -- comment anchors ---------------------------------------------------------------------

    def _emit(self, element: Any, blocks: list[Block], anchor: Any = None) -> None:
        """Append blocks produced by ``element`` and anchor the comment markers inside it;
        ``anchor`` is the element a reviewer's comment on them goes to (default: ``element``)."""
        first = len(self.blocks)
        self.blocks.extend(blocks)
        check_blocks(len(self.blocks))
        self.elements.extend([element if anchor is None else anchor] * len(blocks))
        self._markers(element, emitted=(first, len(self.blocks) - 1))

    def _markers(self, element: Any, emitted: tuple[int, int] | None) -> None:
        """Record comment range markers in ``element`` against the blocks it produced."""
        self.anchors.mark(element, emitted, len(self.blocks))
