"""SARIF 2.1.0 for code-scanning dashboards.

md/txt findings get a physical location with a line/column region; pdf/docx findings get the
file as physical location and a logical location (page, paragraph, table cell, section) a
person can follow, since those formats have no lines. A file under the working directory is a
relative, percent-encoded URI against ``%SRCROOT%`` (the working directory, given in
``originalUriBaseIds``); a file outside it is an absolute ``file://`` URI with no base.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

from pat_lint.model import FileResult, Finding, LintResult, Location, Severity
from pat_lint.reporters import ReportContext
from pat_lint.reporters.rule_docs import help_markdown, help_text

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
INFORMATION_URI = "https://pypi.org/project/pat-lint/"


def rule_descriptor(rule: Any) -> dict[str, Any]:
    """A ``reportingDescriptor`` with the rule's docs as help text."""
    docs = rule.docs
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.name.replace("-", " ")},
        "fullDescription": {"text": " ".join(str(docs.get("why", rule.name)).split())},
        "help": {"text": help_text(rule), "markdown": help_markdown(rule)},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"category": rule.category, "tags": ["gender", rule.category]},
    }


def artifact_location(path: str, root: Path | None = None) -> dict[str, Any]:
    """``{"uri": "proposals/a%20b.docx", "uriBaseId": "%SRCROOT%"}`` for a file under ``root``
    (the working directory), ``{"uri": "file:///elsewhere/p.md"}`` for one outside it."""
    root = Path(os.path.abspath(root or Path.cwd()))
    absolute = Path(os.path.abspath(path))
    try:
        relative = absolute.relative_to(root)
    except ValueError:
        return {"uri": absolute.as_uri()}
    return {"uri": quote(relative.as_posix()), "uriBaseId": "%SRCROOT%"}


def logical_location(location: Location) -> dict[str, Any] | None:
    """Page, paragraph, table cell and section as one logical location, or None."""
    parts = []
    if location.section:
        parts.append(f"section {location.section}")
    if location.page is not None:
        parts.append(f"page {location.page}")
    if location.paragraph is not None:
        parts.append(f"paragraph {location.paragraph}")
    if location.table is not None:
        parts.append(f"table {location.table}, row {location.row}, column {location.col}")
    if not parts:
        return None
    return {"name": parts[-1], "fullyQualifiedName": " > ".join(parts), "kind": "element"}


def physical_location(finding: Finding, artifact: dict[str, Any]) -> dict[str, Any]:
    """The file, with a region where the format has lines."""
    location = finding.location
    physical: dict[str, Any] = {"artifactLocation": dict(artifact)}
    if location.line is not None:
        region: dict[str, Any] = {"startLine": location.line, "startColumn": location.column or 1}
        if location.end_line is not None:
            region["endLine"] = location.end_line
        if location.end_column is not None:
            region["endColumn"] = location.end_column
        if finding.match:
            region["snippet"] = {"text": finding.match}
        physical["region"] = region
    return physical


def result_entry(
    finding: Finding, index: dict[str, int], artifact: dict[str, Any]
) -> dict[str, Any]:
    """One SARIF ``result``."""
    message = finding.message
    if finding.suggestions:
        message += f" (instead: {', '.join(finding.suggestions)})"
    location: dict[str, Any] = {"physicalLocation": physical_location(finding, artifact)}
    logical = logical_location(finding.location)
    if logical is not None:
        location["logicalLocations"] = [logical]
    entry: dict[str, Any] = {
        "ruleId": finding.rule,
        "level": LEVELS[finding.severity],
        "message": {"text": message},
        "locations": [location],
        "partialFingerprints": {"patLintFingerprint/v1": finding.fingerprint},
        "properties": {
            "category": finding.category,
            "match": finding.match,
            "context": finding.context,
        },
    }
    if finding.rule in index:
        entry["ruleIndex"] = index[finding.rule]
    return entry


def _notifications(files: list[FileResult]) -> list[dict[str, Any]]:
    return [
        {
            "level": "error",
            "message": {"text": f"{file.path}: {file.error.message}"},
            "descriptor": {"id": file.error.code},
            "locations": [{"physicalLocation": {"artifactLocation": artifact_location(file.path)}}],
        }
        for file in files
        if file.error is not None
    ]


def render(result: LintResult, context: ReportContext) -> str:
    rules = sorted(context.rules, key=lambda rule: rule.id)
    index = {rule.id: i for i, rule in enumerate(rules)}
    artifacts = {file.path: artifact_location(file.path) for file in result.files}
    results = [
        result_entry(finding, index, artifacts[file.path])
        for file in result.files
        for finding in file.findings
    ]
    notifications = _notifications(result.files)
    run = {
        "tool": {
            "driver": {
                "name": "pat-lint",
                "version": context.version,
                "informationUri": INFORMATION_URI,
                "rules": [rule_descriptor(rule) for rule in rules],
            }
        },
        "invocations": [
            {
                "executionSuccessful": not notifications,
                "toolExecutionNotifications": notifications,
            }
        ],
        "artifacts": [
            {
                "location": artifacts[file.path],
                "properties": {
                    "format": file.format,
                    "language": file.language,
                    "marker": file.marker.to_dict() if file.marker else None,
                },
            }
            for file in result.files
        ],
        "originalUriBaseIds": {"%SRCROOT%": {"uri": Path.cwd().as_uri().rstrip("/") + "/"}},
        "results": results,
        "columnKind": "unicodeCodePoints",
    }
    sarif = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return json.dumps(sarif, ensure_ascii=False, indent=2) + "\n"
