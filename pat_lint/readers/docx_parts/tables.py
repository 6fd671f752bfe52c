"""Tables on their grid: cells with the grid column where they start, merges, nested tables,
and the header row.

A ``gridSpan`` cell appears once in the XML and covers several grid columns; cells continuing a
vertical (``vMerge``) or legacy horizontal (``hMerge``) merge are marked as continuations, to
be skipped, and the cell that starts a vertical merge knows the last row it covers
(``row_end``), so that a merged "Outcome 1" cell is known to govern the rows beside it.
``gridBefore`` shifts a row's first cell. A table nested in a cell is read as more
paragraphs of that cell. The header row is the first row, or the second when the first is a
single cell spanning the whole table (a title row).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pat_lint.readers import MAX_TABLE_COLUMNS, too_large
from pat_lint.readers.docx_parts.xml import (
    W_P,
    W_TBL,
    W_TC,
    W_TR,
    W_VAL,
    collapse,
    content,
    int_val,
    text_of,
    w,
)


@dataclass
class Cell:
    """One ``w:tc`` with the grid column where it starts and how many it spans; ``vmerge`` is
    ``"restart"``/``"continue"`` in a vertical merge; ``rows`` is how many rows it covers."""

    element: Any
    grid_col: int
    span: int
    continuation: bool
    vmerge: str | None = None
    rows: int = 1


def table_rows(tbl: Any) -> list[list[Cell]]:
    """The table's rows, each a list of cells placed on the table grid, vertical merges
    measured (see :func:`_measure_vertical_merges`)."""
    rows: list[list[Cell]] = []
    for tr in content(tbl, {W_TR}):
        if tr.tag != W_TR:
            continue
        trpr = tr.find(w("trPr"))
        col = (int_val(trpr.find(w("gridBefore"))) or 0) if trpr is not None else 0
        cells: list[Cell] = []
        for tc in content(tr, {W_TC}):
            if tc.tag != W_TC:
                continue
            tcpr = tc.find(w("tcPr"))
            span = max(int_val(tcpr.find(w("gridSpan"))) or 1, 1) if tcpr is not None else 1
            if col + span > MAX_TABLE_COLUMNS:  # before any step walks the columns it spans
                raise too_large(f"{MAX_TABLE_COLUMNS:,} columns in a table")
            cells.append(Cell(tc, col, span, _is_continuation(tcpr), _vmerge(tcpr)))
            col += span
        rows.append(cells)
    _measure_vertical_merges(rows)
    return rows


def _vmerge(tcpr: Any) -> str | None:
    """``"restart"`` or ``"continue"`` for a cell in a vertical merge, else None."""
    merge = tcpr.find(w("vMerge")) if tcpr is not None else None
    if merge is None:
        return None
    return "restart" if merge.get(W_VAL) == "restart" else "continue"


def _measure_vertical_merges(rows: list[list[Cell]]) -> None:
    """Set ``rows`` of each cell that starts a vertical merge: itself and the continuation
    cells below it that start on the same grid column."""
    for r, row in enumerate(rows):
        for cell in row:
            if cell.vmerge != "restart":
                continue
            below = r + 1
            while below < len(rows) and any(
                other.vmerge == "continue" and other.grid_col == cell.grid_col
                for other in rows[below]
            ):
                below += 1
            cell.rows = below - r


def _is_continuation(tcpr: Any) -> bool:
    """A cell continuing a vertical (``vMerge``) or legacy horizontal (``hMerge``) merge."""
    if tcpr is None:
        return False
    for tag in ("vMerge", "hMerge"):
        merge = tcpr.find(w(tag))
        if merge is not None and (merge.get(W_VAL) or "continue") != "restart":
            return True
    return False


def cell_paragraphs(tc: Any) -> Iterator[Any]:
    """Paragraphs of a cell in order, descending into nested tables."""
    for child in content(tc, {W_P, W_TBL}):
        if child.tag == W_P:
            yield child
        elif child.tag == W_TBL:
            for row in table_rows(child):
                for cell in row:
                    if not cell.continuation:
                        yield from cell_paragraphs(cell.element)


def header_map(rows: list[list[Cell]]) -> dict[int, str]:
    """Grid column → text of the header-row cell over it (see the module docstring)."""
    if not rows:
        return {}
    header_row = rows[0]
    width = sum(cell.span for cell in header_row)
    if len(rows) > 1 and len(header_row) == 1 and width > 1 and width >= _grid_width(rows):
        header_row = rows[1]
    mapping: dict[int, str] = {}
    for cell in header_row:
        text = collapse(" ".join(text_of(p) for p in cell_paragraphs(cell.element)))
        if text:
            for col in range(cell.grid_col, cell.grid_col + cell.span):
                mapping[col] = text
    return mapping


def _grid_width(rows: list[list[Cell]]) -> int:
    """Number of grid columns the widest row covers."""
    return max((row[-1].grid_col + row[-1].span for row in rows if row), default=0)
