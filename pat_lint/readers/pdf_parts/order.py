"""Reading order of a page's lines and tables, by recursive XY-cut.

A vertical gutter at least 1.2 em wide through a region splits it into columns (left first);
otherwise the region is split at its widest horizontal gaps (top first).
"""

from __future__ import annotations

from typing import Any


def ordered(items: list[Any], gutter: float) -> list[Any]:
    """Lines and tables in reading order, by recursive XY-cut."""
    if len(items) <= 1:
        return list(items)
    if len(items) > 4000:  # pathological page: plain top-to-bottom order
        return sorted(items, key=lambda item: (-item.y1, item.x0))
    columns = _cut(items, gutter, vertical=True)
    if len(columns) > 1:
        return [item for column in columns for item in ordered(column, gutter)]
    bands = _cut(items, 0.0, vertical=False)
    if len(bands) > 1:
        return [item for band in bands for item in ordered(band, gutter)]
    return sorted(items, key=lambda item: (-item.y1, item.x0))


def _cut(items: list[Any], min_gap: float, vertical: bool) -> list[list[Any]]:
    """Split items at the widest gaps of their projection on one axis (columns or bands)."""
    if vertical:
        spans = sorted((((item.x0, item.x1), item) for item in items), key=lambda s: s[0])
    else:
        spans = sorted((((-item.y1, -item.y0), item) for item in items), key=lambda s: s[0])
    gaps: list[tuple[float, int]] = []
    reach = spans[0][0][1]
    for k in range(1, len(spans)):
        (start, end), _ = spans[k]
        if start - reach > min_gap:
            gaps.append((start - reach, k))
        reach = max(reach, end)
    if not gaps:
        return [items]
    widest = max(gap for gap, _ in gaps)
    splits = [k for gap, k in gaps if gap >= 0.9 * widest]
    bounds = [0, *splits, len(spans)]
    return [[item for _, item in spans[a:b]] for a, b in zip(bounds, bounds[1:], strict=False)]
