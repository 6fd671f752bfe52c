"""Tables: the indicators of results-matrix / logframe tables.

The indicator column is found by its header in any of the three languages wherever it sits
("Indicators", "Key indicators", "Indicateurs objectivement vérifiables", "Indicadores"), in
the cells' ``header`` or in one of the first two rows. Each paragraph of a cell is one
indicator; header cells, sub-header rows ("Outcome 1: ...") and empty cells ("—", "N/A") are
skipped. A breakdown column of the same row ("Disaggregation") or a value given per sex
("Women: 0") adds to the indicator's breakdowns. A table without an indicator column may still
label rows ("Indicator 1.1" | text).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from pat_lint.analysis.cues import pattern
from pat_lint.analysis.indicators.disaggregation import cell_breakdowns, order_dimensions
from pat_lint.analysis.indicators.lexicons import fold, lexicon, structure_words
from pat_lint.analysis.indicators.spans import (
    Span,
    clean,
    display_text,
    enumerated_parts,
    is_result_statement,
    label_patterns,
    paragraphs,
    spans_of,
)
from pat_lint.model import LANGUAGES, Block, BlockKind


def spans_in_tables(blocks: Sequence[Block], explicit_rows: bool = False) -> dict[int, list[Span]]:
    """Indicator spans of every table of a document, by the block index where each starts.

    A cell piece in lower case continues the cell above it, as readers of Word and PDF tables
    split a cell over rows ("obtain skills …", "desagregado por sexo …"); when the rows are
    ``explicit_rows`` (Markdown), a row whose other cells are written (a baseline, a target) is
    an indicator of its own, whatever its first letter ("l'indice des richesses …")."""
    found: dict[int, list[Span]] = {}
    for table in _tables(blocks).values():
        found.update(_table_spans(blocks, table, explicit_rows))
    return found


def is_indicator_header(text: str) -> bool:
    """Whether a column header names the indicator column ("Indicators", "Key indicators",
    "Indicateurs objectivement vérifiables", "Indicador(es)") — not "Baseline" or "Means of
    verification" even if they mention indicators."""
    folded = fold(display_text(text))
    _, bare, _ = label_patterns()
    if re.search(r"\d", folded):  # "Indicator 1.1" labels a row; a header has no number
        return False
    if not bare.search(folded) and not re.search(r"indica(?:tor|teur|dor)\(", folded):
        return False
    words = set(re.findall(r"[^\W\d_]+", folded))
    not_headers = structure_words("not_indicator_headers")
    return not any(word in not_headers for word in words)


def _is_disaggregation_header(text: str) -> bool:
    folded = fold(display_text(text))
    return any(word in folded for word in structure_words("disaggregation_headers"))


@dataclass
class _Table:
    """The table cells of one table, and which columns hold indicators and breakdowns."""

    cells: list[int] = field(default_factory=list)
    indicator_cols: set[int] = field(default_factory=set)
    breakdown_cols: set[int] = field(default_factory=set)
    header_rows: set[int] = field(default_factory=set)


def _tables(blocks: Sequence[Block]) -> dict[int, _Table]:
    """Tables by number, with their indicator and breakdown columns found from the headers."""
    tables: dict[int, _Table] = {}
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.TABLE_CELL and block.location.table is not None:
            tables.setdefault(block.location.table, _Table()).cells.append(index)
    for table in tables.values():
        _find_columns(blocks, table)
    return tables


def _find_columns(blocks: Sequence[Block], table: _Table) -> None:
    """Find the indicator (and breakdown) columns of a table from ``header`` or header rows."""
    for index in table.cells:
        block = blocks[index]
        if block.header:
            if is_indicator_header(block.header):
                table.indicator_cols.add(block.location.col or 0)
            elif _is_disaggregation_header(block.header):
                table.breakdown_cols.add(block.location.col or 0)
            if fold(block.text) == fold(block.header):
                table.header_rows.add(block.location.row or 0)
    if table.indicator_cols:
        return
    rows = sorted({blocks[i].location.row or 0 for i in table.cells})[:2]
    for row in rows:
        in_row = _row_cells(blocks, table, row)
        cols = {blocks[i].location.col or 0 for i in in_row if is_indicator_header(blocks[i].text)}
        if cols:
            table.indicator_cols |= cols
            table.header_rows.add(row)
            table.breakdown_cols |= {
                blocks[i].location.col or 0
                for i in in_row
                if _is_disaggregation_header(blocks[i].text)
            }
            return


def _row_cells(blocks: Sequence[Block], table: _Table, row: int) -> list[int]:
    return [i for i in table.cells if (blocks[i].location.row or 0) == row]


