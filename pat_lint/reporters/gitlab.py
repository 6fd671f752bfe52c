"""GitLab Code Quality: a JSON array of issues for a merge request's Code Quality widget.

Each issue has a description, the rule as ``check_name``, a unique fingerprint, a severity
(``critical``, ``major``, ``info``) and the file with a line. GitLab needs a line, so a pdf or
docx finding points at line 1 and says its page, paragraph or cell in the description. A file
that could not be read (PL001) is a ``blocker``.
"""

from __future__ import annotations

import hashlib
import json
import os
from typing import Any

from pat_lint.model import Finding, LintResult, Severity
from pat_lint.reporters import ReportContext

SEVERITIES = {Severity.ERROR: "critical", Severity.WARNING: "major", Severity.INFO: "info"}
#: The rule of a file that could not be read.
UNREADABLE = "PL001"


def relative_path(path: str) -> str:
    """The path relative to the working directory (GitLab resolves paths from the project
    root, where the job runs), with forward slashes."""
    relative = os.path.relpath(os.path.abspath(path))
    return path if relative.startswith("..") else relative.replace(os.sep, "/")


def issue(finding: Finding, fingerprint: str) -> dict[str, Any]:
    """One Code Quality issue."""
    loc = finding.location
    description = f"{finding.rule} {finding.message}"
    if finding.suggestions:
        description += f" (instead: {', '.join(finding.suggestions)})"
    if loc.line is None and loc.short():
        description += f" [{loc.short()}]"
    lines: dict[str, int] = {"begin": loc.line or 1}
    if loc.end_line is not None:
        lines["end"] = loc.end_line
    return {
        "type": "issue",
        "description": description,
        "check_name": finding.rule,
        "categories": ["Style"],
        "fingerprint": fingerprint,
        "severity": "blocker" if finding.rule == UNREADABLE else SEVERITIES[finding.severity],
        "location": {"path": relative_path(loc.path), "lines": lines},
    }


def unique_fingerprints(result: LintResult) -> list[str]:
    """Each finding's fingerprint, made unique when two findings share one (GitLab keeps one
    issue per fingerprint)."""
    seen: dict[str, int] = {}
    unique = []
    for finding in result.findings:
        base = finding.fingerprint or finding.rule
        n = seen.get(base, 0)
        seen[base] = n + 1
        unique.append(base if n == 0 else hashlib.sha256(f"{base}:{n}".encode()).hexdigest()[:32])
    return unique


def render(result: LintResult, context: ReportContext) -> str:
    issues = [
        issue(finding, fingerprint)
        for finding, fingerprint in zip(result.findings, unique_fingerprints(result), strict=True)
    ]
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"
