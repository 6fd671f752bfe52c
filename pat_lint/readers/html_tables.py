"""HTML ``<table>``\\s written inside Markdown, read as table cells.

Converters (pandoc, PDF-to-Markdown tools, Word-to-Markdown add-ins) write a table as HTML
whenever a pipe table cannot hold it: merged cells, several paragraphs in a cell. The table is
parsed with the standard library's :class:`html.parser.HTMLParser` — a real, forgiving HTML
tokenizer that reports the line and column of every tag and text run, so every character of a
cell keeps its place in the file — and the cells are put on a grid with their ``rowspan``
and ``colspan`` (:mod:`pat_lint.readers.grid`). ``<br>``, ``<p>``, list items and ``<div>``\\s
inside a cell separate its paragraphs; a table nested in a cell adds paragraphs to that cell;
``<th>`` cells and ``<thead>`` rows are header cells; a ``<caption>``, and text written in the
table outside any cell, are paragraphs of their own. Entities are decoded; comments, scripts and
styles are dropped. A table never closed ends with its HTML block.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser

from pat_lint.readers.grid import GridCell
from pat_lint.readers.mapped import MappedText, Position

#: tags that end one paragraph of a cell and start the next
#: Tags that end a paragraph: what they part is two paragraphs (a Markdown line parts it by a
#: space); every other tag formats words and joins what is around it.
BLOCK_TAGS = frozenset({"br", "p", "li", "div", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "hr"})
_SKIPPED = frozenset({"script", "style"})
_OPEN = re.compile(r"<table\b", re.IGNORECASE)
MAX_SPAN = 200


def table_end(lines: list[str], start: int, fallback: int) -> int:
    """Index of the line that closes the ``<table>`` opened on line ``start`` (nested tables
    counted), or ``fallback`` (the last line of the HTML block) when it is never closed — an
    unclosed table does not swallow the rest of the document."""
    depth = 0
    for index in range(start, len(lines)):
        for match in re.finditer(r"<(/?)table\b", lines[index], re.IGNORECASE):
            depth += -1 if match.group(1) else 1
            if depth == 0:
                return index
    return fallback


def opens_table(text: str) -> bool:
    """Whether an HTML block starts a table (possibly inside a wrapper such as ``<div>``)."""
    return bool(_OPEN.search(text))


@dataclass
class HtmlTable:
    """A table read from HTML: its rows of cells, and the paragraphs of its caption and of any
    text written in it outside a cell (which a browser shows before the table)."""

    rows: list[list[GridCell]] = field(default_factory=list)
    captions: list[MappedText] = field(default_factory=list)


class _TableParser(HTMLParser):
    """Collects the cells of the outermost table of the text it is fed."""

    def __init__(self, where: Callable[[int, int], Position]) -> None:
        super().__init__(convert_charrefs=False)
        self.where = where
        self.tables: list[HtmlTable] = []
        self.depth = 0  # table nesting
        self.in_head = False
        self.cell: GridCell | None = None
        self.caption: MappedText | None = None
        self.skipping = 0

    # -- tags ---------------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag == "table":
            self.depth += 1
            if self.depth == 1:
                self.tables.append(HtmlTable())
            else:
                self._break()
        elif self.depth == 1 and tag == "thead":
            self.in_head = True
        elif self.depth == 1 and tag in ("tbody", "tfoot"):
            self.in_head = False
        elif self.depth == 1 and tag == "tr":
            self.tables[-1].rows.append([])
            self.cell = self.caption = None
        elif self.depth == 1 and tag in ("td", "th"):
            self._open_cell(tag, dict(attrs))
        elif self.depth == 1 and tag == "caption":
            self.caption = MappedText()
            self.tables[-1].captions.append(self.caption)
        elif tag in BLOCK_TAGS:
            self._break()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCK_TAGS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag == "table":
            self.depth = max(0, self.depth - 1)
            if self.depth == 0:
                self.cell = None
            self._break()
        elif self.depth == 1 and tag in ("td", "th"):
            self.cell = None
        elif self.depth == 1 and tag == "thead":
            self.in_head = False
        elif self.depth == 1 and tag == "caption":
            self.caption = None
        elif tag in BLOCK_TAGS or tag in ("td", "th"):
            self._break()

    def _open_cell(self, tag: str, attrs: dict[str, str | None]) -> None:
        self.caption = None
        table = self.tables[-1]
        if not table.rows:
            table.rows.append([])
        self.cell = GridCell(
            row=len(table.rows) - 1,
            rowspan=_span(attrs.get("rowspan")),
            colspan=_span(attrs.get("colspan")),
            header=tag == "th" or self.in_head,
        )
        table.rows[-1].append(self.cell)

    def _break(self) -> None:
        """End the current paragraph of the cell (or caption)."""
        if self.cell is not None and len(self.cell.paragraphs[-1]):
            self.cell.paragraphs.append(MappedText())
        if self.caption is not None and len(self.caption):
            self.caption = MappedText()
            self.tables[-1].captions.append(self.caption)

    # -- text ---------------------------------------------------------------------------------

    def handle_data(self, data: str) -> None:
        line, column = self.getpos()
        for char in data:
            self._add(char, line, column)
            if char == "\n":
                line, column = line + 1, 0
            else:
                column += 1

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name};")

    def _reference(self, written: str) -> None:
        line, column = self.getpos()
        for char in unescape(written):
            self._add(char, line, column)

    def _add(self, char: str, line: int, column: int) -> None:
        if self.skipping or not self.tables:
            return
        if self.cell is not None:
            target = self.cell.paragraphs[-1]
        elif self.caption is not None:
            target = self.caption
        elif char.isspace():
            return
        else:  # text outside any cell: shown before the table, kept as a paragraph
            self.caption = MappedText()
            self.tables[-1].captions.append(self.caption)
            target = self.caption
        target.append(" " if char.isspace() else char, self.where(line - 1, column))


def _span(value: str | None) -> int:
    """A ``rowspan``/``colspan`` value: a positive integer, 1 when missing or unreadable."""
    try:
        return max(1, min(int((value or "1").strip()), MAX_SPAN))
    except ValueError:
        return 1


def read_table(text: str, where: Callable[[int, int], Position]) -> HtmlTable:
    """The first table of ``text`` (HTML starting with or containing ``<table>``);
    ``where(line_index, column)`` gives the source position of a 0-based line and column of
    ``text``."""
    parser = _TableParser(where)
    parser.feed(text)
    parser.close()
    if not parser.tables:
        return HtmlTable()
    table = parser.tables[0]
    table.rows = [row for row in table.rows if row]
    return table
