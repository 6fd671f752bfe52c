"""Strict Open XML: Word's "Strict Open XML Document" save, read as the usual (transitional) kind.

A Strict package names its XML with ``http://purl.oclc.org/ooxml/<area>/<name>`` where the
usual package writes ``http://schemas.openxmlformats.org/<area>/2006/<name>`` — for the
WordprocessingML and DrawingML vocabularies, the relationships and their types alike. The
reader needs nothing that differs beyond the names (Strict on/off values "true"/"false" are
read as such), so a Strict package is read from an in-memory copy with the names rewritten;
the file itself is only read.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

_STRICT = re.compile(rb"http://purl\.oclc\.org/ooxml/([A-Za-z]+)/")
_MARK = b"http://purl.oclc.org/ooxml/"
_XML_PARTS = (".xml", ".rels")


def is_strict(archive: zipfile.ZipFile) -> bool:
    """Whether the package's main relationships are Strict Open XML ones."""
    try:
        return _MARK in archive.read("_rels/.rels")
    except KeyError:
        return False


def transitional_copy(path: Path) -> io.BytesIO:
    """The package at ``path`` with Strict names rewritten to the transitional ones."""
    out = io.BytesIO()
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename.lower().endswith(_XML_PARTS):
                data = _STRICT.sub(rb"http://schemas.openxmlformats.org/\1/2006/", data)
            copy.writestr(info, data)
    out.seek(0)
    return out
