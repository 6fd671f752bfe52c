"""Running pat-lint on an upload, the way ``pat-lint check`` and ``annotate`` do, and keeping
the review: the upload and its annotated copy under generated names, the row in the history.
And comparing two reviews of one proposal: the marker, the findings fixed and new."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import secrets
import sqlite3
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pat_lint import __version__
from pat_lint.engine import RunOptions, lint_file
from pat_lint.model import FileResult, LintResult
from pat_lint.reporters import ReportContext
from pat_lint.reporters import json as json_report
from pat_lint.reporters.portfolio import section_state
from pat_lint.serve import records, uploads
from pat_lint.serve.store import Store, StoredFinding, finding_key

log = logging.getLogger("pat_lint.serve")


@dataclass(frozen=True)
class Outcome:
    """What became of one uploaded file: its review, or why there is none."""

    name: str
    review_id: int | None = None
    error: str | None = None


@dataclass(frozen=True)
class Change:
    """How a review differs from the one before it of the same proposal."""

    previous: sqlite3.Row
    marker: tuple[str | None, str | None]
    section: tuple[str, str]
    fixed: list[StoredFinding] = field(default_factory=list)
    new: list[StoredFinding] = field(default_factory=list)
    same_content: bool = False

    @property
    def marker_changed(self) -> bool:
        return self.marker[0] != self.marker[1]


def _write_private(path: Path, data: bytes) -> None:
    """Write a new file readable by the desk's user only."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


class Desk:
    """The data folder (uploads, annotated copies, history) and the engine's run options."""

    def __init__(self, folder: Path, options: RunOptions, limit: int) -> None:
        self.folder = folder
        self.uploads = folder / "uploads"
        self.annotated = folder / "annotated"
        for path in (folder, self.uploads, self.annotated):
            path.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.store = Store(folder)
        self.options = options
        self.limit = limit
        self.context = ReportContext(rules=options.all_rules)
        self._lock = threading.Lock()  # one review at a time: spaCy pipelines are shared

    def review(self, name: str, data: bytes, tag: str = "") -> Outcome:
        """Check, store and review one upload; a bad file is an :class:`Outcome` with an
        error, never an exception."""
        name = uploads.clean_name(name)
        try:
            fmt = uploads.check(name, data, self.limit)
        except uploads.UploadError as exc:
            return Outcome(name, error=str(exc))
        stored = uploads.stored_name(fmt)
        path = self.uploads / stored
        _write_private(path, data)
        try:
            with self._lock:
                file = lint_file(path, self.options)
        except Exception:  # the engine never raises on bad input; this is a bug
            log.exception("pat-lint failed on %s (%s)", name, stored)
            path.unlink(missing_ok=True)
            return Outcome(name, error=f"pat-lint failed on “{name}” (an internal error).")
        if file.status == "error":
            path.unlink(missing_ok=True)
            reason = file.error.message if file.error else "unknown error"
            return Outcome(name, error=f"“{name}” could not be read: {reason}.")
        file = records.renamed(file, name)
        annotated = self._annotate(path, file) if fmt == "docx" else None
        review_id = self.store.add(
            self._row(file, name, stored, data, fmt, tag, annotated), stored_findings(file)
        )
        return Outcome(name, review_id)

    def _annotate(self, path: Path, file: FileResult) -> str | None:
        from pat_lint.annotate import annotate_docx

        try:
            with self._lock:
                data, _ = annotate_docx(path, file)
        except Exception:  # python-docx on an unusual package: the review stands without it
            log.exception("annotating %s failed", path.name)
            return None
        name = secrets.token_hex(16) + ".docx"
        _write_private(self.annotated / name, data)
        return name

    def _row(
        self,
        file: FileResult,
        name: str,
        stored: str,
        data: bytes,
        fmt: str,
        tag: str,
        annotated: str | None,
    ) -> dict[str, Any]:
        people = [item for item in file.indicators if item.people]
        severities = Counter(finding.severity.label for finding in file.findings)
        report = json_report.render(LintResult([file]), self.context)
        return {
            "proposal": uploads.proposal_key(name),
            "file_name": name,
            "stored_name": stored,
            "sha256": hashlib.sha256(data).hexdigest(),
            "size": len(data),
            "format": fmt,
            "language": file.language,
            "marker": file.marker.code if file.marker else None,
            "dac": file.marker.dac if file.marker else None,
            "section": section_state(file),
            "section_heading": file.gender_section.heading if file.gender_section else None,
            "indicators": len(file.indicators),
            "people": len(people),
            "by_sex": sum(1 for item in people if "sex" in item.disaggregated_by),
            "findings": len(file.findings),
            "errors": severities["error"],
            "warnings": severities["warning"],
            "infos": severities["info"],
            "tag": " ".join(tag.split())[:200],
            "version": __version__,
            "created": time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime()),
            "annotated_name": annotated,
            "report": report,
        }

    def file_result(self, row: sqlite3.Row) -> FileResult:
        """A stored review back as the result the reporters render."""
        return records.file_result(json.loads(row["report"])["files"][0])

    def compare(self, older: sqlite3.Row, newer: sqlite3.Row) -> Change:
        """What changed from ``older`` to ``newer``: marker, section, findings fixed and new."""
        before = self.store.findings(older["id"])
        after = self.store.findings(newer["id"])
        remaining = Counter(item.key for item in after)
        fixed = []
        for item in before:
            if remaining[item.key]:
                remaining[item.key] -= 1
            else:
                fixed.append(item)
        earlier = Counter(item.key for item in before)
        new = []
        for item in after:
            if earlier[item.key]:
                earlier[item.key] -= 1
            else:
                new.append(item)
        return Change(
            previous=older,
            marker=(older["marker"], newer["marker"]),
            section=(older["section"], newer["section"]),
            fixed=fixed,
            new=new,
            same_content=older["sha256"] == newer["sha256"],
        )


def stored_findings(file: FileResult) -> list[StoredFinding]:
    return [
        StoredFinding(
            rule=item.rule,
            name=item.name,
            severity=item.severity.label,
            match=item.match,
            message=item.message,
            place=item.location.short() or "whole document",
            key=finding_key(item.rule, item.match, item.context or item.message),
        )
        for item in file.findings
    ]
