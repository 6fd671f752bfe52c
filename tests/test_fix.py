"""``pat-lint fix``: one-replacement terminology findings fixed (Word: tracked changes that the
writer accepts or rejects), nothing ambiguous changed, the input never touched unless asked."""

from __future__ import annotations

import copy
import hashlib
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from lxml import etree

from pat_lint.cli import cli
from pat_lint.readers import read

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SOFFICE = shutil.which("soffice")

BACKGROUND = (
    "Every year thousands of young people leave the river districts to look for work in the "
    "capital and abroad, and many arrive with large debts and little knowledge of their rights."
)


def run(*args: str):
    return CliRunner().invoke(cli, ["fix", *args])


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build_docx(path: Path) -> Path:
    """A proposal whose terms sit in formatted runs: one fix split over bold and bold-italic
    runs, one in plain text, a term with two suggestions, a generic pronoun."""
    document = docx.Document()
    document.add_heading("Safe labour migration", level=1)
    document.add_heading("1. Background", level=2)
    document.add_paragraph(BACKGROUND)
    paragraph = document.add_paragraph()
    paragraph.add_run("Routes of ")
    bold = paragraph.add_run("illegal ")
    bold.bold = True
    both = paragraph.add_run("migration")
    both.bold = both.italic = True
    paragraph.add_run(
        " are rising, and the chairman of the district committee will report every quarter."
    )
    document.add_paragraph("The average man in the district earns less than two dollars a day.")
    document.add_paragraph("Each applicant must bring his card to the district office.")
    document.save(str(path))
    return path


def body_xml(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read("word/document.xml"))


def text_of(paragraph: etree._Element) -> str:
    return "".join(node.text or "" for node in paragraph.iter(f"{W}t", f"{W}delText"))


def accepted(root: etree._Element) -> etree._Element:
    """The document as Word shows it after "Accept all changes"."""
    root = copy.deepcopy(root)
    for deletion in root.iter(f"{W}del"):
        deletion.getparent().remove(deletion)
    for insertion in list(root.iter(f"{W}ins")):
        _unwrap(insertion)
    return root


def rejected(root: etree._Element) -> etree._Element:
    """The document as Word shows it after "Reject all changes"."""
    root = copy.deepcopy(root)
    for insertion in list(root.iter(f"{W}ins")):
        insertion.getparent().remove(insertion)
    for deletion in list(root.iter(f"{W}del")):
        for text in deletion.iter(f"{W}delText"):
            text.tag = f"{W}t"
        _unwrap(deletion)
    return root


def _unwrap(element: etree._Element) -> None:
    parent = element.getparent()
    index = parent.index(element)
    for offset, child in enumerate(list(element)):
        parent.insert(index + offset, child)
    parent.remove(element)


def paragraphs(root: etree._Element) -> list[str]:
    return [text_of(p) for p in root.iter(f"{W}p")]


@pytest.fixture
def proposal(tmp_path: Path) -> Path:
    return build_docx(tmp_path / "proposal.docx")


def test_word_fixes_are_tracked_changes_by_pat_lint(proposal: Path, tmp_path: Path):
    before = digest(proposal)
    output = tmp_path / "proposal-fixed.docx"
    result = run(str(proposal), "-o", str(output))
    assert result.exit_code == 0, result.output
    assert digest(proposal) == before  # the proposal itself is untouched
    root = body_xml(output)
    deletions = list(root.iter(f"{W}del"))
    insertions = list(root.iter(f"{W}ins"))
    assert len(deletions) == len(insertions) == 2
    assert {d.get(f"{W}author") for d in deletions + insertions} == {"pat-lint"}
    assert all(d.get(f"{W}date") for d in deletions + insertions)
    ids = [int(d.get(f"{W}id")) for d in deletions + insertions]
    assert len(set(ids)) == len(ids)
    changes = {
        "".join(t.text for t in d.iter(f"{W}delText")): "".join(t.text for t in i.iter(f"{W}t"))
        for d, i in zip(deletions, insertions, strict=True)
    }
    assert changes == {
        "illegal migration": "irregular migration",
        "average man": "average person",
    }
    # the deleted runs keep their formatting; the inserted run has the first run's
    split = next(d for d in deletions if "illegal" in text_of(d))
    properties = [run.find(f"{W}rPr") for run in split.iter(f"{W}r")]
    assert [p.find(f"{W}b") is not None for p in properties] == [True, True]
    assert [p.find(f"{W}i") is not None for p in properties] == [False, True]
    inserted = split.getnext()
    assert inserted.tag == f"{W}ins"
    assert inserted.find(f"{W}r/{W}rPr/{W}b") is not None
    assert inserted.find(f"{W}r/{W}rPr/{W}i") is None


