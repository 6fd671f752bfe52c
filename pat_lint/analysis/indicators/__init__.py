"""Indicators: find every indicator of a proposal and say whether it counts people and by what.

The data flows through one module per job, all driven by the YAML lexicons in
``rules/lexicons/indicators-<lang>.yaml``:

- :mod:`.lexicons` loads the lexicons (and the text helpers to match their entries);
- :mod:`.extraction` walks the blocks and takes indicator spans from tables (:mod:`.tables`),
  labelled lines and lists; :mod:`.spans` cuts an indicator's text out of its block;
- :mod:`.classification` reads an indicator's subject phrase (:mod:`.words`) to decide
  whether it counts people, and :mod:`.disaggregation` finds the breakdowns it asks for;
- this module joins them: :func:`find` turns a document's spans into :class:`Indicator` records.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from pat_lint.analysis.indicators.classification import (
    CUE_WINDOW,
    PERSON_DIMENSIONS,
    Classification,
    Phrase,
    classify,
    indicator_language,
)
from pat_lint.analysis.indicators.disaggregation import (
    DIMENSIONS,
    breakdowns,
    cell_breakdowns,
    order_dimensions,
    suggestion,
)
from pat_lint.analysis.indicators.extraction import extract, is_label
from pat_lint.analysis.indicators.lexicons import Lexicon, lexicon
from pat_lint.analysis.indicators.spans import EMPTY_CELLS, Span, clean, display_text
from pat_lint.analysis.indicators.tables import is_indicator_header
from pat_lint.model import IndicatorResult, Location

if TYPE_CHECKING:
    from pat_lint.analysis import Analysis

__all__ = [
    "CUE_WINDOW",
    "DIMENSIONS",
    "EMPTY_CELLS",
    "PERSON_DIMENSIONS",
    "Classification",
    "Indicator",
    "Lexicon",
    "Phrase",
    "Span",
    "breakdowns",
    "cell_breakdowns",
    "classify",
    "clean",
    "display_text",
    "extract",
    "find",
    "indicator_language",
    "is_indicator_header",
    "is_label",
    "lexicon",
    "order_dimensions",
    "suggestion",
]


@dataclass(frozen=True)
class Indicator:
    """One indicator: where it is, its text as written, and what it measures."""

    block: int
    start: int
    end: int
    text: str
    language: str
    people: bool
    disaggregated_by: tuple[str, ...]
    location: Location
    reason: str = ""

    def result(self) -> IndicatorResult:
        """What the report lists for it (the JSON ``indicators[]`` entry)."""
        return IndicatorResult(self.text, self.people, self.disaggregated_by, self.location)


def find(analysis: Analysis) -> list[Indicator]:
    """Extract and classify every indicator of ``analysis``'s document."""
    blocks = analysis.blocks
    spans = extract(blocks, explicit_rows=analysis.document.format == "md")
    if not spans:
        return []
    languages = analysis.block_languages
    titles = analysis.section_titles
    found = []
    for span in spans:
        block = blocks[span.block]
        raw = span.raw_text(blocks)
        language = indicator_language(display_text(raw), languages[span.block])
        verdict = classify(display_text(raw), language, span.extra)
        location = replace(
            block.span_location(span.start, span.end),
            path=analysis.document.path,
            section=titles[span.block],
        )
        found.append(
            Indicator(
                block=span.block,
                start=span.start,
                end=span.end,
                text=display_text(raw),
                language=language,
                people=verdict.people,
                disaggregated_by=verdict.disaggregated_by,
                location=location,
                reason=verdict.reason,
            )
        )
    return found
