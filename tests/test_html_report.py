"""The HTML report: one self-contained, deterministic, printable page for a reviewer.

The browser tests open a report of about thirty real proposals in Playwright driving Debian's
Chromium: filters and sorting, links into the collapsible sections, no horizontal overflow at
390 and 1400 px, no serious axe-core violation, screenshots kept (the folder is printed).
"""

from __future__ import annotations

import os
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
from tests.browser import ARGS, WIDTHS, artefacts, launch, overflowing, serious_violations
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
    from pat_lint.reporters.html_text import display_path

    for path in proposals:  # relative to the working directory when under it, else absolute
        assert display_path(path.as_posix()) in text
    overview = page.split('<table id="proposals"', 1)[1].split("</table>", 1)[0]
    rows = re.findall(r"<tr[ >].*?</tr>", overview, re.S)[1:]
    assert len(rows) == 3
    good, blind, broken = rows
    assert ">2a<" in good and "DAC 1" in good and "adequate" in good
    assert ">0<" in blind and "missing" in blind
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
    assert not tags & {"link", "img", "iframe", "object", "embed"}
    assert "svg" in tags and "script" in tags  # charts and the table's sorting are inline
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
    assert "<script>alert" not in page and "<b>" not in page and "<u>" not in page
    assert "&lt;script&gt;" in page and "<mark>&lt;b&gt;</mark>" in page
    assert "&lt;i&gt;p&lt;/i&gt;.md" in page


def test_plurals_read_right(proposals: list[Path]):
    page = render("html", lint(proposals), CONTEXT)
    text = _Text.of(page).plain
    assert not re.search(r"\b1 (findings|errors|warnings|proposals|words)\b", text)
    assert not re.search(r"\b([02-9]|\d\d+) (finding|error|warning|proposal|word|file)\b", text)
    one = FileResult(
        path="one.md",
        format="md",
        language="en",
        findings=[
            Finding("GT001", "gendered-noun", "terminology", Severity.WARNING, "m", Location("x"))
        ],
    )
    single = _Text.of(render("html", LintResult([one]), CONTEXT)).plain
    assert "1 file, 1 finding (1 warning)" in single
    assert "(1 finding)" in single
    nine = LintResult([FileResult(path="n.md", format="md", findings=[one.findings[0]] * 9)])
    assert "9 warnings" in _Text.of(render("html", nine, CONTEXT)).plain


