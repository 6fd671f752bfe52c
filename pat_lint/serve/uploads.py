"""What an upload must be before pat-lint reads it: a name pat-lint knows, content that is
what the name says (a Word zip package, a PDF, UTF-8 text), a size within the limit. Uploads
are stored under the data folder with generated names and never executed."""

from __future__ import annotations

import io
import re
import secrets
import unicodedata
import zipfile
from pathlib import Path, PurePosixPath, PureWindowsPath

#: Suffix → format, for what the desk accepts (the readers' suffixes).
ACCEPTED = {".docx": "docx", ".pdf": "pdf", ".md": "md", ".markdown": "md", ".txt": "txt"}
#: A Word package larger than this when unpacked, or with more members, is refused (zip bombs).
MAX_UNPACKED = 300 * 1024 * 1024
MAX_MEMBERS = 10_000
#: The most files one upload may carry.
MAX_FILES = 20


class UploadError(Exception):
    """An upload that cannot be reviewed; the message is one sentence for the person."""


def clean_name(name: str | None) -> str:
    """The file name as the person knows it, without folders or control characters."""
    base = PureWindowsPath(PurePosixPath(name or "").name).name
    base = unicodedata.normalize("NFC", base)
    base = "".join(c for c in base if unicodedata.category(c)[0] != "C")
    return base.strip()[:200] or "unnamed"


def check(name: str, data: bytes, limit: int) -> str:
    """The format of an upload, or :class:`UploadError` saying what is wrong with it."""
    suffix = Path(name).suffix.lower()
    if suffix not in ACCEPTED:
        shown = suffix or "no extension"
        raise UploadError(
            f"“{name}” cannot be reviewed: only Word (.docx), PDF, Markdown (.md) and text "
            f"(.txt) files are accepted, not {shown}."
        )
    if not data:
        raise UploadError(f"“{name}” is empty.")
    if len(data) > limit:
        raise UploadError(f"“{name}” is larger than the limit of {limit // (1024 * 1024)} MB.")
    fmt = ACCEPTED[suffix]
    if fmt == "docx":
        _check_docx(name, data)
    elif fmt == "pdf":
        if not data.lstrip()[:1024].startswith(b"%PDF-"):
            raise UploadError(f"“{name}” is not a PDF file, whatever its name says.")
    else:
        _check_text(name, data)
    return fmt


def _check_docx(name: str, data: bytes) -> None:
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise UploadError(
            f"“{name}” is an old Word 97–2003 document: open it in Word and save it as .docx."
        )
    if not data.startswith(b"PK\x03\x04"):
        raise UploadError(f"“{name}” is not a Word .docx document (it is not a zip package).")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            members = package.infolist()
            names = {member.filename for member in members}
    except (zipfile.BadZipFile, OSError, ValueError):
        raise UploadError(f"“{name}” is damaged: its zip package cannot be opened.") from None
    if len(members) > MAX_MEMBERS or sum(m.file_size for m in members) > MAX_UNPACKED:
        raise UploadError(f"“{name}” unpacks to more than a Word document ever holds.")
    if "word/document.xml" not in names:
        raise UploadError(f"“{name}” is a zip package but not a Word document.")


def _check_text(name: str, data: bytes) -> None:
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UploadError(f"“{name}” is not text (it holds binary data).")
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            data.decode("utf-16")
        else:
            data.decode("utf-8")
    except UnicodeDecodeError:
        message = f"“{name}” is not UTF-8 text: save it as UTF-8 and upload it again."
        raise UploadError(message) from None


def stored_name(fmt: str) -> str:
    """A generated name for an upload (never the name the person gave)."""
    suffix = {"md": ".md", "txt": ".txt", "pdf": ".pdf", "docx": ".docx"}[fmt]
    return secrets.token_hex(16) + suffix


_VERSION_MARKS = re.compile(
    r"(?:[-_ .]+|^)(?:v\d+(?:\.\d+)*|version\d*|rev(?:ision)?\d*|revised|final|draft\d*|copy|"
    r"\(\d+\)|\d{4}-\d{2}-\d{2}|\d{8}|new|updated|clean|edited)$"
)


def proposal_key(name: str) -> str:
    """What groups the versions of one proposal: its file name without extension, version
    marks (``-v2``, ``_rev3``, ``final``, `` (1)``, a date) and case."""
    stem = Path(name).stem.lower().strip()
    while True:
        shorter = _VERSION_MARKS.sub("", stem).strip(" -_.")
        if shorter == stem or not shorter:
            break
        stem = shorter
    return re.sub(r"[\s_.-]+", "-", stem) or "unnamed"