def _table_spans(
    blocks: Sequence[Block], table: _Table, explicit_rows: bool
) -> dict[int, list[Span]]:
    """Indicator spans of one table, by the block index where each starts. Each row is looked
    at once (its cells by column, its breakdowns), so a table costs time in proportion to its
    cells however wide it is."""
    found: dict[int, list[Span]] = {}
    pieces: list[tuple[int, int, int, tuple[str, ...]]] = []
    own_rows: set[int] = set()  # indicator cells that are rows of their own
    rows: dict[int, _Row] = {}
    for index in table.cells:
        row = blocks[index].location.row or 0
        rows.setdefault(row, _Row()).add(index, blocks[index])
    for index in table.cells:
        block = blocks[index]
        row, col = block.location.row or 0, block.location.col or 0
        if row in table.header_rows or (block.header and fold(block.text) == fold(block.header)):
            continue
        cells = rows[row]
        if col in table.indicator_cols:
            if not _is_sub_header(block, cells):
                if cells.breakdowns is None:
                    cells.breakdowns = _row_breakdowns(blocks, table, cells.indexes)
                extra = cells.breakdowns
                pieces += [(index, s, e, extra) for s, e in _cell_pieces(block.text)]
                if explicit_rows and _own_row(blocks, index, cells):
                    own_rows.add(index)
        elif not table.indicator_cols and _is_row_label(block.text):
            for other in cells.by_col.get(col + 1, ()):
                found[other] = spans_of(other, blocks[other].text)
    for span in _join_pieces(blocks, pieces, own_rows):
        found.setdefault(span.block, []).append(span)
    return found


@dataclass
class _Row:
    """The cells of one table row: in order, by column, the columns of each (folded) text,
    and the breakdowns the row names (found when first needed)."""

    indexes: list[int] = field(default_factory=list)
    by_col: dict[int, list[int]] = field(default_factory=dict)
    cols_of_text: dict[str, set[int | None]] = field(default_factory=dict)
    breakdowns: tuple[str, ...] | None = None

    def add(self, index: int, block: Block) -> None:
        self.indexes.append(index)
        self.by_col.setdefault(block.location.col or 0, []).append(index)
        self.cols_of_text.setdefault(fold(block.text), set()).add(block.location.col)


def _is_sub_header(block: Block, row: _Row) -> bool:
    """A row that heads a group of rows ("Outcome 1: ...") rather than holding an indicator:
    its indicator cell states a result, or repeats another cell of the row (a merged cell)."""
    if is_result_statement(block.text):
        return True
    return bool(row.cols_of_text.get(fold(block.text), set()) - {block.location.col})


def _cell_pieces(text: str) -> list[tuple[int, int]]:
    """The paragraphs of a cell: parts a reader left joined by ``<br>`` or new lines, and
    indicators run together on one line ("... in fire safety Number of volunteers ...")."""
    pieces = []
    for start, end in paragraphs(text):
        parts = enumerated_parts(text, start, end)
        if len(parts) > 1:
            pieces += parts
            continue
        cuts = [m.start() for m in _restart_pattern().finditer(text, start, end)]
        if cuts and _title_case(text[start:end]):
            cuts = []
        bounds = [start, *cuts, end]
        pieces += [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if text[a:b].strip()]
    return pieces


@lru_cache(maxsize=1)
def _restart_pattern() -> re.Pattern[str]:
    """Where a new indicator starts inside a run of text: a capitalised start word ("Number",
    "Nombre", "Porcentaje", ...) followed by a lower-case word, after a word or punctuation."""
    starts = pattern(structure_words("starts"))
    return re.compile(
        rf"(?<=[\w)%.;,])\s+(?=(?-i:[A-ZÀ-Ý%#])(?i:{starts})\s+[a-zà-ÿ(])", re.IGNORECASE
    )


def _title_case(text: str) -> bool:
    """Whether text is written in Title Case (where capitals do not start sentences)."""
    words = [w for w in re.findall(r"[^\W\d_]{4,}", text)]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _own_row(blocks: Sequence[Block], index: int, cells: _Row) -> bool:
    """Whether a written row is an indicator of its own: other cells of it are written, and it
    does not open with the words of a sub-row of the row above ("of which women", "dont
    femmes"; lexicon ``sub_row_words``)."""
    if _sub_row().match(blocks[index].text):
        return False
    return any(i != index and blocks[i].text.strip() for i in cells.indexes)


@lru_cache(maxsize=1)
def _sub_row() -> re.Pattern[str]:
    words = pattern(structure_words("sub_row_words"))
    return re.compile(rf"\s*(?:{words})(?![\w-])", re.IGNORECASE)


