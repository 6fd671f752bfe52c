"""Read PDF files into a :class:`~pat_lint.model.Document` with pdfminer.six.

pdfminer interprets each page (no layout analysis: ``laparams=None``) and gives the glyphs with
their positions, fonts and sizes, and the ruling lines and rectangles. Everything else is done
by the steps of :mod:`pat_lint.readers.pdf_parts`, so that the rules are explicit and
testable; each module's docstring gives its rules:

- glyphs and rulings are turned upright, in the direction most of the page's text runs
  (:mod:`~pat_lint.readers.pdf_parts.glyphs`);
- ruled tables are found from the rulings (:mod:`~pat_lint.readers.pdf_parts.tables`), and
  glyphs grouped into lines, cut at rulings and column gutters
  (:mod:`~pat_lint.readers.pdf_parts.lines`), each line going into the table cell around it;
- running headers, footers and page numbers are dropped
  (:mod:`~pat_lint.readers.pdf_parts.furniture`), footnotes taken out of the body text
  (:mod:`~pat_lint.readers.pdf_parts.footnotes`), and tables without rulings found from the
  alignment of their text (:mod:`~pat_lint.readers.pdf_parts.aligned`);
- lines and tables are put in reading order (:mod:`~pat_lint.readers.pdf_parts.order`),
  lines joined into paragraphs with hyphenated line breaks mended
  (:mod:`~pat_lint.readers.pdf_parts.paragraphs`), and paragraphs classed as headings, list
  items or paragraphs (:mod:`~pat_lint.readers.pdf_parts.headings`,
  :mod:`~pat_lint.readers.pdf_parts.names`, :mod:`~pat_lint.readers.pdf_parts.lists`); table
  cells become blocks, a table continued on the next page keeping its number
  (:mod:`~pat_lint.readers.pdf_parts.cells`, :mod:`~pat_lint.readers.pdf_parts.assemble`).

The layout steps work on the glyph, line and table shapes of
:mod:`~pat_lint.readers.pdf_parts.page`; only :mod:`~pat_lint.readers.pdf_parts.glyphs` and
this module know pdfminer, so another source of glyphs can feed the same steps.

This module opens and checks the file, interprets its pages and drives those steps.

**Limits.** At most :data:`MAX_PAGES` pages are read (the rest are ignored; ``pages`` still
reports the total) and at most :data:`MAX_GLYPHS_PER_PAGE` glyphs per page; table detection is
skipped on a page with more than :data:`MAX_RULINGS` ruling segments. A page pdfminer cannot
interpret is skipped. Encrypted files (a user password) raise ``ReadError("encrypted")``; files
without a ``%PDF`` header or without the final ``%%EOF`` marker (truncated) raise
``ReadError("corrupt")``. The file is only ever opened for reading.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pat_lint.model import Document
from pat_lint.readers import ReadError
from pat_lint.readers.pdf_parts.assemble import Assembler
from pat_lint.readers.pdf_parts.furniture import PAGE_NUMBER as _PAGE_NUMBER  # noqa: F401
from pat_lint.readers.pdf_parts.glyphs import upright
from pat_lint.readers.pdf_parts.lines import make_lines
from pat_lint.readers.pdf_parts.page import Page
from pat_lint.readers.pdf_parts.paragraphs import join_lines as join_lines
from pat_lint.readers.pdf_parts.tables import find_tables, place_in_table

# ``_PAGE_NUMBER`` and ``join_lines`` are re-exported: the tests check them through this module.

MAX_PAGES = 2000
MAX_GLYPHS_PER_PAGE = 200_000
MAX_RULINGS = 3000

#: codes that WinAnsiEncoding leaves unused, which the PDF specification maps to a bullet
_WINANSI_BULLETS = frozenset({127, 129, 141, 143, 144, 157})


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
    blocks = Assembler(str(path), pages).blocks()
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


def _interpret(document: Any) -> Iterator[Page]:
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
            yield Page(number, 0.0, 0.0, failed=True)
            continue
        yield _build_page(number, layout)


def _build_page(number: int, layout: Any) -> Page:
    """Lines and tables of one page, read in the direction most of its text runs."""
    glyphs, segments, bottom, top = upright(layout, MAX_GLYPHS_PER_PAGE)
    page = Page(number, height=top - bottom, bottom=bottom)
    page.tables = find_tables(number, segments) if len(segments) <= MAX_RULINGS else []
    cuts = [s for table in page.tables for s in table.segments if not s.horizontal]
    lines = make_lines(number, glyphs, cuts)
    for line in lines:
        if not place_in_table(line, page.tables):
            page.lines.append(line)
    return page
