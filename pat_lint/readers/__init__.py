"""Readers turn a file into a :class:`~pat_lint.model.Document`, one module per format.

Modules are imported only when a file of their format is read, so that start-up stays fast.
"""

from __future__ import annotations

import importlib
import os
import re
import unicodedata
from dataclasses import replace
from pathlib import Path

from pat_lint.model import Document

#: suffix → (format name, module implementing ``read(path: Path) -> Document``)
READERS: dict[str, tuple[str, str]] = {
    ".docx": ("docx", "pat_lint.readers.docx"),
    ".pdf": ("pdf", "pat_lint.readers.pdf"),
    ".md": ("md", "pat_lint.readers.markdown"),
    ".markdown": ("md", "pat_lint.readers.markdown"),
    ".txt": ("txt", "pat_lint.readers.text"),
    # older Word and OpenDocument files, converted to .docx by LibreOffice when installed
    ".doc": ("doc", "pat_lint.readers.converted"),
    ".rtf": ("rtf", "pat_lint.readers.converted"),
    ".odt": ("odt", "pat_lint.readers.converted"),
}

# -- limits (docs/formats.md, "Limits") --------------------------------------------------------
# Chosen so that a 600-page proposal passes and a document beyond any of them gets a one-line
# ``too-large`` error in seconds, never a run of minutes or gigabytes. The .docx reader adds
# its own on the XML it unpacks (``docx.MAX_XML_BYTES``, ``docx.MAX_XML_ELEMENTS``), the PDF
# reader reads at most ``pdf.MAX_PAGES`` pages.

#: Files larger than this are refused before they are read (pictures make a real .docx or .pdf
#: large; the text they hold is bounded by the limits below).
MAX_BYTES = 200 * 1024 * 1024
#: Characters of text in a document, all its blocks together: ~1,000 pages of prose. A single
#: block may be as long (it is analysed in pieces).
MAX_CHARACTERS = 2_500_000
#: A .txt or .md file larger than this is refused before it is read: it holds more than
#: :data:`MAX_CHARACTERS` characters in any encoding pat-lint reads (4 bytes a character at most).
MAX_TEXT_BYTES = 4 * MAX_CHARACTERS
#: Words and punctuation marks of a document (spaCy's tokens, ~350 bytes each once parsed):
#: a 600-page proposal has ~350,000; prose at :data:`MAX_CHARACTERS` ~500,000. What reaches it
#: is text of punctuation ("((((…", "-.-.-…"), a token a character.
MAX_TOKENS = 1_000_000
_TOKEN = re.compile(r"\w+|[^\w\s]")
#: Blocks of a document: paragraphs, headings, list items and table-cell paragraphs.
MAX_BLOCKS = 30_000
#: Columns of one table, and cells of one table (its grid: rows times columns).
MAX_TABLE_COLUMNS = 1_000
MAX_TABLE_CELLS = 50_000
_TEXT_FORMATS = ("md", "txt")


class ReadError(Exception):
    """A file could not be read: a stable ``code`` (JSON ``error.code``) and a one-line message."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def format_of(path: Path) -> str | None:
    """The format name for a path's suffix, or None when pat-lint does not read it."""
    entry = READERS.get(path.suffix.lower())
    return entry[0] if entry else None