def _continues(text: str) -> bool:
    """Whether a piece of a cell continues the previous one: it starts with a lower-case word
    that does not start an indicator ("obtain skills ...", "desagregado por sexo ...")."""
    stripped = text.lstrip(" *_")
    if not stripped[:1].isalpha() or not stripped[:1].islower():
        return False
    if re.match(r"[a-z]{1,3}[.)]\s", stripped):  # "a) …", "b. …": an item of its own
        return False
    first = fold(re.split(r"[\s(]", stripped, maxsplit=1)[0])
    return first not in structure_words("starts")


def _closes_parenthesis(before: str, piece: str) -> bool:
    """Whether ``piece`` closes a parenthesis that ``before`` left open ("… (référence" then
    "2022 : sans objet)"): then it is the same indicator."""
    if before.count("(") <= before.count(")"):
        return False
    closing = piece.find(")")
    return closing >= 0 and "(" not in piece[:closing]


def _only_parenthesis(piece: str) -> bool:
    """Whether a piece of a cell is one parenthesis and nothing else: the unit or qualifier of
    the indicator above it, put on its own line ("Children aged <5 years stunted <br> (%
    height-for-age <-2 SD)")."""
    stripped = piece.strip(" *_")
    return stripped.startswith("(") and stripped.endswith(")") and stripped.count("(") == 1


def _same_cell(first: Block, second: Block) -> bool:
    """Whether two blocks are parts of one table cell (split by ``<br>`` or new lines)."""
    a, b = first.location, second.location
    return a.table is not None and (a.table, a.row, a.col) == (b.table, b.row, b.col)


def _opens_enumeration(before: str) -> bool:
    """Whether the text before a span is the "a." of an inline enumeration."""
    return bool(re.search(r"(?:^|\s)\(?a[.)]\s*$", before))


def _join_pieces(
    blocks: Sequence[Block],
    pieces: list[tuple[int, int, int, tuple[str, ...]]],
    own_rows: set[int],
) -> list[Span]:
    """Spans from cell pieces, a continuation in another block (not one of ``own_rows``)
    joined to the piece before."""
    spans: list[Span] = []
    previous_block = None
    for block, start, end, extra in pieces:
        text = blocks[block].text
        closes = bool(spans) and _closes_parenthesis(spans[-1].raw_text(blocks), text[start:end])
        continues = (
            block != previous_block and block not in own_rows and _continues(text[start:end])
        ) or (
            bool(spans)
            and _same_cell(blocks[spans[-1].block], blocks[block])
            and _only_parenthesis(text[start:end])
        )
        if spans and (closes or continues):
            last = spans[-1]
            parts = [(start, end)]
            if _opens_enumeration(blocks[last.block].text[: last.start]):
                parts = enumerated_parts(text, start, end, first_given=True)
            cut = clean(text, *parts[0], strip_label=False)
            if cut is not None:
                spans[-1] = replace(last, more=(*last.more, (block, *cut)))
            for part in parts[1:]:  # "a. Población" / "rural que … b. Número de …"
                cleaned = clean(text, *part)
                if cleaned is not None:
                    spans.append(Span(block, cleaned[0], cleaned[1], extra))
            previous_block = block
            continue
        cleaned = clean(text, start, end)
        if cleaned is not None:
            spans.append(Span(block, cleaned[0], cleaned[1], extra))
        previous_block = block
    return spans


def _row_breakdowns(
    blocks: Sequence[Block], table: _Table, row_cells: list[int]
) -> tuple[str, ...]:
    """Breakdowns named in the row's "Disaggregation" column, if the table has one."""
    dims: set[str] = set()
    for index in row_cells:
        col, text = blocks[index].location.col or 0, blocks[index].text
        if col in table.breakdown_cols:
            dims |= set(cell_breakdowns(text))
        elif col not in table.indicator_cols and _sex_values().search(text):
            dims.add("sex")
    return order_dimensions(dims)


@lru_cache(maxsize=1)
def _sex_values() -> re.Pattern[str]:
    """A baseline or target given per sex in the same row ("Women: 0", "F = 120", "H : 40")."""
    words = set()
    for language in LANGUAGES:
        words |= {w for w in lexicon(language).sex_words if "'" not in w}
    label = pattern(words | {"f", "m", "h", "w"})
    return re.compile(rf"(?<![\w-]){label}\s*[:=]\s*\d", re.IGNORECASE)


def _is_row_label(text: str) -> bool:
    """A cell that only labels the next one: "Indicator 1.1", "Indicateur :"."""
    labelled = label_patterns()[0]
    match = labelled.match(text + " X") if not text.rstrip().endswith(":") else None
    stripped = display_text(text).rstrip(" :：")
    heading = label_patterns()[2]
    return bool(heading.match(stripped)) or bool(match and match.end() >= len(text))
