"""Tables drawn without rulings, found from the alignment of their text.

Results frameworks are often laid out as a table without borders, or with tab stops. Their
columns show as gutters: vertical strips that no word of consecutive rows crosses.

- A table starts at a row cut into pieces by wide gaps (see :mod:`.lines`); those gaps are its
  first gutters. It takes the rows under it, each narrowing the gutters to the part its words
  leave free (text may come within :data:`MIN_WIDTH` pt of the next column), while no gutter
  closes, the rows follow within :data:`MAX_ROW_GAP` line pitches and none is set larger (a
  heading). A later row cut into pieces may open a gutter where no row above has text.
- After the last row cut into pieces, the first row with words on both sides of a gutter less
  than :data:`MIN_GUTTER` em apart is running text: the table ends before it.
- It is a table when it has two columns at least, two rows cut into pieces and text in every
  column on two rows, no column of bare list markers, and no line set larger than the rest
  after its first row. Two columns only, both wide (each :data:`TEXT_COLUMN_SHARE` of the
  width), are text set in columns, not a table (:mod:`.order` reads them); a table of two
  columns is a narrow one of labels or numbers beside a wide one.

The lines are cut at the gutters, and each column's lines are joined into paragraphs
(:mod:`.paragraphs`, with the column's right edge as the line end and the table's own line
pitch). A table row starts at the first line and wherever no paragraph runs on from above and
either the first column or two columns start a paragraph at the same height; a paragraph
belongs to the row in which it starts, so a cell keeps the two indicators written one under
the other, and a row whose first column is empty (under a merged outcome cell) is still a row.
The result is a :class:`~.page.Table` like a ruled one: rows and columns numbered from 1, the
first row giving the headers.
"""

from __future__ import annotations

from pat_lint.readers.pdf_parts.lines import line_of
from pat_lint.readers.pdf_parts.lists import MARKER
from pat_lint.readers.pdf_parts.page import Cell, Line, Page, Table
from pat_lint.readers.pdf_parts.paragraphs import Para, ParagraphRules

#: a gap this wide (em) between two columns is a gutter even in a row of running text
MIN_GUTTER = 0.6
#: the narrowest a gutter may become where a row's text nearly touches the next column (pt)
MIN_WIDTH = 1.0
#: the widest gap between two rows of one table (line pitches)
MAX_ROW_GAP = 2.5
#: two columns each this share of the width at least are columns of text
TEXT_COLUMN_SHARE = 0.35


def find_aligned_tables(page: Page, rules: ParagraphRules, body_size: float) -> None:
    """Move the lines of each borderless table on the page into a table of ``page.tables``."""
    rows = _rows(page.lines)
    taken: set[int] = set()
    k = 0
    while k < len(rows):
        if len(rows[k]) < 2:
            k += 1
            continue
        end, gutters = _grow(rows, k, body_size)
        table = _table(page.number, rows[k:end], gutters, rules, body_size)
        if table is None:
            k += 1
            continue
        page.tables.append(table)
        taken.update(id(line) for row in rows[k:end] for line in row)
        k = end
    if taken:
        page.lines = [line for line in page.lines if id(line) not in taken]


def _rows(lines: list[Line]) -> list[list[Line]]:
    """Lines grouped into visual rows (pieces whose heights overlap by half), top first."""
    rows: list[list[Line]] = []
    for line in sorted(lines, key=lambda line: (-line.baseline, line.x0)):
        if rows:
            last = rows[-1][0]
            overlap = min(last.y1, line.y1) - max(last.y0, line.y0)
            if overlap >= 0.5 * min(last.y1 - last.y0, line.y1 - line.y0):
                rows[-1].append(line)
                continue
        rows.append([line])
    return rows


