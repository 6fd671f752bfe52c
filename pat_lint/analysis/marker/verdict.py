"""The verdict: the IOM-style code from the criteria, its OECD DAC equivalent and the reasons,
computed once per document (:meth:`Analysis.memo`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pat_lint.analysis.marker.criteria import (
    MET,
    NOT_MET,
    activities_criterion,
    analysis_criterion,
    gender_section_criterion,
    indicators_criterion,
    principal_criterion,
)
from pat_lint.analysis.marker.reading import MarkerSettings, layout, settings_key
from pat_lint.model import Criterion, MarkerResult

if TYPE_CHECKING:
    from pat_lint.analysis import Analysis

SCHEME = "IOM Gender Marker (indicative)"
CODES = ("0", "1", "2a", "2b")
NOTE = (
    "Indicative: computed from the text by pat-lint as a review aid. The gender focal point "
    "reviewing the proposal decides the marker."
)
_CORE = ("analysis", "activities", "indicators")


def decide(criteria: dict[str, Criterion]) -> str:
    """The IOM-style code from the criteria (see :mod:`pat_lint.analysis.marker`)."""
    core = [criteria[key] for key in _CORE]
    if all(c.status == MET for c in core) and criteria["gender_section"].status == MET:
        return "2b" if criteria["principal"].status == MET else "2a"
    considered = any(c.status != NOT_MET for c in core) or any(
        criteria[key].status == MET for key in ("gender_section", "principal")
    )
    return "1" if considered else "0"


def verdict(analysis: Analysis, params: MarkerSettings) -> MarkerResult | None:
    """The marker for this document (None when the text is too short to be coded).

    The gender section and the indicators come from the analysis (the same, memoised results
    the GS and SD rules report: :meth:`Analysis.gender_section` with the active ``section``
    params, :attr:`Analysis.indicators`). Computed once per document for the params it reads.
    """
    if analysis.document.words < params.min_words:
        return None
    key = ("marker", settings_key(params, analysis.language))
    return analysis.memo(key, lambda: _compute(analysis, params))


def _compute(analysis: Analysis, params: MarkerSettings) -> MarkerResult:
    """The verdict of a text long enough to be coded: criteria, code, DAC code, reasons."""
    section = analysis.gender_section()
    gender = section.result(analysis.blocks) if section is not None else None
    gender_blocks = section.blocks if section is not None else frozenset()
    found_indicators = analysis.indicators
    indicator_blocks = frozenset(indicator.block for indicator in found_indicators)
    lay = layout(analysis, params, gender_blocks, indicator_blocks)
    criteria = {
        c.id: c
        for c in (
            analysis_criterion(analysis, params, lay),
            activities_criterion(analysis, params, lay),
            indicators_criterion(analysis, params),
            principal_criterion(analysis, params, lay),
            gender_section_criterion(gender),
        )
    }
    code = decide(criteria)
    reasons = [c.reason() for c in criteria.values()]
    if code in ("0", "1") and criteria["gender_section"].status != MET and _all_core(criteria):
        reasons.append("without an adequate gender section the marker cannot be 2a or 2b")
    return MarkerResult(
        code=code,
        scheme=SCHEME,
        dac=params.dac[code],
        reasons=tuple(reasons),
        criteria=tuple(criteria.values()),
        note=NOTE,
    )


def _all_core(criteria: dict[str, Criterion]) -> bool:
    return all(criteria[k].status == MET for k in _CORE)


#: How the one-line summary names each criterion.
_SHORT = {
    "analysis": "gender analysis",
    "activities": "responsive activities",
    "indicators": "indicators by sex",
    "principal": "gender equality principal objective",
    "gender_section": "adequate gender section",
}


def summary(marker: MarkerResult) -> str:
    """One line for the finding's message: each criterion's outcome."""
    parts = []
    for item in marker.criteria:
        outcome = item.status
        if item.id == "indicators" and item.detail[:1].isdigit():
            outcome = item.detail.split(";")[0]
        parts.append(f"{_SHORT[item.id]} {outcome}")
    return "; ".join(parts) + " — indicative, the reviewer decides"
