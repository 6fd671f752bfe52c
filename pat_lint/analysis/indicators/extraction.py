"""Extraction: every indicator span of a document, in document order.

The blocks are walked in order and these are taken:

- the cells of a results-matrix / logframe table's indicator column (see :mod:`.tables`);
- labelled lines ("Indicator 1.1: ...", "Indicateur 1.1 : ...", "**Indicador 2:** ...");
- list items under an "Indicators:" label (a paragraph, a list item or a heading) at any depth,
  until the list ends.

Each span keeps the offsets of its text in its block (label, marker and markup removed; see
:mod:`.spans`), so that a finding points at the indicator itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pat_lint.analysis.cues import pattern
from pat_lint.analysis.indicators.lexicons import fold, lexicon, structure_words
from pat_lint.analysis.indicators.spans import (
    Span,
    clean,
    display_text,
    is_result_statement,
    label_patterns,
    spans_of,
)
from pat_lint.analysis.indicators.tables import spans_in_tables
from pat_lint.model import LANGUAGES, Block, BlockKind


def is_label(block: Block) -> bool:
    """A block that introduces a list of indicators: "Indicators:", "Indicateurs :", a heading
    that names indicators or a results framework ("Output indicators", "Monitoring indicators",
    "RESULTS FRAMEWORK", "Cadre de résultats", "Indicadores de seguimiento"), or a sentence
    ending with a colon whose last sentence names indicators ("The following indicators will
    be tracked:")."""
    text = display_text(block.text).strip()
    _, bare, heading = label_patterns()
    if block.kind is BlockKind.HEADING:
        return bool(heading.match(text)) or names_indicators(text)
    if not text.endswith((":", "：")):
        return False
    last = re.split(r"(?<=[.!?])\s+", text)[-1]
    return bool(bare.search(last))


def _reads_as_indicator(text: str) -> bool:
    """Whether text starts like an indicator ("Number of ...", "% of ...", "Nombre de ..."),
    for a labelled line that a reader took for a heading ("Indicator 2: Number of ...")."""
    match = re.match(r"\W*?([%#]|[^\W\d_]+)", text)
    if not match:
        return False
    first = fold(match.group(1))
    return (
        first in ("%", "#")
        or first in structure_words("starts")
        or any(first in lexicon(language).transparent for language in LANGUAGES)
    )


def _labelled_indicator(block: Block, labelled: re.Pattern[str]) -> bool:
    """Whether a block is a labelled indicator line ("Indicator 1.1: ...") with content."""
    match = labelled.match(block.text)
    if not match or clean(block.text, 0, len(block.text)) is None:
        return False
    return block.kind is not BlockKind.HEADING or _reads_as_indicator(block.text[match.end() :])


def names_indicators(heading: str) -> bool:
    """Whether a heading names indicators or a results framework, in a few words ("6.
    Monitoring indicators", "RESULTS FRAMEWORK", "Indicadores de seguimiento", "Cadre logique")."""
    folded = fold(heading)
    if len(folded.split()) > 9 or _NOT_INDICATORS.search(folded):
        return False
    return bool(label_patterns()[1].search(folded) or _framework_pattern().search(folded))


@lru_cache(maxsize=1)
def _framework_pattern() -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w-]){pattern(structure_words('framework_headings'))}(?![\w-])",
        re.IGNORECASE,
    )


_NOT_INDICATORS = re.compile(
    r"\b(?:terms of reference|termes de référence|términos de referencia)\b"
)


def extract(blocks: Sequence[Block], explicit_rows: bool = False) -> list[Span]:
    """Every indicator of a document, in document order. ``explicit_rows``: the document's
    tables were written row by row (Markdown), so a row with cells of its own is never the
    continuation of the row before (see :func:`.tables.spans_in_tables`)."""
    table_spans = spans_in_tables(blocks, explicit_rows)
    labelled = label_patterns()[0]
    spans: list[Span] = []
    scope: int | None = None  # list level above which items are indicators; None = no scope
    section_end = -1  # under a heading that names indicators: its list items, to this index
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.TABLE_CELL:
            spans += table_spans.get(index, [])
            scope = None
            continue
        in_scope = scope is not None and block.kind is BlockKind.LIST_ITEM and block.level > scope
        if not in_scope:
            scope = None
        if index < section_end and _introduces_something_else(block):
            section_end = index  # "Assumptions and risks", "Activities include:"
        in_section = index < section_end and block.kind is BlockKind.LIST_ITEM
        if _labelled_indicator(block, labelled):
            spans += spans_of(index, block.text)
            continue
        if is_label(block):
            if block.kind is BlockKind.HEADING:
                section_end = _section_end(blocks, index)
            scope = block.level if block.kind is BlockKind.LIST_ITEM else 0
            continue
        if (in_scope or in_section) and not is_result_statement(block.text):
            spans += spans_of(index, block.text)
    return spans


def _introduces_something_else(block: Block) -> bool:
    """A sub-heading or a lead-in line ("Activities include:") inside a section headed by
    indicators that introduces something other than indicators or results."""
    if block.kind is BlockKind.HEADING:
        return not (is_label(block) or is_result_statement(block.text))
    text = display_text(block.text).rstrip()
    lead_in = block.kind is BlockKind.PARAGRAPH and text.endswith((":", "："))
    return lead_in and not is_label(block) and not is_result_statement(text)


def _section_end(blocks: Sequence[Block], heading: int) -> int:
    """The index after the last block of the section a heading opens."""
    level = blocks[heading].level
    for index in range(heading + 1, len(blocks)):
        if blocks[index].kind is BlockKind.HEADING and blocks[index].level <= level:
            return index
    return len(blocks)
