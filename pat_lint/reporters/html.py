"""The HTML report: one self-contained page for a reviewer, for one or many proposals.

The overview answers at a glance: charts (inline SVG) of the indicative markers, the gender
section verdicts, the share of people-counting indicators disaggregated by sex and the
findings per rule, then a table of the proposals that sorts by any column and filters by
marker, section, language, severity, rule and free text. Per proposal, a collapsible section
(opened by its link in the table, with a link back): the marker with its criteria, the
findings grouped by category and rule with the match highlighted in its sentence and the
rule's explanation in a ``<details>``, and the indicator table with the flagged ones marked.
Unreadable files are shown with their error.

The page has no remote scripts, fonts, styles or images (CSS, JavaScript and SVG are inline,
fonts are the system's), reads on a 390 px phone, prints cleanly (every section opened), and is
byte-identical for the same input: no timestamps, no random ids. Paths are shown relative to
the working directory; the document's own French or Spanish text carries its ``lang``. The
templates are ``templates/*.j2`` (Jinja2, autoescape on), shared with the review desk
(:mod:`pat_lint.serve`); this module only turns the result into plain data for them.
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
from pat_lint.reporters.html_text import (
    display_path,
    document_lang,
    linked,
    piece,
    prose,
    reference,
)
from pat_lint.reporters.portfolio import (
    MARKER_CODES,
    SECTION_STATES,
    ProposalFacts,
    charts,
    section_state,
)
from pat_lint.wording import plural

TEMPLATE = "report.html.j2"
TEMPLATES = Path(__file__).parent / "templates"
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
#: A report of this many files or fewer opens every proposal's section.
OPEN_UP_TO = 1


def severity_count(n: int, label: str) -> str:
    """``1 error``, ``9 warnings``, ``3 info``."""
    return plural(n, label)  # wording.plural knows "info"


def environment(*extra: Path) -> Any:
    """A Jinja2 environment (autoescape on) over ``extra`` template folders and the report's."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(path) for path in (*extra, TEMPLATES)]),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["plural"] = plural
    env.filters["severity_count"] = severity_count
    return env


@cache
def _environment() -> Any:
    return environment()


def render(result: LintResult, context: ReportContext) -> str:
    """The report as one HTML page."""
    template = _environment().get_template(TEMPLATE)
    return template.render(**page(result, context))


# --------------------------------------------------------------------------------------------
# The page as plain data


def page(result: LintResult, context: ReportContext, cwd: Path | None = None) -> dict[str, Any]:
    """Everything the template shows."""
    rules = {rule.id: rule for rule in context.rules}
    files = [
        file_view(file, index, rules, cwd, opened=len(result.files) <= OPEN_UP_TO)
        for index, file in enumerate(result.files, 1)
    ]
    summary = result.summary()
    return {
        "title": _title(result, cwd),
        "version": context.version,
        "files": files,
        "summary": summary,
        "summary_line": summary_line(summary),
        "fail_on": context.fail_on,
        "charts": charts(
            [ProposalFacts.of(file) for file in result.files],
            {rule.id: rule.name for rule in context.rules},
        ),
        "filters": filter_options(files, rules),
        "nonce": None,
    }


def _title(result: LintResult, cwd: Path | None) -> str:
    if len(result.files) == 1:
        return f"pat-lint review: {Path(display_path(result.files[0].path, cwd)).name}"
    return f"pat-lint review: {plural(len(result.files), 'proposal')}"


def summary_line(summary: dict[str, Any]) -> str:
    """``3 files, 12 findings (2 errors, 9 warnings, 1 info); 1 could not be read``."""
    counts = [severity_count(n, label) for label, n in summary["by_severity"].items() if n]
    line = f"{plural(summary['files'], 'file')}, {plural(summary['findings'], 'finding')}"
    if counts:
        line += f" ({', '.join(counts)})"
    if summary["errors"]:
        line += f"; {summary['errors']} could not be read"
    return line


def filter_options(files: list[dict[str, Any]], rules: dict[str, Any]) -> dict[str, Any]:
    """The choices of the overview's filters: only values some proposal has."""
    markers = {file["marker"]["code"] if file["marker"] else "none" for file in files}
    languages = sorted({file["language"] for file in files if file["status"] != "error"})
    severities = {label for file in files for label in file["severities"]}
    found = sorted({rule for file in files for rule in file["rules"]})
    return {
        "markers": [code for code in (*MARKER_CODES, "none") if code in markers],
        "sections": [
            {"value": state, "label": label}
            for state, label in SECTION_STATES.items()
            if any(file["gender_section"]["state"] == state for file in files)
        ],
        "languages": languages,
        "severities": [s.label for s in sorted(Severity, reverse=True) if s.label in severities],
        "rules": [{"id": rule, "name": getattr(rules.get(rule), "name", "")} for rule in found],
    }


