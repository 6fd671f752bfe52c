"""Read PDF files into a :class:`~pat_lint.model.Document` with pdfminer.six.

pdfminer interprets each page (no layout analysis: ``laparams=None``) and gives the glyphs with
their positions, fonts and sizes, and the ruling lines and rectangles. Everything else is done
here, so that the rules are explicit and testable. Each page is read in the direction most of
its glyphs run, so a rotated (landscape) page reads like any other; glyphs running in another
direction (a sideways label, a watermark) are ignored.

**Lines.** Glyphs are grouped into visual lines by vertical overlap (a superscript joins its
line), ordered left to right; a space is inserted where the gap between glyphs exceeds 0.15 em.
A line is cut into separate pieces where a table ruling crosses it or where the gap exceeds
1.5 em (a column gutter), except after a list marker ("•", "1.") within 3 em. Unmapped
``(cid:…)`` glyphs are ignored; ligatures (ﬁ, ﬂ…) are expanded.

**Running headers, footers and page numbers** are dropped. Candidates are the two topmost and
two bottommost rows of text of each page that lie within 15 % of the page's top or bottom edge
(outside tables). A candidate is dropped when it is a page number ("3", "- 3 -", "Page 3",
"Page 3 of 12", "Página 3 de 12", "p. 3", "3/12", "iv") or when its text, digits ignored,
recurs among the candidates of at least half of the pages (and at least two).

**Tables** come from the ruling lines: horizontal and vertical segments (``LTLine``,
``LTRect`` edges, axis-aligned ``LTCurve`` pieces) that touch form a grid; a grid of at least
two cells is a table (LibreOffice, Word and reportlab all draw ruled tables this way). A piece
of text belongs to the cell bounded by the nearest rulings around it, so merged cells are read
once, with the row and column where they start. Rows and columns are numbered on the grid
(1-based); ``header`` is the text over the cell's column in the first row (the second when the
first is one cell spanning the whole table, a title row). A table that continues at the top of
the next page with the same columns keeps its number and goes on counting rows; a repeated
header row is skipped, and a row broken across the page (its first part's text unfinished, the
rest starting in lower case) is read as one row. Tables drawn without rulings are not
recognised: their cells are read as lines.

**Reading order** is found by recursive XY-cut over the page's lines and tables: a vertical
gutter at least 1.2 em wide through a region splits it into columns (left first); otherwise the
region is split at its widest horizontal gaps (top first).

**Paragraphs.** Consecutive lines are joined into one paragraph unless the next line starts a
list item; its size or weight differs; the gap between baselines exceeds the document's usual
line pitch for that size by more than max(2 pt, 0.2 em); it is indented (or, after the
paragraph's first line or after a list item, outdented) by more than 0.8 em; or it starts with
a capital, digit or quote and its first word would have fitted at the end of the previous line
(a line that stops short ends its paragraph: word wrapping would have pulled the word up).
Across a page or column break a paragraph continues only when the previous line has no final
punctuation and the next one starts in lower case. Within a table cell the same rules apply to
the cell's lines, with the cell's inner edge as the line end, so two paragraphs of one cell are
two blocks when the PDF shows a gap between them or the first one stops short.

**Hyphenated line breaks.** A line ending in "word-" followed by a line starting with a
lower-case word is joined without a space. The hyphen is dropped ("man-"/"power" → "manpower",
"disaggre-"/"gated" → "disaggregated") when both sides are lower-case letters, unless the
second part is a word that commonly stands after a hyphen in compounds (*made, based, headed,
related, led, term, level, scale, specific, sensitive, disaggregated, days, hours, months…*:
"man-made", "female-headed", "sex-disaggregated", "man-days") or the first part is "self",
"non" or "cross"; the hyphen is kept when either side is a capital or a digit ("COVID-19",
"non-EU"), and for the explicit hyphen characters U+2010/U+2011. "pre-" followed by "and"/"or"
keeps the hyphen and a space ("pre- and post-test"). A soft hyphen (U+00AD) always joins.
Without a dictionary this is a heuristic: a compound whose second part is not in the list is
joined ("child-care" broken at the hyphen becomes "childcare").

**Headings.** The body size is the most common glyph size. A paragraph is a heading when it is
a short title (see :mod:`pat_lint.readers.headings`, no final colon) and is set larger than the
body or in bold (font name) while the body is not; its level is the rank of its (size, weight)
among all such heading styles, largest first. A body-style numbered title ("4. Gender
analysis") takes its numbering level; an all-capitals title is level 1 before any other
heading and one below the previous styled or numbered heading after it.

**Tables of contents**: a paragraph ending in dot leaders and a page number is skipped.

**Lists.** A paragraph starting with a bullet glyph or a number ("1.", "a)") is a list item,
its level the rank of its marker's indentation among the document's list markers. Bullet
glyphs are dropped from the text; numbers are kept.

**Locations.** Every block has ``page``; table cells also ``table``/``row``/``col``. A
paragraph running over a page break carries the page where it starts.

**Limits.** At most :data:`MAX_PAGES` pages are read (the rest are ignored; ``pages`` still
reports the total) and at most :data:`MAX_GLYPHS_PER_PAGE` glyphs per page; table detection is
skipped on a page with more than :data:`MAX_RULINGS` ruling segments. A page pdfminer cannot
interpret is skipped. Encrypted files (a user password) raise ``ReadError("encrypted")``; files
without a ``%PDF`` header or without the final ``%%EOF`` marker (truncated) raise
``ReadError("corrupt")``. The file is only ever opened for reading.
"""