def _grow(rows: list[list[Line]], start: int, body_size: float) -> tuple[int, list[float]]:
    """The end (exclusive) of the block of rows from ``start`` that keeps a gutter open, and
    the middles of its gutters (see the module docstring)."""
    gutters = _seed_gutters(rows[start])
    size = max(line.size for line in rows[start])
    end, last_seed = start + 1, start
    while end < len(rows):
        above, row = rows[end - 1], rows[end]
        pitch = max(line.size for line in above) * 1.25
        if min(line.y0 for line in above) - max(line.y1 for line in row) > MAX_ROW_GAP * pitch:
            break
        if any(line.size >= size + 1.5 for line in row):
            break  # a heading after the table
        narrowed = [gap for gutter in gutters if (gap := _free(gutter, row)) is not None]
        if len(narrowed) < len(gutters):
            break  # text across a gutter: running text after the table
        gutters = narrowed
        if len(row) > 1:
            gutters = _add_gutters(gutters, _seed_gutters(row), rows[start:end])
            last_seed = end
        end += 1
    after = range(last_seed + 1, end)
    end = next((k for k in after if _crosses(rows[k], gutters, body_size)), end)
    return end, [(a + b) / 2 for a, b in gutters]


def _seed_gutters(row: list[Line]) -> list[tuple[float, float]]:
    """The gaps between the pieces of a row cut at wide gaps."""
    pieces = sorted(row, key=lambda line: line.x0)
    return [(a.x1, b.x0) for a, b in zip(pieces, pieces[1:], strict=False) if b.x0 > a.x1]


def _free(gutter: tuple[float, float], row: list[Line]) -> tuple[float, float] | None:
    """The widest part of a gutter that no word of the row covers (None when none is left)."""
    a, b = gutter
    parts: list[tuple[float, float]] = []
    for x0, x1 in sorted(box for line in row for box in line.words()):
        if x1 <= a or x0 >= b:
            continue
        if x0 > a:
            parts.append((a, x0))
        a = max(a, x1)
    if b > a:
        parts.append((a, b))
    best = max(parts, key=lambda part: part[1] - part[0], default=None)
    return best if best is not None and best[1] - best[0] >= MIN_WIDTH else None


def _add_gutters(
    gutters: list[tuple[float, float]], seeds: list[tuple[float, float]], rows: list[list[Line]]
) -> list[tuple[float, float]]:
    """Gutters with a later row's own gaps added where no earlier row of the block has text."""
    for seed in seeds:
        if any(min(seed[1], b) > max(seed[0], a) for a, b in gutters):
            continue
        gap: tuple[float, float] | None = seed
        for row in rows:
            gap = _free(gap, row) if gap is not None else None
        if gap is not None:
            gutters = sorted([*gutters, gap])
    return gutters


def _crosses(row: list[Line], gutters: list[tuple[float, float]], body_size: float) -> bool:
    """Whether a row has words on both sides of a gutter with no more than a word space
    between them there (a line of running text)."""
    boxes = sorted(box for line in row for box in line.words())
    for a, b in gutters:
        left = [x1 for x0, x1 in boxes if x1 <= (a + b) / 2]
        right = [x0 for x0, x1 in boxes if x0 >= (a + b) / 2]
        if left and right and min(right) - max(left) < MIN_GUTTER * body_size:
            return True
    return False


