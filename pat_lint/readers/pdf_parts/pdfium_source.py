"""pypdfium2 (Google's PDFium) as the source of each page's characters and rulings (the
``pdfium`` backend, the default; a page is read about 3.5 times faster than with pdfminer.six).

PDFium's text page gives each character with its Unicode text, its origin on the baseline, its
text object (font, size, text matrix). A character's box is made as pdfminer.six makes it, so
that the layout steps see the same geometry from both backends: from the origin, the advance
width across and the font size up from the font's descent, through the text matrix, then the
page's ``/Rotate`` and media box as pdfminer applies them. What PDFium adds or changes is undone:

- the spaces and line breaks it generates between words and lines are left out (the layout
  steps find words and lines themselves, from the space glyphs the PDF draws and the gaps);
- a hyphen that ends a line followed by a word, which PDFium marks as a soft hyphen (U+FFFE in
  its text), is the hyphen the PDF draws, "-", so that :func:`~pat_lint.readers.hyphens.join_lines`
  mends the word as it does with pdfminer ("man-"/"power" → "manpower", "man-"/"made" stays);
- a ligature PDFium splits into its letters, or a code the font maps to several letters, is
  one glyph again;
- characters with no Unicode mapping are left out, except a symbol font's bullets (pdfminer
  gives them as ``(cid:…)``, which the reader drops too); PDFium maps the codes WinAnsiEncoding
  leaves unused to a bullet itself.

The rulings come from the page's path objects (inside form XObjects too): each subpath in page
coordinates, classed by :func:`~pat_lint.readers.pdf_parts.rulings.shape_segments`.

PDFium opens the file itself, read-only, one file at a time (it is not thread-safe). An
encrypted file is ``ReadError("encrypted")``, one PDFium cannot parse ``ReadError("corrupt")``
with a message in the user's terms; a page it cannot load is reported as ``None``. Calls go
straight to the PDFium library through ctypes prototypes of its own (handles as plain
integers), a few per character.
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from ctypes import POINTER, c_char_p, c_double, c_float, c_int, c_uint, c_ulong, c_ushort
from ctypes import c_void_p as _handle
from functools import cache
from pathlib import Path
from typing import Any

import pypdfium2
import pypdfium2.raw as _raw
from pypdfium2_raw.bindings import _libs

from pat_lint.readers import ReadError
from pat_lint.readers.pdf_parts.glyphs import Drawing, font_style, glyph, lettering, quarter_turns
from pat_lint.readers.pdf_parts.page import Glyph, Segment
from pat_lint.readers.pdf_parts.rulings import Point, shape_segments

_LIB = _libs["pdfium"]
_ONE_AT_A_TIME = threading.RLock()


def _function(name: str, restype: Any, *argtypes: Any) -> Any:
    """A ctypes function for PDFium's ``name`` with its own prototype (pypdfium2's typed
    pointers cost a conversion on every call; handles here are plain integers)."""
    return ctypes.CFUNCTYPE(restype, *argtypes)((name, _LIB))


_double_p, _float_p, _int_p = POINTER(c_double), POINTER(c_float), POINTER(c_int)
_load_page = _function("FPDF_LoadPage", _handle, _handle, c_int)
_close_page = _function("FPDF_ClosePage", None, _handle)
_rotation = _function("FPDFPage_GetRotation", c_int, _handle)
_media_box = _function(
    "FPDFPage_GetMediaBox", c_int, _handle, _float_p, _float_p, _float_p, _float_p
)
_bounding_box = _function("FPDF_GetPageBoundingBox", c_int, _handle, POINTER(_raw.FS_RECTF))
_load_text = _function("FPDFText_LoadPage", _handle, _handle)
_close_text = _function("FPDFText_ClosePage", None, _handle)
_count_chars = _function("FPDFText_CountChars", c_int, _handle)
_get_text = _function("FPDFText_GetText", c_int, _handle, c_int, c_int, POINTER(c_ushort))
_unicode = _function("FPDFText_GetUnicode", c_uint, _handle, c_int)
_text_object = _function("FPDFText_GetTextObject", _handle, _handle, c_int)
_is_generated = _function("FPDFText_IsGenerated", c_int, _handle, c_int)
_is_hyphen = _function("FPDFText_IsHyphen", c_int, _handle, c_int)
_unmapped = _function("FPDFText_HasUnicodeMapError", c_int, _handle, c_int)
_origin = _function("FPDFText_GetCharOrigin", c_int, _handle, c_int, _double_p, _double_p)
_font_size = _function("FPDFText_GetFontSize", c_double, _handle, c_int)
_char_matrix = _function("FPDFText_GetMatrix", c_int, _handle, c_int, POINTER(_raw.FS_MATRIX))
_loose_box = _function("FPDFText_GetLooseCharBox", c_int, _handle, c_int, POINTER(_raw.FS_RECTF))
_object_font = _function("FPDFTextObj_GetFont", _handle, _handle)
_font_name = _function(
    "FPDFFont_GetBaseFontName", ctypes.c_size_t, _handle, c_char_p, ctypes.c_size_t
)
_descent = _function("FPDFFont_GetDescent", c_int, _handle, c_float, _float_p)
_glyph_width = _function("FPDFFont_GetGlyphWidth", c_int, _handle, c_uint, c_float, _float_p)
_count_objects = _function("FPDFPage_CountObjects", c_int, _handle)
_page_object = _function("FPDFPage_GetObject", _handle, _handle, c_int)
_count_form_objects = _function("FPDFFormObj_CountObjects", c_int, _handle)
_form_object = _function("FPDFFormObj_GetObject", _handle, _handle, c_ulong)
_object_type = _function("FPDFPageObj_GetType", c_int, _handle)
_object_matrix = _function("FPDFPageObj_GetMatrix", c_int, _handle, POINTER(_raw.FS_MATRIX))
_draw_mode = _function("FPDFPath_GetDrawMode", c_int, _handle, _int_p, _int_p)
_count_segments = _function("FPDFPath_CountSegments", c_int, _handle)
_path_segment = _function("FPDFPath_GetPathSegment", _handle, _handle, c_int)
_segment_point = _function("FPDFPathSegment_GetPoint", c_int, _handle, _float_p, _float_p)
_segment_type = _function("FPDFPathSegment_GetType", c_int, _handle)
_segment_close = _function("FPDFPathSegment_GetClose", c_int, _handle)

_PATH, _FORM = _raw.FPDF_PAGEOBJ_PATH, _raw.FPDF_PAGEOBJ_FORM
_MOVE, _BEZIER = _raw.FPDF_SEGMENT_MOVETO, _raw.FPDF_SEGMENT_BEZIERTO
#: what PDFium writes for a hyphen at the end of a line (its text; its character says 0x2)
_SOFT_HYPHENS = (0xFFFE, 0x2)
#: PDFium's document errors that mean a password is needed
_PASSWORD_ERRORS = frozenset({_raw.FPDF_ERR_PASSWORD, _raw.FPDF_ERR_SECURITY})
#: (a, b, c, d, e, f): x' = a·x + c·y + e, y' = b·x + d·y + f (the PDF convention)
Matrix = tuple[float, float, float, float, float, float]


class Pages:
    """An open PDF: its page count and its pages' drawings."""

    def __init__(self, document: Any) -> None:
        self.document = document
        self.handle = ctypes.cast(document.raw, _handle).value
        self.count = len(document) or None

    def drawings(self, max_pages: int, max_glyphs: int) -> Iterator[Drawing | None]:
        """Each page's drawing (``None`` for a page PDFium cannot load), at most ``max_pages``
        pages and ``max_glyphs`` characters a page."""
        for index in range(min(len(self.document), max_pages)):
            page = _load_page(self.handle, index)
            if not page:
                yield None
                continue
            try:
                yield _drawing(page, max_glyphs)
            finally:
                _close_page(page)


