"""The libraries that can read a PDF's pages for the reader (``--pdf-backend``, ``pdf-backend:``).

- ``pdfium`` (the default): pypdfium2, Google's PDFium — permissively licensed, wheels for every
  platform, glyph positions and fonts; a page is read about 3.5 times faster than with
  pdfminer.six (``bench/bench.py pdf``);
- ``pdfminer``: pdfminer.six, pure Python, the reader's first backend, kept as the fallback.

Both feed the same layout steps and give the same blocks on every fixture. When pypdfium2
cannot be imported (a platform without its wheel), ``pdfium`` quietly means ``pdfminer``.
Nothing here imports either library until a PDF is read.
"""

from __future__ import annotations

import importlib
import importlib.util
from functools import cache
from types import ModuleType

BACKENDS = ("pdfium", "pdfminer")
DEFAULT_BACKEND = "pdfium"
_MODULES = {
    "pdfium": "pat_lint.readers.pdf_parts.pdfium_source",
    "pdfminer": "pat_lint.readers.pdf_parts.pdfminer_source",
}


def backend_in_use(requested: str | None = None) -> str:
    """The backend that reads PDFs when ``requested`` (default: :data:`DEFAULT_BACKEND`) is
    asked for: ``pdfminer`` when pypdfium2 cannot be imported. Raises ValueError for a name
    that is not a backend."""
    name = (requested or DEFAULT_BACKEND).lower()
    if name not in BACKENDS:
        raise ValueError(f"unknown PDF backend {requested!r} (choose from {', '.join(BACKENDS)})")
    if name == "pdfium" and not _installed("pypdfium2"):
        return "pdfminer"
    return name


def _installed(package: str) -> bool:
    """Whether ``package`` can be found, without importing it."""
    try:
        return importlib.util.find_spec(package) is not None
    except (ImportError, ValueError):
        return False


def source(requested: str | None = None) -> ModuleType:
    """The module that opens a PDF with the backend in use: ``opened(path)`` gives its pages
    (pdfminer's when pypdfium2 is there but cannot be loaded)."""
    module = _source(backend_in_use(requested)) or _source("pdfminer")
    assert module is not None  # pdfminer.six is a dependency
    return module


@cache
def _source(name: str) -> ModuleType | None:
    """A backend's module, or None when its library cannot be loaded (not installed, or a
    build without a function the module needs)."""
    try:
        return importlib.import_module(_MODULES[name])
    except (ImportError, AttributeError, OSError):
        return None
