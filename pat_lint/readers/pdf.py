"""Read PDF files into a :class:`~pat_lint.model.Document`, with pypdfium2 or pdfminer.six.

A backend (:mod:`~pat_lint.readers.pdf_parts.backends`: ``pdfium``, the default, or
``pdfminer``, chosen with ``--pdf-backend`` or ``pdf-backend:``) opens the file and gives each
page's drawn characters (text, box, font, direction) and ruling lines and rectangles, without
layout analysis. Everything else is done by the steps of :mod:`pat_lint.readers.pdf_parts`, the
same for both backends, so that the rules are explicit and testable; each module's docstring
gives its rules:

- characters and rulings are turned into upright glyphs and segments, in the direction most of
  the page's text runs (:mod:`~pat_lint.readers.pdf_parts.glyphs`,
  :mod:`~pat_lint.readers.pdf_parts.rulings`);
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

Only :mod:`~pat_lint.readers.pdf_parts.pdfium_source` knows pypdfium2 and only
:mod:`~pat_lint.readers.pdf_parts.pdfminer_source` knows pdfminer; the layout steps work on the
shapes of :mod:`~pat_lint.readers.pdf_parts.page`.

This module checks the file, has the backend read its pages and drives those steps.

**Limits.** At most :data:`MAX_PAGES` pages are read (the rest are ignored and the run warns,
PL005; ``pages`` still
reports the total) and at most :data:`MAX_GLYPHS_PER_PAGE` glyphs per page; table detection is
skipped on a page with more than :data:`MAX_RULINGS` ruling segments. A page the backend cannot
interpret is skipped. Encrypted files (a user password) raise ``ReadError("encrypted")``; files
without a ``%PDF`` header or without the final ``%%EOF`` marker (truncated), or whose structure
the backend cannot parse, raise ``ReadError("corrupt")``. The file is only ever opened for
reading.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pat_lint.model import Document
from pat_lint.readers import ReadError
from pat_lint.readers.pdf_parts.assemble import Assembler
from pat_lint.readers.pdf_parts.backends import BACKENDS as BACKENDS
from pat_lint.readers.pdf_parts.backends import DEFAULT_BACKEND as DEFAULT_BACKEND
from pat_lint.readers.pdf_parts.backends import source
from pat_lint.readers.pdf_parts.furniture import PAGE_NUMBER as _PAGE_NUMBER  # noqa: F401
from pat_lint.readers.pdf_parts.glyphs import Drawing, upright
from pat_lint.readers.pdf_parts.lines import make_lines
from pat_lint.readers.pdf_parts.page import Page
from pat_lint.readers.pdf_parts.paragraphs import join_lines as join_lines
from pat_lint.readers.pdf_parts.tables import find_tables, place_in_table

# ``_PAGE_NUMBER`` and ``join_lines`` are re-exported: the tests check them through this module;
# ``BACKENDS`` and ``DEFAULT_BACKEND`` for the command line and the configuration.

MAX_PAGES = 2000
MAX_GLYPHS_PER_PAGE = 200_000
MAX_RULINGS = 3000


def read(path: Path, backend: str | None = None) -> Document:
    """Read a PDF file with ``backend`` (default :data:`DEFAULT_BACKEND`); raise
    :class:`ReadError` for encrypted, truncated or non-PDF files."""
    _check_bytes(path)
    with _collection_paused():
        with source(backend).opened(path) as pdf:
            total = pdf.count
            drawings = pdf.drawings(MAX_PAGES, MAX_GLYPHS_PER_PAGE)
            pages = [
                Page(number, 0.0, 0.0, failed=True) if drawing is None else _page(number, drawing)
                for number, drawing in enumerate(drawings, start=1)
            ]
        if pages and all(page.failed for page in pages):
            raise ReadError("corrupt", "the PDF is damaged: no page could be interpreted")
        blocks = Assembler(str(path), pages).blocks()
    return Document(
        path=str(path),
        format="pdf",
        blocks=tuple(blocks),
        pages=total or len(pages) or None,
        pages_read=len(pages) if total > len(pages) else None,
    )


@contextmanager
def _collection_paused() -> Iterator[None]:
    """Python's cycle collector paused while a PDF is read: a page makes thousands of glyphs
    that live until the document is built, and the collector would walk them all again and
    again (a fifth of the reading time) to find no cycle. It runs again afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


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


def _page(number: int, drawing: Drawing) -> Page:
    """Lines and tables of one page, read in the direction most of its text runs."""
    glyphs, segments, bottom, top = upright(drawing)
    page = Page(number, height=top - bottom, bottom=bottom)
    page.tables = find_tables(number, segments) if len(segments) <= MAX_RULINGS else []
    cuts = [s for table in page.tables for s in table.segments if not s.horizontal]
    lines = make_lines(number, glyphs, cuts)
    for line in lines:
        if not place_in_table(line, page.tables):
            page.lines.append(line)
    return page
