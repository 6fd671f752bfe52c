"""Table cells on a grid, shared by the readers of tables drawn in text: HTML ``<table>``\\s in
Markdown and ASCII-art tables in plain text.

A cell sits at a row and a grid column and may span several of each (``rowspan``/``colspan``,
or a drawn cell wider or taller than its neighbours); it holds one or more paragraphs, each
collected as :class:`~pat_lint.readers.text.MappedText` so that it keeps its source positions.
:func:`table_blocks` turns the cells into ``TABLE_CELL`` blocks as every reader does: one block
per paragraph, located at the cell's first row and column, with ``row_end``/``col_end`` for a
merged cell, and ``header`` = the text of the header cells over its column. The header rows are
the leading rows marked as headers (``<th>``, above a ``+====+`` line), else the first row; a
title row — a single cell spanning the whole table — is not one (the row after it is).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from pat_lint.model import Block, BlockKind
from pat_lint.readers import check_table
from pat_lint.readers.mapped import MappedText, make_block


@dataclass
class GridCell:
    """One cell: 0-based row and grid column, spans, header mark and paragraphs."""

    row: int
    col: int = 0
    rowspan: int = 1
    colspan: int = 1
    header: bool = False
    paragraphs: list[MappedText] = field(default_factory=lambda: [MappedText()])

    @property
    def text(self) -> str:
        """The cell's paragraphs' text, joined by spaces."""
        return " ".join(t for t in (p.finish()[0] for p in self.paragraphs) if t)


def place(rows: list[list[GridCell]], number: int) -> int:
    """Give each cell of table ``number`` its grid column (HTML's algorithm: a cell takes the
    first column that no cell from a row above still covers) and clamp row spans to the table;
    return the width. A table wider than the limits, or whose cells cover more grid places
    than it may have cells, is ``too-large`` (see :func:`pat_lint.readers.check_table`)."""
    covered: set[tuple[int, int]] = set()
    width = places = 0
    for r, row in enumerate(rows):
        col = 0
        for cell in row:
            while (r, col) in covered:
                col += 1
            cell.row, cell.col = r, col
            cell.rowspan = max(1, min(cell.rowspan, len(rows) - r))
            places += cell.rowspan * cell.colspan
            check_table(number, col + cell.colspan, places)
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    covered.add((r + dr, col + dc))
            col += cell.colspan
            width = max(width, col)
    return width


def header_rows(rows: list[list[GridCell]], width: int) -> set[int]:
    """The rows that hold column headers (see the module docstring): the leading rows marked
    as headers, else the first row; a title row (one cell across the table) is skipped for the
    row after it."""
    found: list[int] = []
    for r, row in enumerate(rows):
        if not (row and all(cell.header for cell in row)):
            break
        found.append(r)
    found = found or ([0] if rows else [])
    while found and _is_title_row(rows[found[0]], width) and found[0] + 1 < len(rows):
        found = found[1:] or [found[0] + 1]
    return set(found)


def _is_title_row(row: list[GridCell], width: int) -> bool:
    """One cell spanning the whole width of a table of several columns."""
    return len(row) == 1 and width > 1 and row[0].colspan >= width


def column_headers(rows: list[list[GridCell]], width: int) -> dict[int, str]:
    """Grid column → the text of the header cells over it, top to bottom, repeats dropped."""
    texts: dict[int, list[str]] = {}
    for r in sorted(header_rows(rows, width)):
        for cell in rows[r]:
            text = cell.text
            for col in range(cell.col, cell.col + cell.colspan):
                column = texts.setdefault(col, [])
                if text and text not in column:
                    column.append(text)
    return {col: " ".join(parts) for col, parts in texts.items() if parts}


def table_blocks(rows: list[list[GridCell]], number: int, path: str, width: int) -> list[Block]:
    """The blocks of a table: one per non-empty paragraph of each cell, row by row."""
    headers = column_headers(rows, width)
    blocks: list[Block] = []
    for row in rows:
        for cell in sorted(row, key=lambda c: c.col):
            header = headers.get(cell.col)
            where = (number, cell.row + 1, cell.col + 1)
            for paragraph in cell.paragraphs:
                block = make_block(BlockKind.TABLE_CELL, paragraph, path, header=header, cell=where)
                if block is None:
                    continue
                location = replace(
                    block.location,
                    row_end=cell.row + cell.rowspan if cell.rowspan > 1 else None,
                    col_end=cell.col + cell.colspan if cell.colspan > 1 else None,
                )
                blocks.append(replace(block, location=location))
    return blocks
