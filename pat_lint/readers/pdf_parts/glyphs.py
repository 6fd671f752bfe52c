"""A page's drawn characters and rulings, from whichever backend read them, turned into upright
glyphs and ruling segments.

A backend (:mod:`.pdfium_source`, :mod:`.pdfminer_source`) gives each page as a
:class:`Drawing`: its glyphs as drawn, the direction each runs in, and its ruling segments, in
pdfminer's page coordinates (the page's ``/Rotate`` applied, the media box's lower-left corner
at the origin), each glyph's text made by :func:`lettering`. From there on both backends take
the same road.

Each page is read in the direction most of its glyphs run, so a rotated (landscape) page reads
like any other; glyphs running in another direction (a sideways label, a watermark) are
ignored. Ligatures (ﬁ, ﬂ…) are expanded. Space glyphs are kept (as a single space): a space the
PDF draws separates words even where the letters are set so tightly that the gap alone would
not (condensed text in slides). Bullets drawn from a symbol font whose text is the font's own
code (Word's Wingdings "Ø" for ⮚, "§" for ▪, Symbol U+F0B7 for •) get their Unicode character.
A glyph is bold when its font's name says so.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from pat_lint.readers.pdf_parts.page import Glyph, Segment


@dataclass
class Drawing:
    """What a backend found on one page: its glyphs as drawn (not yet turned upright; a
    glyph's size is its box's height; unmapped characters left out) with the quarter turns of
    each (see :func:`quarter_turns`), its ruling segments, and the page's box
    ``(x0, y0, x1, y1)``."""

    glyphs: list[Glyph] = field(default_factory=list)
    turns: list[int] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    box: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)


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


def upright(drawing: Drawing) -> tuple[list[Glyph], list[Segment], float, float]:
    """A page's glyphs and rulings, and its bottom and top, turned so that most of its text
    runs left to right."""
    turns = Counter(drawing.turns)
    turn = max(sorted(turns), key=lambda t: turns[t]) if turns else 0
    if len(turns) == 1 and turn == 0:
        glyphs = drawing.glyphs
    else:
        pairs = zip(drawing.glyphs, drawing.turns, strict=True)
        glyphs = [turned_glyph(g, turn) for g, t in pairs if t == turn]
    segments = [Segment(*turned(turn, s.x0, s.y0, s.x1, s.y1)) for s in drawing.segments]
    _x0, bottom, _x1, top = turned(turn, *drawing.box)
    return glyphs, segments, bottom, top


def quarter_turns(a: float, b: float) -> int:
    """Clockwise quarter turns that bring a glyph's baseline, the direction ``(a, b)`` of its
    text matrix, to left-to-right (0 upright, 1 for text running up the page, 2 upside down, 3
    running down)."""
    if abs(a) >= abs(b):
        return 0 if a > 0 else 2
    return 1 if b > 0 else 3


def turned(turns: int, x0: float, y0: float, x1: float, y1: float) -> tuple[float, ...]:
    """A box turned clockwise by quarter turns: (x, y) → (y, −x) each time."""
    for _ in range(turns):
        x0, y0, x1, y1 = y0, -x1, y1, -x0
    return x0, y0, x1, y1


def glyph(text: str, x0: float, y0: float, x1: float, y1: float, bold: bool) -> Glyph:
    """A glyph as drawn, its size the height of its box."""
    return Glyph(text, x0, x1, y0, y1, round((y1 - y0) * 2) / 2, bold)


def turned_glyph(glyph: Glyph, turn: int) -> Glyph:
    """A glyph turned clockwise by quarter turns, its size the height of its turned box."""
    if not turn:
        return glyph
    x0, y0, x1, y1 = turned(turn, glyph.x0, glyph.y0, glyph.x1, glyph.y1)
    return Glyph(glyph.text, x0, x1, y0, y1, round((y1 - y0) * 2) / 2, glyph.bold)


@lru_cache(maxsize=4096)
def lettering(text: str, font: str) -> tuple[str, bool]:
    """A character's text as the layout steps read it (a space glyph as " ", ligatures
    expanded, a symbol font's bullet as its Unicode character), and whether its font is
    bold."""
    bold, bullets = font_style(font)
    if text.isspace():
        text = " "
    elif bullets:
        text = bullets.get(text, text)
    return text.translate(_LIGATURES), bold


@lru_cache(maxsize=256)
def font_style(name: str) -> tuple[bool, dict[str, str]]:
    """Whether a font is bold (by its name), and its bullet codes if it is a symbol font."""
    fontname = str(name).split("+", 1)[-1]
    bullets = next((table for font, table in _BULLETS_BY_FONT if font.search(fontname)), {})
    return bool(_BOLD_FONT.search(fontname)), bullets