from __future__ import annotations

import logging
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pat_lint.model import Block, BlockKind, Document, Location
from pat_lint.readers import ReadError, headings

MAX_PAGES = 2000
MAX_GLYPHS_PER_PAGE = 200_000
MAX_RULINGS = 3000
#: how near (pt) two rulings must be to count as touching or as the same line
TOLERANCE = 2.0

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
_BULLET_CHARS = "•▪◦●‣∙·○■□➢➤►▶✓✔\u2043\u25aa\u25cf\u2022\u2013\u2014*-o"
_MARKER = re.compile(
    rf"^(?:[{re.escape(_BULLET_CHARS)}\ue000-\uf8ff]|\d{{1,2}}[.)]|[a-z][.)]|\(?[ivx]{{1,4}}[.)])$"
)
_BULLET_START = re.compile(rf"^[{re.escape(_BULLET_CHARS)}\ue000-\uf8ff]\s+(?=\S)")
_ITEM_START = re.compile(
    rf"^(?:[{re.escape(_BULLET_CHARS)}\ue000-\uf8ff]|\d{{1,2}}[.)]|[a-z][.)])\s+\S"
)
_PAGE_NUMBER = re.compile(
    r"^[-–—\s]*(?:(?:page|p\.|pg\.?|página|pagina|seite)\s*)?"
    r"(?:\d{1,4}|(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))"
    r"(?:\s*(?:of|sur|de|von|/)\s*\d{1,4})?[-–—\s]*$",
    re.IGNORECASE,
)
#: a table-of-contents line: dot leaders then a page number ("4. Gender analysis ..... 7")
_DOT_LEADER = re.compile(r"(?:\.\s*){4,}\d{1,4}$|…{2,}\s*\d{1,4}$")
_TERMINAL = re.compile(r"[.!?:;][\"'”’)\]]*$")
#: second parts that usually follow a hyphen in compounds: keep the hyphen at a line break
KEEP_AFTER_HYPHEN = frozenset(
    """made based headed related led term level scale specific sensitive responsive disaggregated
    owned run friendly oriented centred centered focused making building wide free up time year
    years months days hours income country border speaking being affected dependent hosting
    funded driven induced prone sharing saving generating sector seeking only managed sized
    service services""".split()  # noqa: SIM905 - a word list reads better as text
)
#: codes that WinAnsiEncoding leaves unused, which the PDF specification maps to a bullet
_WINANSI_BULLETS = frozenset({127, 129, 141, 143, 144, 157})
KEEP_BEFORE_HYPHEN = frozenset({"self", "non", "cross"})
_CONJUNCTIONS = frozenset({"and", "or", "to", "et", "ou", "y", "o", "e", "u", "und", "oder"})


# ============================================================================================
# Opening the file


def read(path: Path) -> Document:
    """Read a PDF file; raise :class:`ReadError` for encrypted, truncated or non-PDF files."""
    _check_bytes(path)
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its repair notes are not for users
    from pdfminer.psexceptions import PSException

    with path.open("rb") as handle:
        document = _open(handle)
        total = _page_count(document)
        try:
            pages = list(_interpret(document))
        except (PSException, KeyError, ValueError, TypeError) as exc:  # a broken page tree
            raise _damaged(exc) from None
    if pages and all(page.failed for page in pages):
        raise ReadError("corrupt", "the PDF is damaged: no page could be interpreted")
    blocks = _Assembler(str(path), pages).blocks()
    return Document(
        path=str(path), format="pdf", blocks=tuple(blocks), pages=total or len(pages) or None
    )


def _check_bytes(path: Path) -> None:
    """A ``%PDF-`` header near the start and a ``%%EOF`` marker near the end."""
    with path.open("rb") as handle:
        head = handle.read(1024)
        handle.seek(0, 2)
        size = handle.tell()
        handle.seek(max(0, size - 2048))
        tail = handle.read()
    if b"%PDF-" not in head:
        raise ReadError("corrupt", "not a PDF file")
    if b"%%EOF" not in tail:
        raise ReadError("corrupt", "the PDF file is truncated (no end-of-file marker)")


def _open(handle: Any) -> Any:
    """A pdfminer ``PDFDocument``, with precise errors for encryption and damage."""
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError
    from pdfminer.pdfparser import PDFParser
    from pdfminer.psexceptions import PSException

    try:
        return PDFDocument(PDFParser(handle))
    except PDFEncryptionError:
        raise ReadError(
            "encrypted", "the PDF is password-protected; save an unprotected copy"
        ) from None
    except (PSException, KeyError, ValueError, TypeError) as exc:
        raise _damaged(exc) from None


def _damaged(exc: Exception) -> ReadError:
    """A one-line "corrupt" error naming what pdfminer tripped over."""
    detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return ReadError("corrupt", f"the PDF is damaged: {detail}"[:300])


def _page_count(document: Any) -> int | None:
    """The page count the document declares, when it declares one."""
    from pdfminer.pdftypes import resolve1

    try:
        count = resolve1(resolve1(document.catalog["Pages"])["Count"])
    except Exception:  # a damaged page tree: count the pages read instead
        return None
    return count if isinstance(count, int) and count > 0 else None


# ============================================================================================
# Pages: glyphs, rulings, lines, tables


@dataclass
class _Glyph:
    text: str
    x0: float
    x1: float
    y0: float
    y1: float
    size: float
    bold: bool


