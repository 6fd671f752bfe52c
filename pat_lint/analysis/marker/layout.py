"""The parts of the proposal each criterion reads: a role for every block (needs, activities,
objectives, skip) from the section headings and table column headers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from pat_lint.analysis.marker.cues import find_cue
from pat_lint.analysis.marker.settings import MarkerSettings
from pat_lint.model import BlockKind

if TYPE_CHECKING:
    from pat_lint.analysis import Analysis


@dataclass(frozen=True)
class Layout:
    """What each block is for: its roles (needs, activities, objectives, skip) and whether it
    belongs to the gender section, is an indicator, or is the title."""

    roles: tuple[frozenset[str], ...]
    gender_blocks: frozenset[int]
    indicator_blocks: frozenset[int]
    title: int | None


_ROLE_PARAMS = {
    "needs": "needs_headings",
    "activities": "activity_headings",
    "objectives": "objective_headings",
    "skip": "skip_headings",
}


def _heading_roles(text: str, params: MarkerSettings, language: str) -> frozenset[str]:
    """The roles a heading's words give the text under it."""
    return frozenset(
        role for role, name in _ROLE_PARAMS.items() if find_cue(params.cues(name, language), text)
    )


def layout(
    analysis: Analysis,
    params: MarkerSettings,
    gender_blocks: frozenset[int],
    indicator_blocks: frozenset[int],
) -> Layout:
    """Assign roles to blocks from the section tree, table headers and the other checks."""
    blocks = analysis.blocks
    language = analysis.language
    roles: list[set[str]] = [set() for _ in blocks]
    for section in analysis.sections:
        span = range(section.start, section.end)
        if len(span) >= 0.8 * len(blocks):
            continue  # the document's title: it spans everything and names no part
        section_roles = _heading_roles(section.title, params, language)
        for index in span:
            roles[index] |= section_roles
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.TABLE_CELL:
            skip = {"skip"} & roles[index]
            roles[index] = set(_heading_roles(block.header or "", params, language)) | skip
            if block.header == block.text:
                roles[index] = set()  # the header cell itself
    title = next((i for i, b in enumerate(blocks[:3]) if b.kind is BlockKind.HEADING), None)
    return Layout(tuple(frozenset(r) for r in roles), gender_blocks, indicator_blocks, title)
