"""The PDF reader on a LibreOffice and a reportlab PDF of the same multi-page proposal.

Both fixtures come from ``fixtures/readers/src/multipage.src.md``: five pages with a running
header and a "Page x of y" footer, words broken across lines by hyphenation ("man-"/"power",
"disaggre-"/"gated") and at real hyphens ("man-"/"made", "sex-"/"disaggregated",
"female-"/"headed"), a results matrix with a two-paragraph cell, and a risk register that runs
over a page break with its header row repeated.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pat_lint.model import BlockKind, Document
from pat_lint.readers import ReadError, read
from pat_lint.readers.pdf import _PAGE_NUMBER, join_lines

try:
    from tests.blockdump import check_golden
except ImportError:  # tests/ not importable as a package
    from blockdump import check_golden

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "readers"
PDFS = ["multipage-lo.pdf", "multipage-rl.pdf"]


@pytest.fixture(scope="module", params=PDFS)
def document(request: pytest.FixtureRequest) -> Document:
    return read(FIXTURES / request.param)


@pytest.mark.parametrize("name", PDFS)
def test_golden_dump(name: str) -> None:
    check_golden(name, read(FIXTURES / name))


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


def test_rotated_page_is_read_in_its_own_direction(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "rotated.pdf"
    canvas = Canvas(str(path), invariant=1)
    canvas.setPageRotation(90)
    canvas.drawString(72, 720, "A landscape page about the gender analysis.")
    canvas.showPage()
    canvas.save()
    assert [b.text for b in read(path).blocks] == ["A landscape page about the gender analysis."]


def test_sideways_label_is_ignored(tmp_path: Path) -> None:
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
    assert [b.text for b in read(path).blocks] == [" ".join([body] * 3)]


def test_two_columns_are_read_one_after_the_other(tmp_path: Path) -> None:
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
    texts = [b.text for b in read(path).blocks]
    assert [t.split(".")[0] for t in texts] == [f"Part {i}" for i in range(8)]
    assert all(t.endswith(f"End {i}.") for i, t in enumerate(texts))


def test_superscript_stays_in_its_line(tmp_path: Path) -> None:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    path = tmp_path / "footnote.pdf"
    body = getSampleStyleSheet()["BodyText"]
    text = "Women own land in 8 per cent of households<super>3</super> in the district."
    SimpleDocTemplate(str(path), invariant=1).build([Paragraph(text, body)])
    assert [b.text for b in read(path).blocks] == [
        "Women own land in 8 per cent of households3 in the district."
    ]


def test_table_of_contents_is_skipped(tmp_path: Path) -> None:
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
    assert [(b.kind, b.text) for b in read(path).blocks] == [
        (BlockKind.HEADING, "1. Background"),
        (BlockKind.PARAGRAPH, "Labour migration has grown."),
    ]


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
def test_bad_inputs_have_precise_error_codes(name: str, code: str) -> None:
    with pytest.raises(ReadError) as caught:
        read(FIXTURES / name)
    assert caught.value.code == code
    assert "\n" not in caught.value.message


def test_garbage_after_a_pdf_header(tmp_path: Path) -> None:
    path = tmp_path / "garbage.pdf"
    path.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 20 + b"\n%%EOF\n")
    with pytest.raises(ReadError) as caught:
        read(path)
    assert caught.value.code in {"corrupt", "no-text"}