@dataclass
class _Line:
    """A piece of a visual line of text (a whole line, or the part of it inside a cell)."""

    page: int
    text: str
    x0: float
    x1: float
    y0: float
    y1: float
    baseline: float
    size: float
    bold: bool
    text_x0: float  # where the text starts after a list marker
    first_word: float  # width of the first word (after a list marker)

    @property
    def height(self) -> float:
        return self.y1 - self.y0


@dataclass
class _Segment:
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def horizontal(self) -> bool:
        return self.y1 - self.y0 <= TOLERANCE


@dataclass
class _Cell:
    row: int
    col: int
    span: int
    left: float
    right: float
    lines: list[_Line] = field(default_factory=list)
    paras: list[_Para] | None = None


@dataclass
class _Table:
    page: int
    x0: float
    x1: float
    y0: float
    y1: float
    xs: list[float]
    ys: list[float]  # top first
    segments: list[_Segment]
    cells: dict[tuple[float, float, float, float], _Cell] = field(default_factory=dict)


@dataclass
class _Page:
    number: int
    height: float
    bottom: float
    lines: list[_Line] = field(default_factory=list)
    tables: list[_Table] = field(default_factory=list)
    failed: bool = False


def _interpret(document: Any) -> Iterator[_Page]:
    """Each page's glyphs and rulings turned into lines and tables (at most MAX_PAGES)."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.pdffont import PDFSimpleFont
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    class _Aggregator(PDFPageAggregator):
        def handle_undefined_char(self, font: Any, cid: int) -> str:
            """The PDF spec maps WinAnsi's unused codes to a bullet (reportlab uses 127)."""
            if isinstance(font, PDFSimpleFont) and cid in _WINANSI_BULLETS:
                return "\u2022"
            return super().handle_undefined_char(font, cid)

    resources = PDFResourceManager(caching=True)
    device = _Aggregator(resources, laparams=None)
    interpreter = PDFPageInterpreter(resources, device)
    for number, page in enumerate(PDFPage.create_pages(document), start=1):
        if number > MAX_PAGES:
            break
        try:
            interpreter.process_page(page)
            layout = device.get_result()
        except Exception:  # one broken content stream should not lose the whole file
            yield _Page(number, 0.0, 0.0, failed=True)
            continue
        yield _build_page(number, layout)


def _build_page(number: int, layout: Any) -> _Page:
    """Lines and tables of one page, read in the direction most of its text runs."""
    chars: list[Any] = []
    segments: list[_Segment] = []
    _collect(layout, chars, segments)
    turns = Counter(_quarter_turns(char.matrix) for char in chars)
    turn = max(sorted(turns), key=lambda t: turns[t]) if turns else 0
    glyphs = [
        glyph
        for char in chars
        if _quarter_turns(char.matrix) == turn and (glyph := _glyph(char, turn)) is not None
    ]
    segments = [_Segment(*_turn(turn, s.x0, s.y0, s.x1, s.y1)) for s in segments]
    _x0, bottom, _x1, top = _turn(turn, layout.x0, layout.y0, layout.x1, layout.y1)
    page = _Page(number, height=top - bottom, bottom=bottom)
    page.tables = _find_tables(number, segments) if len(segments) <= MAX_RULINGS else []
    cuts = [s for table in page.tables for s in table.segments if not s.horizontal]
    lines = _make_lines(number, glyphs, cuts)
    for line in lines:
        if not _place_in_table(line, page.tables):
            page.lines.append(line)
    return page


def _collect(container: Any, chars: list[Any], segments: list[_Segment]) -> None:
    """Glyphs (pdfminer ``LTChar``) and ruling segments, descending into figures."""
    from pdfminer.layout import LTChar, LTCurve, LTLine, LTRect

    for obj in container:
        if isinstance(obj, LTChar):
            if len(chars) < MAX_GLYPHS_PER_PAGE:
                chars.append(obj)
        elif isinstance(obj, LTLine):
            segments.extend(_line_segments(obj.pts[:2]))
        elif isinstance(obj, LTRect):
            segments.extend(_rect_segments(obj.x0, obj.y0, obj.x1, obj.y1))
        elif isinstance(obj, LTCurve):
            segments.extend(_line_segments(obj.pts))
        elif hasattr(obj, "__iter__"):
            _collect(obj, chars, segments)


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


def _glyph(obj: Any, turn: int) -> _Glyph | None:
    """A glyph's text and upright geometry; None for blank or unmapped ``(cid:…)`` glyphs."""
    text = obj.get_text()
    if not text or text.isspace() or text.startswith("(cid:"):
        return None
    x0, y0, x1, y1 = _turn(turn, obj.x0, obj.y0, obj.x1, obj.y1)
    fontname = str(obj.fontname).split("+", 1)[-1]
    return _Glyph(
        text.translate(_LIGATURES),
        x0,
        x1,
        y0,
        y1,
        round((y1 - y0) * 2) / 2,
        bool(_BOLD_FONT.search(fontname)),
    )


def _line_segments(points: list[tuple[float, float]]) -> Iterator[_Segment]:
    """Axis-aligned pieces of a polyline."""
    for (xa, ya), (xb, yb) in zip(points, points[1:], strict=False):
        if abs(ya - yb) <= TOLERANCE / 2 and abs(xa - xb) > TOLERANCE:
            y = (ya + yb) / 2
            yield _Segment(min(xa, xb), y, max(xa, xb), y)
        elif abs(xa - xb) <= TOLERANCE / 2 and abs(ya - yb) > TOLERANCE:
            x = (xa + xb) / 2
            yield _Segment(x, min(ya, yb), x, max(ya, yb))


