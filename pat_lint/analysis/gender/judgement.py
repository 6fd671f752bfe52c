"""Judgement: whether a section's units make it an adequate gender section, and what it lacks.

Adequate means: it names differences between women and men, states a measure the project
will take, and is long enough not to be a token line (thresholds from :class:`Criteria`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pat_lint.analysis.gender.criteria import Criteria
from pat_lint.analysis.gender.units import Unit, is_difference, is_measure


@dataclass(frozen=True)
class Judgement:
    """What a section's text does, and what it lacks to be an adequate gender section."""

    words: int
    units: int
    gender_units: int
    differences: int
    measures: int
    lacking: tuple[str, ...]

    @property
    def adequate(self) -> bool:
        return not self.lacking

    @property
    def density(self) -> float:
        """Share of the prose units that name women/men or gender."""
        return self.gender_units / self.units if self.units else 0.0


def judge(units: Sequence[Unit], words: int, criteria: Criteria, language: str) -> Judgement:
    """Count differences and measures in ``units`` and say what is lacking."""
    differences = measures = gender_units = prose = 0
    under_measures = False
    for unit in units:
        if unit.heading:  # "5.2 Gender action plan": what follows are measures
            under_measures = unit.commitment or unit.concrete
            continue
        measures += is_measure(unit, under_measures)
        differences += is_difference(unit, under_measures)
        if unit.cell:  # tables count for the analysis, not for what the prose is about
            continue
        prose += 1
        gender_units += unit.about_gender
        if unit.lead_in:
            under_measures = unit.commitment or unit.concrete
        elif not unit.list_item:
            under_measures = False
    lacking = []
    if differences < criteria.min_differences:
        lacking.append(
            "names no difference between women and men"
            if differences == 0
            else f"names only {differences} difference{'s' * (differences != 1)} between "
            "women and men"
        )
    if measures < criteria.min_measures:
        lacking.append("states no measure the project will take")
    if words < criteria.words_needed(language):
        lacking.append(f"has only {words} words")
    return Judgement(words, prose, gender_units, differences, measures, tuple(lacking))


def describe_lacking(lacking: Sequence[str]) -> str:
    """Join what is lacking: "names no difference…, states no measure… and has only 9 words"."""
    if len(lacking) <= 1:
        return "".join(lacking)
    return ", ".join(lacking[:-1]) + " and " + lacking[-1]
