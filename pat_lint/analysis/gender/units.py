"""Units: the sentences, list items, sub-headings and table cells of a section's text, each
with the cue lists it matches, and whether a unit names a difference or a measure."""

from __future__ import annotations

from dataclasses import dataclass

from pat_lint.analysis.gender.criteria import Vocabulary
from pat_lint.analysis.gender.cues import tokenize
from pat_lint.model import BlockKind


@dataclass(frozen=True)
class Unit:
    """A sentence of a paragraph or quote, a whole list item, or a sub-heading, with what its
    words signal.

    ``lead_in`` is true for a unit ending with ":" that introduces what follows; a ``heading``
    unit (a sub-heading inside the section) only sets the context of what follows it; a
    ``cell`` unit is a cell of a gender analysis table, read with its column header; ``sex``,
    ``gender``, ``difference``, ``commitment`` and ``concrete`` say which cue lists of its
    language it matches (see :class:`Vocabulary`).
    """

    block: int
    list_item: bool
    lead_in: bool
    heading: bool
    cell: bool
    sex: bool
    gender: bool
    difference: bool
    commitment: bool
    concrete: bool

    @property
    def about_gender(self) -> bool:
        return self.sex or self.gender


def make_unit(
    text: str, block: int, language: str, vocabulary: Vocabulary, kind: BlockKind
) -> Unit | None:
    """The unit for one sentence, list item or sub-heading; None when it has no word."""
    tokens = tokenize(text, language)
    if not tokens:
        return None
    return Unit(
        block=block,
        list_item=kind is BlockKind.LIST_ITEM,
        lead_in=text.rstrip().endswith(":"),
        heading=kind is BlockKind.HEADING,
        cell=kind is BlockKind.TABLE_CELL,
        sex=vocabulary.sex.any(tokens),
        gender=vocabulary.gender.any(tokens),
        difference=vocabulary.difference.any(tokens),
        commitment=vocabulary.commitment.any(tokens),
        concrete=vocabulary.measure.any(tokens),
    )


def is_measure(unit: Unit, under_measures: bool) -> bool:
    """A measure: a commitment naming women/men or a concrete measure ("The project will hold
    women-only sessions"), a concrete measure naming women/men or gender ("quota of 40%
    women", "data disaggregated by sex"), or an item of a list that a commitment introduces
    ("The project will therefore:", a heading "Gender action plan")."""
    return (
        (unit.commitment and (unit.sex or unit.concrete))
        or (unit.concrete and unit.about_gender)
        or (unit.list_item and under_measures)
    )


def is_difference(unit: Unit, under_measures: bool) -> bool:
    """A difference: a sentence naming women/men with a difference cue that is not a promise
    (what the project will do, or an item of a list of measures)."""
    promise = unit.commitment or (unit.list_item and under_measures)
    return unit.sex and unit.difference and not promise
