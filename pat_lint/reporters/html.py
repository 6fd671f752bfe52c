"""The HTML report: one self-contained page for a reviewer, for one or many proposals.

An overview table (file, language, marker, gender section, indicators flagged / counting
people, terms), then per proposal: the indicative gender marker with its criteria, the
findings grouped by category and rule with the match highlighted in its sentence and the
rule's explanation in a ``<details>``, and the indicator table with the flagged ones marked.
Unreadable files are shown with their error.

The page has no remote scripts, fonts, styles or images (CSS is inline, fonts are the
system's), prints cleanly (print CSS), and is byte-identical for the same input: no
timestamps, no random ids. The template is ``templates/report.html.j2`` (Jinja2, autoescape
on); this module only turns the result into plain data for it.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

from pat_lint.model import (
    FileResult,
    Finding,
    GenderSectionResult,
    IndicatorResult,
    LintResult,
    Location,
    MarkerResult,
    Severity,
)
from pat_lint.reporters import ReportContext

TEMPLATE = "report.html.j2"
#: Category → heading in the report, in the order the groups are shown.
CATEGORIES = {
    "gender-section": "Gender section",
    "sex-disaggregation": "Sex-disaggregated indicators",
    "terminology": "Gender-sensitive terminology",
    "gender-marker": "Gender marker",
    "suppression": "Suppression directives",
    "configuration": "Configuration",
    "parse-error": "Reading the file",
}
STATUS_MARKS = {"met": "✓", "partly": "◐", "not met": "✗"}


@cache
def _environment() -> Any:
    """The Jinja2 environment (autoescape on, templates shipped beside this module)."""
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(Path(__file__).parent / "templates")),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )


def render(result: LintResult, context: ReportContext) -> str:
    """The report as one HTML page."""
    template = _environment().get_template(TEMPLATE)
    return template.render(**page(result, context))


# --------------------------------------------------------------------------------------------
# The page as plain data


def page(result: LintResult, context: ReportContext) -> dict[str, Any]:
    """Everything the template shows."""
    rules = {rule.id: rule for rule in context.rules}
    files = [file_view(file, index, rules) for index, file in enumerate(result.files, 1)]
    summary = result.summary()
    return {
        "title": _title(result),
        "version": context.version,
        "files": files,
        "summary": summary,
        "summary_line": _summary_line(summary),
        "fail_on": context.fail_on,
    }


def _title(result: LintResult) -> str:
    if len(result.files) == 1:
        return f"pat-lint review: {Path(result.files[0].path).name}"
    return f"pat-lint review: {len(result.files)} proposals"


def _summary_line(summary: dict[str, Any]) -> str:
    counts = [f"{n} {label}" for label, n in summary["by_severity"].items() if n]
    files = summary["files"]
    line = (
        f"{files} file{'s' * (files != 1)}, {summary['findings']} "
        f"finding{'s' * (summary['findings'] != 1)}"
    )
    if counts:
        line += f" ({', '.join(counts)})"
    if summary["errors"]:
        line += f"; {summary['errors']} could not be read"
    return line


def file_view(file: FileResult, index: int, rules: dict[str, Any]) -> dict[str, Any]:
    """One proposal: its facts, marker, findings by category and indicators."""
    indicators = [indicator_view(item, n) for n, item in enumerate(file.indicators, 1)]
    severities = Counter(finding.severity for finding in file.findings)
    return {
        "anchor": f"file-{index}",
        "path": file.path,
        "name": Path(file.path).name,
        "format": file.format,
        "language": file.language or "—",
        "status": file.status,
        "error": file.error.to_dict() if file.error else None,
        "words": file.words,
        "pages": file.pages,
        "marker": marker_view(file.marker),
        "gender_section": gender_section_view(file.gender_section),
        "indicators": indicators,
        "people": sum(1 for item in indicators if item["people"]),
        "flagged": sum(1 for item in indicators if item["flagged"]),
        "terms": sum(1 for finding in file.findings if finding.category == "terminology"),
        "counts": [
            {"label": severity.label, "n": severities[severity]}
            for severity in sorted(Severity, reverse=True)
            if severities[severity]
        ],
        "groups": finding_groups(file.findings, rules),
    }


def marker_view(marker: MarkerResult | None) -> dict[str, Any] | None:
    """The marker with its criteria as rows (reasons that are not a criterion listed after)."""
    if not marker:
        return None
    criteria = [
        {
            "label": item.label,
            "status": item.status,
            "mark": STATUS_MARKS.get(item.status, "•"),
            "detail": item.detail,
            "evidence": list(item.evidence),
            "evidence_title": item.evidence_title,
        }
        for item in marker.criteria
    ]
    known = {item.reason() for item in marker.criteria}
    return {
        "code": marker.code,
        "css": "code-" + marker.code.lower(),
        "dac": marker.dac,
        "scheme": marker.scheme,
        "criteria": criteria,
        "reasons": [r for r in marker.reasons if r not in known],
        "note": marker.note,
    }


def gender_section_view(section: GenderSectionResult | None) -> dict[str, Any]:
    """The gender section as a short verdict for the overview: adequate, inadequate, none."""
    if section is None:
        return {"state": "unknown", "text": "not checked", "heading": None, "words": None}
    if not section.found:
        return {"state": "missing", "text": "none", "heading": None, "words": 0}
    state = "adequate" if section.adequate else "inadequate"
    return {
        "state": state,
        "text": state,
        "heading": section.heading,
        "words": section.words,
        "lacking": list(section.lacking),
    }


def indicator_view(item: IndicatorResult, number: int) -> dict[str, Any]:
    """One indicator row: flagged when it counts people and is not disaggregated by sex."""
    breakdown = list(item.disaggregated_by)
    flagged = item.people and "sex" not in breakdown
    return {
        "n": number,
        "text": item.text,
        "people": item.people,
        "by": ", ".join(breakdown) or "—",
        "where": item.location.short(),
        "flagged": flagged,
        "age_missing": item.people and not flagged and "age" not in breakdown,
    }


def finding_groups(findings: list[Finding], rules: dict[str, Any]) -> list[dict[str, Any]]:
    """Findings by category (in :data:`CATEGORIES` order), then by rule id."""
    by_category: dict[str, dict[str, list[Finding]]] = {}
    for finding in findings:
        by_category.setdefault(finding.category, {}).setdefault(finding.rule, []).append(finding)
    order = list(CATEGORIES) + sorted(set(by_category) - set(CATEGORIES))
    return [
        {
            "category": category,
            "title": CATEGORIES.get(category, category.replace("-", " ").capitalize()),
            "count": sum(len(items) for items in by_category[category].values()),
            "rules": [
                rule_group(rule_id, by_category[category][rule_id], rules.get(rule_id))
                for rule_id in sorted(by_category[category])
            ],
        }
        for category in order
        if category in by_category
    ]


def rule_group(rule_id: str, findings: list[Finding], rule: Any) -> dict[str, Any]:
    """One rule's findings with its explanation (docs) at hand."""
    first = findings[0]
    return {
        "id": rule_id,
        "name": first.name,
        "severity": first.severity.label,
        "docs": docs_view(rule),
        "findings": [finding_view(finding) for finding in findings],
    }