def _table(
    page: int, rows: list[list[Line]], gutters: list[float], rules: ParagraphRules, body: float
) -> Table | None:
    """The table a block of rows makes, or None when it is not one."""
    if not gutters or len(rows) < 2 or sum(len(row) > 1 for row in rows) < 2:
        return None
    columns = [_column_lines(page, rows, gutters, c) for c in range(len(gutters) + 1)]
    if any(len({round(line.baseline) for line in lines}) < 2 for lines in columns):
        return None
    if any(all(MARKER.match(line.text) for line in lines) for lines in columns):
        return None  # list markers set apart from their items
    sizes = sorted(line.size for lines in columns for line in lines)
    usual = sizes[len(sizes) // 2]
    if any(line.size >= usual + 1.5 for row in rows[1:] for line in row):
        return None  # a heading among the rows: columns of text
    tight = rules.within(columns)
    paras = [_paragraphs(lines, tight) for lines in columns]
    starts = _row_starts(paras)
    width = max(line.x1 for row in rows for line in row) - min(x.x0 for row in rows for x in row)
    if len(columns) == 2 and all(
        max(x.x1 for x in lines) - min(x.x0 for x in lines) >= TEXT_COLUMN_SHARE * width
        for lines in columns
    ):
        return None  # two columns of text
    return _build(page, rows, columns, paras, starts)


def _column_lines(page: int, rows: list[list[Line]], gutters: list[float], c: int) -> list[Line]:
    """The pieces of the rows' lines that fall in column ``c`` (between gutters c-1 and c)."""
    left = gutters[c - 1] if c else float("-inf")
    right = gutters[c] if c < len(gutters) else float("inf")
    pieces = []
    for row in rows:
        for line in row:
            inside = [k for k, g in enumerate(line.glyphs) if left <= (g.x0 + g.x1) / 2 < right]
            if not inside:
                continue
            if len(inside) == len(line.glyphs):
                pieces.append(line)
                continue
            glyphs = [line.glyphs[k] for k in inside]
            breaks = {
                i for i, k in enumerate(inside) if i and (k in line.breaks or k - 1 not in inside)
            }
            pieces.append(line_of(page, glyphs, breaks))
    return pieces


def _paragraphs(lines: list[Line], rules: ParagraphRules) -> list[Para]:
    """A column's lines joined into paragraphs, the column's right edge as the line end."""
    lines = sorted(lines, key=lambda line: (-line.baseline, line.x0))
    right = max(line.x1 for line in lines)
    paras = [Para([lines[0]])]
    for line in lines[1:]:
        if rules.continues(paras[-1], line, right=right):
            paras[-1].lines.append(line)
        else:
            paras.append(Para([line]))
    return paras


def _row_starts(columns: list[list[Para]]) -> list[float]:
    """The baselines where table rows start, top first (see the module docstring)."""
    baselines = sorted({p.first.baseline for paras in columns for p in paras}, reverse=True)
    starts: list[float] = []
    for y in baselines:
        starting = [
            c for c, paras in enumerate(columns) for p in paras if _near(p.first.baseline, y)
        ]
        running = any(
            p.first.baseline > y + 1.0 and p.lines[-1].baseline < y + 1.0
            for paras in columns
            for p in paras
        )
        if not starts or (not running and (0 in starting or len(set(starting)) >= 2)):
            starts.append(y)
    return starts


def _near(a: float, b: float) -> bool:
    return abs(a - b) <= 1.0


def _build(
    page: int,
    rows: list[list[Line]],
    columns: list[list[Line]],
    paras: list[list[Para]],
    starts: list[float],
) -> Table:
    """A Table of Cells, one per (row, column) that has text, paragraphs worked out."""
    lines = [line for row in rows for line in row]
    lefts = [min(line.x0 for line in column) for column in columns]
    rights = [max(line.x1 for line in column) for column in columns]
    table = Table(
        page=page,
        x0=min(line.x0 for line in lines),
        x1=max(line.x1 for line in lines),
        y0=min(line.y0 for line in lines),
        y1=max(line.y1 for line in lines),
        xs=[*lefts, rights[-1]],
        ys=[y + 1.0 for y in starts],
        segments=[],
    )
    for c, column in enumerate(paras):
        for para in column:
            row = max(r for r, y in enumerate(starts) if y >= para.first.baseline - 1.0)
            key = (float(row), float(c), 0.0, 0.0)
            cell = table.cells.setdefault(key, Cell(row + 1, c + 1, 1, lefts[c], rights[c]))
            cell.lines.extend(para.lines)
            cell.paras = [*(cell.paras or []), para]
    return table
