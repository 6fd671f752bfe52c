"""The Word reader: structure, locations, comments and errors, on the reader fixtures.

The fixtures are built by ``fixtures/build_fixtures.py``; the golden dumps in ``tests/golden``
were read and checked by hand (``PAT_LINT_UPDATE_GOLDEN=1`` rewrites them).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from pat_lint.model import BlockKind, Document
from pat_lint.readers import ReadError, read

try:
    from tests.blockdump import check_golden
except ImportError:  # tests/ not importable as a package
    from blockdump import check_golden

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "readers"
GOOD = ["headings-styles.docx", "headings-faked.docx", "tables.docx", "comments.docx"]


def load(name: str) -> Document:
    return read(FIXTURES / name)


def headings_of(document: Document) -> list[tuple[int, str]]:
    return [(b.level, b.text) for b in document.blocks if b.kind is BlockKind.HEADING]


@pytest.mark.parametrize("name", GOOD)
def test_golden_dump(name: str) -> None:
    check_golden(name, load(name))


# -- headings, text, paragraph numbers ---------------------------------------------------------


def test_heading_styles_give_levels() -> None:
    assert headings_of(load("headings-styles.docx")) == [
        (1, "Safe Migration Corridors"),  # Title
        (1, "1. Background"),  # Heading 1
        (2, "1.1 Context"),
        (3, "1.1.1 Legal framework"),
        (2, "2. Analyse selon le genre"),  # a localised style "Titre 2" with an outline level
        (1, "3. Gender analysis"),  # Normal style with a direct outline level
    ]


def test_text_is_collapsed_and_tracked_deletions_dropped() -> None:
    texts = [b.text for b in load("headings-styles.docx").blocks]
    assert (
        "Labour migration from the region has grown. Most workers are recruited through "
        "informal brokers." in texts
    )
    assert "The project will fully involve women." in texts  # "not" was deleted in review


def test_paragraph_numbers_skip_empty_paragraphs() -> None:
    document = load("headings-styles.docx")
    numbers = [b.location.paragraph for b in document.blocks]
    assert numbers == list(range(1, len(document.blocks) + 1))


def test_lists_and_quotes() -> None:
    blocks = load("headings-styles.docx").blocks
    items = [(b.level, b.text) for b in blocks if b.kind is BlockKind.LIST_ITEM]
    assert items == [
        (1, "hold separate orientation sessions for women;"),
        (2, "in rural municipalities;"),
        (1, "recruit female counsellors."),
        (1, "Train 200 officers."),
    ]
    quotes = [b.text for b in blocks if b.kind is BlockKind.QUOTE]
    assert quotes == ["Gender equality is a precondition for safe migration."]


def test_faked_headings() -> None:
    document = load("headings-faked.docx")
    assert headings_of(document) == [
        (1, "SAFE MIGRATION CORRIDORS"),  # capitals, before any numbered heading
        (1, "1. Background"),  # bold and numbered: the numbering gives the level
        (2, "1.1 Context"),  # plain numbered line
        (3, "BACKGROUND FIGURES"),  # capitals under 1.1
        (1, "2. Gender analysis"),
        (2, "Women's participation"),  # bold, unnumbered: under the numbered heading
        (2, "Risks and mitigation"),  # bold through its paragraph style
    ]
    kinds = {b.text: b.kind for b in document.blocks}
    assert kinds["Indicators:"] is BlockKind.PARAGRAPH  # a label, not a heading
    assert kinds["All data will be disaggregated by sex and age."] is BlockKind.PARAGRAPH
    assert kinds["1. Train 200 officers on the new procedures."] is BlockKind.LIST_ITEM


def test_headers_and_footers_are_not_read() -> None:
    text = " ".join(b.text for b in load("headings-faked.docx").blocks)
    assert "concept note - draft" not in text
    assert "Page" not in text


def test_table_of_contents_is_skipped(tmp_path: Path) -> None:
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    word = docx.Document()
    word.styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH)
    word.add_paragraph("1. Background\t2", style="toc 1")
    word.add_paragraph("4. Gender analysis\t3", style="toc 1")
    word.add_paragraph("Annex: results matrix ........ 9")
    word.add_heading("1. Background", level=1)
    word.add_paragraph("Labour migration has grown.")
    path = tmp_path / "toc.docx"
    word.save(str(path))
    blocks = read(path).blocks
    assert [(b.kind, b.text, b.location.paragraph) for b in blocks] == [
        (BlockKind.HEADING, "1. Background", 4),
        (BlockKind.PARAGRAPH, "Labour migration has grown.", 5),
    ]


# -- tables ------------------------------------------------------------------------------------


def cells(document: Document, table: int) -> list[tuple[int, int, str]]:
    return [
        (b.location.row, b.location.col, b.text)
        for b in document.blocks
        if b.kind is BlockKind.TABLE_CELL and b.location.table == table
    ]


def test_body_order_interleaves_paragraphs_and_tables() -> None:
    kinds = [(b.kind, b.location.table) for b in load("tables.docx").blocks]
    order = []
    for kind, table in kinds:
        step = f"T{table}" if kind is BlockKind.TABLE_CELL else kind.value
        if not order or order[-1] != step:
            order.append(step)
    assert order == ["heading", "paragraph", "T1", "paragraph", "list_item", "T2", "paragraph"]


def test_merged_cells_are_read_once_where_they_start() -> None:
    found = cells(load("tables.docx"), 1)
    texts = [text for _, _, text in found]
    assert texts.count("Output 1.1: Counselling available") == 1  # vertically merged R3-R4
    assert (3, 1, "Output 1.1: Counselling available") in found
    assert texts.count("To be set after the baseline survey") == 1  # spans C3-C4
    assert (3, 3, "To be set after the baseline survey") in found
    assert [(r, c) for r, c, _ in found if r == 4] == [(4, 2), (4, 3), (4, 4)]


def test_two_paragraphs_of_a_cell_are_two_blocks() -> None:
    found = cells(load("tables.docx"), 1)
    assert [text for r, c, text in found if (r, c) == (2, 2)] == [
        "Number of women and men counselled",
        "Number of sessions held",
    ]


def test_nested_table_is_read_inside_the_outer_cell() -> None:
    found = cells(load("tables.docx"), 1)
    assert [text for r, c, text in found if (r, c) == (5, 3)] == ["Women: 0", "Men: 0"]


def test_cells_know_their_column_header() -> None:
    document = load("tables.docx")
    first = [b for b in document.blocks if b.location.table == 1]
    assert {b.location.col: b.header for b in first} == {
        1: "Result",
        2: "Indicators",
        3: "Baseline",
        4: "Target",
    }
    # a title row spanning the whole table is skipped: the header row is the second row
    second = [b for b in document.blocks if b.location.table == 2]
    assert {b.header for b in second} == {"Risk", "Mitigation"}


def test_cells_carry_the_number_of_the_paragraph_before_their_table() -> None:
    document = load("tables.docx")
    before = {b.location.table: b.location.paragraph for b in document.blocks if b.location.table}
    assert before == {1: 2, 2: 10}
    body = [b for b in document.blocks if b.location.table is None]
    assert body[-1].location.paragraph == 11  # table paragraphs are not counted


def test_list_levels_from_styles_and_numbering() -> None:
    items = [(b.level, b.text) for b in load("tables.docx").blocks if b.kind is BlockKind.LIST_ITEM]
    assert items == [
        (1, "training for officials;"),
        (2, "border officials;"),
        (3, "at the northern crossings;"),
        (1, "outreach to communities."),
        (1, "Step one"),
        (2, "Step one, part a"),  # w:numPr with ilvl 1
        (1, "Step two"),
    ]


# -- review comments ---------------------------------------------------------------------------


def test_review_comments_are_anchored_on_their_blocks() -> None:
    document = load("comments.docx")
    anchored = [(c.first_block, c.last_block, c.author, c.text) for c in document.comments]
    assert anchored == [
        (1, 2, "A. Reviewer", "pat-lint: disable=GT001 -- official name\nSecond line."),
        (3, 3, "A. Reviewer", "pat-lint: disable-next"),
        (4, 4, "A. Reviewer", "pat-lint: disable=GT001"),
    ]
    assert document.blocks[4].kind is BlockKind.TABLE_CELL


def test_document_without_comments_has_none() -> None:
    assert load("tables.docx").comments == ()


# -- bad input ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("empty.docx", "empty"),
        ("truncated.docx", "corrupt"),
        ("not-really.docx", "not-docx"),
        ("legacy.docx", "not-docx"),
        ("encrypted.docx", "encrypted"),
    ],
)
def test_bad_inputs_have_precise_error_codes(name: str, code: str) -> None:
    with pytest.raises(ReadError) as caught:
        load(name)
    assert caught.value.code == code
    assert "\n" not in caught.value.message


def test_zip_that_is_not_a_word_document(tmp_path: Path) -> None:
    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "hello")
    with pytest.raises(ReadError) as caught:
        read(path)
    assert caught.value.code == "not-docx"


def test_spreadsheet_renamed_docx(tmp_path: Path) -> None:
    source = zipfile.ZipFile(FIXTURES / "tables.docx")
    path = tmp_path / "sheet.docx"
    with zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"wordprocessingml.document.main", b"spreadsheetml.sheet.main")
            target.writestr(info, data)
    with pytest.raises(ReadError) as caught:
        read(path)
    assert caught.value.code in {"not-docx", "corrupt"}
