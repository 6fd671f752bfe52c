"""The JSON report: the contract published as ``pat_lint/schema/report.schema.json``,
versioned, byte-identical for the same input."""

from __future__ import annotations

import json
from typing import Any

from pat_lint.model import LintResult
from pat_lint.reporters import ReportContext

VERSION = 1


def as_dict(result: LintResult, context: ReportContext) -> dict[str, Any]:
    """The report as plain data (also what the JSON Schema describes)."""
    return {
        "version": VERSION,
        "tool": {"name": "pat-lint", "version": context.version},
        "files": [file.to_dict() for file in result.files],
        "summary": result.summary(),
    }


def render(result: LintResult, context: ReportContext) -> str:
    return json.dumps(as_dict(result, context), ensure_ascii=False, indent=2) + "\n"
