"""How a report is shown: colour (``--color``, ``NO_COLOR``, ``FORCE_COLOR``) and the format
(``--format``, else the output file's suffix, else the configuration)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TextIO

#: Output suffix → the format it implies (``-o report.html`` is an HTML report).
FORMAT_BY_SUFFIX = {
    ".json": "json",
    ".sarif": "sarif",
    ".html": "html",
    ".htm": "html",
    ".xml": "junit",
    ".txt": "text",
}


def color_wanted(choice: str, stream: TextIO) -> bool:
    """``always``/``never`` as given; ``auto``: ``NO_COLOR`` (set and not empty) turns colour
    off, ``FORCE_COLOR`` on, else colour only on a terminal (no-color.org, force-color.org)."""
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return stream.isatty()


def inferred_format(explicit: str | None, output: Path | None) -> str | None:
    """The format the command line asks for: ``--format``, else the output file's suffix
    (None when neither says). Raises ValueError when they disagree."""
    implied = None
    if output is not None and str(output) != "-":
        implied = FORMAT_BY_SUFFIX.get(output.suffix.lower())
    if explicit and implied and explicit != implied and not _compatible(explicit, output):
        raise ValueError(
            f"--format {explicit} does not match the output file {output} (a {implied} file);"
            " change one of them"
        )
    return explicit or implied


def _compatible(explicit: str, output: Path) -> bool:
    """Formats whose files carry another suffix by convention (GitLab's Code Quality report is
    a .json file, SARIF is JSON)."""
    suffix = output.suffix.lower()
    return (explicit, suffix) in {("gitlab", ".json"), ("sarif", ".json"), ("github", ".txt")}
