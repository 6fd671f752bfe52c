"""GitHub Actions: workflow commands (``::warning file=…,line=…::message``) and a job summary.

GitHub shows at most :data:`ANNOTATION_CAP` annotations of each kind per step and drops the
rest silently, so when a run has more the first line is a notice that says how many are not
shown; :func:`job_summary` (written to ``$GITHUB_STEP_SUMMARY`` by ``pat-lint check``) lists
the marker of each proposal, the counts per rule and every finding.
"""

from __future__ import annotations

import os
from collections import Counter

from pat_lint.model import FileResult, Finding, LintResult, Severity
from pat_lint.reporters import ReportContext
from pat_lint.wording import plural

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
#: Annotations GitHub shows per kind (error, warning, notice) and step.
ANNOTATION_CAP = 10
#: Findings listed one by one in the job summary (GitHub caps a summary at 1 MiB).
SUMMARY_FINDINGS_CAP = 1000


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def title(finding: Finding) -> str:
    """``GT001 gendered-noun``, plus the page, paragraph or cell where the format has no lines."""
    loc = finding.location
    where = "" if loc.line is not None else loc.short()
    return f"{finding.rule} {finding.name}" + (f" at {where}" if where else "")


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
    props.append(f"title={_escape_property(title(finding))}")
    message = finding.message
    if finding.suggestions:
        message += f" (instead: {', '.join(finding.suggestions)})"
    return f"::{COMMANDS[finding.severity]} {','.join(props)}::{_escape_data(message)}"


def error_annotation(file: FileResult) -> str:
    """The workflow command for a file that could not be read (when PL001 is not selected)."""
    assert file.error is not None
    props = f"file={_escape_property(file.path)},title={_escape_property(file.error.code)}"
    return f"::error {props}::{_escape_data(file.error.message)}"


def hidden_counts(result: LintResult) -> dict[str, int]:
    """Per kind of annotation, how many GitHub will not show."""
    counts = Counter(COMMANDS[finding.severity] for finding in result.findings)
    return {kind: n - ANNOTATION_CAP for kind, n in counts.items() if n > ANNOTATION_CAP}


def cap_note(result: LintResult) -> str:
    """One sentence on the annotations GitHub drops, or empty when all are shown."""
    hidden = hidden_counts(result)
    if not hidden:
        return ""
    kinds = ", ".join(plural(n, kind) for kind, n in sorted(hidden.items()))
    return (
        f"GitHub shows {ANNOTATION_CAP} annotations of each kind per step: {kinds} are not "
        "shown as annotations. The job summary and the SARIF report list every finding."
    )


def render(result: LintResult, context: ReportContext) -> str:
    lines = []
    note = cap_note(result)
    if note:
        lines.append(f"::notice title=pat-lint::{_escape_data(note)}")
    lines.extend(
        error_annotation(f) for f in result.files if f.error is not None and not f.findings
    )
    ordered = sorted(result.findings, key=lambda f: (-f.severity, f.sort_key()))
    lines.extend(annotation(finding) for finding in ordered)
    return "".join(line + "\n" for line in lines)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _marker_cell(file: FileResult) -> str:
    if file.error is not None:
        return f"could not be read ({file.error.code})"
    return file.marker.code if file.marker else "—"


def job_summary(result: LintResult, context: ReportContext) -> str:
    """Markdown for ``$GITHUB_STEP_SUMMARY``: a line of totals, the indicative marker of each
    proposal, counts per rule, the annotation-cap note and every finding (folded)."""
    summary = result.summary()
    severities = ", ".join(plural(n, label) for label, n in summary["by_severity"].items() if n)
    lines = [
        f"## pat-lint: {plural(summary['files'], 'proposal')}, "
        f"{plural(summary['findings'], 'finding')}" + (f" ({severities})" if severities else ""),
        "",
    ]
    if summary["errors"]:
        lines += [f"**{plural(summary['errors'], 'file')} could not be read.**", ""]
    lines += [
        "| Proposal | Language | Gender marker (indicative) | Findings |",
        "| --- | --- | --- | ---: |",
    ]
    for file in result.files:
        lines.append(
            f"| `{_cell(file.path)}` | {file.language or '—'} | {_marker_cell(file)} "
            f"| {len(file.findings)} |"
        )
    by_rule = Counter((f.rule, f.name) for f in result.findings)
    if by_rule:
        lines += ["", "| Rule | Name | Findings |", "| --- | --- | ---: |"]
        for (rule, name), n in sorted(by_rule.items(), key=lambda item: (-item[1], item[0])):
            lines.append(f"| {rule} | {name} | {n} |")
    note = cap_note(result)
    if note:
        lines += ["", f"> [!NOTE]\n> {note}"]
    findings = sorted(result.findings, key=lambda f: (f.location.path, f.sort_key()))
    if findings:
        shown = findings[:SUMMARY_FINDINGS_CAP]
        lines += ["", f"<details><summary>{plural(len(findings), 'finding')}</summary>", ""]
        lines += ["| Where | Rule | Message |", "| --- | --- | --- |"]
        for finding in shown:
            where = finding.location.short()
            place = f"{finding.location.path}:{where}" if where else finding.location.path
            lines.append(f"| `{_cell(place)}` | {finding.rule} | {_cell(finding.message)} |")
        if len(findings) > len(shown):
            lines.append(f"\n{plural(len(findings) - len(shown), 'more finding')} not listed.")
        lines += ["", "</details>"]
    lines.append("\n_The marker is indicative: the gender focal point decides._")
    return "\n".join(lines) + "\n"


def append_job_summary(result: LintResult, context: ReportContext) -> bool:
    """Append :func:`job_summary` to ``$GITHUB_STEP_SUMMARY`` when GitHub set it (the file is
    GitHub's, shared by the job's steps, so it is appended to); whether it was written."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return False
    try:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(job_summary(result, context))
    except OSError:
        return False
    return True