@contextmanager
def opened(path: Path) -> Iterator[Pages]:
    """The PDF at ``path``, opened read-only by PDFium; ``ReadError`` for an encrypted or
    damaged file. PDFium is not thread-safe: one PDF is read at a time in a process."""
    with _ONE_AT_A_TIME, _document(path) as document:
        yield Pages(document)


@contextmanager
def _document(path: Path) -> Iterator[Any]:
    """pypdfium2's document, closed afterwards; its errors in the user's terms."""
    try:
        document = pypdfium2.PdfDocument(path)
    except pypdfium2.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code in _PASSWORD_ERRORS:
            raise ReadError(
                "encrypted", "the PDF is password-protected; save an unprotected copy"
            ) from None
        if code == _raw.FPDF_ERR_FILE:
            raise ReadError("unreadable", "cannot open the file") from None
        raise ReadError("corrupt", "the PDF is damaged: its structure cannot be read") from None
    try:
        yield document
    finally:
        document.close()


def _drawing(page: int, max_glyphs: int) -> Drawing:
    """One page's characters, rulings and box, in pdfminer's page coordinates."""
    left, bottom, right, top = _page_box(page)
    ctm = _page_matrix(_rotation(page) % 4, left, bottom, right, top)
    x0, y0 = _apply(ctm, left, bottom)
    x1, y1 = _apply(ctm, right, top)
    drawing = Drawing(box=(0.0, 0.0, abs(x0 - x1), abs(y0 - y1)))
    text_page = _load_text(page)
    if text_page:
        try:
            _glyphs(text_page, ctm, max_glyphs, drawing)
        finally:
            _close_text(text_page)
    identity = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    for k in range(_count_objects(page)):
        _collect_rulings(_page_object(page, k), identity, ctm, drawing.segments, 0)
    return drawing


