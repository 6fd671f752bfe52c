"""The PDF reader on a LibreOffice and a reportlab PDF of the same multi-page proposal, and on
the layouts real proposals come in.

The first two fixtures come from ``fixtures/readers/src/multipage.src.md``: five pages with a
running header and a "Page x of y" footer, words broken across lines by hyphenation
("man-"/"power", "disaggre-"/"gated") and at real hyphens ("man-"/"made", "sex-"/
"disaggregated", "female-"/"headed"), a results matrix with a two-paragraph cell, and a risk
register that runs over a page break with its header row repeated.

The ``layout-*.pdf`` fixtures are made the way real documents are made, by
``fixtures/readers/make_pdf_layouts.py`` (its docstring says what each holds): Word documents
exported by LibreOffice, a presentation exported by LibreOffice Impress, a reportlab document.

Every test that reads a PDF runs with both backends (``pdfium``, the default, and ``pdfminer``):
the same golden dump, the same blocks. tests/test_pdf_backends.py has what is particular to
each backend and to choosing one.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from pat_lint import readers
from pat_lint.model import BlockKind, Document
from pat_lint.readers import ReadError
from pat_lint.readers.pdf import _PAGE_NUMBER, BACKENDS, join_lines
from pat_lint.readers.pdf_parts.headings import MAX_LEVEL
from pat_lint.readers.pdf_parts.lists import marker_of
from pat_lint.readers.pdf_parts.names import is_person_name, lower_case_words

try:
    from tests.blockdump import check_golden
except ImportError:  # tests/ not importable as a package
    from blockdump import check_golden

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "readers"
PDFS = ["multipage-lo.pdf", "multipage-rl.pdf"]
LAYOUTS = [
    "layout-headings-lo.pdf",
    "layout-borderless-lo.pdf",
    "layout-columns-lo.pdf",
    "layout-slides-lo.pdf",
    "layout-footnotes-rl.pdf",
]


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """The library that reads the PDF: every reading test runs with each."""
    return str(request.param)


def read(path: Path, backend: str) -> Document:
    return readers.read(path, backend)


@pytest.fixture(
    scope="module",
    params=[(n, b) for n in PDFS for b in BACKENDS],
    ids=lambda p: f"{p[1]}-{p[0]}",
)
def document(request: pytest.FixtureRequest) -> Document:
    name, backend = request.param
    return read(FIXTURES / name, backend)


@pytest.mark.parametrize("name", PDFS + LAYOUTS)
def test_golden_dump(name: str, backend: str) -> None:
    check_golden(name, read(FIXTURES / name, backend))


def full_text(document: Document) -> str:
    return "\n".join(block.text for block in document.blocks)


def test_pages_are_counted_and_located(document: Document) -> None:
    assert document.pages == 5
    pages = [block.location.page for block in document.blocks]
    assert pages == sorted(pages)
    assert set(pages) == {1, 2, 3, 4, 5}


def test_running_header_footer_and_page_numbers_are_gone(document: Document) -> None:
    text = full_text(document)
    assert "Draft for consultation" not in text
    assert not re.search(r"Page \d+ of \d+", text)
    assert all(
        not re.fullmatch(r"\d+", block.text) or block.location.table for block in document.blocks
    )


def test_headings_and_levels(document: Document) -> None:
    headings = [(b.level, b.text) for b in document.blocks if b.kind is BlockKind.HEADING]
    assert headings[:4] == [
        (1, "Safe Migration Corridors: Project Proposal"),
        (2, "1. Executive summary"),
        (2, "2. Background"),
        (2, "3. Gender analysis"),
    ]
    assert (2, "Annex: Risk register") in headings
    assert len(headings) == 11


def test_hyphenated_line_breaks_are_joined(document: Document) -> None:
    text = full_text(document)
    assert "will need more manpower in the coming years" in text
    assert "will be disaggregated by sex and age" in text
    for broken in ("man-power", "man- power", "disaggre-gated", "disaggre gated"):
        assert broken not in text


def test_real_hyphens_at_line_ends_are_kept(document: Document) -> None:
    text = full_text(document)
    assert "rarely sex-disaggregated at district level" in text
    assert "In female-headed households" in text
    assert "natural or man-made disasters" in text


def test_paragraphs_continue_across_page_breaks(document: Document) -> None:
    paragraphs = [b.text for b in document.blocks if b.kind is BlockKind.PARAGRAPH]
    assert len(paragraphs) == 16  # as in the source: none split at a page or column break
    assert all(text[:1].isupper() for text in paragraphs)


def test_list_items(document: Document) -> None:
    items = [(b.level, b.text) for b in document.blocks if b.kind is BlockKind.LIST_ITEM]
    assert items == [
        (1, "hold women-only orientation sessions in ward offices, led by female facilitators;"),
        (1, "recruit at least one female counsellor at each resource centre;"),
        (1, "set a target of at least 40 per cent women among persons counselled."),
    ]


def cell_texts(document: Document, table: int, row: int, col: int) -> list[str]:
    return [
        b.text
        for b in document.blocks
        if b.kind is BlockKind.TABLE_CELL
        and (b.location.table, b.location.row, b.location.col) == (table, row, col)
    ]


def test_results_matrix_cells(document: Document) -> None:
    assert cell_texts(document, 1, 1, 2) == ["Indicators"]
    assert cell_texts(document, 1, 2, 2) == [
        "% of orientation participants who can name three rights under their contract, "
        "disaggregated by sex"
    ]
    assert cell_texts(document, 1, 3, 2) == [
        "Number of migrant workers counselled",
        "Number of counselling sessions held",
    ]
    assert cell_texts(document, 1, 3, 4) == ["12,000", "400"]
    headers = {b.location.col: b.header for b in document.blocks if b.location.table == 1}
    assert headers == {1: "Result", 2: "Indicators", 3: "Baseline", 4: "Target"}


def test_table_over_a_page_break_is_one_table(document: Document) -> None:
    register = [b for b in document.blocks if b.location.table == 2]
    assert len({b.location.page for b in register}) == 2
    risks = [b.text for b in register if b.location.col == 1]
    assert risks.count("Risk") == 1  # the repeated header row is read once
    assert len(risks) == 31
    assert risks[-1] == "The steering committee does not meet"
    rows = [b.location.row for b in register if b.location.col == 1]
    assert rows == list(range(1, 32))
    assert {b.header for b in register} == {"Risk", "Likelihood", "Mitigation"}
    assert max(b.location.table or 0 for b in document.blocks) == 2


# -- layouts made on the fly ------------------------------------------------------------------


def test_rotated_page_is_read_in_its_own_direction(tmp_path: Path, backend: str) -> None:
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "rotated.pdf"
    canvas = Canvas(str(path), invariant=1)
    canvas.setPageRotation(90)
    canvas.drawString(72, 720, "A landscape page about the gender analysis.")
    canvas.showPage()
    canvas.save()
    assert [b.text for b in read(path, backend).blocks] == [
        "A landscape page about the gender analysis."
    ]


def test_sideways_label_is_ignored(tmp_path: Path, backend: str) -> None:
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "label.pdf"
    canvas = Canvas(str(path), invariant=1)
    body = "Women and men face different risks before departure and on the way."
    for k in range(3):
        canvas.drawString(72, 500 - 14 * k, body)
    canvas.rotate(90)
    canvas.drawString(300, -40, "DRAFT - NOT FOR CIRCULATION")
    canvas.showPage()
    canvas.save()
    assert [b.text for b in read(path, backend).blocks] == [" ".join([body] * 3)]


def test_two_columns_are_read_one_after_the_other(tmp_path: Path, backend: str) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    path = tmp_path / "columns.pdf"
    width, height = A4
    column = (width - 120) / 2
    doc = BaseDocTemplate(str(path), pagesize=A4, invariant=1)
    frames = [Frame(50, 50, column, height - 100), Frame(70 + column, 50, column, height - 100)]
    doc.addPageTemplates([PageTemplate(frames=frames)])
    body = getSampleStyleSheet()["BodyText"]
    sentence = "Women and men are affected differently by displacement. "
    doc.build([Paragraph(f"Part {i}. " + sentence * 8 + f"End {i}.", body) for i in range(8)])
    texts = [b.text for b in read(path, backend).blocks]
    assert [t.split(".")[0] for t in texts] == [f"Part {i}" for i in range(8)]
    assert all(t.endswith(f"End {i}.") for i, t in enumerate(texts))


def test_superscript_stays_in_its_line(tmp_path: Path, backend: str) -> None:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    path = tmp_path / "footnote.pdf"
    body = getSampleStyleSheet()["BodyText"]
    text = "Women own land in 8 per cent of households<super>3</super> in the district."
    SimpleDocTemplate(str(path), invariant=1).build([Paragraph(text, body)])
    assert [b.text for b in read(path, backend).blocks] == [
        "Women own land in 8 per cent of households3 in the district."
    ]


def test_table_of_contents_is_skipped(tmp_path: Path, backend: str) -> None:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    path = tmp_path / "toc.pdf"
    story = [
        Paragraph("1. Background " + "." * 60 + " 2", styles["BodyText"]),
        Paragraph("4. Gender analysis " + "." * 55 + " 3", styles["BodyText"]),
        Paragraph("1. Background", styles["Heading1"]),
        Paragraph("Labour migration has grown.", styles["BodyText"]),
    ]
    SimpleDocTemplate(str(path), invariant=1).build(story)
    assert [(b.kind, b.text) for b in read(path, backend).blocks] == [
        (BlockKind.HEADING, "1. Background"),
        (BlockKind.PARAGRAPH, "Labour migration has grown."),
    ]


@pytest.mark.parametrize(
    ("word", "gap_em", "marker"),
    [
        ("•", 0.3, "•"),
        ("\u2b9a", 0.3, "\u2b9a"),  # ⮚
        ("\uf0b7", 0.3, "\uf0b7"),  # Symbol's bullet in the private use area
        ("–", 0.3, "–"),
        ("1.", 0.3, "1."),
        ("o", 1.2, "o"),  # Word's "o" bullet, set off by a tab
        ("o", 0.3, ""),  # Spanish "o" (or) at the start of a wrapped line
        ("Ø", 1.2, "Ø"),  # an unmapped Wingdings bullet
        ("Ø", 0.3, ""),
        ("Women", 0.3, ""),
    ],
)
def test_list_markers(word: str, gap_em: float, marker: str) -> None:
    assert marker_of(word, gap_em * 10.0, 10.0, rest=True) == marker


@pytest.mark.parametrize(
    ("text", "role_below", "is_name"),
    [
        ("Dr Amina Yusuf", False, True),
        ("Mme Aïssata Traoré", False, True),
        ("Sra. Lucía Gómez Pérez", False, True),
        ("Arnab Gupta and Mirjam Schaap", False, True),
        ("Moussa Abdoulaye Garba", True, True),
        ("Moussa Abdoulaye Garba", False, False),  # alone, it could be a title
        ("Gender Analysis", True, False),  # "analysis" is written in lower case elsewhere
        ("Gender Analysis and Action Plan", False, False),
        ("4. Gender analysis", True, False),
    ],
)
def test_person_names(text: str, role_below: bool, is_name: bool) -> None:
    lower = lower_case_words(["The gender analysis and the action plan follow."])
    assert is_person_name(text, lower, role_below) is is_name


# -- the hyphen rule, both directions ----------------------------------------------------------


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        ("more man-", "power in", "more manpower in"),
        ("are disaggre-", "gated by sex", "are disaggregated by sex"),
        ("the organi-", "sation", "the organisation"),
        ("natural or man-", "made disasters", "natural or man-made disasters"),
        ("rarely sex-", "disaggregated data", "rarely sex-disaggregated data"),
        ("in female-", "headed households", "in female-headed households"),
        ("36 man-", "months of", "36 man-months of"),
        ("a gender-", "sensitive approach", "a gender-sensitive approach"),
        ("community-", "based care", "community-based care"),
        ("self-", "reliance", "self-reliance"),
        ("COVID-", "19 response", "COVID-19 response"),
        ("non-", "EU nationals", "non-EU nationals"),
        ("pre-", "and post-test", "pre- and post-test"),
        ("2020–", "2023", "2020–2023"),
        ("the project –", "which", "the project – which"),
        ("soft\u00ad", "ware", "software"),
        ("plain", "text", "plain text"),
    ],
)
def test_join_lines(left: str, right: str, joined: str) -> None:
    assert join_lines(left, right) == joined


@pytest.mark.parametrize(
    ("text", "is_page_number"),
    [
        ("3", True),
        ("Page 3 of 12", True),
        ("- 3 -", True),
        ("Page 3", True),
        ("p. 3", True),
        ("3/12", True),
        ("Página 3 de 12", True),
        ("Page 3 sur 12", True),
        ("iv", True),
        ("3 women", False),
        ("Page layout", False),
        ("2023", True),
    ],
)
def test_page_number_lines(text: str, is_page_number: bool) -> None:
    assert bool(_PAGE_NUMBER.match(text)) is is_page_number


# -- layouts of real documents (fixtures/readers/make_pdf_layouts.py) ---------------------------


def layout(name: str, backend: str) -> Document:
    return read(FIXTURES / name, backend)


def blocks_of(document: Document, kind: BlockKind) -> list[str]:
    return [block.text for block in document.blocks if block.kind is kind]


def levels_of(document: Document) -> dict[str, int]:
    return {b.text: b.level for b in document.blocks if b.kind is BlockKind.HEADING}


def test_headings_wrapped_over_two_lines_are_one_heading(backend: str) -> None:
    headings = blocks_of(layout("layout-headings-lo.pdf", backend), BlockKind.HEADING)
    assert headings[0] == (
        "Safe and Dignified Return and Reintegration of Migrant Women and Men in the Lake Chad "
        "Basin"
    )
    assert "2 Background: the situation of women and men returning to the Lake Chad Basin" in (
        headings
    )
    assert "2.1 Why women and men who return face different risks in their communities" in (
        headings
    )
    assert "returning to the Lake Chad Basin" not in headings
    assert "in their communities" not in headings


def test_numbered_paragraphs_and_names_are_not_headings(backend: str) -> None:
    document = layout("layout-headings-lo.pdf", backend)
    headings = blocks_of(document, BlockKind.HEADING)
    items = blocks_of(document, BlockKind.LIST_ITEM)
    paragraphs = blocks_of(document, BlockKind.PARAGRAPH)
    assert "1. The project will work in Maiduguri, Diffa and Bol" in items
    assert "4. Women and men will be consulted separately" in items
    for name in ("Dr Amina Yusuf", "Moussa Abdoulaye Garba", "Ms Grace Achieng Otieno"):
        assert name in paragraphs
        assert name not in headings
    # a numbered title in the body font, with text under it, is still a heading
    assert "4. Monitoring and reporting" in headings


def test_word_bullets_are_list_items(backend: str) -> None:
    items = blocks_of(layout("layout-headings-lo.pdf", backend), BlockKind.LIST_ITEM)
    assert items[-6:] == [  # bullets ⮚ (Wingdings Ø), ➢, ▪ (Wingdings §), , o, –
        "counselling in women-only groups led by female counsellors",
        "cash grants paid to women in their own names",
        "literacy classes at hours that suit women with children",
        "childcare during training sessions",
        "referral to health services for survivors of violence",
        "vocational training open to women and men alike",
    ]


def test_heading_levels_are_few_and_follow_the_size(backend: str) -> None:
    levels = levels_of(layout("layout-headings-lo.pdf", backend))
    assert max(levels.values()) <= MAX_LEVEL
    ordered = [  # 26, 20, 18, 16 and 14 pt, largest first
        "Safe and Dignified Return and Reintegration of Migrant Women and Men in the Lake Chad "
        "Basin",
        "Annex: the theory of change in brief",
        "If returnees find work and support",
        "then they stay and invest",
        "1 Executive summary",
    ]
    assert [levels[text] for text in ordered] == sorted(levels[text] for text in ordered)
    assert len({levels[text] for text in ordered}) == len(ordered)
    assert (
        levels["1 Executive summary"]
        < levels["2.1 Why women and men who return face different risks in their communities"]
    )
    assert levels["4. Monitoring and reporting"] == levels["3 Gender analysis"]


NUMBERS = """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth northern
southern eastern western central coastal highland""".split()  # noqa: SIM905


def test_many_heading_sizes_give_at_most_six_levels(tmp_path: Path, backend: str) -> None:
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    body = getSampleStyleSheet()["BodyText"]
    story = []
    for k in range(27):  # a poster-like document: a title in each of 27 sizes
        size = 40 - k
        style = ParagraphStyle(f"s{k}", fontName="Helvetica-Bold", fontSize=size, leading=size)
        title = f"Plan for the {NUMBERS[k]} district"
        story += [Paragraph(title, style), Paragraph("Women and men.", body)]
    path = tmp_path / "sizes.pdf"
    SimpleDocTemplate(str(path), invariant=1).build(story)
    headings = [b for b in read(path, backend).blocks if b.kind is BlockKind.HEADING]
    assert len(headings) == 27
    levels = [b.level for b in headings]
    assert levels == sorted(levels)  # larger type, lower level
    assert levels[0] == 1 and max(levels) == MAX_LEVEL


def _pdftotext(path: Path, page: int) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler's pdftotext is not installed")
    done = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        check=True,
    )
    return done.stdout.decode("utf-8")


@pytest.mark.parametrize(
    ("name", "page"),
    [("layout-slides-lo.pdf", 3), ("layout-footnotes-rl.pdf", 3)],
    ids=["impress-condensed-text", "browser-export-no-space-glyphs"],
)
def test_presentation_keeps_the_spaces_pdftotext_keeps(name: str, page: int, backend: str) -> None:
    path = FIXTURES / name
    ours = " ".join(b.text for b in read(path, backend).blocks if b.location.page == page)
    theirs = _pdftotext(path, page).replace("\u2022", " ")
    assert "Number of returnees counselled, disaggregated by sex and age" in ours
    assert ours.split() and set(ours.split()) == set(theirs.split())


def test_results_framework_without_rulings_is_a_table(backend: str) -> None:
    document = layout("layout-borderless-lo.pdf", backend)
    cells = {(b.location.table, b.location.row, b.location.col): [] for b in document.blocks}
    for b in document.blocks:
        cells[(b.location.table, b.location.row, b.location.col)].append(b.text)
    assert cells[(1, 1, 2)] == ["Indicator"]
    assert cells[(1, 2, 1)] == ["Outcome 1: Returnees reintegrate in their communities"]
    assert cells[(1, 2, 2)] == [
        "Percentage of returnees who report a stable income after 12 months, disaggregated by sex"
    ]
    assert cells[(1, 3, 2)] == [  # two indicators in one cell
        "Number of returnees who receive a grant",
        "Number of grants paid to women",
    ]
    assert cells[(1, 3, 4)] == ["1,200", "600"]
    assert (1, 4, 1) not in cells  # under the merged outcome cell
    assert cells[(1, 4, 2)] == ["Number of community projects funded"]
    assert cells[(2, 3, 1)] == ["Percentage of women among grant holders"]  # tab stops
    assert cells[(2, 3, 2)] == ["Grant register"]
    headers = {b.header for b in document.blocks if b.location.table == 1}
    assert headers == {"Result", "Indicator", "Baseline", "Target"}
    paragraphs = blocks_of(document, BlockKind.PARAGRAPH)
    assert "Targets will be reviewed after the baseline survey." in paragraphs
    assert "Data will be collected by the monitoring team." in paragraphs


def test_indicators_are_found_in_tables_without_rulings(backend: str) -> None:
    from pat_lint.config import Config, resolve_rules
    from pat_lint.engine import RunOptions, lint_file

    rules, _ = resolve_rules(Config())
    sd = tuple(rule for rule in rules if rule.id.startswith("SD"))
    for name in ("layout-borderless-lo.pdf", "layout-footnotes-rl.pdf"):
        result = lint_file(FIXTURES / name, RunOptions(sd, tuple(rules), "en", pdf_backend=backend))
        texts = [indicator.text for indicator in result.indicators]
        expected = (
            ["Number of grants paid to women", "Percentage of women among grant holders"]
            if name.startswith("layout-borderless")
            else ["Number of female officers posted at the crossings"]
        )
        assert all(text in texts for text in expected), (name, texts)


@pytest.mark.parametrize("name", ["layout-columns-lo.pdf", "layout-footnotes-rl.pdf"])
def test_two_columns_are_read_column_by_column(name: str, backend: str) -> None:
    document = layout(name, backend)
    texts = [b.text for b in document.blocks if b.location.page == 1]
    sections = ["Trade at the crossing", "Work and income", "Education", "Consultation"]
    starts = [texts.index(title) for title in sections]
    assert starts == sorted(starts)
    after = [texts[k + 1].split()[:2] for k in starts]
    assert after == [
        ["Women", "make"],
        ["Men", "who"],
        ["Girls", "leave"],
        ["Community", "leaders"],
    ]
    assert texts[starts[2] - 1].startswith("Few of these women have an identity card")


@pytest.mark.parametrize("name", ["layout-columns-lo.pdf", "layout-footnotes-rl.pdf"])
def test_footnotes_leave_the_body_flow(name: str, backend: str) -> None:
    document = layout(name, backend)
    notes = [b for b in document.blocks if b.style == "footnote"]
    assert notes and all(b.kind is BlockKind.PARAGRAPH and b.location.page == 1 for b in notes)
    assert notes[0].text.startswith("Border survey 2023, household module")
    assert "Ministry of Social Affairs" in notes[1].text
    body = [b for b in document.blocks if b.location.page == 1 and b.style != "footnote"]
    last_body = max(document.blocks.index(b) for b in body)
    assert all(document.blocks.index(note) > last_body for note in notes)  # after the body
    assert not any("Border survey" in b.text or "Ministry of" in b.text for b in body)


def test_a_third_of_the_pdf_fixtures_at_least_are_libreoffice_exports() -> None:
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.utils import decode_text

    producers = []
    for path in sorted(FIXTURES.glob("*.pdf")):
        try:
            with path.open("rb") as handle:
                info = PDFDocument(PDFParser(handle)).info
        except Exception:  # the malformed and encrypted fixtures
            continue
        producer = decode_text(info[0].get("Producer", b"")) if info else ""
        producers.append(producer.startswith("LibreOffice"))
    assert sum(producers) * 3 >= len(producers) >= 6


# -- bad input ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("truncated.pdf", "corrupt"),
        ("not-really.pdf", "corrupt"),
        ("encrypted.pdf", "encrypted"),
        ("image-only.pdf", "no-text"),
    ],
)
def test_bad_inputs_have_precise_error_codes(name: str, code: str, backend: str) -> None:
    with pytest.raises(ReadError) as caught:
        read(FIXTURES / name, backend)
    assert caught.value.code == code
    assert "\n" not in caught.value.message


def test_garbage_after_a_pdf_header(tmp_path: Path, backend: str) -> None:
    path = tmp_path / "garbage.pdf"
    path.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 20 + b"\n%%EOF\n")
    with pytest.raises(ReadError) as caught:
        read(path, backend)
    assert caught.value.code in {"corrupt", "no-text"}
