"""A file entry of the JSON report back as a :class:`~pat_lint.model.FileResult`, so that the
review desk shows a stored review with the same templates as the HTML report; and a result
renamed from the stored upload's generated name to the name the user gave."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from pat_lint.engine import fingerprint
from pat_lint.model import (
    Criterion,
    DisaggregationStatement,
    FileError,
    FileResult,
    Finding,
    GenderSectionResult,
    IndicatorResult,
    Location,
    MarkerResult,
    Severity,
)


def location(data: dict[str, Any] | None, path: str) -> Location:
    fields = ("page", "line", "column", "end_line", "end_column", "paragraph", "section")
    values = {key: (data or {}).get(key) for key in (*fields, "table", "row", "col")}
    return Location(path, **values)


def finding(data: dict[str, Any], path: str) -> Finding:
    return Finding(
        rule=data["rule"],
        name=data["name"],
        category=data["category"],
        severity=Severity.parse(data["severity"]),
        message=data["message"],
        location=location(data.get("location"), path),
        match=data.get("match", ""),
        suggestions=tuple(data.get("suggestions") or ()),
        context=data.get("context", ""),
        context_span=tuple(data.get("context_span") or (0, 0)),
        fingerprint=data.get("fingerprint", ""),
    )


def gender_section(data: dict[str, Any] | None, path: str) -> GenderSectionResult | None:
    if data is None:
        return None
    if not data.get("found"):
        return GenderSectionResult(found=False)
    return GenderSectionResult(
        found=True,
        heading=data.get("heading"),
        words=data.get("words", 0),
        adequate=data.get("adequate", False),
        matched_by=data.get("matched_by"),
        differences=data.get("differences", 0),
        measures=data.get("measures", 0),
        lacking=tuple(data.get("lacking") or ()),
        location=location(data["location"], path) if data.get("location") else None,
    )


def marker(data: dict[str, Any] | None) -> MarkerResult | None:
    if data is None:
        return None
    return MarkerResult(
        code=data["code"],
        scheme=data.get("scheme", ""),
        dac=data.get("dac", ""),
        reasons=tuple(data.get("reasons") or ()),
        criteria=tuple(
            Criterion(
                id=item["id"],
                label=item["label"],
                status=item["status"],
                detail=item["detail"],
                evidence=tuple(item.get("evidence") or ()),
                evidence_title=item.get("evidence_title", "for example"),
            )
            for item in data.get("criteria") or ()
        ),
        note=data.get("note", ""),
    )


def file_result(data: dict[str, Any]) -> FileResult:
    """The :class:`FileResult` a JSON report's ``files[]`` entry was made from."""
    path = data["path"]
    statement = data.get("disaggregation_statement")
    error = data.get("error")
    stats = data.get("stats") or {}
    return FileResult(
        path=path,
        format=data["format"],
        status=data.get("status", "ok"),
        error=FileError(error["code"], error["message"]) if error else None,
        language=data.get("language"),
        words=stats.get("words", 0),
        pages=stats.get("pages"),
        gender_section=gender_section(data.get("gender_section"), path),
        indicators=[
            IndicatorResult(
                item["text"],
                item["people"],
                tuple(item.get("disaggregated_by") or ()),
                location(item.get("location"), path),
            )
            for item in data.get("indicators") or ()
        ],
        disaggregation_statement=DisaggregationStatement(
            statement["text"],
            tuple(statement.get("disaggregated_by") or ()),
            location(statement.get("location"), path),
        )
        if statement
        else None,
        marker=marker(data.get("marker")),
        findings=[finding(item, path) for item in data.get("findings") or ()],
    )


def renamed(file: FileResult, name: str) -> FileResult:
    """``file`` as if the upload had been checked under the name the user gave it: paths and
    fingerprints (which include the path) follow the name."""

    def moved(where: Location | None) -> Location | None:
        return replace(where, path=name) if where is not None else None

    findings = [
        replace(
            item,
            location=moved(item.location),
            fingerprint=fingerprint(item.rule, name, item.match, item.context or item.message),
        )
        for item in file.findings
    ]
    section = file.gender_section
    statement = file.disaggregation_statement
    return replace(
        file,
        path=name,
        findings=findings,
        indicators=[replace(item, location=moved(item.location)) for item in file.indicators],
        gender_section=replace(section, location=moved(section.location)) if section else None,
        disaggregation_statement=(
            replace(statement, location=moved(statement.location)) if statement else None
        ),
    )
