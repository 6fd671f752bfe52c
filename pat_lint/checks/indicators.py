"""The ``indicators`` check type: indicators that count people without the breakdowns they need.

Every rule of this type reports the document's indicators in the JSON (``indicators``: text,
``people``, ``disaggregated_by``, location), flagged or not, and yields a hit for each
indicator that counts people, has every breakdown in ``when`` and lacks one in ``require``:

- SD001: ``require: [sex]`` — people counted without a sex breakdown;
- SD002: ``when: [sex]``, ``require: [age]`` — by sex but not by age (suggest SADD).

What an indicator is and how it is classified lives in :mod:`pat_lint.analysis.indicators`
and in the lexicons ``rules/lexicons/indicators-<lang>.yaml``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from pat_lint.analysis import Analysis
from pat_lint.analysis import indicators as indicator_analysis
from pat_lint.checks import ParamError, check
from pat_lint.model import DisaggregationStatement, Hit

#: Breakdown names that params may use.
KNOWN = indicator_analysis.DIMENSIONS
#: How each breakdown reads in a message.
READABLE = {"sex": "sex", "age": "age", "disability": "disability"}


@dataclass(frozen=True)
class IndicatorParams:
    """``require``: breakdowns a people indicator must ask for; ``when``: breakdowns it must
    already ask for for the rule to apply (empty: always); ``statement_satisfies``: whether a
    proposal-wide statement ("All indicators will be disaggregated by sex and age") supplies
    the breakdowns it names to every indicator (default: no — reviewers still ask for them per
    indicator, and the finding mentions the statement)."""

    require: list[str] = field(default_factory=lambda: ["sex"])
    when: list[str] = field(default_factory=list)
    statement_satisfies: bool = False

    def __post_init__(self) -> None:
        for name in (*self.require, *self.when):
            if name not in KNOWN:
                raise ParamError(
                    f"unknown breakdown {name!r} in params (known: {', '.join(KNOWN)})"
                )
        if not self.require:
            raise ParamError("params.require must name at least one breakdown")


def indicators_report(analysis: Analysis, params: IndicatorParams) -> dict[str, Any]:
    """The report's ``indicators`` (every indicator, flagged or not) and the proposal-wide
    ``disaggregation_statement``, if any."""
    return {
        "indicators": [indicator.result() for indicator in analysis.indicators],
        "disaggregation_statement": analysis.disaggregation_statement,
    }


@check(
    "indicators",
    IndicatorParams,
    produces=("indicators", "disaggregation_statement"),
    report=indicators_report,
)
def run(analysis: Analysis, params: IndicatorParams) -> Iterator[Hit]:
    """Flag indicators that count people and lack a required breakdown."""
    statement = analysis.disaggregation_statement if analysis.indicators else None
    blanket = set(statement.disaggregated_by) if statement and params.statement_satisfies else set()
    for indicator in analysis.indicators:
        if not indicator.people:
            continue
        asked = set(indicator.disaggregated_by) | blanket
        if any(name not in asked for name in params.when):
            continue
        missing = [name for name in params.require if name not in asked]
        if not missing:
            continue
        suggestion = indicator_analysis.suggestion(indicator.language, missing[0])
        note = _statement_note(statement, missing)
        yield Hit(
            block=indicator.block,
            start=indicator.start,
            end=indicator.end,
            args={
                "indicator": indicator.text,
                "missing": " and ".join(READABLE.get(name, name) for name in missing),
                "found": ", ".join(indicator.disaggregated_by) or "none",
                "suggestion": suggestion,
                "statement": note,
            },
            suggestions=(suggestion,) if suggestion else (),
        )


def _statement_note(statement: DisaggregationStatement | None, missing: list[str]) -> str:
    """What the message adds when the proposal states that all indicators will be broken
    down: the statement does not replace the breakdown in the indicator itself."""
    if statement is None or not set(missing) & set(statement.disaggregated_by):
        return ""
    return (
        f" (the proposal states that all indicators will be disaggregated by "
        f"{' and '.join(statement.disaggregated_by)} ({statement.location.short() or 'above'}): "
        "say it in the indicator too)"
    )
