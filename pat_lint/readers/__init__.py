"""Readers turn a file into a :class:`~pat_lint.model.Document`, one module per format.

Modules are imported only when a file of their format is read, so that start-up stays fast.
"""

from __future__ import annotations

import importlib
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

#: Files larger than this are refused rather than risking a very long run.
MAX_BYTES = 200 * 1024 * 1024


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
    return composed(document)


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
