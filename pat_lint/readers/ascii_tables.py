"""Tables drawn with characters in plain text, read as table cells.

Two drawings are recognised, as text editors, pandoc, Emacs and people draw them:

- **grid tables**: ``+----+----+`` borders, ``|`` between columns, a cell's text wrapped over
  several lines inside its column, the header rows closed by ``+====+`` (or by the first
  ``+----+``). Columns are found from the ``+`` of the border lines; a cell is wider than one
  column where a row's lines have no ``|`` on a column edge (a title row spanning the table),
  and taller than one row where a separator line leaves the cell's width blank
  (``|     +----+``);
- **pipe tables**: rows ``| a | b |``, with separator lines ``|----+----|`` or ``|---|---|``
  (Emacs org tables, Markdown pipe tables pasted into text). When separator lines stand between
  the body rows too, the lines between two separators are one row whose cells are wrapped over
  those lines; otherwise each line is a row.

A cell's lines are joined with spaces (a word broken with a hyphen at a line end is mended as
in any paragraph, :func:`pat_lint.readers.hyphens.join_lines`); a blank line inside a cell, or a
line starting with a list marker, starts another paragraph of the cell. Every character keeps
its line and column in the file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from pat_lint.readers.grid import GridCell
from pat_lint.readers.hyphens import join_lines
from pat_lint.readers.mapped import MappedText

#: a border or separator line of a grid table: ``+---+===+`` or, around a cell that goes on
#: below, ``|   +---+``
# Line shapes, matched in time and memory linear in the line (a repeated group such as
# ``(?:[-=]+\+)+`` keeps ~100 bytes a repetition: 500 MiB for a line of 3,000,000 dashes).
_GRID_RULE = re.compile(r"[+|][-=: +|]*[+|]")  # "+---+===+", "|   +---|"
_GRID_BORDER = re.compile(r"\+[-=:+]*\+")  # "+---+---+" (and no "++", see _is_grid_border)
_PIPE_RULE_CELL = re.compile(r"\s*:?[-=]+:?\s*")  # "---", " :--: "
_CELL_EDGE = re.compile(r"[+|]")
_PIPE_ROW = re.compile(r"^\|.*\|$")


def _is_grid_border(text: str) -> bool:
    """``+---+---+``: pluses with dashes, equals signs or colons between each two."""
    return bool(_GRID_BORDER.fullmatch(text)) and "++" not in text


def _is_pipe_rule(text: str) -> bool:
    """``|---|:--:|`` (or ``|---+---|``): cells of dashes between bars."""
    if len(text) < 2 or text[0] != "|" or text[-1] not in "+|":
        return False
    start = 1
    for edge in _CELL_EDGE.finditer(text, 1):
        if not _PIPE_RULE_CELL.fullmatch(text, start, edge.start()):
            return False
        start = edge.end()
    return True


@dataclass(frozen=True)
class SourceLine:
    """A line of a table: its 1-based number in the file and its text."""

    number: int
    text: str


def table_extent(lines: list[SourceLine], index: int) -> int:
    """How many lines from ``index`` make up a drawn table (0 when none starts there)."""
    first = lines[index].text.strip()
    end = index
    while end < len(lines) and lines[end].text.strip()[:1] in ("+", "|"):
        stripped = lines[end].text.strip()
        if not (stripped.endswith(("+", "|"))):
            break
        end += 1
    count = end - index
    if count < 2:
        return 0
    body = [line.text.strip() for line in lines[index:end]]
    if _is_grid_border(first):
        while count > 1 and not _is_grid_rule(body[count - 1]):
            count -= 1  # a grid table ends with its last border
        return count if count >= 3 else 0
    if not first.startswith("|"):
        return 0
    rows = [text for text in body if not _is_pipe_rule(text)]
    cells = {len(_split_pipe(text)) for text in rows}
    has_rule = any(_is_pipe_rule(text) for text in body)
    if rows and all(_PIPE_ROW.match(text) for text in rows) and max(cells) >= 2:
        return count if has_rule or len(rows) >= 2 else 0
    return 0


def _is_grid_rule(text: str) -> bool:
    """A border or separator line of a grid table (it draws some ``-`` or ``=``; a line of
    ``|`` and spaces is an empty line inside the cells)."""
    return bool(_GRID_RULE.fullmatch(text)) and ("-" in text or "=" in text)


def read_table(lines: list[SourceLine]) -> list[list[GridCell]]:
    """The rows of cells of a drawn table (its lines as :func:`table_extent` found them)."""
    if _is_grid_border(lines[0].text.strip()):
        return _GridReader(lines).rows()
    return _pipe_rows(lines)


# --------------------------------------------------------------------------------------------
# Grid tables


class _GridReader:
    """Reads a grid table from the positions of its ``+`` and ``|`` characters."""

    def __init__(self, lines: list[SourceLine]) -> None:
        self.lines = lines
        self.rules = [i for i, line in enumerate(lines) if _is_grid_rule(line.text.strip())]
        edges: set[int] = set()
        for i in self.rules:
            text = lines[i].text
            edges |= {k for k, char in enumerate(text) if char == "+"}
        self.edges = sorted(edges)
        head_rule = next((i for i in self.rules if "=" in lines[i].text), None)
        self.head_end = head_rule if head_rule is not None else -1

    def rows(self) -> list[list[GridCell]]:
        """Rows of cells, spans found from the drawing."""
        rows: list[list[GridCell]] = []
        open_cells: dict[tuple[int, int], GridCell] = {}  # (first edge, last edge) → cell above
        for upper, lower in zip(self.rules, self.rules[1:], strict=False):
            band = list(range(upper + 1, lower))
            if not band:
                continue
            continuing = self._continuing(upper)
            row: list[GridCell] = []
            kept: dict[tuple[int, int], GridCell] = {}
            for span in self._cell_spans(band):
                cell = open_cells.get(span) if continuing(span) else None
                if cell is None:
                    cell = GridCell(row=len(rows), col=span[0], header=upper < self.head_end)
                    cell.colspan = span[1] - span[0]
                    row.append(cell)
                else:
                    cell.rowspan += 1
                    cell.paragraphs.append(MappedText())
                self._collect(cell, band, span)
                kept[span] = cell
            open_cells = kept
            rows.append(row)
        return rows

    def _cell_spans(self, band: list[int]) -> list[tuple[int, int]]:
        """The cells of a row band as (first edge, last edge) indexes into ``self.edges``."""
        inner = [
            k
            for k in range(1, len(self.edges) - 1)
            if all(self._char(i, self.edges[k]) in "|+" for i in band)
        ]
        bounds = [0, *inner, len(self.edges) - 1]
        return list(zip(bounds, bounds[1:], strict=False))

    def _continuing(self, rule: int) -> Callable[[tuple[int, int]], bool]:
        """Whether a separator line draws no ``-`` or ``=`` over a span of edges: the cell
        above it goes on below it. Each gap between two edges is looked at once."""
        text = self.lines[rule].text
        gaps = [0]  # gaps[k]: how many of the gaps before edge k the line draws over
        marks = [0]  # marks[k]: how many of the edges before edge k it draws over
        for left, right in zip(self.edges, self.edges[1:], strict=False):
            gaps.append(gaps[-1] + bool(_DRAWN.search(text, left + 1, right)))
            marks.append(marks[-1] + (text[left : left + 1] in ("-", "=")))
        return lambda span: gaps[span[1]] == gaps[span[0]] and marks[span[1]] == marks[span[0] + 1]

    def _char(self, line: int, column: int) -> str:
        text = self.lines[line].text
        return text[column] if column < len(text) else " "

    def _collect(self, cell: GridCell, band: list[int], span: tuple[int, int]) -> None:
        """Append the text of a cell's lines in this band to the cell."""
        start, end = self.edges[span[0]] + 1, self.edges[span[1]]
        pieces = [(self.lines[i], start, end) for i in band]
        _add_lines(cell, pieces)


