"""pdfminer's layout objects turned into upright glyphs and ruling segments.

Each page is read in the direction most of its glyphs run, so a rotated (landscape) page reads
like any other; glyphs running in another direction (a sideways label, a watermark) are
ignored. Unmapped ``(cid:…)`` glyphs are ignored; ligatures (ﬁ, ﬂ…) are expanded. Space
glyphs are kept (as a single space): a space the PDF draws separates words even where the
letters are set so tightly that the gap alone would not (condensed text in slides). Bullets
drawn from a symbol font whose text is the font's own code (Word's Wingdings "Ø" for ⮚, "§" for
▪, Symbol U+F0B7 for •) get their Unicode character. The rulings are the horizontal and
vertical segments among ``LTLine``, ``LTRect`` edges (not those of filled rectangles without an
outline: shading) and axis-aligned ``LTCurve`` pieces.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from pat_lint.readers.pdf_parts.page import TOLERANCE, Glyph, Segment

_LIGATURES = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
    }
)
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi|extrabold|,b$", re.IGNORECASE)
#: bullets of Word's symbol fonts, by the code the PDF gives as text: the font's own code, or
#: that code moved to the private use area (U+F000 + code). LibreOffice draws Wingdings bullets
#: with its OpenSymbol font but keeps the Wingdings code as the text.
_WINGDINGS_BULLETS = {
    "\u00d8": "\u2b9a",  # Ø: ⮚ three-D arrowhead
    "\u00a7": "\u25aa",  # §: ▪ small square
    "\u00fc": "\u2713",  # ü: ✓ check mark
    "\u0076": "\u2756",  # v: ❖ diamond
    "\u0071": "\u2751",  # q: ❑ shadowed square
    "\u006e": "\u25a0",  # n: ■ black square
    "\u006c": "\u25cf",  # l: ● black circle
}
_SYMBOL_BULLETS = {"\u00b7": "\u2022"}  # Symbol ·: • bullet
_BULLETS_BY_FONT = [
    (re.compile(r"wingding|webding|dingbat|opensymbol", re.IGNORECASE), _WINGDINGS_BULLETS),
    (re.compile(r"^symbol", re.IGNORECASE), _SYMBOL_BULLETS),
]
for _table in (_WINGDINGS_BULLETS, _SYMBOL_BULLETS):
    _table.update({chr(0xF000 + ord(code)): bullet for code, bullet in list(_table.items())})


def upright(layout: Any, max_glyphs: int) -> tuple[list[Glyph], list[Segment], float, float]:
    """A page's glyphs (at most ``max_glyphs``) and rulings, and its bottom and top, turned
    so that most of its text runs left to right."""
    chars: list[Any] = []
    segments: list[Segment] = []
    _collect(layout, chars, segments, max_glyphs)
    turns = Counter(_quarter_turns(char.matrix) for char in chars)
    turn = max(sorted(turns), key=lambda t: turns[t]) if turns else 0
    glyphs = [
        glyph
        for char in chars
        if _quarter_turns(char.matrix) == turn and (glyph := _glyph(char, turn)) is not None
    ]
    segments = [Segment(*_turn(turn, s.x0, s.y0, s.x1, s.y1)) for s in segments]
    _x0, bottom, _x1, top = _turn(turn, layout.x0, layout.y0, layout.x1, layout.y1)
    return glyphs, segments, bottom, top


def _collect(container: Any, chars: list[Any], segments: list[Segment], max_glyphs: int) -> None:
    """Glyphs (pdfminer ``LTChar``) and ruling segments, descending into figures."""
    from pdfminer.layout import LTChar, LTCurve, LTLine, LTRect

    for obj in container:
        if isinstance(obj, LTChar):
            if len(chars) < max_glyphs:
                chars.append(obj)
        elif isinstance(obj, LTLine):
            segments.extend(_line_segments(obj.pts[:2]))
        elif isinstance(obj, LTRect):
            if _shading(obj):
                continue
            segments.extend(_rect_segments(obj.x0, obj.y0, obj.x1, obj.y1))
        elif isinstance(obj, LTCurve):
            segments.extend(_line_segments(obj.pts))
        elif hasattr(obj, "__iter__"):
            _collect(obj, chars, segments, max_glyphs)


def _quarter_turns(matrix: tuple[float, ...]) -> int:
    """Clockwise quarter turns that bring a glyph's baseline to left-to-right (0 upright,
    1 for text running up the page, 2 upside down, 3 running down)."""
    a, b = matrix[0], matrix[1]
    if abs(a) >= abs(b):
        return 0 if a > 0 else 2
    return 1 if b > 0 else 3


def _turn(turns: int, x0: float, y0: float, x1: float, y1: float) -> tuple[float, ...]:
    """A box turned clockwise by quarter turns: (x, y) → (y, −x) each time."""
    for _ in range(turns):
        x0, y0, x1, y1 = y0, -x1, y1, -x0
    return x0, y0, x1, y1


def _glyph(obj: Any, turn: int) -> Glyph | None:
    """A glyph's text and upright geometry (a space glyph as " "); None for unmapped
    ``(cid:…)`` glyphs."""
    text = obj.get_text()
    if not text or text.startswith("(cid:"):
        return None
    x0, y0, x1, y1 = _turn(turn, obj.x0, obj.y0, obj.x1, obj.y1)
    bold, bullets = _font(obj.fontname)
    if text.isspace():
        text = " "
    elif bullets:
        text = bullets.get(text, text)
    return Glyph(text.translate(_LIGATURES), x0, x1, y0, y1, round((y1 - y0) * 2) / 2, bold)


@lru_cache(maxsize=256)
def _font(name: Any) -> tuple[bool, dict[str, str]]:
    """Whether a font is bold (by its name), and its bullet codes if it is a symbol font."""
    fontname = str(name).split("+", 1)[-1]
    bullets = next((table for font, table in _BULLETS_BY_FONT if font.search(fontname)), {})
    return bool(_BOLD_FONT.search(fontname)), bullets


def _shading(rect: Any) -> bool:
    """A filled rectangle without an outline, larger than a rule: a cell's or a line's
    background (Word shades each line of a shaded paragraph), not a border."""
    wide = rect.x1 - rect.x0 > TOLERANCE and rect.y1 - rect.y0 > TOLERANCE
    return wide and bool(getattr(rect, "fill", False)) and not getattr(rect, "stroke", True)


def _line_segments(points: list[tuple[float, float]]) -> Iterator[Segment]:
    """Axis-aligned pieces of a polyline."""
    for (xa, ya), (xb, yb) in zip(points, points[1:], strict=False):
        if abs(ya - yb) <= TOLERANCE / 2 and abs(xa - xb) > TOLERANCE:
            y = (ya + yb) / 2
            yield Segment(min(xa, xb), y, max(xa, xb), y)
        elif abs(xa - xb) <= TOLERANCE / 2 and abs(ya - yb) > TOLERANCE:
            x = (xa + xb) / 2
            yield Segment(x, min(ya, yb), x, max(ya, yb))


def _rect_segments(x0: float, y0: float, x1: float, y1: float) -> list[Segment]:
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
