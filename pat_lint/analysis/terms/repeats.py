"""Identical findings in repeated text reported once: a form row or a table row repeated five
times ("Name of supervisor and his signature: ____" in every row) is one thing for the author
to fix, not five. The first finding stays, and its message says where else the same text is."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from pat_lint.model import Hit, Location

if TYPE_CHECKING:
    from pat_lint.analysis import Analysis

#: The message argument that carries "where else", empty when the text is not repeated.
REPEATED_ARG = "repeated"


def group_repeats(analysis: Analysis, hits: Iterable[Hit]) -> Iterator[Hit]:
    """``hits`` with the hits in repeated text folded into the first one.

    Two hits are the same when they match the same words at the same place of the same text:
    table cells of the same table and column, or other blocks of the same kind. Every hit gets
    the ``repeated`` message argument ("" or " (same text also in rows 4, 5 and 6)")."""
    groups: dict[tuple, list[Hit]] = {}
    texts: dict[int, str] = {}  # block → its text with whitespace collapsed, made once
    for hit in hits:
        groups.setdefault(_key(analysis, hit, texts), []).append(hit)
    for group in groups.values():
        first, others = group[0], group[1:]
        where = [_where(analysis.blocks[h.block].location) for h in others if h.block is not None]
        note = f" (same text also in {_listed(where)})" if where else ""
        yield replace(first, args={**first.args, REPEATED_ARG: note})


def _key(analysis: Analysis, hit: Hit, texts: dict[int, str]) -> tuple:
    """What makes two hits the same finding in repeated text (a hit is its own group when it
    is not in a block); ``texts`` keeps each block's collapsed text, so that the many hits of
    one long block cost one pass over it."""
    if hit.block is None:
        return ("document", id(hit))
    block = analysis.blocks[hit.block]
    if hit.block not in texts:
        texts[hit.block] = " ".join(block.text.split())
    text = texts[hit.block]
    place = (block.location.table, block.location.col) if block.location.table else block.kind
    return (place, text, hit.start, hit.end, tuple(sorted(hit.args.items())))


def _where(location: Location) -> str:
    """A short place a reader can find: "row 4", "line 23", "page 3", "paragraph 17"."""
    if location.row is not None:
        return f"row {location.row}"
    if location.line is not None:
        return f"line {location.line}"
    if location.page is not None:
        return f"page {location.page}"
    if location.paragraph is not None:
        return f"paragraph {location.paragraph}"
    return "another place"


def _listed(places: list[str]) -> str:
    """ "row 4", "rows 4 and 5", "rows 4, 5 and 6"; mixed kinds keep their own words."""
    kinds = {place.split()[0] for place in places}
    if len(kinds) == 1 and len(places) > 1 and "another" not in kinds:
        kind = places[0].split()[0]
        numbers = [place.split()[1] for place in places]
        return f"{kind}s {', '.join(numbers[:-1])} and {numbers[-1]}"
    if len(places) > 1:
        return f"{', '.join(places[:-1])} and {places[-1]}"
    return places[0]