# --------------------------------------------------------------------------------------------
# Pipe tables


_DRAWN = re.compile(r"[-=]")


def _split_pipe(text: str) -> list[tuple[int, int]]:
    """(start, end) columns of the cells of a ``| a | b |`` row (escaped ``\\|`` kept)."""
    bars = [m.start() for m in re.finditer(r"(?<!\\)\|", text)]
    return [(a + 1, b) for a, b in zip(bars, bars[1:], strict=False)]


def _pipe_rows(lines: list[SourceLine]) -> list[list[GridCell]]:
    """Rows of a pipe table: one per line, or one per band between separators when separators
    stand between the body rows too; the rows above the first separator are header rows."""
    rules = [i for i, line in enumerate(lines) if _is_pipe_rule(line.text.strip())]
    is_rule = set(rules)
    body_rules = [i for i in rules[1:] if i < len(lines) - 1]
    if rules and body_rules:
        bounds = [-1, *rules, len(lines)]
        bands = [list(range(a + 1, b)) for a, b in zip(bounds, bounds[1:], strict=False)]
    else:
        bands = [[i] for i in range(len(lines)) if i not in is_rule]
    head_end = rules[0] if rules else -1
    rows: list[list[GridCell]] = []
    for band in bands:
        band = [i for i in band if i not in is_rule]
        if not band:
            continue
        row: list[GridCell] = []
        cells = {i: _split_pipe(lines[i].text) for i in band}
        width = max(len(spans) for spans in cells.values())
        for k in range(width):
            cell = GridCell(row=len(rows), col=k, header=band[0] < head_end)
            pieces = []
            for i in band:
                spans = cells[i]
                if k < len(spans):
                    pieces.append((lines[i], *spans[k]))
            _add_lines(cell, pieces)
            row.append(cell)
        rows.append(row)
    return rows


# --------------------------------------------------------------------------------------------
# Cell text

_ITEM_START = re.compile(
    r"(?:(?P<strong>[-*•–▪◦●■‣➢►·])|\d{1,2}[.)]|\d{1,2}(?:\.\d{1,2})+\.?|[a-z][.)])\s+\S"
)


def _add_lines(cell: GridCell, pieces: list[tuple[SourceLine, int, int]]) -> None:
    """Add the text of a cell's lines (line, first column, end column) to its paragraphs: a
    blank line ends a paragraph; a list marker starts one when it is a bullet, when the line
    before ends a sentence, or when the paragraph itself started with a marker."""
    previous, listed = "", False
    for line, start, end in pieces:
        segment = line.text[start:end]
        content = segment.strip()
        current = cell.paragraphs[-1]
        if not content:
            if len(current):
                cell.paragraphs.append(MappedText())
            previous = ""
            continue
        offset = start + len(segment) - len(segment.lstrip())
        item = _ITEM_START.match(content)
        if len(current) and item and (item.group("strong") or listed or previous[-1:] in ".;:"):
            current = MappedText()
            cell.paragraphs.append(current)
        if not len(current):
            listed = item is not None
        else:
            _join(current, previous, content)
        current.extend(content, line.number, offset + 1)
        previous = content


def _join(text: MappedText, previous: str, following: str) -> None:
    """Join the next line to a paragraph: a space, or nothing (a mended hyphenated word)."""
    joined = join_lines(previous, following)
    if previous.endswith("-") and joined == previous[:-1] + following:
        text.pop()
    elif joined != previous + following:
        text.append(" ", text.last_position)