def docs_view(rule: Any) -> dict[str, Any] | None:
    """A rule's docs (why, example, instead, references) for the ``<details>``."""
    docs = getattr(rule, "docs", None)
    if not docs:
        return None
    references = docs.get("references") or []
    if not isinstance(references, list):
        references = [references]
    return {
        "why": str(docs.get("why", "")).strip(),
        "example": str(docs.get("example", "")).strip(),
        "instead": str(docs.get("instead", "")).strip(),
        "references": [
            {"text": str(ref), "url": str(ref) if str(ref).startswith("https://") else None}
            for ref in references
        ],
    }


def _finding_where(location: Location) -> str:
    """``¶17``, ``12:5``, ``p3``… or "whole document" for a document-level finding."""
    placed = (location.line, location.page, location.paragraph, location.table)
    return location.short() if any(value is not None for value in placed) else "whole document"


def finding_view(finding: Finding) -> dict[str, Any]:
    """One finding: where, the message, and the match highlighted in its sentence."""
    start, end = finding.context_span
    context = finding.context
    valid = 0 <= start <= end <= len(context)
    return {
        "severity": finding.severity.label,
        "where": _finding_where(finding.location),
        "section": finding.location.section,
        "message": finding.message,
        "has_context": bool(context) and valid,
        "before": context[:start] if valid else "",
        "match": context[start:end] if valid else "",
        "after": context[end:] if valid else "",
        "suggestions": list(finding.suggestions),
    }