def test_accepting_gives_the_fix_and_rejecting_the_original(proposal: Path, tmp_path: Path):
    output = tmp_path / "fixed.docx"
    assert run(str(proposal), "-o", str(output)).exit_code == 0
    original = paragraphs(body_xml(proposal))
    root = body_xml(output)
    assert paragraphs(rejected(root)) == original
    fixed = paragraphs(accepted(root))
    assert fixed[3].startswith("Routes of irregular migration are rising, and the chairman")
    assert fixed[4] == "The average person in the district earns less than two dollars a day."
    # pat-lint reads the copy as Word shows it with the changes accepted
    blocks = [block.text for block in read(output).blocks]
    assert "The average person in the district earns less than two dollars a day." in blocks


def test_ambiguous_findings_are_left_and_pronouns_commented(proposal: Path, tmp_path: Path):
    output = tmp_path / "fixed.docx"
    result = run(str(proposal), "-o", str(output))
    assert "'chairman' (2 suggestions: the writer chooses)" in result.output
    assert "'his' (generic pronoun: commented)" in result.output
    root = body_xml(output)
    assert "chairman" in paragraphs(accepted(root))[3]  # two suggestions: not changed
    assert "bring his card" in paragraphs(accepted(root))[5]  # a pronoun is never rewritten
    comments = docx.Document(str(output)).comments
    texts = [c.text for c in comments]
    assert len(texts) == 1 and texts[0].startswith("[GT002 generic-pronoun")
    assert "left this for you" in texts[0]
    assert {c.author for c in comments} == {"pat-lint"}


def test_diff_of_a_word_file_writes_nothing(proposal: Path):
    before = sorted(p.name for p in proposal.parent.iterdir())
    result = run(str(proposal), "--diff")
    assert result.exit_code == 0, result.output
    assert "-Routes of illegal migration are rising" in result.output
    assert "+Routes of irregular migration are rising" in result.output
    assert "@@ ¶4 @@" in result.output
    assert sorted(p.name for p in proposal.parent.iterdir()) == before


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_the_fixed_copy(proposal: Path, tmp_path: Path):
    output = tmp_path / "fixed.docx"
    assert run(str(proposal), "-o", str(output)).exit_code == 0
    done = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "pdf"),
            str(output),
        ],
        capture_output=True,
        text=True,
        timeout=240,
    )
    pdf = tmp_path / "pdf" / "fixed.pdf"
    assert done.returncode == 0 and pdf.exists(), done.stdout + done.stderr
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "irregular" in text and "average person" in text


# --------------------------------------------------------------------------------------------
# Markdown and text

ENGLISH = """\
# Safe migration

## Background

Illegal migration across the border is rising. The chairman of the committee will report.
Each applicant must bring his card. The average man earns little. An illegal migration route
is the theme, and local manpower is scarce.
"""


