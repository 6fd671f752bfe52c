"""The HTML report: one self-contained, deterministic, printable page for a reviewer.

The Chromium test renders the page the way a reviewer opens it (headless Debian ``chromium``),
reads back what is on screen (``--dump-dom``), prints it to PDF, and saves a screenshot.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from pat_lint.cli import cli
from pat_lint.config import Config, resolve_rules
from pat_lint.engine import RunOptions, lint_paths
from pat_lint.model import FileResult, Finding, IndicatorResult, LintResult, Location, Severity
from pat_lint.reporters import ReportContext, render
from tests.test_marker import BLIND_EN, MAINSTREAMED_EN

ALL_RULES, ENABLED = resolve_rules(Config())
CONTEXT = ReportContext(rules=tuple(ALL_RULES))

WITH_TERMS = MAINSTREAMED_EN.replace(
    "- Train local officials on labour rights",
    "- Ask the chairman of the district committee to convene the partners.\n"
    "- Train local officials on labour rights",
)


@pytest.fixture
def proposals(tmp_path: Path) -> list[Path]:
    """Two readable proposals and one that cannot be read."""
    good = tmp_path / "a-mainstreamed.md"
    good.write_text(WITH_TERMS, encoding="utf-8")
    blind = tmp_path / "b-blind.md"
    blind.write_text(BLIND_EN, encoding="utf-8")
    broken = tmp_path / "c-broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    return [good, blind, broken]


def lint(paths: list[Path]) -> LintResult:
    return lint_paths(paths, RunOptions(tuple(ENABLED), tuple(ALL_RULES)))


class _Text(HTMLParser):
    """The text of a page and the elements it names (tags, attributes)."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    @classmethod
    def of(cls, page: str) -> _Text:
        parser = cls()
        parser.feed(page)
        return parser

    @property
    def plain(self) -> str:
        return " ".join(" ".join(self.text).split())


# --------------------------------------------------------------------------------------------
# The page as HTML


def test_overview_and_sections_for_every_proposal(proposals: list[Path]):
    page = render("html", lint(proposals), CONTEXT)
    text = _Text.of(page).plain
    assert "Overview" in text
    for path in proposals:
        assert path.as_posix() in text
    overview = page.split('<table class="overview">', 1)[1].split("</table>", 1)[0]
    rows = re.findall(r"<tr[ >].*?</tr>", overview, re.S)[1:]
    assert len(rows) == 3
    good, blind, broken = rows
    assert ">2a<" in good and "DAC 1" in good and "adequate" in good
    assert ">0<" in blind and "none" in blind
    assert "Could not be read" in broken and "zip" in broken
    assert re.search(r"0 / 3", good)  # indicators flagged / counting people
    assert re.search(r"2 / 2", blind)


def test_findings_grouped_with_match_highlighted_and_docs(proposals: list[Path]):
    page = render("html", lint(proposals), CONTEXT)
    assert "<h3>Gender-sensitive terminology" in page
    assert "<h3>Sex-disaggregated indicators" in page
    assert "<mark>chairman</mark>" in page
    assert re.search(r"Ask the <mark>chairman</mark> of the district committee", page)
    assert page.count('<details class="rule-docs">') >= 3
    assert "<dt>Why</dt>" in page and "<dt>Instead</dt>" in page
    assert "Instead: <code>chair</code>" in page


def test_indicator_table_marks_flagged_rows(proposals: list[Path]):
    page = render("html", lint(proposals), CONTEXT)
    flagged = re.findall(r'<tr class="flagged">(.*?)</tr>', page, re.S)
    texts = [" ".join(_Text.of(row).plain.split()) for row in flagged]
    assert len(flagged) == 2  # both people indicators of the blind proposal, none of the other
    assert "Number of prospective migrants counselled" in texts[0]
    assert "Number of officials trained on labour rights" in texts[1]
    assert all("⚑ not disaggregated by sex" in t for t in texts)
    assert "radio programmes" in page and "n/a" in page  # not people: listed, not flagged


def test_marker_criteria_and_caveat_are_shown(proposals: list[Path]):
    page = render("html", lint(proposals), CONTEXT)
    text = _Text.of(page).plain
    assert "Indicative gender marker:" in text
    assert "gender analysis in the rationale / needs assessment" in text
    assert "decides the marker" in text
    assert "OECD DAC 1" in text


def test_unreadable_file_shows_its_error(proposals: list[Path]):
    page = render("html", lint(proposals), CONTEXT)
    section = page.split('id="file-3"', 1)[1]
    assert "This file could not be read" in section
    assert "[corrupt]" in section