def _rect_segments(x0: float, y0: float, x1: float, y1: float) -> list[_Segment]:
    """A thin rectangle is a line; a larger one contributes its four edges."""
    width, height = x1 - x0, y1 - y0
    if width <= TOLERANCE and height <= TOLERANCE:
        return []
    if height <= TOLERANCE:
        return [_Segment(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2)]
    if width <= TOLERANCE:
        return [_Segment((x0 + x1) / 2, y0, (x0 + x1) / 2, y1)]
    return [
        _Segment(x0, y0, x1, y0),
        _Segment(x0, y1, x1, y1),
        _Segment(x0, y0, x0, y1),
        _Segment(x1, y0, x1, y1),
    ]


# -- lines -----------------------------------------------------------------------------------


def _make_lines(page: int, glyphs: list[_Glyph], cuts: list[_Segment]) -> list[_Line]:
    """Visual lines from glyphs, cut at table rulings and wide gaps.

    A glyph joins a row when it overlaps the row's core (its largest glyph so far) by 30 % of
    the smaller height: a superscript joins its line, the next line down does not.
    """
    rows: list[list[_Glyph]] = []
    cores: list[_Glyph] = []
    for glyph in sorted(glyphs, key=lambda g: (-(g.y0 + g.y1) / 2, g.x0)):
        for k in range(len(rows) - 1, max(len(rows) - 4, -1), -1):
            core = cores[k]
            overlap = min(core.y1, glyph.y1) - max(core.y0, glyph.y0)
            if overlap >= 0.3 * min(core.y1 - core.y0, glyph.y1 - glyph.y0):
                rows[k].append(glyph)
                if glyph.y1 - glyph.y0 > core.y1 - core.y0:
                    cores[k] = glyph
                break
        else:
            rows.append([glyph])
            cores.append(glyph)
    lines: list[_Line] = []
    for row in rows:
        row.sort(key=lambda g: g.x0)
        middle = statistics.median((g.y0 + g.y1) / 2 for g in row)
        xs = sorted(s.x0 for s in cuts if s.y0 - TOLERANCE <= middle <= s.y1 + TOLERANCE)
        lines.extend(_split_row(page, _dedupe(row), xs))
    return lines


def _dedupe(row: list[_Glyph]) -> list[_Glyph]:
    """Drop glyphs printed twice at the same place (fake bold by over-printing)."""
    kept: list[_Glyph] = []
    for glyph in row:
        if kept:
            last = kept[-1]
            if last.text == glyph.text and abs(last.x0 - glyph.x0) < 0.3 * glyph.size / 2:
                continue
        kept.append(glyph)
    return kept


def _split_row(page: int, row: list[_Glyph], cuts: list[float]) -> list[_Line]:
    """One visual line cut into pieces at rulings and gutters; spaces from gaps."""
    pieces: list[list[_Glyph]] = [[row[0]]]
    for previous, glyph in zip(row, row[1:], strict=False):
        size = max(previous.size, glyph.size, 1.0)
        gap = glyph.x0 - previous.x1
        ruled = any((previous.x0 + previous.x1) / 2 < x < (glyph.x0 + glyph.x1) / 2 for x in cuts)
        after_marker = gap < 3.0 * size and _MARKER.match("".join(g.text for g in pieces[-1]))
        wide = gap > 1.5 * size and not after_marker
        if ruled or wide:
            pieces.append([glyph])
        else:
            pieces[-1].append(glyph)
    return [_line_of(page, piece) for piece in pieces]


def _line_of(page: int, glyphs: list[_Glyph]) -> _Line:
    """A piece of line from its glyphs: text with spaces, size, weight, marker and first word."""
    parts: list[str] = []
    space_at: list[int] = []
    for k, glyph in enumerate(glyphs):
        if k and glyph.x0 - glyphs[k - 1].x1 > 0.15 * max(glyph.size, glyphs[k - 1].size):
            parts.append(" ")
            space_at.append(k)
        parts.append(glyph.text)
    text = " ".join("".join(parts).split())
    sizes = Counter(g.size for g in glyphs)
    size = max(sizes.items(), key=lambda item: (item[1], item[0]))[0]
    letters = [g for g in glyphs if g.text.isalpha()] or glyphs
    start = space_at[0] if space_at and _MARKER.match(text.split(" ", 1)[0]) else 0
    word_end = next((k for k in space_at if k > start), len(glyphs))
    return _Line(
        page=page,
        text=text,
        x0=glyphs[0].x0,
        x1=max(g.x1 for g in glyphs),
        y0=min(g.y0 for g in glyphs),
        y1=max(g.y1 for g in glyphs),
        baseline=statistics.median(g.y0 for g in glyphs if g.size == size),
        size=size,
        bold=sum(g.bold for g in letters) >= 0.9 * len(letters),
        text_x0=glyphs[start].x0,
        first_word=glyphs[word_end - 1].x1 - glyphs[start].x0,
    )


# -- tables ----------------------------------------------------------------------------------


def _merge_collinear(segments: list[_Segment], horizontal: bool) -> list[_Segment]:
    """Touching or overlapping segments on the same line merged into one."""

    def key(s: _Segment) -> tuple[float, float]:
        return (s.y0, s.x0) if horizontal else (s.x0, s.y0)

    merged: list[_Segment] = []
    for segment in sorted(segments, key=key):
        if merged:
            last = merged[-1]
            if (
                horizontal
                and abs(last.y0 - segment.y0) <= TOLERANCE / 2
                and segment.x0 <= last.x1 + TOLERANCE
            ):
                last.x1 = max(last.x1, segment.x1)
                continue
            if (
                not horizontal
                and abs(last.x0 - segment.x0) <= TOLERANCE / 2
                and segment.y0 <= last.y1 + TOLERANCE
            ):
                last.y1 = max(last.y1, segment.y1)
                continue
        merged.append(_Segment(segment.x0, segment.y0, segment.x1, segment.y1))
    return merged