def file_view(
    file: FileResult,
    index: int,
    rules: dict[str, Any],
    cwd: Path | None = None,
    opened: bool = False,
) -> dict[str, Any]:
    """One proposal: its facts, marker, findings by category and indicators."""
    lang = document_lang(file.language)
    indicators = [indicator_view(item, n) for n, item in enumerate(file.indicators, 1)]
    severities = Counter(finding.severity for finding in file.findings)
    path = display_path(file.path, cwd)
    section = gender_section_view(file.gender_section)
    flagged = sum(1 for item in indicators if item["flagged"])
    people = sum(1 for item in indicators if item["people"])
    marker = marker_view(file.marker)
    search = [path, file.language or "", section["heading"] or ""]
    search += [f"{finding.rule} {finding.name} {finding.match}" for finding in file.findings]
    return {
        "anchor": f"file-{index}",
        "href": f"#file-{index}",
        "extra": None,
        "path": path,
        "name": Path(path).name,
        "format": file.format,
        "language": file.language or "—",
        "lang": lang,
        "status": file.status,
        "error": file.error.to_dict() if file.error else None,
        "words": file.words,
        "pages": file.pages,
        "marker": marker,
        "gender_section": section,
        "indicators": indicators,
        "people": people,
        "flagged": flagged,
        "terms": sum(1 for finding in file.findings if finding.category == "terminology"),
        "findings": len(file.findings),
        "counts": [
            {"label": severity.label, "n": severities[severity]}
            for severity in sorted(Severity, reverse=True)
            if severities[severity]
        ],
        "severities": sorted({finding.severity.label for finding in file.findings}),
        "rules": sorted({finding.rule for finding in file.findings}),
        "search": " ".join(" ".join(search).lower().split()),
        "sort": {
            "marker": MARKER_CODES.index(marker["code"]) if marker else -1,
            "section": list(SECTION_STATES).index(section["state"]),
            "indicators": flagged / people if people else -1,
            "severity": max((int(s) for s in severities), default=0),
        },
        "groups": finding_groups(file.findings, rules, lang),
        "open": opened,
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
    """The gender section as a short verdict: adequate, inadequate (token), missing."""
    state = section_state(FileResult("", "", gender_section=section))
    view: dict[str, Any] = {
        "state": state,
        "text": SECTION_STATES[state],
        "heading": None,
        "words": None,
        "lacking": [],
    }
    if section is not None and section.found:
        view.update(heading=section.heading, words=section.words, lacking=list(section.lacking))
    return view


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


def finding_groups(
    findings: list[Finding], rules: dict[str, Any], lang: str | None = None
) -> list[dict[str, Any]]:
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
                rule_group(rule_id, by_category[category][rule_id], rules.get(rule_id), lang)
                for rule_id in sorted(by_category[category])
            ],
        }
        for category in order
        if category in by_category
    ]


def rule_group(
    rule_id: str, findings: list[Finding], rule: Any, lang: str | None = None
) -> dict[str, Any]:
    """One rule's findings with its explanation (docs) at hand."""
    first = findings[0]
    return {
        "id": rule_id,
        "name": first.name,
        "severity": first.severity.label,
        "docs": docs_view(rule),
        "findings": [finding_view(finding, lang) for finding in findings],
    }


def docs_view(rule: Any) -> dict[str, Any] | None:
    """A rule's docs (why, example, instead, references) for the ``<details>``: addresses are
    links, French and Spanish quotations carry their language."""
    docs = getattr(rule, "docs", None)
    if not docs:
        return None
    references = docs.get("references") or []
    if not isinstance(references, list):
        references = [references]
    return {
        "why": prose(str(docs.get("why", "")).strip()),
        "example": prose(str(docs.get("example", "")).strip()),
        "instead": prose(str(docs.get("instead", "")).strip()),
        "references": [reference(str(ref)) for ref in references],
    }


def _finding_where(location: Location) -> str:
    """``¶17``, ``12:5``, ``p3``… or "whole document" for a document-level finding."""
    placed = (location.line, location.page, location.paragraph, location.table)
    return location.short() if any(value is not None for value in placed) else "whole document"


def message_pieces(message: str, match: str, lang: str | None) -> list[dict[str, Any]]:
    """The message with the document's words it quotes (``'homme-jour'``) in their language."""
    quoted = f"'{match}'"
    if not lang or not match or quoted not in message:
        return linked(message)
    before, _, after = message.partition(quoted)
    return [*linked(before), piece(quoted, lang=lang), *linked(after)]


def finding_view(finding: Finding, lang: str | None = None) -> dict[str, Any]:
    """One finding: where, the message, and the match highlighted in its sentence."""
    start, end = finding.context_span
    context = finding.context
    valid = 0 <= start <= end <= len(context)
    return {
        "rule": finding.rule,
        "severity": finding.severity.label,
        "where": _finding_where(finding.location),
        "section": finding.location.section,
        "message": message_pieces(finding.message, finding.match, lang),
        "has_context": bool(context) and valid,
        "before": context[:start] if valid else "",
        "match": context[start:end] if valid else "",
        "after": context[end:] if valid else "",
        "suggestions": list(finding.suggestions),
    }
