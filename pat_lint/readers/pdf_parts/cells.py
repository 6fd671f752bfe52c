"""Table cells turned into blocks, with tables continued across pages.

Each paragraph of a cell is one block, with the row and column where the cell starts;
``header`` is the text over the cell's column in the first row (the second when the first is
one cell spanning the whole table, a title row). A table that continues at the top of the next
page with the same columns keeps its number and goes on counting rows; a repeated header row
is skipped, and a row broken across the page (its first part's text unfinished, the rest
starting in lower case) is read as one row.
"""

from __future__ import annotations

from dataclasses import replace

from pat_lint.model import Block, BlockKind, Location
from pat_lint.readers.hyphens import join_lines
from pat_lint.readers.pdf_parts.lists import without_bullet
from pat_lint.readers.pdf_parts.page import TOLERANCE, Cell, Table
from pat_lint.readers.pdf_parts.paragraphs import TERMINAL, Para, ParagraphRules


class TableReader:
    """Turns tables (each a list of parts, one per page) into numbered TABLE_CELL blocks."""

    def __init__(self, path: str, rules: ParagraphRules) -> None:
        self.path = path
        self.rules = rules
        self.tables = 0

    def blocks(self, parts: list[Table]) -> list[Block]:
        """One block per paragraph of each cell, row by row, over all the table's parts.

        A part continuing the table on the next page skips a repeated header row, and a first
        row that only continues the text of the previous page's last row (a row broken across
        the page: no final punctuation before, lower case after) is merged into that row.
        """
        self.tables += 1
        header = self._header_texts(parts[0])
        header_row = self._row_texts(parts[0], 1)
        cells: dict[tuple[int, int], list[Block]] = {}
        last = 0
        for number, part in enumerate(parts):
            rows = sorted({cell.row for cell in part.cells.values()})
            if number and rows and self._row_texts(part, rows[0]) == header_row:
                rows = rows[1:]
            base = last + 1 - rows[0] if number and rows else 0  # continue the numbering
            for k, row in enumerate(rows):
                content = {
                    cell.col: self._cell_blocks(cell, row + base, header)
                    for cell in _row(part, row)
                }
                if number and k == 0 and _continues_row(cells, last, content):
                    _merge_row(cells, last, content)
                    base -= 1
                    continue
                last = row + base
                cells.update({(last, col): blocks for col, blocks in content.items()})
        return [block for blocks in cells.values() for block in blocks]

    def _header_texts(self, table: Table) -> dict[int, str]:
        """Column → header text, from the first row (or the second, after a title row)."""
        header = _row(table, 1)
        rows = sorted({cell.row for cell in table.cells.values()})
        width = len(table.xs) - 1
        if len(header) == 1 and header[0].span >= width > 1 and len(rows) > 1:
            header = _row(table, rows[1])
        texts: dict[int, str] = {}
        for cell in header:
            text = self._cell_text(cell)
            if text:
                texts.update(dict.fromkeys(range(cell.col, cell.col + cell.span), text))
        return texts

    def _row_texts(self, table: Table, row: int) -> list[str]:
        """The texts of a row's cells, left to right."""
        return [self._cell_text(cell) for cell in _row(table, row)]

    def _cell_paras(self, cell: Cell) -> list[Para]:
        """The paragraphs of one cell (worked out once)."""
        if cell.paras is not None:
            return cell.paras
        lines = sorted(cell.lines, key=lambda line: (-line.baseline, line.x0))
        cell.paras = []
        if lines:
            pad = max(min(line.x0 for line in lines) - cell.left, 0.0)
            right = cell.right - pad
            cell.paras = [Para([lines[0]])]
            for line in lines[1:]:
                if self.rules.continues(cell.paras[-1], line, right=right):
                    cell.paras[-1].lines.append(line)
                else:
                    cell.paras.append(Para([line]))
        return cell.paras

    def _cell_text(self, cell: Cell) -> str:
        """All the text of a cell on one line."""
        return " ".join(para.text for para in self._cell_paras(cell))

    def _cell_blocks(self, cell: Cell, row: int, header: dict[int, str]) -> list[Block]:
        """TABLE_CELL blocks for the paragraphs of a cell, each on the page where it starts."""
        blocks = []
        for para in self._cell_paras(cell):
            text = without_bullet(para.text, para.first.marker)
            if text:
                location = Location(
                    path=self.path, page=para.first.page, table=self.tables, row=row, col=cell.col
                )
                blocks.append(
                    Block(BlockKind.TABLE_CELL, text, location, header=header.get(cell.col))
                )
        return blocks


def same_columns(a: Table, b: Table) -> bool:
    """Two table parts with the same column rulings (a table continued on the next page)."""
    return (
        b.page == a.page + 1
        and len(a.xs) == len(b.xs)
        and all(abs(x - y) <= TOLERANCE for x, y in zip(a.xs, b.xs, strict=True))
    )


def _continues_row(
    cells: dict[tuple[int, int], list[Block]], row: int, content: dict[int, list[Block]]
) -> bool:
    """Whether a row only carries on ``row`` above it (a row broken across a page).

    It does when some cell's text continues the unfinished text above it (no final
    punctuation before, lower case after) and every filled cell has text above it.
    """
    filled = [(col, blocks) for col, blocks in content.items() if blocks]
    if not filled or any(not cells.get((row, col)) for col, _ in filled):
        return False
    return any(_carries_on(cells[(row, col)][-1], blocks[0]) for col, blocks in filled)


def _carries_on(above: Block, below: Block) -> bool:
    """``below`` continues the sentence that ``above`` left unfinished."""
    return not TERMINAL.search(above.text) and below.text[:1].islower()


def _merge_row(
    cells: dict[tuple[int, int], list[Block]], row: int, content: dict[int, list[Block]]
) -> None:
    """Add a broken row's continuation to the cells of ``row``: text that carries on is
    joined to the last paragraph above it, other paragraphs follow it."""
    for col, blocks in content.items():
        if not blocks:
            continue
        above = cells[(row, col)]
        if _carries_on(above[-1], blocks[0]):
            above[-1] = replace(above[-1], text=join_lines(above[-1].text, blocks[0].text))
            blocks = blocks[1:]
        above.extend(replace(b, location=replace(b.location, row=row)) for b in blocks)


def _row(table: Table, row: int) -> list[Cell]:
    """The cells of a grid row, left to right."""
    return sorted((c for c in table.cells.values() if c.row == row), key=lambda c: c.col)