def _find_tables(page: int, segments: list[_Segment]) -> list[_Table]:
    """Grids of touching rulings with at least two cells."""
    horizontal = _merge_collinear([s for s in segments if s.horizontal], True)
    vertical = _merge_collinear(
        [s for s in segments if not s.horizontal and s.x1 - s.x0 <= TOLERANCE], False
    )
    parent = list(range(len(horizontal) + len(vertical)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, h in enumerate(horizontal):
        for j, v in enumerate(vertical):
            if (
                h.x0 - TOLERANCE <= v.x0 <= h.x1 + TOLERANCE
                and v.y0 - TOLERANCE <= h.y0 <= v.y1 + TOLERANCE
            ):
                parent[find(i)] = find(len(horizontal) + j)
    groups: dict[int, list[_Segment]] = {}
    for i, segment in enumerate(horizontal + vertical):
        groups.setdefault(find(i), []).append(segment)
    tables = [_table_of(page, group) for group in groups.values()]
    return [table for table in tables if table is not None]


def _unique(values: Iterable[float]) -> list[float]:
    """Sorted values with near-equal ones (within the tolerance) merged."""
    result: list[float] = []
    for value in sorted(values):
        if not result or value - result[-1] > TOLERANCE:
            result.append(value)
    return result


def _table_of(page: int, group: list[_Segment]) -> _Table | None:
    """A table from a connected group of rulings, or None when it is not a grid of cells."""
    xs = _unique(s.x0 for s in group if not s.horizontal)
    ys = _unique(s.y0 for s in group if s.horizontal)
    if len(xs) < 2 or len(ys) < 2 or (len(xs) - 1) * (len(ys) - 1) < 2:
        return None
    return _Table(
        page=page,
        x0=min(s.x0 for s in group),
        x1=max(s.x1 for s in group),
        y0=min(s.y0 for s in group),
        y1=max(s.y1 for s in group),
        xs=xs,
        ys=ys[::-1],
        segments=group,
    )


def _place_in_table(line: _Line, tables: list[_Table]) -> bool:
    """Put a line in the table cell around it; False when it is in no cell."""
    middle_y = (line.y0 + line.y1) / 2
    middle_x = (line.x0 + line.x1) / 2
    for table in tables:
        if not (table.x0 <= middle_x <= table.x1 and table.y0 <= middle_y <= table.y1):
            continue
        bounds = _cell_bounds(table, line, middle_x, middle_y)
        if bounds is None:
            continue
        cell = table.cells.get(bounds)
        if cell is None:
            left, right, top, _bottom = bounds
            col = _index(table.xs, left)
            cell = _Cell(
                row=_index(table.ys, top) + 1,
                col=col + 1,
                span=max(_index(table.xs, right) - col, 1),
                left=left,
                right=right,
            )
            table.cells[bounds] = cell
        cell.lines.append(line)
        return True
    return False


def _cell_bounds(
    table: _Table, line: _Line, middle_x: float, middle_y: float
) -> tuple[float, float, float, float] | None:
    """(left, right, top, bottom) of the nearest rulings around a line, or None."""
    lefts, rights, tops, bottoms = [], [], [], []
    for s in table.segments:
        if s.horizontal:
            if s.x0 - TOLERANCE <= middle_x <= s.x1 + TOLERANCE:
                (tops if s.y0 >= middle_y else bottoms).append(s.y0)
        elif s.y0 - TOLERANCE <= middle_y <= s.y1 + TOLERANCE:
            if s.x0 <= line.x0 + TOLERANCE:
                lefts.append(s.x0)
            elif s.x0 >= line.x1 - TOLERANCE:
                rights.append(s.x0)
    if not (lefts and rights and tops and bottoms):
        return None
    return max(lefts), min(rights), min(tops), max(bottoms)


def _index(values: list[float], value: float) -> int:
    """Index of the grid position nearest to ``value``."""
    return min(range(len(values)), key=lambda i: abs(values[i] - value))


# ============================================================================================
# Running headers and footers


def _drop_running_lines(pages: list[_Page]) -> None:
    """Remove page numbers and lines repeated at the top or bottom of most pages."""
    candidates = {page.number: _edge_lines(page) for page in pages}
    counts: Counter[str] = Counter()
    for lines in candidates.values():
        counts.update({_normalise(line.text) for line in lines})
    needed = max(2, (len(pages) + 1) // 2)
    for page in pages:
        drop = {
            id(line)
            for line in candidates[page.number]
            if _PAGE_NUMBER.match(line.text) or counts[_normalise(line.text)] >= needed
        }
        page.lines = [line for line in page.lines if id(line) not in drop]


def _edge_lines(page: _Page) -> list[_Line]:
    """Lines in the two topmost and two bottommost rows, within 15 % of the page edges."""
    if not page.lines or page.height <= 0:
        return []
    rows = _unique(round(line.baseline, 1) for line in page.lines)
    top_rows, bottom_rows = set(rows[-2:]), set(rows[:2])
    zone = 0.15 * page.height
    top_edge = page.bottom + page.height
    return [
        line
        for line in page.lines
        if (round(line.baseline, 1) in top_rows and top_edge - line.y1 <= zone)
        or (round(line.baseline, 1) in bottom_rows and line.y0 - page.bottom <= zone)
    ]


def _normalise(text: str) -> str:
    """Text compared across pages: digits replaced, case and spacing ignored."""
    return " ".join(re.sub(r"\d+", "#", text.lower()).split())


# ============================================================================================
# Reading order


def _ordered(items: list[Any], gutter: float) -> list[Any]:
    """Lines and tables in reading order, by recursive XY-cut."""
    if len(items) <= 1:
        return list(items)
    if len(items) > 4000:  # pathological page: plain top-to-bottom order
        return sorted(items, key=lambda item: (-item.y1, item.x0))
    columns = _cut(items, gutter, vertical=True)
    if len(columns) > 1:
        return [item for column in columns for item in _ordered(column, gutter)]
    bands = _cut(items, 0.0, vertical=False)
    if len(bands) > 1:
        return [item for band in bands for item in _ordered(band, gutter)]
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


# ============================================================================================
# Paragraphs and blocks


def join_lines(left: str, right: str) -> str:
    """Join two lines of one paragraph, mending a hyphenated line break (see the docstring)."""
    if not left or not right:
        return left or right
    if left.endswith("\u00ad"):
        return left[:-1] + right
    if len(left) > 1 and left[-1] in "\u2010\u2011" and left[-2].isalpha():
        return left + right
    if len(left) > 1 and left[-1] == "-" and left[-2].isalpha():
        return _join_hyphenated(left, right)
    if len(left) > 1 and left[-1] in "–—" and not left[-2].isspace():
        return left + right
    return f"{left} {right}"


def _join_hyphenated(left: str, right: str) -> str:
    """Join "…word-" and the next line: keep the hyphen, drop it, or keep it and a space."""
    before = re.search(r"([^\W\d_]+)-$", left)
    after = re.match(r"[^\W\d_]+", right)
    if before is None or after is None:
        return left + right
    first, second = before.group(1), after.group(0)
    if second.lower() in _CONJUNCTIONS and right[len(second) : len(second) + 1] in (" ", ""):
        return f"{left} {right}"  # "pre- and post-test"
    if not (first[-1].islower() and second[0].islower()):
        return left + right  # "COVID-19", "non-EU"
    if second.lower() in KEEP_AFTER_HYPHEN or first.lower() in KEEP_BEFORE_HYPHEN:
        return left + right  # "man-made", "sex-disaggregated", "self-reliance"
    return left[:-1] + right  # "manpower", "disaggregated"


@dataclass
class _Para:
    lines: list[_Line]

    @property
    def first(self) -> _Line:
        return self.lines[0]

    @property
    def text(self) -> str:
        text = ""
        for line in self.lines:
            text = join_lines(text, line.text)
        return text

    @property
    def is_item(self) -> bool:
        return _ITEM_START.match(self.first.text) is not None


class _Assembler:
    """Turns pages of lines and tables into blocks (paragraphs, headings, items, cells)."""

    def __init__(self, path: str, pages: list[_Page]) -> None:
        self.path = path
        self.pages = pages
        _drop_running_lines(pages)
        flow = [line for page in pages for line in page.lines]
        self.body_size, self.body_bold = _body_style(flow)
        self.pitches = _usual_pitches(pages)
        self.tables = 0

    # -- rules -------------------------------------------------------------------------------

    def pitch_limit(self, size: float) -> float:
        """The largest baseline distance that still continues a paragraph at this size."""
        usual = self.pitches.get(size, 1.25 * size)
        return usual + max(2.0, 0.2 * size)

    def continues(self, para: _Para, line: _Line, right: float | None = None) -> bool:
        """Whether ``line`` continues ``para`` (see the module docstring for the rules)."""
        last = para.lines[-1]
        if _ITEM_START.match(line.text):
            return False
        if last.text.endswith(("-", "\u00ad")) and line.text[:1].islower():
            return True
        if abs(line.size - last.size) > 0.6 or line.bold != last.bold:
            return False
        size = max(line.size, last.size)
        if line.page != last.page or line.y1 > last.y0 + 0.5 * size:
            if line.page == last.page and min(line.y1, last.y1) - max(line.y0, last.y0) > 0:
                return line.x0 > last.x1  # the next piece of the same visual line
            return self._carries_over(para, line)
        if last.baseline - line.baseline > self.pitch_limit(size):
            return False
        if line.text_x0 > last.text_x0 + 0.8 * size:
            return False
        outdented = line.text_x0 < last.text_x0 - 0.8 * size
        if outdented and (len(para.lines) > 1 or para.is_item):
            return False
        limit = right if right is not None else max(x.x1 for x in [*para.lines, line])
        starts_new = (
            line.text[:1].isupper() or line.text[:1].isdigit() or line.text[:1] in "\"'“‘(["
        )
        fits = last.x1 + 0.25 * size + line.first_word < limit - 1.0
        return not (starts_new and fits)

    def _carries_over(self, para: _Para, line: _Line) -> bool:
        """Across a page or column break: the sentence is unfinished, or the last line is
        full (the next line's first word would not have fitted on it) and the next line is
        not indented."""
        last = para.lines[-1]
        if not _TERMINAL.search(last.text) and line.text[:1].islower():
            return True
        if para.is_item or len(para.lines) < 2:
            return False
        margin = min(x.text_x0 for x in para.lines[1:])
        if abs(line.text_x0 - margin) > 0.8 * line.size:
            return False
        right = max(x.x1 for x in para.lines)
        return last.x1 + 0.25 * line.size + line.first_word >= right - 1.0

    # -- assembly ----------------------------------------------------------------------------

    def blocks(self) -> list[Block]:
        """All blocks in reading order."""
        entries = self._entries()
        styles = self._heading_styles(entries)
        blocks: list[Block] = []
        item_x: list[float] = []
        last_level: int | None = None
        for entry in entries:
            if isinstance(entry, _Para):
                block, last_level = self._classify(entry, styles, last_level)
                if block is not None:
                    blocks.append(block)
                    item_x.append(entry.first.x0 if block.kind is BlockKind.LIST_ITEM else -1.0)
            else:
                cells = self._table_blocks(entry)
                blocks.extend(cells)
                item_x.extend([-1.0] * len(cells))
        return _with_list_levels(blocks, item_x)

    def _entries(self) -> list[Any]:
        """Paragraphs of flowing text and tables, in reading order across pages."""
        entries: list[Any] = []
        previous_table: list[_Table] | None = None
        for page in self.pages:
            gutter = 1.2 * self.body_size
            ordered = _ordered([*page.lines, *page.tables], gutter)
            for k, item in enumerate(ordered):
                if isinstance(item, _Table):
                    if k == 0 and previous_table and _same_columns(previous_table[-1], item):
                        previous_table.append(item)
                    else:
                        previous_table = [item]
                        entries.append(previous_table)
                    continue
                last = entries[-1] if entries else None
                if isinstance(last, _Para) and self.continues(last, item):
                    last.lines.append(item)
                else:
                    entries.append(_Para([item]))
            if ordered and not isinstance(ordered[-1], _Table):
                previous_table = None
        return entries

    def _heading_styles(self, entries: list[Any]) -> list[tuple[float, bool]]:
        """(size, bold) of styled headings, most prominent first."""
        styles = {
            (entry.first.size, entry.first.bold)
            for entry in entries
            if isinstance(entry, _Para) and self._styled(entry)
        }
        return sorted(styles, key=lambda style: (-style[0], not style[1]))

    def _styled(self, para: _Para) -> bool:
        """Set apart by size or weight, and shaped like a title."""
        line = para.first
        larger = line.size >= self.body_size + 1.0
        bolder = line.bold and not self.body_bold and line.size >= self.body_size - 0.5
        numbered = headings.numbered_heading_level(para.text) is not None
        return (larger or bolder) and _title_shaped(para.text) and (numbered or not para.is_item)

    def _classify(
        self, para: _Para, styles: list[tuple[float, bool]], last_level: int | None
    ) -> tuple[Block | None, int | None]:
        """The block for a paragraph, and the level of the last styled/numbered heading."""
        text = para.text
        if not text or _DOT_LEADER.search(text):  # empty, or a table-of-contents line
            return None, last_level
        location = Location(path=self.path, page=para.first.page)
        numbered = headings.numbered_heading_level(text)
        if self._styled(para):
            level = styles.index((para.first.size, para.first.bold)) + 1
            return Block(BlockKind.HEADING, text, location, level=level), level
        if numbered is not None:
            return Block(BlockKind.HEADING, text, location, level=numbered), numbered
        if para.is_item:
            text = _BULLET_START.sub("", text)
            return Block(BlockKind.LIST_ITEM, text, location, level=1), last_level
        if headings.is_all_caps(text) and _title_shaped(text):
            level = 1 if last_level is None else min(last_level + 1, 9)
            return Block(BlockKind.HEADING, text, location, level=level), last_level
        return Block(BlockKind.PARAGRAPH, text, location), last_level

    # -- tables ------------------------------------------------------------------------------

    def _table_blocks(self, parts: list[_Table]) -> list[Block]:
        """One block per paragraph of each cell, row by row, over all the table's parts.

        A part continuing the table on the next page skips a repeated header row, and a first
        row that only continues the text of the previous page's last row (a row broken across
        the page: no final punctuation before, lower case after) is merged into that row.
        """
        self.tables += 1
        header = self._header_texts(parts[0])
        header_row = self._row_texts(parts[0], 1)
        cells: dict[tuple[int, int], list[Block]] = {}
        last = 0
        for number, part in enumerate(parts):
            rows = sorted({cell.row for cell in part.cells.values()})
            if number and rows and self._row_texts(part, rows[0]) == header_row:
                rows = rows[1:]
            base = last + 1 - rows[0] if number and rows else 0  # continue the numbering
            for k, row in enumerate(rows):
                content = {
                    cell.col: self._cell_blocks(part, cell, row + base, header)
                    for cell in _row(part, row)
                }
                if number and k == 0 and _continues_row(cells, last, content):
                    _merge_row(cells, last, content)
                    base -= 1
                    continue
                last = row + base
                cells.update({(last, col): blocks for col, blocks in content.items()})
        return [block for blocks in cells.values() for block in blocks]

    def _header_texts(self, table: _Table) -> dict[int, str]:
        """Column → header text, from the first row (or the second, after a title row)."""
        header = _row(table, 1)
        rows = sorted({cell.row for cell in table.cells.values()})
        width = len(table.xs) - 1
        if len(header) == 1 and header[0].span >= width > 1 and len(rows) > 1:
            header = _row(table, rows[1])
        texts: dict[int, str] = {}
        for cell in header:
            text = self._cell_text(cell)
            if text:
                texts.update(dict.fromkeys(range(cell.col, cell.col + cell.span), text))
        return texts

    def _row_texts(self, table: _Table, row: int) -> list[str]:
        """The texts of a row's cells, left to right."""
        return [self._cell_text(cell) for cell in _row(table, row)]

    def _cell_paras(self, cell: _Cell) -> list[_Para]:
        """The paragraphs of one cell (worked out once)."""
        if cell.paras is not None:
            return cell.paras
        lines = sorted(cell.lines, key=lambda line: (-line.baseline, line.x0))
        cell.paras = []
        if lines:
            pad = max(min(line.x0 for line in lines) - cell.left, 0.0)
            right = cell.right - pad
            cell.paras = [_Para([lines[0]])]
            for line in lines[1:]:
                if self.continues(cell.paras[-1], line, right=right):
                    cell.paras[-1].lines.append(line)
                else:
                    cell.paras.append(_Para([line]))
        return cell.paras

    def _cell_text(self, cell: _Cell) -> str:
        """All the text of a cell on one line."""
        return " ".join(para.text for para in self._cell_paras(cell))

    def _cell_blocks(
        self, part: _Table, cell: _Cell, row: int, header: dict[int, str]
    ) -> list[Block]:
        """TABLE_CELL blocks for the paragraphs of a cell."""
        location = Location(
            path=self.path, page=part.page, table=self.tables, row=row, col=cell.col
        )
        blocks = []
        for para in self._cell_paras(cell):
            text = _BULLET_START.sub("", para.text)
            if text:
                page_location = replace(location, page=para.first.page)
                blocks.append(
                    Block(BlockKind.TABLE_CELL, text, page_location, header=header.get(cell.col))
                )
        return blocks


def _with_list_levels(blocks: list[Block], item_x: list[float]) -> list[Block]:
    """List items' levels: the rank of their marker's indentation among all list markers."""
    positions = _unique(x for x in item_x if x >= 0)
    return [
        replace(block, level=_index(positions, x) + 1) if x >= 0 else block
        for block, x in zip(blocks, item_x, strict=True)
    ]


def _continues_row(
    cells: dict[tuple[int, int], list[Block]], row: int, content: dict[int, list[Block]]
) -> bool:
    """Whether a row only carries on ``row`` above it (a row broken across a page).

    It does when some cell's text continues the unfinished text above it (no final
    punctuation before, lower case after) and every filled cell has text above it.
    """
    filled = [(col, blocks) for col, blocks in content.items() if blocks]
    if not filled or any(not cells.get((row, col)) for col, _ in filled):
        return False
    return any(_carries_on(cells[(row, col)][-1], blocks[0]) for col, blocks in filled)


def _carries_on(above: Block, below: Block) -> bool:
    """``below`` continues the sentence that ``above`` left unfinished."""
    return not _TERMINAL.search(above.text) and below.text[:1].islower()


def _merge_row(
    cells: dict[tuple[int, int], list[Block]], row: int, content: dict[int, list[Block]]
) -> None:
    """Add a broken row's continuation to the cells of ``row``: text that carries on is
    joined to the last paragraph above it, other paragraphs follow it."""
    for col, blocks in content.items():
        if not blocks:
            continue
        above = cells[(row, col)]
        if _carries_on(above[-1], blocks[0]):
            above[-1] = replace(above[-1], text=join_lines(above[-1].text, blocks[0].text))
            blocks = blocks[1:]
        above.extend(replace(b, location=replace(b.location, row=row)) for b in blocks)


def _row(table: _Table, row: int) -> list[_Cell]:
    """The cells of a grid row, left to right."""
    return sorted((c for c in table.cells.values() if c.row == row), key=lambda c: c.col)


def _same_columns(a: _Table, b: _Table) -> bool:
    """Two table parts with the same column rulings (a table continued on the next page)."""
    return (
        b.page == a.page + 1
        and len(a.xs) == len(b.xs)
        and all(abs(x - y) <= TOLERANCE for x, y in zip(a.xs, b.xs, strict=True))
    )


def _body_style(lines: list[_Line]) -> tuple[float, bool]:
    """The most common glyph size (weighted by text length) and whether the body is bold."""
    sizes: Counter[float] = Counter()
    bold = 0
    for line in lines:
        sizes[line.size] += len(line.text)
        bold += len(line.text) if line.bold else 0
    if not sizes:
        return 10.0, False
    size = max(sizes.items(), key=lambda item: (item[1], -item[0]))[0]
    return size, bold > 0.5 * sum(sizes.values())


def _usual_pitches(pages: list[_Page]) -> dict[float, float]:
    """The most common distance between consecutive baselines, per glyph size."""
    samples: dict[float, Counter[float]] = {}
    for page in pages:
        groups: list[list[_Line]] = [page.lines]
        groups += [cell.lines for table in page.tables for cell in table.cells.values()]
        for lines in groups:
            ordered = sorted(lines, key=lambda line: -line.baseline)
            for a, b in zip(ordered, ordered[1:], strict=False):
                pitch = a.baseline - b.baseline
                overlapping = min(a.x1, b.x1) > max(a.x0, b.x0)
                if a.size == b.size and overlapping and 0.9 * a.size <= pitch <= 2.6 * a.size:
                    samples.setdefault(a.size, Counter())[round(pitch * 2) / 2] += 1
    return {
        size: max(counter.items(), key=lambda item: (item[1], -item[0]))[0]
        for size, counter in samples.items()
    }


def _title_shaped(text: str) -> bool:
    """Short and title-like, and not a label ending in a colon ("Indicators:")."""
    return headings.is_short_title(text) and not text.rstrip().endswith(":")