def read(path: Path, pdf_backend: str | None = None) -> Document:
    """Read ``path`` with the reader for its suffix (a PDF with ``pdf_backend``, default
    ``pdfium``); raise :class:`ReadError` on any failure."""
    if path.is_dir():  # a folder the walk could not list
        try:
            os.scandir(path).close()
        except OSError as exc:
            raise ReadError("unreadable", f"cannot open folder: {exc.strerror or exc}") from None
        raise ReadError("unsupported-format", "a folder, not a file")
    entry = READERS.get(path.suffix.lower())
    if entry is None:
        raise ReadError("unsupported-format", f"unsupported file type {path.suffix or '(none)'!r}")
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ReadError("not-found", "no such file") from None
    except OSError as exc:
        raise ReadError("unreadable", f"cannot open file: {exc.strerror or exc}") from None
    if size == 0:
        raise ReadError("empty", "the file is empty")
    if size > MAX_BYTES:
        raise ReadError("too-large", f"the file is larger than {MAX_BYTES // (1024 * 1024)} MiB")
    if entry[0] in _TEXT_FORMATS and size > MAX_TEXT_BYTES:
        raise too_large(f"{MAX_CHARACTERS:,} characters of text (the file has {size:,} bytes)")
    module = importlib.import_module(entry[1])
    try:
        if entry[0] == "pdf":
            document: Document = module.read(path, backend=pdf_backend)
        else:
            document = module.read(path)
    except ReadError:
        raise
    except PermissionError:
        raise ReadError("unreadable", "permission denied") from None
    except MemoryError:
        raise ReadError("too-large", "the file is too large to read") from None
    except (AttributeError, TypeError, KeyError, IndexError, AssertionError, RecursionError):
        # a reader library tripped over a structure it does not expect: its own words
        # ("'lxml.etree._Element' object has no attribute …") would mean nothing to the user
        raise ReadError(
            "corrupt",
            f"the {entry[0]} file is damaged or built in a way pat-lint cannot read; "
            f"re-save it from its program (e.g. Save As .{entry[0]})",
        ) from None
    except Exception as exc:  # a reader library refused a malformed file, in its words
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ReadError("corrupt", f"cannot parse {entry[0]} file: {detail}"[:300]) from None
    if not any(block.text.strip() for block in document.blocks):
        raise ReadError("no-text", "no text could be extracted (a scanned or image-only document?)")
    check_limits(document)
    return composed(document)


def too_large(what: str) -> ReadError:
    """The one-line error for a document beyond a limit: "more than ``what``"."""
    return ReadError("too-large", f"the document has more than {what}, beyond what pat-lint reads")


def check_blocks(count: int) -> None:
    """Raise ``too-large`` once a reader has made more than :data:`MAX_BLOCKS` blocks (readers
    call it as they go, so that the limit also bounds their own work)."""
    if count > MAX_BLOCKS:
        raise too_large(f"{MAX_BLOCKS:,} paragraphs, headings, list items and table cells")


def check_table(number: int, columns: int, cells: int) -> None:
    """Raise ``too-large`` for a table wider than :data:`MAX_TABLE_COLUMNS` or with more than
    :data:`MAX_TABLE_CELLS` cells (rows times columns)."""
    if columns > MAX_TABLE_COLUMNS:
        raise too_large(f"{MAX_TABLE_COLUMNS:,} columns in table {number}")
    if cells > MAX_TABLE_CELLS:
        raise too_large(f"{MAX_TABLE_CELLS:,} cells in table {number}")


def check_limits(document: Document) -> None:
    """Raise ``too-large`` for a document beyond the limits on blocks, characters and tables."""
    check_blocks(len(document.blocks))
    characters = sum(len(block.text) for block in document.blocks)
    if characters > MAX_CHARACTERS:
        raise too_large(f"{MAX_CHARACTERS:,} characters of text ({characters:,})")
    # a token takes a character at least: only a text longer than the limit can pass it
    tokens = 0
    if characters > MAX_TOKENS:
        tokens = sum(len(_TOKEN.findall(block.text)) for block in document.blocks)
    if tokens > MAX_TOKENS:
        raise too_large(f"{MAX_TOKENS:,} words and punctuation marks ({tokens:,})")
    rows: dict[int, int] = {}
    columns: dict[int, int] = {}
    for block in document.blocks:
        where = block.location
        if where.table is not None:
            rows[where.table] = max(rows.get(where.table, 0), where.row_end or where.row or 0)
            columns[where.table] = max(columns.get(where.table, 0), where.col_end or where.col or 0)
    for table, width in columns.items():
        check_table(table, width, width * rows[table])


def composed(document: Document) -> Document:
    """The document with its text in Unicode composed form (NFC): a Mac or a PDF may write "ó"
    as "o" plus a combining accent, which no word list would match. Line/column anchors are
    moved with the text."""
    if all(unicodedata.is_normalized("NFC", block.text) for block in document.blocks):
        return document
    blocks = []
    for block in document.blocks:
        text = unicodedata.normalize("NFC", block.text)
        if text == block.text:
            blocks.append(block)
            continue
        anchors = tuple(
            (len(unicodedata.normalize("NFC", block.text[:offset])), line, column)
            for offset, line, column in block.source_map
        )
        blocks.append(replace(block, text=text, source_map=anchors))
    return replace(document, blocks=tuple(blocks))
