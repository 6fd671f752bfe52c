"""Proposal-wide statements about disaggregation: "All indicators will be disaggregated by sex
and age", "Toutes les données seront ventilées par sexe", "Todos los indicadores se
desagregarán por sexo y edad".

Such a statement is reported (the JSON ``disaggregation_statement`` and the SD001 message), but
reviewers still ask for the breakdown in each indicator; whether it satisfies SD001 is a rule
param. The words that make a sentence a statement about *every* indicator or *all* data are the
lexicon's ``statement`` section (``rules/lexicons/indicators-<lang>.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from pat_lint.analysis.cues import pattern
from pat_lint.analysis.indicators.disaggregation import breakdowns
from pat_lint.analysis.indicators.lexicons import lexicon
from pat_lint.model import LANGUAGES, DisaggregationStatement

if TYPE_CHECKING:
    from pat_lint.analysis import Analysis


@lru_cache(maxsize=1)
def _statement_pattern() -> re.Pattern[str]:
    """A quantifier of every indicator or all data, followed within a few words by what it
    quantifies ("all indicators", "all people-related indicators", "toutes les données")."""
    every: list[str] = []
    subjects: list[str] = []
    for language in LANGUAGES:
        section = lexicon(language).statement
        every += section.get("every") or []
        subjects += section.get("subjects") or []
    return re.compile(
        rf"(?<![\w-]){pattern(every)}(?:\s+[\w'’-]+){{0,3}}?\s+{pattern(subjects)}"
        rf"(?![\w])",
        re.IGNORECASE,
    )


def disaggregation_statement(analysis: Analysis) -> DisaggregationStatement | None:
    """The first sentence of the document (not an indicator) that says every indicator or
    all data will be broken down by sex, with the breakdowns it names; None when there is
    none."""
    indicator_blocks = {indicator.block for indicator in analysis.indicators}
    for index, block in enumerate(analysis.blocks):
        if index in indicator_blocks or not _statement_pattern().search(block.text):
            continue
        for sentence in re.split(r"(?<=[.!?;])\s+", block.text):
            found = _statement_pattern().search(sentence)
            dimensions = breakdowns(sentence) if found else ()
            if "sex" in dimensions:
                start = block.text.find(sentence)
                location = replace(
                    block.span_location(start, start + len(sentence)),
                    path=analysis.document.path,
                    section=analysis.section_titles[index],
                )
                text = " ".join(sentence.split())
                return DisaggregationStatement(text, tuple(dimensions), location)
    return None
