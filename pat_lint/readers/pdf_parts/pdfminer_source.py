"""pdfminer.six as the source of each page's characters and rulings (the ``pdfminer`` backend).

pdfminer interprets each page without layout analysis (``laparams=None``) and gives its
characters (``LTChar``: text, box, font, text matrix) and its drawn lines, rectangles and
curves (``LTLine``, ``LTRect``, ``LTCurve``), descending into figures. Characters pdfminer
cannot map to Unicode (``(cid:…)``) are left out; codes that WinAnsiEncoding leaves unused are
bullets, as the PDF specification says (reportlab draws its bullets with code 127). A page
pdfminer cannot interpret is reported as ``None``. Only this module imports pdfminer.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pat_lint.readers import ReadError
from pat_lint.readers.pdf_parts.glyphs import Drawing, glyph, lettering, quarter_turns
from pat_lint.readers.pdf_parts.page import Glyph, Segment
from pat_lint.readers.pdf_parts.rulings import is_shading, line_segments, rect_segments

#: codes that WinAnsiEncoding leaves unused, which the PDF specification maps to a bullet
_WINANSI_BULLETS = frozenset({127, 129, 141, 143, 144, 157})


class Pages:
    """An open PDF: its declared page count and its pages' drawings."""

    def __init__(self, document: Any) -> None:
        self.document = document
        self.count = _page_count(document)

    def drawings(self, max_pages: int, max_glyphs: int) -> Iterator[Drawing | None]:
        """Each page's drawing (``None`` for a page that cannot be interpreted), at most
        ``max_pages`` pages and ``max_glyphs`` characters a page."""
        from pdfminer.psexceptions import PSException

        try:
            yield from _interpret(self.document, max_pages, max_glyphs)
        except (PSException, KeyError, ValueError, TypeError) as exc:  # a broken page tree
            raise damaged(exc) from None


@contextmanager
def opened(path: Path) -> Iterator[Pages]:
    """The PDF at ``path``, opened for reading; ``ReadError`` for an encrypted or damaged
    file."""
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its repair notes are not for users
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError
    from pdfminer.pdfparser import PDFParser
    from pdfminer.psexceptions import PSException

    with path.open("rb") as handle:
        try:
            document = PDFDocument(PDFParser(handle))
        except PDFEncryptionError:
            raise ReadError(
                "encrypted", "the PDF is password-protected; save an unprotected copy"
            ) from None
        except (PSException, KeyError, ValueError, TypeError) as exc:
            raise damaged(exc) from None
        yield Pages(document)


def damaged(exc: Exception) -> ReadError:
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


def _interpret(document: Any, max_pages: int, max_glyphs: int) -> Iterator[Drawing | None]:
    """Each page interpreted by pdfminer, as a drawing."""
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
        if number > max_pages:
            break
        try:
            interpreter.process_page(page)
            layout = device.get_result()
        except Exception:  # one broken content stream should not lose the whole file
            yield None
            continue
        drawing = Drawing(box=(layout.x0, layout.y0, layout.x1, layout.y1))
        _collect(layout, drawing, max_glyphs)
        yield drawing


def _collect(container: Any, drawing: Drawing, max_glyphs: int) -> None:
    """Characters (``LTChar``) and ruling segments, descending into figures."""
    from pdfminer.layout import LTChar, LTCurve, LTLine, LTRect

    glyphs: list[Glyph] = drawing.glyphs
    segments: list[Segment] = drawing.segments
    for obj in container:
        if isinstance(obj, LTChar):
            text = obj.get_text()
            if len(glyphs) < max_glyphs and text and not text.startswith("(cid:"):
                text, bold = lettering(text, obj.fontname)
                glyphs.append(glyph(text, obj.x0, obj.y0, obj.x1, obj.y1, bold))
                drawing.turns.append(quarter_turns(obj.matrix[0], obj.matrix[1]))
        elif isinstance(obj, LTLine):
            segments.extend(line_segments(obj.pts[:2]))
        elif isinstance(obj, LTRect):
            fill, stroke = bool(getattr(obj, "fill", False)), getattr(obj, "stroke", True)
            if not is_shading(obj.x0, obj.y0, obj.x1, obj.y1, fill, stroke):
                segments.extend(rect_segments(obj.x0, obj.y0, obj.x1, obj.y1))
        elif isinstance(obj, LTCurve):
            segments.extend(line_segments(obj.pts))
        elif hasattr(obj, "__iter__"):
            _collect(obj, drawing, max_glyphs)
