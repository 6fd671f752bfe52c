"""What the verdict needs from a ``marker`` rule's params: thresholds, the DAC mapping and the
cue lists per language (the params dataclass is :class:`pat_lint.checks.marker.MarkerParams`).
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import Protocol

#: Cue-list params: language → list of words or phrases (matched whole-word, case-insensitive).
CUE_PARAMS = (
    "female_terms",
    "male_terms",
    "gender_terms",
    "not_sex_terms",
    "difference_cues",
    "tailored_cues",
    "measure_cues",
    "principal_cues",
    "objective_labels",
    "needs_headings",
    "activity_headings",
    "objective_headings",
    "skip_headings",
)


class MarkerSettings(Protocol):
    """The params the verdict reads (see :class:`pat_lint.checks.marker.MarkerParams`)."""

    @property
    def min_words(self) -> int: ...

    @property
    def analysis_min(self) -> int: ...

    @property
    def activities_min(self) -> int: ...

    @property
    def indicator_share(self) -> float: ...

    @property
    def require_outside_gender_section(self) -> bool: ...

    @property
    def dac(self) -> Mapping[str, str]: ...

    def cues(self, name: str, language: str) -> tuple[str, ...]:
        """The cue list ``name`` (one of :data:`CUE_PARAMS`) for ``language``."""
        ...


def settings_key(params: MarkerSettings, language: str) -> Hashable:
    """Everything of ``params`` the criteria and the code read for a document in ``language``,
    as a key: rules whose params differ only in what the verdict does not read (``fire_on``, or
    ``min_words`` once the text is long enough) share one verdict."""
    return (
        params.analysis_min,
        params.activities_min,
        params.indicator_share,
        params.require_outside_gender_section,
        tuple(sorted(params.dac.items())),
        tuple(params.cues(name, language) for name in CUE_PARAMS),
    )