def test_paths_relative_to_the_working_directory(
    proposals: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.chdir(tmp_path)
    page = render("html", lint([path.resolve() for path in proposals]), CONTEXT)
    assert str(tmp_path) not in page
    assert '<a href="#file-1">a-mainstreamed.md</a>' in page
    elsewhere = tmp_path / "sub"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    page = render("html", lint([proposals[0].resolve()]), CONTEXT)
    assert ">../a-mainstreamed.md<" in page and str(tmp_path) not in page


def test_references_are_links_and_french_and_spanish_carry_their_language(tmp_path: Path):
    french = tmp_path / "fr.md"
    french.write_text(
        "# Projet\n\n## Contexte\n\nLe comité respectera les droits de l'homme des "
        "personnes migrantes et recrutera des hommes-jours supplémentaires pour le chantier.\n",
        encoding="utf-8",
    )
    page = render("html", lint([french]), CONTEXT)
    assert '<a href="https://www.un.org/en/gender-inclusive-language/guidelines.shtml">' in page
    assert re.search(r'<blockquote class="context" lang="fr">[^<]*<mark>droits de', page)
    assert re.search(r'<span lang="fr">&#39;droits de l&#39;homme&#39;</span>', page)
    assert re.search(r'<code lang="fr">droits humains</code>', page)
    # rule docs: English prose, its French and Spanish quotations marked
    assert re.search(r'<span lang="fr">&#34;le respect\s+des droits', page)
    assert re.search(r'<span lang="es">&#34;4 000 horas-hombre', page)
    assert '<span lang="fr">Nations Unies, Orientations' in page
    assert '<span lang="en">' not in page


def test_charts_summarise_the_portfolio(proposals: list[Path]):
    page = render("html", lint(proposals), CONTEXT)
    figures = re.findall(r'<figure class="chart" id="([^"]+)">(.*?)</figure>', page, re.S)
    charts = {name: body for name, body in figures}
    assert set(charts) == {"chart-marker", "chart-section", "chart-indicators", "chart-rules"}
    assert all("<svg" in body for body in charts.values())
    assert "2 proposals; Marker 0: 1, Marker 1: 0, Marker 2a: 1, Marker 2b: 0." in page
    assert "adequate: 1, token / inadequate: 0, missing: 1." in page
    assert "60% of the 5 indicators that count people are disaggregated by sex (3 of 5)" in page
    assert re.search(r'data-filter="rule" data-value="GT001"', charts["chart-rules"])


def test_filter_choices_are_the_values_present(proposals: list[Path]):
    page = render("html", lint(proposals), CONTEXT)
    marker_select = page.split('name="marker"', 1)[1].split("</select>", 1)[0]
    assert re.findall(r'<option value="([^"]*)"', marker_select) == ["", "0", "2a", "none"]
    rows = re.findall(r'<tr data-index="\d+" data-file="file-\d+"[^>]*>', page)
    assert len(rows) == 3
    assert 'data-marker="2a"' in rows[0] and 'data-section="adequate"' in rows[0]
    assert 'data-rules="GM001 GT001 SD002"' in rows[0] or "GT001" in rows[0]


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
# What a reviewer sees in a browser: ~30 real proposals (the labelled corpus and the first
# held-out batch), one browser for the module

ROOT = Path(__file__).resolve().parent.parent
PORTFOLIO = sorted(ROOT.glob("fixtures/corpus/??-*.*")) + sorted(
    ROOT.glob("fixtures/holdout/??-h[123]-*.*")
)


@pytest.fixture(scope="module")
def portfolio_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The HTML report of the real proposals, paths relative to the repository."""
    report = tmp_path_factory.mktemp("portfolio") / "report.html"
    cwd = Path.cwd()
    try:
        os.chdir(ROOT)
        result = lint([path.relative_to(ROOT) for path in PORTFOLIO])
        report.write_text(render("html", result, CONTEXT), encoding="utf-8")
    finally:
        os.chdir(cwd)
    return report


@pytest.fixture(scope="module")
def browser():
    playwright, browser = launch()
    yield browser
    browser.close()
    playwright.stop()


@pytest.fixture
def page(browser, portfolio_report: Path):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.goto(portfolio_report.as_uri())
    yield page
    context.close()


def visible_rows(page) -> list[dict[str, str]]:
    return page.eval_on_selector_all(
        "#proposals tbody tr:not([hidden])", "rows => rows.map(r => ({...r.dataset}))"
    )


def test_portfolio_report_is_of_about_thirty_real_proposals(portfolio_report: Path):
    assert 30 <= len(PORTFOLIO) <= 40
    page = portfolio_report.read_text(encoding="utf-8")
    assert f"{len(PORTFOLIO)} files," in page
    assert "fixtures/corpus/en-01-fair-recruitment.docx" in page and str(ROOT) not in page


@pytest.mark.slow
def test_filters_narrow_the_table_and_the_sections(page):
    rows = visible_rows(page)
    assert len(rows) == len(PORTFOLIO)
    page.select_option("select[name=marker]", "2a")
    shown = visible_rows(page)
    assert 0 < len(shown) < len(rows) and {row["marker"] for row in shown} == {"2a"}
    assert page.locator("#shown").inner_text() == f"Showing {len(shown)} of {len(rows)} proposals."
    hidden_sections = page.eval_on_selector_all("section.file[hidden]", "s => s.length")
    assert hidden_sections == len(rows) - len(shown)

    page.select_option("select[name=section]", "adequate")
    page.select_option("select[name=language]", "fr")
    both = visible_rows(page)
    assert all(r["marker"] == "2a" and r["section"] == "adequate" for r in both)
    assert all(r["language"] == "fr" for r in both)

    page.click("button[type=reset]")
    page.fill("input[name=q]", "guinee")
    assert [r["file"] for r in visible_rows(page)] == ["file-" + str(_index("guinee"))]

    page.fill("input[name=q]", "")
    page.select_option("select[name=rule]", "GT002")
    with_rule = visible_rows(page)
    assert with_rule and all("GT002" in r["rules"].split() for r in with_rule)
    assert len(with_rule) < len(rows)

    page.select_option("select[name=rule]", "")
    page.select_option("select[name=severity]", "3")
    assert all(r["severity"] == "3" for r in visible_rows(page))


def _index(word: str) -> int:
    return next(i for i, path in enumerate(PORTFOLIO, 1) if word in path.name)


@pytest.mark.slow
def test_columns_sort_both_ways(page):
    page.click("th[data-sort-key=findings] button")
    counts = [int(r["sortFindings"]) for r in visible_rows(page)]
    assert counts == sorted(counts) and counts[0] < counts[-1]
    assert page.get_attribute("th[data-sort-key=findings]", "aria-sort") == "ascending"
    page.click("th[data-sort-key=findings] button")
    assert [int(r["sortFindings"]) for r in visible_rows(page)] == sorted(counts, reverse=True)
    page.click("th[data-sort-key=file] button")
    names = [r["sortFile"] for r in visible_rows(page)]
    assert names == sorted(names)
    page.click("th[data-sort-key=marker] button")
    markers = [r["marker"] for r in visible_rows(page)]
    order = ["none", "0", "1", "2a", "2b"]
    assert [order.index(m) for m in markers] == sorted(order.index(m) for m in markers)


@pytest.mark.slow
def test_a_chart_bar_filters_and_a_file_link_opens_its_section(page):
    page.click("#chart-marker a[data-value='1']")
    assert {r["marker"] for r in visible_rows(page)} == {"1"}
    page.click("button[type=reset]")
    target = _index("guinee")
    details = page.locator(f"#file-{target} details.file-body")
    assert not details.evaluate("d => d.open")
    page.click(f"a[href='#file-{target}']")
    assert details.evaluate("d => d.open")
    assert page.locator(f"#file-{target} .marker").is_visible()
    page.click(f"#file-{target} p.back a")
    assert page.evaluate("location.hash") == "#overview"


@pytest.mark.slow
@pytest.mark.parametrize("width", WIDTHS)
def test_nothing_overflows_and_axe_finds_nothing_serious(browser, portfolio_report, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    try:
        page.goto(portfolio_report.as_uri())
        assert overflowing(page) == []
        page.click("button[data-open-all=true]")  # every section, every table open
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        assert overflowing(page) == []
        assert serious_violations(page) == []
        folder = artefacts("html-report")
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(folder / f"overview-{width}.png"))
        page.locator(f"#file-{_index('guinee')}").scroll_into_view_if_needed()
        page.screenshot(path=str(folder / f"proposal-{width}.png"))
        print(f"\nscreenshots: {folder}")
        assert (folder / f"overview-{width}.png").stat().st_size > 10_000
    finally:
        context.close()


CHROMIUM = shutil.which("chromium")


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="Debian's `chromium` is not installed")
def test_printing_opens_every_proposal(
    proposals: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.chdir(tmp_path)
    report = tmp_path / "report.html"
    report.write_text(render("html", lint(proposals), CONTEXT), encoding="utf-8")
    pdf = tmp_path / "report.pdf"
    printed = subprocess.run(
        [
            CHROMIUM,
            *ARGS,
            f"--user-data-dir={tmp_path / 'profile'}",
            f"--print-to-pdf={pdf}",
            "--no-pdf-header-footer",
            report.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert printed.returncode == 0 and pdf.exists(), printed.stderr[-2000:]
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "Gender review report" in text and "b-blind.md" in text
        assert text.count("Indicative gender marker:") == 2  # closed sections print opened
        assert text.count("\f") >= 4  # each proposal starts on a new page