def test_diff_shows_the_fixes_and_leaves_the_file(tmp_path: Path):
    source = tmp_path / "p.md"
    source.write_text(ENGLISH, encoding="utf-8")
    before = digest(source)
    result = run(str(source), "--diff")
    assert result.exit_code == 0, result.output
    assert "-Illegal migration across the border is rising." in result.output
    assert "+Irregular migration across the border is rising." in result.output
    assert "The average person earns little. An irregular migration route" in result.output
    assert "+is the theme, and local manpower" not in result.output  # untouched line
    assert digest(source) == before


def test_copy_and_in_place_only_when_asked(tmp_path: Path):
    source = tmp_path / "p.txt"
    source.write_bytes(ENGLISH.replace("\n", "\r\n").encode("utf-8"))
    before = digest(source)
    copy_path = tmp_path / "p-fixed.txt"
    assert run(str(source), "-o", str(copy_path)).exit_code == 0
    assert digest(source) == before
    fixed = copy_path.read_bytes()
    assert b"\r\n" in fixed and b"\n" not in fixed.replace(b"\r\n", b"")  # line endings kept
    text = fixed.decode("utf-8")
    assert "Irregular migration across" in text and "The average person earns" in text
    assert "The chairman of the committee" in text and "bring his card" in text
    assert "local manpower" in text

    result = run(str(source), "--write")
    assert result.exit_code == 0, result.output
    assert source.read_bytes() == fixed
    again = run(str(source), "--write")  # nothing left to fix: the file is not rewritten
    assert "fixed 0 terms; nothing written." in again.output


@pytest.mark.parametrize(
    ("language", "text", "fixed", "left"),
    [
        (
            "fr",
            "Le projet combat la migration clandestine et le coût de l'immigration "
            "clandestine pour les familles. La préférence sexuelle est un mauvais terme.",
            ["la migration irrégulière"],
            ["l'immigration clandestine", "La préférence sexuelle"],
        ),
        (
            "es",
            "La migración ilegal aumenta. Los clandestinos cruzan la frontera. Hablamos de "
            "trata de blancas y de la opción sexual.",
            ["La migración irregular", "trata de personas"],
            ["Los clandestinos", "la opción sexual"],
        ),
        (
            "en",
            "Their sexual preferences are private. The project fights clandestine migration.",
            ["fights irregular migration"],
            ["sexual preferences"],
        ),
    ],
)
def test_grammar_dependent_replacements_are_left(
    tmp_path: Path, language: str, text: str, fixed: list[str], left: list[str]
):
    heading = {"fr": "# Projet\n\n## Contexte\n\n", "es": "# Proyecto\n\n## Contexto\n\n"}
    source = tmp_path / f"{language}.md"
    source.write_text(heading.get(language, "# Project\n\n## Context\n\n") + text + "\n")
    output = tmp_path / f"{language}-fixed.md"
    result = run(str(source), "-o", str(output), "--language", language)
    assert result.exit_code == 0, result.output
    written = output.read_text(encoding="utf-8")
    for phrase in fixed:
        assert phrase in written, result.output
    for phrase in left:
        assert phrase in written, result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--write"], "never changed in place"),
        ([], "say where the fix goes"),
        (["-o", "{input}"], "refusing to overwrite"),
        (["-o", "{dir}/copy.md"], "must be a .docx"),
    ],
)
def test_refusals_are_one_line(proposal: Path, args: list[str], message: str):
    args = [a.format(input=proposal, dir=proposal.parent) for a in args]
    result = run(str(proposal), *args)
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output


def test_pdf_and_missing_files_are_refused(tmp_path: Path):
    pdf = tmp_path / "p.pdf"
    pdf.write_bytes(b"%PDF-1.4 nothing")
    result = run(str(pdf), "--diff")
    assert result.exit_code == 2 and "works on .docx, .md and .txt files" in result.output
    result = run(str(tmp_path / "missing.md"), "--diff")
    assert result.exit_code == 2 and "no such file" in result.output
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not a zip")
    result = run(str(broken), "-o", str(tmp_path / "out.docx"))
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert not (tmp_path / "out.docx").exists()
