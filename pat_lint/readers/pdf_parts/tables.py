"""Ruled tables found from a page's rulings, and lines placed in their cells.

Horizontal and vertical ruling segments that touch form a grid; a grid of at least two cells
is a table (LibreOffice, Word and reportlab all draw ruled tables this way). A piece of text
belongs to the cell bounded by the nearest rulings around it, so merged cells are read once,
with the row and column where they start. Rows and columns are numbered on the grid (1-based).
Tables drawn without rulings are not recognised: their cells are read as lines.
"""

from __future__ import annotations

from pat_lint.readers.pdf_parts.page import TOLERANCE, Cell, Line, Segment, Table, index, unique


def find_tables(page: int, segments: list[Segment]) -> list[Table]:
    """Grids of touching rulings with at least two cells."""
    horizontal = _merge_collinear([s for s in segments if s.horizontal], True)
    vertical = _merge_collinear(
        [s for s in segments if not s.horizontal and s.x1 - s.x0 <= TOLERANCE], False
    )
    parent = list(range(len(horizontal) + len(vertical)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, h in enumerate(horizontal):
        for j, v in enumerate(vertical):
            if (
                h.x0 - TOLERANCE <= v.x0 <= h.x1 + TOLERANCE
                and v.y0 - TOLERANCE <= h.y0 <= v.y1 + TOLERANCE
            ):
                parent[find(i)] = find(len(horizontal) + j)
    groups: dict[int, list[Segment]] = {}
    for i, segment in enumerate(horizontal + vertical):
        groups.setdefault(find(i), []).append(segment)
    tables = [_table_of(page, group) for group in groups.values()]
    return [table for table in tables if table is not None]


def _merge_collinear(segments: list[Segment], horizontal: bool) -> list[Segment]:
    """Touching or overlapping segments on the same line (within half the tolerance across)
    merged into one. Segments a fraction of a point apart across are compared whatever their
    order along the line (two tables' borders at x = 449.8 and x = 450.7 are not one line)."""

    def across(s: Segment) -> float:
        return s.y0 if horizontal else s.x0

    def along(s: Segment) -> tuple[float, float]:
        return (s.x0, s.x1) if horizontal else (s.y0, s.y1)

    def touching(segment: Segment, merged: list[Segment]) -> Segment | None:
        start, end = along(segment)
        for last in reversed(merged):
            if across(segment) - across(last) > TOLERANCE / 2:
                return None
            low, high = along(last)
            if start <= high + TOLERANCE and end >= low - TOLERANCE:
                return last
        return None

    merged: list[Segment] = []
    for segment in sorted(segments, key=lambda s: (across(s), along(s))):
        last = touching(segment, merged)
        if last is None:
            merged.append(Segment(segment.x0, segment.y0, segment.x1, segment.y1))
        elif horizontal:
            last.x0, last.x1 = min(last.x0, segment.x0), max(last.x1, segment.x1)
        else:
            last.y0, last.y1 = min(last.y0, segment.y0), max(last.y1, segment.y1)
    return merged


def _table_of(page: int, group: list[Segment]) -> Table | None:
    """A table from a connected group of rulings, or None when it is not a grid of cells."""
    xs = unique(s.x0 for s in group if not s.horizontal)
    ys = unique(s.y0 for s in group if s.horizontal)
    if len(xs) < 2 or len(ys) < 2 or (len(xs) - 1) * (len(ys) - 1) < 2:
        return None
    return Table(
        page=page,
        x0=min(s.x0 for s in group),
        x1=max(s.x1 for s in group),
        y0=min(s.y0 for s in group),
        y1=max(s.y1 for s in group),
        xs=xs,
        ys=ys[::-1],
        segments=group,
    )


def place_in_table(line: Line, tables: list[Table]) -> bool:
    """Put a line in the table cell around it; False when it is in no cell."""
    middle_y = (line.y0 + line.y1) / 2
    middle_x = (line.x0 + line.x1) / 2
    for table in tables:
        if not (table.x0 <= middle_x <= table.x1 and table.y0 <= middle_y <= table.y1):
            continue
        bounds = _cell_bounds(table, line, middle_x, middle_y)
        if bounds is None:
            continue
        cell = table.cells.get(bounds)
        if cell is None:
            left, right, top, _bottom = bounds
            col = index(table.xs, left)
            cell = Cell(
                row=index(table.ys, top) + 1,
                col=col + 1,
                span=max(index(table.xs, right) - col, 1),
                left=left,
                right=right,
            )
            table.cells[bounds] = cell
        cell.lines.append(line)
        return True
    return False


def _cell_bounds(
    table: Table, line: Line, middle_x: float, middle_y: float
) -> tuple[float, float, float, float] | None:
    """(left, right, top, bottom) of the nearest rulings around a line, or None."""
    lefts, rights, tops, bottoms = [], [], [], []
    for s in table.segments:
        if s.horizontal:
            if s.x0 - TOLERANCE <= middle_x <= s.x1 + TOLERANCE:
                (tops if s.y0 >= middle_y else bottoms).append(s.y0)
        elif s.y0 - TOLERANCE <= middle_y <= s.y1 + TOLERANCE:
            if s.x0 <= line.x0 + TOLERANCE:
                lefts.append(s.x0)
            elif s.x0 >= line.x1 - TOLERANCE:
                rights.append(s.x0)
    if not (lefts and rights and tops and bottoms):
        return None
    return max(lefts), min(rights), min(tops), max(bottoms)