def _page_box(page: int) -> tuple[float, float, float, float]:
    """The page's media box (its bounding box when it has none)."""
    left, bottom, right, top = c_float(), c_float(), c_float(), c_float()
    if _media_box(page, left, bottom, right, top):
        return left.value, bottom.value, right.value, top.value
    rect = _raw.FS_RECTF()
    if _bounding_box(page, rect):
        return rect.left, rect.bottom, rect.right, rect.top
    return 0.0, 0.0, 612.0, 792.0


def _page_matrix(rotation: int, x0: float, y0: float, x1: float, y1: float) -> Matrix:
    """pdfminer's page matrix: the media box's corner to the origin and the page's
    ``/Rotate`` (in quarter turns) applied, exactly as pdfminer applies them."""
    if rotation == 1:
        return (0.0, -1.0, 1.0, 0.0, -y0, x1)
    if rotation == 2:
        return (-1.0, 0.0, 0.0, 1.0, x1, y1)
    if rotation == 3:
        return (0.0, 1.0, -1.0, 0.0, y1, -x0)
    return (1.0, 0.0, 0.0, 1.0, -x0, -y0)


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def _times(m: Matrix, n: Matrix) -> Matrix:
    """``m`` then ``n``."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


def _texts(text_page: int, count: int) -> list[int]:
    """Each character's code point: PDFium's page text in one call when it has one entry per
    character (it leaves out control characters), else character by character."""
    buffer = _text_buffer(1 << count.bit_length())()  # at least count + 1 units
    written = _get_text(text_page, 0, count, buffer)
    if written == count + 1:
        return buffer[:count]
    return [_unicode(text_page, i) for i in range(count)]


@cache
def _text_buffer(length: int) -> type[ctypes.Array[c_ushort]]:
    """An array of ``length`` UTF-16 units; one type per power of two, made once (a ctypes
    array type is a class: made per page, each would be garbage for the cyclic collector)."""
    return c_ushort * length


class _Style:
    """What the characters of one text object share: its font's name, its size and matrix
    (text space to pdfminer's page coordinates), and for each code the character's text and
    box offsets from its origin (``False`` for a code to leave out), found once."""

    __slots__ = ("font", "name", "bullets", "size", "low", "linear", "turns", "cells")

    def __init__(self, font: int, name: str, size: float, linear: Matrix) -> None:
        self.font, self.name, self.size, self.linear = font, name, size, linear
        self.bullets = font_style(name)[1]
        descent = c_float()
        if font:
            _descent(font, 1.0, descent)
        self.low = descent.value * size  # the box starts at the font's descent
        self.turns = quarter_turns(linear[0], linear[1])
        self.cells: dict[int, tuple[str, float, float, float, float, float] | bool] = {}

    def cell(self, code: int, text_page: int, index: int) -> tuple[Any, ...] | bool:
        """What every character of a code shares: its text and boldness (see
        :func:`~pat_lint.readers.pdf_parts.glyphs.lettering`), box offsets from its origin (x0,
        y0, x1, y1), size and advance; ``False`` when PDFium has no Unicode for it (a symbol
        font's bullets excepted)."""
        if _unmapped(text_page, index) and chr(code) not in self.bullets:
            cell: tuple[Any, ...] | bool = False
        else:
            text, bold = lettering(chr(code), self.name)
            advance = self.advance(code, text_page, index)
            x0, y0, x1, y1 = self.offsets(advance)
            cell = (text, bold, x0, y0, x1, y1, round((y1 - y0) * 2) / 2, advance)
        self.cells[code] = cell
        return cell

    def offsets(self, advance: float) -> tuple[float, float, float, float]:
        """A character's box relative to its origin, as pdfminer makes it: ``advance`` across
        and the font size up from the descent, in text space, through the matrix."""
        a, b, c, d, _, _ = self.linear
        low, high = self.low, self.low + self.size
        return (
            min(0.0, a * advance) + min(c * low, c * high),
            min(0.0, b * advance) + min(d * low, d * high),
            max(0.0, a * advance) + max(c * low, c * high),
            max(0.0, b * advance) + max(d * low, d * high),
        )

    def advance(self, code: int, text_page: int, index: int) -> float:
        """The advance width of a character in text space: the font's width for the code that
        maps to it, or else the width of PDFium's loose box."""
        width = c_float()
        found = self.font and _glyph_width(self.font, code, self.size, width)
        if found and 0 < width.value <= 3 * self.size:
            return width.value
        rect = _raw.FS_RECTF()
        _loose_box(text_page, index, rect)
        a, b, c, d, _, _ = self.linear
        scale = (a * a + b * b) ** 0.5 or 1.0
        across = rect.right - rect.left if self.turns % 2 == 0 else rect.top - rect.bottom
        return abs(across) / scale


def _style(text_page: int, index: int, obj: int, ctm: Matrix, styles: dict[Any, _Style]) -> _Style:
    """The style of a text object, shared with every object of the same font, size and
    matrix."""
    font = _object_font(obj) or 0
    size = _font_size(text_page, index)
    m = _raw.FS_MATRIX()
    _char_matrix(text_page, index, m)
    linear = _times((m.a, m.b, m.c, m.d, 0.0, 0.0), ctm)
    key = (font, size, linear)
    style = styles.get(key)
    if style is None:
        buffer = ctypes.create_string_buffer(256)
        if font:
            _font_name(font, buffer, 256)
        style = styles[key] = _Style(font, buffer.value.decode("latin-1"), size, linear)
    return style


def _glyphs(text_page: int, ctm: Matrix, max_glyphs: int, drawing: Drawing) -> None:
    """The glyphs the PDF draws, in pdfminer's page coordinates, at most ``max_glyphs``.

    A page has thousands of characters: the loop keeps what it needs in local names and asks
    PDFium only for each character's text object and origin (and whether a space is one it
    generated), the rest coming from the character's code in its style."""
    count = _count_chars(text_page)
    glyphs, turns = drawing.glyphs, drawing.turns
    add_glyph, add_turn = glyphs.append, turns.append
    styles: dict[Any, _Style] = {}
    by_object: dict[int, _Style] = {}
    x, y = c_double(), c_double()
    ca, cb, cc, cd, ce, cf = ctm
    straight = (ca, cb, cc, cd) == (1.0, 0.0, 0.0, 1.0)  # no /Rotate: only a shift
    last_object = style = None
    cell_of: Any = None
    turn = 0
    room = max_glyphs
    # the last glyph: its object, origin, origin on the page and advance
    merge_object, merge_x, merge_y, page_x, page_y, advance = 0, 0.0, 0.0, 0.0, 0.0, 0.0
    text_object, generated, is_hyphen, origin = _text_object, _is_generated, _is_hyphen, _origin
    for i, code in enumerate(_texts(text_page, count)):
        obj = text_object(text_page, i)
        if obj != last_object:
            if not obj:  # a line break PDFium generates
                continue
            style = by_object.get(obj)
            if style is None:
                style = by_object[obj] = _style(text_page, i, obj, ctm, styles)
            last_object, cell_of, turn = obj, style.cells.get, style.turns
        if code == 32:
            if generated(text_page, i):  # a space PDFium generates between words
                continue
        elif code in _SOFT_HYPHENS:
            if not is_hyphen(text_page, i):
                continue
            code = 0x2D  # the hyphen the PDF draws at the end of a line
        elif not code:  # a glyph with no text at all
            continue
        cell = cell_of(code)
        if cell is None:
            cell = style.cell(code, text_page, i)  # type: ignore[union-attr]
        if cell is False:
            continue
        origin(text_page, i, x, y)
        ox, oy = x.value, y.value
        if ox == merge_x and oy == merge_y and obj == merge_object and glyphs:
            # one code drawn as several letters (a ligature PDFium splits): one glyph again
            advance += cell[7]
            x0, y0, x1, y1 = style.offsets(advance)  # type: ignore[union-attr]
            last = glyphs[-1]
            text = last.text + cell[0]
            glyphs[-1] = glyph(text, page_x + x0, page_y + y0, page_x + x1, page_y + y1, last.bold)
            continue
        if not room:
            break
        room -= 1
        text, bold, x0, y0, x1, y1, size, advance = cell
        if straight:
            page_x, page_y = ox + ce, oy + cf
        else:
            page_x, page_y = ca * ox + cc * oy + ce, cb * ox + cd * oy + cf
        merge_object, merge_x, merge_y = obj, ox, oy
        add_glyph(Glyph(text, page_x + x0, page_x + x1, page_y + y0, page_y + y1, size, bold))
        add_turn(turn)


def _collect_rulings(
    obj: int, outer: Matrix, ctm: Matrix, segments: list[Segment], depth: int
) -> None:
    """The ruling segments of a page object (a path, or the paths inside a form XObject)."""
    kind = _object_type(obj)
    if kind not in (_PATH, _FORM) or depth > 8:
        return
    m = _raw.FS_MATRIX()
    _object_matrix(obj, m)
    matrix = _times((m.a, m.b, m.c, m.d, m.e, m.f), outer)
    if kind == _FORM:
        for k in range(_count_form_objects(obj)):
            _collect_rulings(_form_object(obj, k), matrix, ctm, segments, depth + 1)
        return
    fill, stroke = c_int(), c_int()
    if not _draw_mode(obj, fill, stroke) or not (fill.value or stroke.value):
        return
    full = _times(matrix, ctm)
    shape: list[str] = []  # one letter per point: m(ove), l(ine), c(urve), h (close)
    points: list[Point] = []
    x, y = c_float(), c_float()
    bezier = 0
    for k in range(_count_segments(obj)):
        segment = _path_segment(obj, k)
        step = _segment_type(segment)
        _segment_point(segment, x, y)
        point = _apply(full, x.value, y.value)
        if step == _MOVE:
            segments.extend(_subpath(shape, points, fill.value, stroke.value))
            shape, points, bezier = ["m"], [point], 0
        elif step == _BEZIER:
            bezier += 1
            if bezier % 3 == 0:  # the end point of a curve; the others are control points
                shape.append("c")
                points.append(point)
        else:
            shape.append("l")
            points.append(point)
        if _segment_close(segment) and points:
            shape.append("h")
            points.append(points[0])
    segments.extend(_subpath(shape, points, fill.value, stroke.value))


def _subpath(shape: list[str], points: list[Point], fill: int, stroke: int) -> list[Segment]:
    """The rulings of one subpath (none for a path that does not start with a move)."""
    if not shape or shape[0] != "m" or len(points) < 2:
        return []
    return shape_segments("".join(shape), points, bool(fill), bool(stroke))
