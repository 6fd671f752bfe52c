"""GitHub Actions workflow commands: one ``::warning file=…,line=…::message`` line per finding."""

from __future__ import annotations

from pat_lint.model import Finding, LintResult, Severity
from pat_lint.reporters import ReportContext

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding) -> str:
    """The workflow command for one finding; pdf/docx positions go in the title."""
    loc = finding.location
    props = [f"file={_escape_property(loc.path)}"]
    if loc.line is not None:
        props.append(f"line={loc.line}")
        if loc.column is not None:
            props.append(f"col={loc.column}")
        if loc.end_line is not None:
            props.append(f"endLine={loc.end_line}")
        if loc.end_column is not None:
            props.append(f"endColumn={loc.end_column}")
    where = "" if loc.line is not None else f" at {loc.short()}"
    props.append(f"title={_escape_property(f'{finding.rule} {finding.name}{where}')}")
    message = finding.message
    if finding.suggestions:
        message += f" (instead: {', '.join(finding.suggestions)})"
    return f"::{COMMANDS[finding.severity]} {','.join(props)}::{_escape_data(message)}"


def render(result: LintResult, context: ReportContext) -> str:
    return "".join(annotation(finding) + "\n" for finding in result.findings)
