"""The ``marker`` check type: an indicative gender-marker verdict for the whole proposal.

The verdict — an IOM-style code (0 / 1 / 2a / 2b) with its OECD DAC equivalent, the five
criteria and the reasons — is computed by :mod:`pat_lint.analysis.marker` from the cue words,
heading words and thresholds given here as params (per language, in ``rules/gm.yaml``).

The verdict is computed once per document; every ``marker`` rule of the run reuses it and
fires when the code is in its ``fire_on`` list (GM001 on every code, GM002 on 0,
gender-blind). It reads the gender section and the indicators from the analysis — the same
results the GS and SD rules report, the section found with the active ``section`` params
(a user's override of them changes the marker too), whether or not those rules are enabled.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from pat_lint.analysis import Analysis
from pat_lint.analysis.marker import CODES, CUE_PARAMS, summary, verdict
from pat_lint.checks import ParamError, check
from pat_lint.model import LANGUAGES, Hit, MarkerResult


def _cues() -> dict[str, list[str]]:
    return {}


@dataclass(frozen=True)
class MarkerParams:
    """Params of a ``marker`` rule (see ``rules/gm.yaml`` for what each list holds).

    ``fire_on``: the codes on which the rule yields a finding. ``min_words``: below this many
    words the text is too short to be coded and no verdict is given. ``analysis_min`` /
    ``activities_min``: statements needed for the criterion to be met (one is "partly");
    ``require_outside_gender_section``: one of them must be outside the gender section (gender
    confined to its own section is not mainstreamed), else the criterion is only "partly".
    ``indicator_share``: share of people-counting indicators disaggregated by sex needed for
    the indicator criterion to be met. ``dac``: IOM code → OECD DAC code.
    """

    fire_on: list[str] = field(default_factory=lambda: list(CODES))
    min_words: int = 80
    analysis_min: int = 2
    activities_min: int = 2
    indicator_share: float = 0.5
    require_outside_gender_section: bool = True
    dac: dict[str, str] = field(default_factory=lambda: {"0": "0", "1": "0", "2a": "1", "2b": "2"})
    female_terms: dict[str, list[str]] = field(default_factory=_cues)
    male_terms: dict[str, list[str]] = field(default_factory=_cues)
    gender_terms: dict[str, list[str]] = field(default_factory=_cues)
    not_sex_terms: dict[str, list[str]] = field(default_factory=_cues)
    difference_cues: dict[str, list[str]] = field(default_factory=_cues)
    tailored_cues: dict[str, list[str]] = field(default_factory=_cues)
    measure_cues: dict[str, list[str]] = field(default_factory=_cues)
    principal_cues: dict[str, list[str]] = field(default_factory=_cues)
    target_terms: dict[str, list[str]] = field(default_factory=_cues)
    objective_labels: dict[str, list[str]] = field(default_factory=_cues)
    needs_headings: dict[str, list[str]] = field(default_factory=_cues)
    activity_headings: dict[str, list[str]] = field(default_factory=_cues)
    objective_headings: dict[str, list[str]] = field(default_factory=_cues)
    skip_headings: dict[str, list[str]] = field(default_factory=_cues)

    def __post_init__(self) -> None:
        unknown = sorted(set(self.fire_on) - set(CODES))
        if unknown:
            raise ParamError(
                f"marker param 'fire_on': unknown code {unknown[0]!r} (known: {', '.join(CODES)})"
            )
        if not 0 < self.indicator_share <= 1:
            raise ParamError("marker param 'indicator_share' must be in (0, 1]")
        if sorted(self.dac) != sorted(CODES):
            raise ParamError(f"marker param 'dac' must map each of {', '.join(CODES)}")
        for name in CUE_PARAMS:
            for language in getattr(self, name):
                if language not in LANGUAGES:
                    raise ParamError(
                        f"marker param {name!r}: unknown language {language!r} "
                        f"(known: {', '.join(LANGUAGES)})"
                    )

    def cues(self, name: str, language: str) -> tuple[str, ...]:
        """The cue list ``name`` for ``language`` (empty when the pack gives none)."""
        return tuple(getattr(self, name).get(language, ()))


def marker_report(analysis: Analysis, params: MarkerParams) -> dict[str, MarkerResult | None]:
    """The report's ``marker``: the indicative code and its reasons (None for a text too short)."""
    return {"marker": verdict(analysis, params)}


@check(
    "marker",
    MarkerParams,
    produces=("marker",),
    report=marker_report,
    after=("section", "indicators"),
)
def run(analysis: Analysis, params: MarkerParams) -> Iterator[Hit]:
    """One document-level verdict; the rule fires when the code is in its ``fire_on`` list."""
    marker = verdict(analysis, params)
    if marker is None or marker.code not in params.fire_on:
        return
    yield Hit(
        None,
        args={
            "code": marker.code,
            "dac": marker.dac,
            "scheme": marker.scheme,
            "summary": summary(marker),
        },
    )
