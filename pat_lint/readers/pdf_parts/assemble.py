"""The pages' lines and tables put together as the document's blocks, in reading order.

Running lines are dropped first and footnotes taken out (:mod:`.footnotes`); then each page's
lines and tables are put in reading order, lines are joined into paragraphs (across pages and
columns too), a table continued at the top of the next page is joined to its first part, and
every paragraph and table cell becomes a block. Every block has ``page``; table cells also
``table``/``row``/``col``. A paragraph running over a page break carries the page where it
starts. A page's footnotes follow the body text: they are put just before the first heading on
a later page, or at the end.
"""

from __future__ import annotations

from typing import Any

from pat_lint.model import Block, BlockKind, Location
from pat_lint.readers.pdf_parts.aligned import find_aligned_tables
from pat_lint.readers.pdf_parts.cells import TableReader, same_columns
from pat_lint.readers.pdf_parts.footnotes import note_text, take_footnotes
from pat_lint.readers.pdf_parts.furniture import drop_running_lines
from pat_lint.readers.pdf_parts.headings import Headings, body_style
from pat_lint.readers.pdf_parts.lists import with_list_levels
from pat_lint.readers.pdf_parts.names import lower_case_words
from pat_lint.readers.pdf_parts.order import ordered
from pat_lint.readers.pdf_parts.page import Page, Table
from pat_lint.readers.pdf_parts.paragraphs import Para, ParagraphRules


class Assembler:
    """Turns pages of lines and tables into blocks (paragraphs, headings, items, cells)."""

    def __init__(self, path: str, pages: list[Page]) -> None:
        self.path = path
        self.pages = pages
        drop_running_lines(pages)
        self.body_size, body_bold = body_style([line for page in pages for line in page.lines])
        self.notes = take_footnotes(pages, self.body_size)
        self.rules = ParagraphRules(pages)
        for page in pages:
            find_aligned_tables(page, self.rules, self.body_size)
        flow = [line for page in pages for line in page.lines]
        lower_words = lower_case_words(line.text for line in flow)
        self.headings = Headings(path, self.body_size, body_bold, lower_words)
        self.tables = TableReader(path, self.rules)

    def blocks(self) -> list[Block]:
        """All blocks in reading order."""
        entries = self._entries()
        self.headings.prepare(entries)
        notes = self._note_blocks()
        blocks: list[Block] = []
        item_x: list[float] = []
        last_level: int | None = None
        for entry in entries:
            if isinstance(entry, Para):
                block, last_level = self.headings.classify(entry, last_level)
                if block is None:
                    continue
                if block.kind is BlockKind.HEADING:
                    while notes and (notes[0].location.page or 0) < (block.location.page or 0):
                        blocks.append(notes.pop(0))
                        item_x.append(-1.0)
                blocks.append(block)
                item_x.append(entry.first.x0 if block.kind is BlockKind.LIST_ITEM else -1.0)
            else:
                cells = self.tables.blocks(entry)
                blocks.extend(cells)
                item_x.extend([-1.0] * len(cells))
        blocks.extend(notes)
        item_x.extend([-1.0] * len(notes))
        return with_list_levels(blocks, item_x)

    def _note_blocks(self) -> list[Block]:
        """The footnotes, page by page, as paragraph blocks styled "footnote"."""
        blocks = []
        for page, notes in sorted(self.notes.items()):
            for lines in notes:
                text = note_text(lines, Para(lines).text)
                if text:
                    location = Location(path=self.path, page=page)
                    blocks.append(Block(BlockKind.PARAGRAPH, text, location, style="footnote"))
        return blocks

    def _entries(self) -> list[Any]:
        """Paragraphs of flowing text and tables (lists of parts), in reading order."""
        entries: list[Any] = []
        previous_table: list[Table] | None = None
        for page in self.pages:
            gutter = 1.2 * self.body_size
            items = ordered([*page.lines, *page.tables], gutter)
            for k, item in enumerate(items):
                if isinstance(item, Table):
                    if k == 0 and previous_table and same_columns(previous_table[-1], item):
                        previous_table.append(item)
                    else:
                        previous_table = [item]
                        entries.append(previous_table)
                    continue
                last = entries[-1] if entries else None
                if isinstance(last, Para) and (
                    self.rules.continues(last, item) or self.headings.continues(last, item)
                ):
                    last.lines.append(item)
                else:
                    entries.append(Para([item]))
            if items and not isinstance(items[-1], Table):
                previous_table = None
        return entries
