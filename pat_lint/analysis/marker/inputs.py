"""The indicator facts the verdict takes from the SD check, or, when those rules are not
enabled, the same facts from :attr:`Analysis.indicators`. (The gender-section facts come from
the caller: finding them needs the GS rule's params, which the check layer knows.)"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pat_lint.analysis import Analysis


def indicators(analysis: Analysis) -> tuple[list[dict[str, Any]], frozenset[int]]:
    """The indicator list (the SD check's when it ran) and the blocks that hold indicators.

    Both come from :attr:`Analysis.indicators`, cached per document, so the
    extraction runs once whether or not the SD rules are enabled.
    """
    found = analysis.indicators
    facts = analysis.facts.get("indicators")
    if facts is None:
        facts = [indicator.to_dict() for indicator in found]
    return facts, frozenset(indicator.block for indicator in found)
