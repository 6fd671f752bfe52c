"""Ruling segments from the lines and shapes a page draws.

The rulings are the horizontal and vertical segments among drawn lines, the edges of drawn
rectangles (not those of filled rectangles without an outline, larger than a rule: shading) and
the axis-aligned pieces of other shapes. A subpath is classed as pdfminer.six classes it, so
that both backends find the same rulings: two points (``m l`` or ``m l h``) are a line; five
points going round an axis-aligned rectangle and back to the start (``m l l l h`` or
``m l l l l``) are a rectangle; anything else is a polyline through the end points of its
pieces (a curve's control points are not on it).
"""

from __future__ import annotations

from collections.abc import Iterator

from pat_lint.readers.pdf_parts.page import TOLERANCE, Segment

Point = tuple[float, float]


def shape_segments(shape: str, points: list[Point], fill: bool, stroke: bool) -> list[Segment]:
    """The rulings of one subpath: ``shape`` has one letter per point (``m`` move, ``l`` line,
    ``c`` curve, ``h`` close: back to the first point)."""
    if len(shape) > 3 and shape[-2:] == "lh" and points[-2] == points[0]:
        shape, points = shape[:-2] + "h", points[:-1]  # a redundant line back to the start
    if shape in ("mlh", "ml"):
        return list(line_segments(points[:2]))
    if shape in ("mlllh", "mllll"):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = points
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (
            y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0
        )
        if points[0] == points[4] and square:
            left, right = min(x0, x2), max(x0, x2)
            bottom, top = min(y0, y2), max(y0, y2)
            if is_shading(left, bottom, right, top, fill, stroke):
                return []
            return rect_segments(left, bottom, right, top)
    return list(line_segments(points))


def is_shading(x0: float, y0: float, x1: float, y1: float, fill: bool, stroke: bool) -> bool:
    """A filled rectangle without an outline, larger than a rule: a cell's or a line's
    background (Word shades each line of a shaded paragraph), not a border."""
    wide = x1 - x0 > TOLERANCE and y1 - y0 > TOLERANCE
    return wide and fill and not stroke


def line_segments(points: list[Point]) -> Iterator[Segment]:
    """Axis-aligned pieces of a polyline."""
    for (xa, ya), (xb, yb) in zip(points, points[1:], strict=False):
        if abs(ya - yb) <= TOLERANCE / 2 and abs(xa - xb) > TOLERANCE:
            y = (ya + yb) / 2
            yield Segment(min(xa, xb), y, max(xa, xb), y)
        elif abs(xa - xb) <= TOLERANCE / 2 and abs(ya - yb) > TOLERANCE:
            x = (xa + xb) / 2
            yield Segment(x, min(ya, yb), x, max(ya, yb))


def rect_segments(x0: float, y0: float, x1: float, y1: float) -> list[Segment]:
    """A thin rectangle is a line; a larger one contributes its four edges."""
    width, height = x1 - x0, y1 - y0
    if width <= TOLERANCE and height <= TOLERANCE:
        return []
    if height <= TOLERANCE:
        return [Segment(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2)]
    if width <= TOLERANCE:
        return [Segment((x0 + x1) / 2, y0, (x0 + x1) / 2, y1)]
    return [
        Segment(x0, y0, x1, y0),
        Segment(x0, y1, x1, y1),
        Segment(x0, y0, x0, y1),
        Segment(x1, y0, x1, y1),
    ]
