"""Suppression directives in every format, baselines, and the PL findings about them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pat_lint.cli import cli


def findings(path: Path, *args: str) -> list[dict]:
    result = CliRunner().invoke(
        cli, ["check", "--format", "json", "--select", "GT,PL", str(path), *args]
    )
    assert result.stdout.startswith("{"), result.output
    return json.loads(result.stdout)["files"][0]["findings"]


def matches(found: list[dict], rule: str = "GT001") -> list[str]:
    return [f["match"].lower() for f in found if f["rule"] == rule]


MD = """\
# Pilot

The chairman opens the meeting.

<!-- pat-lint: disable=GT001 -- names from the terms of reference -->
The chairman of the board and the chairman of the fund attend.
<!-- pat-lint: enable=GT001 -->

The chairman closes the meeting.

<!-- pat-lint: disable-next -->
The chairman signs the minutes.

The chairman sends them out.
"""


def test_markdown_disable_enable_and_disable_next(tmp_path: Path):
    path = tmp_path / "p.md"
    path.write_text(MD, encoding="utf-8")
    found = findings(path)
    lines = sorted(f["location"]["line"] for f in found if f["rule"] == "GT001")
    assert lines == [3, 9, 14]
    assert not [f for f in found if f["rule"].startswith("PL")]


def test_markdown_disable_file(tmp_path: Path):
    path = tmp_path / "p.md"
    path.write_text("<!-- pat-lint: disable-file=GT001 -->\n" + MD, encoding="utf-8")
    assert matches(findings(path)) == []


def test_text_directive_line_of_its_own(tmp_path: Path):
    path = tmp_path / "p.txt"
    path.write_text(
        "PILOT\n\nThe chairman opens the meeting.\n\npat-lint: disable-next=gendered-noun\n"
        "The chairman signs the minutes.\n\nThe chairman sends them out.\n",
        encoding="utf-8",
    )
    found = findings(path)
    assert sorted(f["location"]["line"] for f in found if f["rule"] == "GT001") == [3, 8]
    assert all("pat-lint" not in f["context"] for f in found)


def test_malformed_and_unused_directives_are_findings(tmp_path: Path):
    path = tmp_path / "p.md"
    path.write_text(
        "# Pilot\n\n<!-- pat-lint: disabel=GT001 -->\nThe chairman opens.\n\n"
        "<!-- pat-lint: disable-next=GT002 -->\nThe chair closes.\n\n"
        "<!-- pat-lint: disable=XX123 -->\nText.\n",
        encoding="utf-8",
    )
    found = findings(path)
    malformed = [f for f in found if f["rule"] == "PL003"]
    unused = [f for f in found if f["rule"] == "PL004"]
    assert [f["location"]["line"] for f in malformed] == [3, 9]
    assert "disabel" in malformed[0]["message"] and "XX123" in malformed[1]["message"]
    assert [f["location"]["line"] for f in unused] == [6]
    assert matches(found) == ["chairman"]


def docx_with_comment(path: Path, directive: str) -> None:
    from docx import Document

    doc = Document()
    doc.add_heading("Pilot", level=1)
    first = doc.add_paragraph("The chairman opens the meeting.")
    doc.add_paragraph("The chairman closes the meeting.")
    doc.add_comment(first.runs, text=directive, author="Focal point", initials="FP")
    doc.save(path)


def test_docx_review_comment_scopes_to_the_commented_range(tmp_path: Path):
    path = tmp_path / "p.docx"
    docx_with_comment(path, "pat-lint: disable=GT001 -- quoted from the ToR")
    before = path.read_bytes()
    found = findings(path)
    gt = [f for f in found if f["rule"] == "GT001"]
    assert len(gt) == 1 and "closes" in gt[0]["context"]
    assert path.read_bytes() == before


def test_docx_ordinary_comments_are_ignored(tmp_path: Path):
    path = tmp_path / "p.docx"
    docx_with_comment(path, "Please rephrase this paragraph.")
    assert len(matches(findings(path))) == 2


@pytest.mark.parametrize("suffix", [".md", ".docx"])
def test_baseline_hides_known_findings_and_survives_edits_elsewhere(tmp_path: Path, suffix: str):
    from docx import Document

    path = tmp_path / f"p{suffix}"
    sentences = ["The chairman opens the meeting.", "The partners agree on a plan."]

    def write(extra: list[str]) -> None:
        if suffix == ".md":
            path.write_text("# Pilot\n\n" + "\n\n".join([*extra, *sentences]) + "\n")
        else:
            doc = Document()
            doc.add_heading("Pilot", level=1)
            for text in [*extra, *sentences]:
                doc.add_paragraph(text)
            doc.save(path)

    write([])
    baseline = tmp_path / "baseline.json"
    result = CliRunner().invoke(
        cli, ["baseline", str(path), "-o", str(baseline), "--config", str(_gt_only(tmp_path))]
    )
    assert result.exit_code == 0, result.output
    assert matches(findings(path, "--baseline", str(baseline))) == []
    write(["A new paragraph about the schedule comes first.", "Manpower is scarce."])
    left = findings(path, "--baseline", str(baseline))
    assert [f["match"] for f in left if f["rule"].startswith("GT")] == ["Manpower"]


def _gt_only(folder: Path) -> Path:
    config = folder / "gt.yaml"
    config.write_text("select: [GT]\n")
    return config


def test_missing_baseline_is_a_one_line_error(tmp_path: Path):
    path = tmp_path / "p.md"
    path.write_text(MD)
    result = CliRunner().invoke(cli, ["check", str(path), "--baseline", str(tmp_path / "no")])
    assert result.exit_code == 2 and "baseline file not found" in result.stderr
