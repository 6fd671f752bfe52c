"""JUnit XML for CI test reports (GitLab, Jenkins, Azure DevOps): a test suite per file, a test
case per finding.

Findings at or above the fail level are failures, so the report's red count matches the exit
status; findings below it are passing cases with the message as output; a file that could not
be read is an error; a file with no finding is one passing case.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from pat_lint.model import FileResult, Finding, LintResult, Severity
from pat_lint.reporters import ReportContext


def _fails(finding: Finding, context: ReportContext) -> bool:
    return context.fail_on != "never" and finding.severity >= Severity.parse(context.fail_on)


def _where(finding: Finding) -> str:
    where = finding.location.short()
    return f"{finding.location.path}:{where}" if where else finding.location.path


def suite(file: FileResult, context: ReportContext) -> ET.Element:
    """The ``<testsuite>`` of one file."""
    element = ET.Element("testsuite", name=file.path)
    failures = errors = 0
    if file.error is not None:
        errors = 1
        case = ET.SubElement(element, "testcase", name="read", classname=file.path)
        ET.SubElement(case, "error", message=file.error.message, type=file.error.code)
    elif not file.findings:
        ET.SubElement(element, "testcase", name="gender review", classname=file.path)
    for finding in [] if file.error is not None else file.findings:
        case = ET.SubElement(
            element,
            "testcase",
            name=f"{finding.rule} {finding.name} at {finding.location.short() or 'document'}",
            classname=file.path,
            file=file.path,
        )
        if finding.location.line is not None:
            case.set("line", str(finding.location.line))
        text = f"{_where(finding)}: {finding.rule} [{finding.severity.label}] {finding.message}"
        if finding.suggestions:
            text += f"\ninstead: {', '.join(finding.suggestions)}"
        if finding.context:
            text += f"\n{finding.context}"
        if _fails(finding, context):
            failures += 1
            failure = ET.SubElement(
                case, "failure", message=finding.message, type=finding.severity.label
            )
            failure.text = text
        else:
            ET.SubElement(case, "system-out").text = text
    element.set("tests", str(len(element)))
    element.set("failures", str(failures))
    element.set("errors", str(errors))
    return element


def render(result: LintResult, context: ReportContext) -> str:
    root = ET.Element("testsuites", name="pat-lint")
    for file in result.files:
        root.append(suite(file, context))
    root.set("tests", str(sum(int(s.get("tests", 0)) for s in root)))
    root.set("failures", str(sum(int(s.get("failures", 0)) for s in root)))
    root.set("errors", str(sum(int(s.get("errors", 0)) for s in root)))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
