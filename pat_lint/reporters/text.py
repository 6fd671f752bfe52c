"""The terminal report: ``path:line:col: GT001 message`` lines, the match in context, a summary."""

from __future__ import annotations

from collections import Counter

from pat_lint.model import FileResult, Finding, LintResult, Severity
from pat_lint.reporters import ReportContext
from pat_lint.wording import plural

_COLORS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}


def _style(text: str, context: ReportContext, **kwargs: object) -> str:
    if not context.color:
        return text
    import click

    return click.style(text, **kwargs)  # type: ignore[arg-type]


def position(finding: Finding) -> str:
    """``path:12:5`` for md/txt, ``path:p3`` for pdf, ``path:¶17`` for docx, plus table cell."""
    loc = finding.location
    where = loc.short()
    return f"{loc.path}:{where}" if where else loc.path


def render_finding(finding: Finding, context: ReportContext) -> list[str]:
    """The lines for one finding: the headline, the match in its sentence, the suggestions."""
    code = _style(finding.rule, context, fg=_COLORS[finding.severity], bold=True)
    lines = [
        f"{_style(position(finding), context, bold=True)}: {code} [{finding.severity.label}] "
        f"{finding.message}"
    ]
    if finding.context and not context.quiet:
        start, end = finding.context_span
        text = finding.context
        highlighted = _style(text[start:end], context, bold=True, underline=True)
        marked = text[:start] + highlighted + text[end:]
        lines.append(f"    | {marked}")
        if not context.color:
            lines.append("    | " + " " * start + "^" * max(1, end - start))
    if finding.suggestions and not context.quiet:
        lines.append(f"    = instead: {', '.join(finding.suggestions)}")
    if finding.location.section and not context.quiet:
        lines.append(f"    = in section: {finding.location.section}")
    return lines


def file_header(file: FileResult, context: ReportContext) -> list[str]:
    """A line about the file as a whole (language, gender section, marker), when known."""
    if file.status == "error" or context.quiet:
        return []
    facts = []
    if file.language:
        facts.append(f"language {file.language}")
    if file.gender_section is not None:
        section = file.gender_section
        facts.append(
            f"gender section: {section.heading!r}" if section.found else "gender section: none"
        )
    if file.indicators:
        people = sum(1 for i in file.indicators if i.people)
        facts.append(f"{len(file.indicators)} indicators ({people} count people)")
    if file.marker:
        facts.append(f"marker {file.marker.code} (indicative)")
    return [f"{file.path}: " + "; ".join(facts)] if facts else []


def summary_line(result: LintResult) -> str:
    summary = result.summary()
    counts = [plural(n, label) for label, n in summary["by_severity"].items() if n]
    line = f"Found {plural(summary['findings'], 'finding')}"
    if counts:
        line += f" ({', '.join(counts)})"
    line += f" in {plural(summary['files'], 'file')}"
    if summary["errors"]:
        line += f"; {summary['errors']} could not be read"
    return line + "."


def statistics(result: LintResult) -> list[str]:
    """Counts per rule, most frequent first (like ``ruff --statistics``)."""
    counts: Counter[tuple[str, str]] = Counter()
    for (rule, name, _), n in result.tally().items():
        counts[rule, name] += n
    return [
        f"{n:5d}  {rule}  {name}"
        for (rule, name), n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    ]


def render(result: LintResult, context: ReportContext) -> str:
    lines: list[str] = []
    if context.statistics:  # the table instead of the findings (like ruff --statistics)
        return "\n".join([*statistics(result), summary_line(result)]) + "\n"
    for file in result.files:
        lines.extend(file_header(file, context))
        if file.status == "error" and file.error is not None:
            lines.append(
                f"{file.path}: {_style('error', context, fg='red', bold=True)}: "
                f"{file.error.message} [{file.error.code}]"
            )
            continue
        for finding in file.findings:
            lines.extend(render_finding(finding, context))
    lines.append(summary_line(result))
    return "\n".join(lines) + "\n"
