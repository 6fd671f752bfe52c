"""``pat-lint annotate``: a Word copy with a review comment anchored on each finding's text."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from pat_lint.cli import cli
from pat_lint.config import Config, resolve_rules
from pat_lint.engine import RunOptions, lint_file

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ALL_RULES, ENABLED = resolve_rules(Config())

BACKGROUND = (
    "Every year thousands of young people leave the river districts to look for work in the "
    "capital and abroad. Brokers advance the cost of travel, and many workers arrive at their "
    "destination with large debts and little knowledge of their rights. Local authorities have "
    "no information desk and no referral system for cases of abuse, and the labour inspectorate "
    "has four staff for the whole province."
)


def build_proposal(path: Path) -> Path:
    """A gender-blind proposal with terms split across formatted runs and a results matrix."""
    document = docx.Document()
    document.add_heading("Safe labour migration in the river districts", level=1)
    document.add_heading("1. Background", level=2)
    document.add_paragraph(BACKGROUND)
    paragraph = document.add_paragraph()
    paragraph.add_run("The district committee is led by its chair")
    bold = paragraph.add_run("man")
    bold.bold = True
    paragraph.add_run(", who will convene the partners every quarter and report to the ministry.")
    paragraph = document.add_paragraph()
    paragraph.add_run("The works will need local ")
    italic = paragraph.add_run("manpower")
    italic.italic = True
    paragraph.add_run(" and the project will protect illegal migrants from abuse at the border.")
    document.add_heading("2. Activities", level=2)
    document.add_paragraph(
        "Open two migrant information desks at district offices.", style="List Bullet"
    )
    document.add_paragraph(
        "Train local officials on labour rights and referral.", style="List Bullet"
    )
    document.add_heading("3. Results matrix", level=2)
    table = document.add_table(rows=3, cols=3)
    rows = [
        ("Result", "Indicators", "Target"),
        ("Outcome 1", "Number of prospective migrants counselled", "2,000"),
        ("Output 1.1", "Number of radio programmes broadcast", "24"),
    ]
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    table.rows[1].cells[1].add_paragraph("Number of officials trained on labour rights")
    document.save(str(path))
    return path


@pytest.fixture
def proposal(tmp_path: Path) -> Path:
    return build_proposal(tmp_path / "proposal.docx")


def annotate(*args: str):
    return CliRunner().invoke(cli, ["annotate", *args])


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def anchored_texts(path: Path) -> dict[str, str]:
    """Comment id → the document text between its range start and end."""
    body = docx.Document(str(path)).element.body
    open_ranges: dict[str, list[str]] = {}
    anchored: dict[str, str] = {}
    for element in body.iter(f"{W}commentRangeStart", f"{W}commentRangeEnd", f"{W}t"):
        if element.tag == f"{W}commentRangeStart":
            open_ranges[element.get(f"{W}id")] = []
        elif element.tag == f"{W}commentRangeEnd":
            anchored[element.get(f"{W}id")] = "".join(open_ranges.pop(element.get(f"{W}id")))
        else:
            for parts in open_ranges.values():
                parts.append(element.text or "")
    return anchored


def comments(path: Path) -> dict[str, tuple[str, str, str, str]]:
    """Comment id → (author, initials, text, anchored text)."""
    anchors = anchored_texts(path)
    return {
        str(c.comment_id): (c.author, c.initials, c.text, anchors.get(str(c.comment_id), ""))
        for c in docx.Document(str(path)).comments
    }


def findings_of(path: Path):
    return lint_file(path, RunOptions(tuple(ENABLED), tuple(ALL_RULES))).findings


# --------------------------------------------------------------------------------------------


def test_one_comment_per_finding_and_a_summary(proposal: Path, tmp_path: Path):
    output = tmp_path / "reviewed.docx"
    before = digest(proposal)
    result = annotate(str(proposal), "--output", str(output))
    assert result.exit_code == 0, result.output
    assert "Wrote" in result.output
    assert digest(proposal) == before  # the original is untouched
    found = comments(output)
    expected = [f for f in findings_of(proposal) if f.name != "gender-marker"]
    assert len(found) == len(expected) + 1
    assert {(author, initials) for author, initials, _, _ in found.values()} == {("pat-lint", "PL")}
    summary = found["0"]
    assert "Indicative gender marker: 0" in summary[2]
    assert "the reviewer decides" in summary[2]
    assert summary[3] == "Safe labour migration in the river districts"  # the first paragraph
    assert not list(tmp_path.glob(".reviewed.docx.*"))  # no temporary file left behind


def test_comments_anchor_exactly_on_the_matched_text(proposal: Path, tmp_path: Path):
    output = tmp_path / "reviewed.docx"
    assert annotate(str(proposal), "-o", str(output)).exit_code == 0
    by_rule: dict[str, list[str]] = {}
    for _, _, text, anchor in comments(output).values():
        by_rule.setdefault(text.split("]")[0].lstrip("[").split()[0], []).append(anchor)
    assert "chairman" in by_rule["GT001"]  # across a plain and a bold run
    assert "manpower" in by_rule["GT001"]
    assert by_rule["GT004"] == ["illegal migrants"]  # inside one run: split on both sides
    assert sorted(by_rule["SD001"]) == [
        "Number of officials trained on labour rights",  # second paragraph of the same cell
        "Number of prospective migrants counselled",
    ]
    assert by_rule["GM002"] == ["Safe labour migration in the river districts"]


def test_split_runs_keep_their_formatting(proposal: Path, tmp_path: Path):
    output = tmp_path / "reviewed.docx"
    assert annotate(str(proposal), "-o", str(output)).exit_code == 0
    paragraph = next(p for p in docx.Document(str(output)).paragraphs if "chairman" in p.text)
    runs = [(run.text, bool(run.bold)) for run in paragraph.runs if run.text]
    assert runs == [
        ("The district committee is led by its ", False),
        ("chair", False),
        ("man", True),
        (", who will convene the partners every quarter and report to the ministry.", False),
    ]
    paragraph = next(p for p in docx.Document(str(output)).paragraphs if "illegal" in p.text)
    assert [(r.text, bool(r.italic)) for r in paragraph.runs if r.text] == [
        ("The works will need local ", False),
        ("manpower", True),
        (" and the project will protect ", False),
        ("illegal migrants", False),
        (" from abuse at the border.", False),
    ]


def test_annotated_copy_reads_the_same(proposal: Path, tmp_path: Path):
    """The comments change no text: pat-lint finds the same things in the copy."""
    output = tmp_path / "reviewed.docx"
    assert annotate(str(proposal), "-o", str(output)).exit_code == 0

    def key(findings):
        return [
            (
                f.rule,
                f.match,
                f.context,
                f.location.paragraph,
                f.location.table,
                f.location.row,
                f.location.col,
            )
            for f in findings
        ]

    assert key(findings_of(output)) == key(findings_of(proposal))


def test_sample_proposal(tmp_path: Path):
    sample = Path(__file__).resolve().parent.parent / "fixtures" / "sample" / "proposal.docx"
    if not sample.exists():
        pytest.skip("fixtures/sample/proposal.docx not built")
    output = tmp_path / "reviewed.docx"
    result = annotate(str(sample), "-o", str(output))
    assert result.exit_code == 0, result.output
    anchors = {anchor for _, _, _, anchor in comments(output).values()}
    assert {"manpower", "chairman"} <= anchors


# --------------------------------------------------------------------------------------------
# Refusals: one line, exit 2


def test_refuses_to_overwrite_the_input(proposal: Path):
    before = digest(proposal)
    for target in (str(proposal), os.path.relpath(proposal)):
        result = annotate(str(proposal), "-o", target)
        assert result.exit_code == 2
        assert "refusing to overwrite" in result.output
    assert digest(proposal) == before


def test_refuses_a_hard_link_to_the_input(proposal: Path, tmp_path: Path):
    link = tmp_path / "same.docx"
    os.link(proposal, link)
    result = annotate(str(proposal), "-o", str(link))
    assert result.exit_code == 2 and "refusing to overwrite" in result.output


@pytest.mark.parametrize("name", ["proposal.pdf", "proposal.md", "proposal.doc"])
def test_non_docx_input_is_a_clear_error(tmp_path: Path, name: str):
    path = tmp_path / name
    path.write_text("# Proposal\n\nText.\n", encoding="utf-8")
    result = annotate(str(path), "-o", str(tmp_path / "out.docx"))
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("pat-lint: error:")
    assert ".docx files only" in lines[0]
    assert not (tmp_path / "out.docx").exists()


def test_unreadable_docx_is_a_clear_error(tmp_path: Path):
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 truncated")
    result = annotate(str(path), "-o", str(tmp_path / "out.docx"))
    assert result.exit_code == 2
    assert result.output.strip().startswith("pat-lint: error:")
    assert len(result.output.strip().splitlines()) == 1


def test_output_must_be_docx(proposal: Path, tmp_path: Path):
    result = annotate(str(proposal), "-o", str(tmp_path / "reviewed.pdf"))
    assert result.exit_code == 2 and "must be a .docx" in result.output


def test_missing_input(tmp_path: Path):
    result = annotate(str(tmp_path / "nope.docx"), "-o", str(tmp_path / "out.docx"))
    assert result.exit_code == 2 and "no such file" in result.output


# --------------------------------------------------------------------------------------------
# LibreOffice opens the result

SOFFICE = shutil.which("soffice")


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (`soffice`) is not installed")
def test_libreoffice_opens_the_annotated_copy(proposal: Path, tmp_path: Path):
    """LibreOffice converts the copy to PDF with its text, and carries every comment over
    (exported as PDF text annotations)."""
    output = tmp_path / "reviewed.docx"
    assert annotate(str(proposal), "-o", str(output)).exit_code == 0
    outdir = tmp_path / "pdf"
    converted = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}",
            "--headless",
            "--convert-to",
            EXPORT_WITH_NOTES,
            "--outdir",
            str(outdir),
            str(output),
        ],
        capture_output=True,
        text=True,
        timeout=240,
    )
    pdf = outdir / "reviewed.pdf"
    assert converted.returncode == 0 and pdf.exists(), converted.stderr[-2000:]
    notes = pdf_notes(pdf.read_bytes())
    assert len(notes) == len(comments(output))
    assert any("Indicative gender marker: 0" in note for note in notes)
    assert any(note.startswith("[GT001 gendered-noun") for note in notes)
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, timeout=60
        ).stdout
        assert "Safe labour migration" in text and "chairman" in text


EXPORT_WITH_NOTES = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'


def pdf_notes(data: bytes) -> list[str]:
    """The text of the comment annotations LibreOffice wrote into a PDF."""
    found = re.findall(rb"/Subtype\s*/Text\b.*?/Contents\s*<FEFF([0-9A-Fa-f]*)>", data, re.S)
    return [bytes.fromhex(hexa.decode()).decode("utf-16-be") for hexa in found]
