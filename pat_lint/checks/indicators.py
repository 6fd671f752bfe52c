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

from pat_lint.analysis import Analysis
from pat_lint.analysis import indicators as indicator_analysis
from pat_lint.checks import ParamError, check
from pat_lint.model import Hit, IndicatorResult

#: Breakdown names that params may use.
KNOWN = indicator_analysis.DIMENSIONS
#: How each breakdown reads in a message.
READABLE = {"sex": "sex", "age": "age", "disability": "disability"}


@dataclass(frozen=True)
class IndicatorParams:
    """``require``: breakdowns a people indicator must ask for; ``when``: breakdowns it must
    already ask for for the rule to apply (empty: always)."""

    require: list[str] = field(default_factory=lambda: ["sex"])
    when: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        for name in (*self.require, *self.when):
            if name not in KNOWN:
                raise ParamError(
                    f"unknown breakdown {name!r} in params (known: {', '.join(KNOWN)})"
                )
        if not self.require:
            raise ParamError("params.require must name at least one breakdown")


def indicators_report(analysis: Analysis, params: IndicatorParams) -> list[IndicatorResult]:
    """The report's ``indicators``: every indicator, flagged or not."""
    return [indicator.result() for indicator in analysis.indicators]


@check("indicators", IndicatorParams, produces="indicators", report=indicators_report)
def run(analysis: Analysis, params: IndicatorParams) -> Iterator[Hit]:
    """Flag indicators that count people and lack a required breakdown."""
    for indicator in analysis.indicators:
        if not indicator.people:
            continue
        if any(name not in indicator.disaggregated_by for name in params.when):
            continue
        missing = [name for name in params.require if name not in indicator.disaggregated_by]
        if not missing:
            continue
        suggestion = indicator_analysis.suggestion(indicator.language, missing[0])
        yield Hit(
            block=indicator.block,
            start=indicator.start,
            end=indicator.end,
            args={
                "indicator": indicator.text,
                "missing": " and ".join(READABLE.get(name, name) for name in missing),
                "found": ", ".join(indicator.disaggregated_by) or "none",
                "suggestion": suggestion,
            },
            suggestions=(suggestion,) if suggestion else (),
        )
