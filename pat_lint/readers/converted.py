"""Older Word and OpenDocument files (.doc, .rtf, .odt), read by converting them to .docx with
LibreOffice when it is installed.

LibreOffice runs headless, with a profile of its own in a temporary folder (so it neither
disturbs nor waits for a LibreOffice the user has open), and with a time limit. The converted
copy is read by the .docx reader, so locations are body paragraphs (``¶17``) and table cells
as in a .docx; the copy is deleted afterwards and the input is never touched.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

from pat_lint.model import Document
from pat_lint.readers import ReadError

#: Seconds LibreOffice may take to convert one file.
CONVERSION_SECONDS = 120
#: What to install, in the error for a machine without LibreOffice.
INSTALL_HINT = (
    "install LibreOffice (Debian/Ubuntu: apt install libreoffice-writer-nogui) or save the file "
    "as .docx"
)


def soffice() -> str | None:
    """The LibreOffice program, or None when it is not installed."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return None


def read(path: Path) -> Document:
    """Convert ``path`` to .docx with LibreOffice and read the copy as the original."""
    kind = path.suffix.lower().lstrip(".")
    program = soffice()
    if program is None:
        raise ReadError(
            "needs-libreoffice", f"reading .{kind} files needs LibreOffice: {INSTALL_HINT}"
        )
    from pat_lint.readers import docx as docx_reader

    with tempfile.TemporaryDirectory(prefix="pat-lint-convert-") as work:
        folder = Path(work)
        source = folder / f"input{path.suffix.lower()}"
        shutil.copyfile(path, source)  # LibreOffice sees a copy with a plain name, never the input
        converted = convert(program, source, folder)
        document = docx_reader.read(converted)
    blocks = tuple(
        replace(b, location=replace(b.location, path=str(path))) for b in document.blocks
    )
    return replace(document, path=str(path), format=kind, blocks=blocks)


def convert(program: str, source: Path, folder: Path) -> Path:
    """Run LibreOffice headless on ``source``; the .docx it wrote, or a ReadError."""
    profile = (folder / "profile").as_uri()
    command = [
        program,
        f"-env:UserInstallation={profile}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        "docx:MS Word 2007 XML",
        "--outdir",
        str(folder / "out"),
        str(source),
    ]
    process = subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its helper processes end with it
        env={**os.environ, "HOME": str(folder)},
    )
    try:
        output, _ = process.communicate(timeout=CONVERSION_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise ReadError(
            "timeout", f"LibreOffice did not convert the file within {CONVERSION_SECONDS} s"
        ) from None
    converted = folder / "out" / f"{source.stem}.docx"
    if process.returncode != 0 or not converted.is_file():
        kind = source.suffix.lstrip(".")
        raise ReadError(
            "corrupt", f"LibreOffice could not convert the file (a damaged or unsupported .{kind}?)"
        )
    return converted
