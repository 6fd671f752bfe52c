"""The section tree on real reader output: levels, numbering as nesting, section titles."""

from __future__ import annotations

from pathlib import Path

import pytest

from pat_lint import readers
from pat_lint.analysis import Analysis
from pat_lint.analysis.sections import build_sections, numbering, strip_numbering
from pat_lint.config import Config, resolve_rules
from pat_lint.engine import RunOptions, lint_file
from tests import corpus_eval

ROOT = Path(__file__).resolve().parent.parent
CORPUS = {item.id: item for item in corpus_eval.load_corpus()}


def tree(path: Path) -> list[tuple[int, str, str | None]]:
    """(level, title, parent title) of every section of the file."""
    blocks = readers.read(path).blocks
    sections = build_sections(blocks)
    return [
        (s.level, s.title, sections[s.parent].title if s.parent is not None else None)
        for s in sections
    ]


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("title", "parts", "rest"),
    [
        ("6.2 Gender", ("6", "2"), "Gender"),
        ("4. Gender analysis", ("4",), "Gender analysis"),
        ("5.1.3. Sub-sub", ("5", "1", "3"), "Sub-sub"),
        ("IV. RISKS", ("IV",), "RISKS"),
        ("C. Gender, age and diversity (AGD)", ("C",), "Gender, age and diversity (AGD)"),
        ("4) Results", ("4",), "Results"),
        ("Gender analysis", None, "Gender analysis"),
        ("2024 budget", None, "2024 budget"),
    ],
)
def test_numbering_is_read_and_stripped(title, parts, rest):
    assert numbering(title) == parts
    assert strip_numbering(title) == rest


def test_markdown_levels_and_numbering_nest_together(tmp_path: Path):
    path = write(
        tmp_path,
        "p.md",
        """\
# Title of the proposal

## 5. Management

Text.

## 6. Cross-cutting issues

Intro.

## 6.1 Human rights

Text.

## 6.2 Gender

Text.

### Consultations

Text.

## 7. Risks

Text.
""",
    )
    assert tree(path) == [
        (1, "Title of the proposal", None),
        (2, "5. Management", "Title of the proposal"),
        (2, "6. Cross-cutting issues", "Title of the proposal"),
        (3, "6.1 Human rights", "6. Cross-cutting issues"),
        (3, "6.2 Gender", "6. Cross-cutting issues"),
        (3, "Consultations", "6. Cross-cutting issues"),  # its level 3 is the reader's
        (2, "7. Risks", "Title of the proposal"),
    ]


def test_plain_text_numbered_underlined_and_capital_headings(tmp_path: Path):
    path = write(
        tmp_path,
        "p.txt",
        """\
PROPOSAL FOR A BORDER PROJECT

1. Context

Text of the context.

1.1 Corridor overview

Text.

2. Cross-cutting issues

2.1 Gender

Text about women and men.

Annex
-----

Text.
""",
    )
    sections = tree(path)
    assert (2, "1.1 Corridor overview", "1. Context") in sections
    assert (2, "2.1 Gender", "2. Cross-cutting issues") in sections
    titles = [title for _, title, _ in sections]
    assert titles[0] == "PROPOSAL FOR A BORDER PROJECT" and "Annex" in titles


def test_section_body_runs_to_the_next_heading_of_same_or_higher_level(tmp_path: Path):
    path = write(tmp_path, "p.md", "# T\n\n## 6. A\n\none\n\n## 6.1 B\n\ntwo\n\n## 7. C\n\nthree\n")
    blocks = readers.read(path).blocks
    by_title = {s.title: s for s in build_sections(blocks)}
    assert [b.text for b in by_title["6. A"].body(blocks)] == ["one", "6.1 B", "two"]
    assert [b.text for b in by_title["6.1 B"].body(blocks)] == ["two"]


def test_every_finding_carries_the_title_of_its_section(tmp_path: Path):
    path = write(
        tmp_path,
        "p.md",
        """\
# Project

## 6. Cross-cutting issues

### 6.2 Gender

Gender issues will be taken into account in all activities.
""",
    )
    analysis = Analysis(readers.read(path))
    assert analysis.section_titles == [
        "Project",
        "6. Cross-cutting issues",
        "6.2 Gender",
        "6.2 Gender",
    ]
    all_rules, _ = resolve_rules(Config())
    gs002 = next(rule for rule in all_rules if rule.id == "GS002")
    (finding,) = lint_file(path, RunOptions((gs002,), tuple(all_rules))).findings
    assert finding.location.section == "6.2 Gender"


@pytest.mark.skipif("en-03-osbp-border-management" not in CORPUS, reason="corpus not built")
def test_word_file_with_numbered_plain_headings():
    """en-03 fakes its headings with numbering in Normal style: 6.2 sits under 6."""
    sections = tree(CORPUS["en-03-osbp-border-management"].path)
    assert (2, "6.2 Gender", "6. Cross-cutting issues") in sections
    assert (1, "7. Risks and assumptions", None) in sections


@pytest.mark.skipif("fr-02-lutte-traite-agadez" not in CORPUS, reason="corpus not built")
def test_word_file_with_bold_headings():
    sections = tree(CORPUS["fr-02-lutte-traite-agadez"].path)
    assert (2, "5.2 Genre", "5. Thèmes transversaux") in sections


@pytest.mark.skipif("es-03-trata-madre-de-dios" not in CORPUS, reason="corpus not built")
def test_pdf_file_headings():
    sections = tree(CORPUS["es-03-trata-madre-de-dios"].path)
    titles = {title: parent for _, title, parent in sections}
    assert titles.get("6.3 Género") == "6. Ejes transversales"


@pytest.mark.skipif("fr-07-climat-mobilite-oasis" not in CORPUS, reason="corpus not built")
def test_text_file_with_underlined_numbered_headings():
    titles = [title for _, title, _ in tree(CORPUS["fr-07-climat-mobilite-oasis"].path)]
    assert "5. Prise en compte du genre" in titles