def test_self_contained_no_remote_resources(proposals: list[Path]):
    page = render("html", lint(proposals), CONTEXT)
    parsed = _Text.of(page)
    tags = {tag for tag, _ in parsed.tags}
    assert not tags & {"script", "link", "img", "iframe", "object", "embed"}
    for _tag, attrs in parsed.tags:
        assert "src" not in attrs
        href = attrs.get("href")
        assert href is None or href.startswith(("#", "https://")), href
    assert "@import" not in page and "url(" not in page
    assert "@media print" in page


def test_output_is_deterministic(proposals: list[Path]):
    first = render("html", lint(proposals), CONTEXT)
    second = render("html", lint(proposals), CONTEXT)
    assert first == second


def test_document_text_is_escaped():
    nasty = "<script>alert('x')</script> & <b>chairman</b>"
    finding = Finding(
        rule="GT001",
        name="gendered-noun",
        category="terminology",
        severity=Severity.WARNING,
        message="'<b>' & co",
        location=Location("p.md", line=1, column=1),
        match="<b>",
        context=nasty,
        context_span=(nasty.index("<b>"), nasty.index("<b>") + 3),
    )
    file = FileResult(
        path="<i>p</i>.md",
        format="md",
        language="en",
        findings=[finding],
        indicators=[IndicatorResult("<u>x</u>", True, (), Location("p.md", line=3))],
    )
    page = render("html", LintResult([file]), CONTEXT)
    assert "<script>" not in page and "<b>" not in page and "<u>" not in page
    assert "&lt;script&gt;" in page and "<mark>&lt;b&gt;</mark>" in page
    assert "&lt;i&gt;p&lt;/i&gt;.md" in page


def test_cli_writes_the_report(proposals: list[Path], tmp_path: Path):
    output = tmp_path / "report.html"
    result = CliRunner().invoke(
        cli,
        [
            "check",
            *map(str, proposals[:2]),
            "--format",
            "html",
            "--output",
            str(output),
            "--no-progress",
        ],
    )
    assert result.exit_code == 1, result.output
    page = output.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")


# --------------------------------------------------------------------------------------------
# What a reviewer sees in a browser

CHROMIUM = shutil.which("chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def chromium(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium with a throwaway profile."""
    return subprocess.run(
        [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=180,
    )


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="Debian's `chromium` is not installed")
def test_chromium_renders_what_a_reviewer_needs(proposals: list[Path], tmp_path: Path):
    report = tmp_path / "report.html"
    report.write_text(render("html", lint(proposals), CONTEXT), encoding="utf-8")
    url = report.resolve().as_uri()

    dom = chromium(tmp_path / "profile-dom", "--dump-dom", url)
    assert dom.returncode == 0, dom.stderr[-2000:]
    seen = _Text.of(dom.stdout).plain
    for expected in (
        "Gender review report",
        "Overview",
        "a-mainstreamed.md",
        "b-blind.md",
        "Could not be read",
        "Indicative gender marker:",
        "⚑ not disaggregated by sex",
        "Gender-sensitive terminology",
        "chairman",
        "decides the marker",
    ):
        assert expected in seen, expected
    assert "<mark>chairman</mark>" in dom.stdout

    screenshot = tmp_path / "report.png"
    shot = chromium(
        tmp_path / "profile-shot", f"--screenshot={screenshot}", "--window-size=1280,2000", url
    )
    assert shot.returncode == 0 and screenshot.exists(), shot.stderr[-2000:]
    assert _distinct_colours(screenshot) > 20  # a rendered page, not a blank one
    print(f"\nscreenshot: {screenshot}")

    pdf = tmp_path / "report.pdf"
    printed = chromium(
        tmp_path / "profile-pdf", f"--print-to-pdf={pdf}", "--no-pdf-header-footer", url
    )
    assert printed.returncode == 0 and pdf.exists(), printed.stderr[-2000:]
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "Gender review report" in text and "b-blind.md" in text
        assert text.count("\f") >= 3  # each proposal starts on a new page


def _distinct_colours(png: Path) -> int:
    """How many colours a screenshot has (a blank page has one or two)."""
    try:
        from PIL import Image
    except ImportError:  # no Pillow: fall back to the file size
        return 100 if png.stat().st_size > 20_000 else 0
    with Image.open(png) as image:
        colours = image.convert("RGB").getcolors(maxcolors=1 << 16)
    return 1 << 16 if colours is None else len(colours)
