"""Reading order of a page's lines and tables, by recursive XY-cut.

A vertical gutter at least 1.2 em wide through a region splits it into columns (left first).
Otherwise the region is split into bands at its horizontal gaps (top first), and the bands
under a band of text columns (each a sixth of the band's width at least) are put back with it
while the block still has such columns: under a title that spans the page, two columns are read
one after the other even where their lines and headings sit at the same heights (which would
cut both columns at once).
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
    bands = _column_blocks(_cut(items, 0.0, vertical=False, widest=False), gutter)
    if len(bands) > 1:
        return [item for band in bands for item in ordered(band, gutter)]
    return sorted(items, key=lambda item: (-item.y1, item.x0))


def _column_blocks(bands: list[list[Any]], gutter: float) -> list[list[Any]]:
    """Bands joined to a block of columns above them (a band with a gutter, or bands joined
    already) while the joined block still has a column gutter."""
    blocks: list[list[Any]] = []
    columned = False
    for band in bands:
        if columned and _text_columns([*blocks[-1], *band], gutter):
            blocks[-1] = [*blocks[-1], *band]
        else:
            blocks.append(band)
            columned = _text_columns(band, gutter)
    return blocks


def _text_columns(items: list[Any], gutter: float) -> bool:
    """Whether items stand in columns of text, each at least a sixth of their width (not a
    column of numbers beside their titles)."""
    columns = _cut(items, gutter, vertical=True)
    if len(columns) < 2:
        return False
    width = max(item.x1 for item in items) - min(item.x0 for item in items)
    return all(
        max(item.x1 for item in column) - min(item.x0 for item in column) >= width / 6
        for column in columns
    )


def _cut(items: list[Any], min_gap: float, vertical: bool, widest: bool = True) -> list[list[Any]]:
    """Split items at the gaps of their projection on one axis (columns or bands): the widest
    gaps only, or every gap."""
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
    limit = 0.9 * max(gap for gap, _ in gaps) if widest else 0.0
    splits = [k for gap, k in gaps if gap >= limit]
    bounds = [0, *splits, len(spans)]
    return [[item for _, item in spans[a:b]] for a, b in zip(bounds, bounds[1:], strict=False)]
