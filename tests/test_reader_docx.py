"""The Word reader: structure, locations, comments and errors, on the reader fixtures.

The fixtures are built by ``fixtures/build_fixtures.py``; the golden dumps in ``tests/golden``
were read and checked by hand (``PAT_LINT_UPDATE_GOLDEN=1`` rewrites them).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from pat_lint.model import BlockKind, Document
from pat_lint.readers import ReadError, read

try:
    from tests.blockdump import check_golden
except ImportError:  # tests/ not importable as a package
    from blockdump import check_golden

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "readers"
DOCUMENT = "word/document.xml"
GOOD = [
    "headings-styles.docx",
    "headings-faked.docx",
    "tables.docx",
    "comments.docx",
    "results.docx",
    "notes-boxes-lo.docx",
    "toc-word.docx",
    "toc-typed.docx",
]


def load(name: str) -> Document:
    return read(FIXTURES / name)


def headings_of(document: Document) -> list[tuple[int, str]]:
    return [(b.level, b.text) for b in document.blocks if b.kind is BlockKind.HEADING]


def edited_copy(name: str, path: Path, part: str, edit: Callable[[bytes], bytes]) -> Path:
    """A copy of a fixture at ``path`` with one part of the package edited."""
    with zipfile.ZipFile(FIXTURES / name) as package, zipfile.ZipFile(path, "w") as copy:
        for info in package.infolist():
            data = package.read(info.filename)
            copy.writestr(info, edit(data) if info.filename == part else data)
    return path


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


def test_vertically_merged_cells_know_the_rows_they_govern() -> None:
    """A merged "Outcome 1" cell is read once, where it starts, and says down to which row it
    goes: the rows beside it have no cell of their own in that column."""
    blocks = [b for b in load("results.docx").blocks if b.kind is BlockKind.TABLE_CELL]
    spans = {
        b.text: (b.location.row, b.location.row_end, b.location.col, b.location.col_end)
        for b in blocks
    }
    assert spans["Results framework"] == (1, None, 1, 4)  # a title row across the table
    assert spans["Outcome 1: Returnees earn a stable income from the coastal economy"] == (
        3,
        5,
        1,
        None,
    )
    assert spans["Output 1.1: Returnees have skills and capital"] == (6, 7, 1, None)
    assert spans["Output 1.2: Markets are open to women traders"] == (8, None, 1, None)
    first_column = [b.location.row for b in blocks if b.location.col == 1]
    assert first_column == [1, 2, 3, 6, 8]
    # the header row under the title row gives each column its header
    assert {b.header for b in blocks if b.location.col == 2} == {"Indicators"}


def test_cells_starting_with_a_letter_stay_in_their_row() -> None:
    cells = [(b.location.row, b.location.col, b.text) for b in load("results.docx").blocks]
    assert (4, 2, "a. Number of women returnees who own fishing or processing equipment") in cells
    assert (5, 2, "b) Number of cooperatives with a woman in their board") in cells
    outcome = [text for row, col, text in cells if (row, col) == (3, 2)]
    assert outcome == [
        "Number of returnees with a monthly income above the poverty line, disaggregated by "
        "sex and age",
        "Percentage of returnee households that report two meals a day or more",
    ]


def test_numbered_indicator_lines_are_list_items_not_headings() -> None:
    """ "1.1.1 Number of …" lines typed one after another are a numbered list, not headings."""
    document = load("results.docx")
    assert headings_of(document)[-1] == (2, "3. Monitoring indicators")
    items = [b.text for b in document.blocks if b.kind is BlockKind.LIST_ITEM]
    assert items == [
        "1.1.1 Number of returnees who completed the training, disaggregated by sex",
        "1.1.2 Percentage of trained returnees who start a business within six months",
        "1.2.1 Number of women traders with a permanent market stall",
    ]


def test_strict_open_xml_reads_like_the_usual_package() -> None:
    strict, usual = load("results-strict.docx"), load("results.docx")
    with zipfile.ZipFile(FIXTURES / "results-strict.docx") as package:
        assert b"purl.oclc.org/ooxml/wordprocessingml/main" in package.read("word/document.xml")
    assert [(b.kind, b.text, b.location.row, b.level) for b in strict.blocks] == [
        (b.kind, b.text, b.location.row, b.level) for b in usual.blocks
    ]


# -- tables of contents, text boxes, notes ------------------------------------------------------


@pytest.mark.parametrize("name", ["toc-word.docx", "toc-typed.docx", "notes-boxes-lo.docx"])
def test_a_table_of_contents_is_never_taken_for_headings(name: str) -> None:
    document = load(name)
    titles = [text for _, text in headings_of(document)]
    assert titles == list(dict.fromkeys(titles)), "a heading read twice"
    assert not {"Contents", "Table of contents"} & set(titles)
    assert all(not b.text[-1:].isdigit() for b in document.blocks if b.kind is BlockKind.HEADING)
    assert titles[0] == "1. Background"


@pytest.mark.parametrize(
    "edits",
    [
        [(b"<w:docPartGallery", b"<w:docPartCategory"), (b'"toc', b'"Normal')],  # field only
        [(b"TOC \\o", b"INDEX \\o"), (b'"toc', b'"Normal')],  # content control only
        [(b"<w:docPartGallery", b"<w:docPartCategory"), (b"TOC \\o", b"XE ")],  # styles only
    ],
    ids=["field", "control", "styles"],
)
def test_word_toc_is_recognised_by_field_control_or_style_alone(
    tmp_path: Path, edits: list[tuple[bytes, bytes]]
) -> None:
    """Word's table of contents is a TOC field, in a "Table of Contents" content control, in
    "toc N" styles: any one of the three is enough (the tab before each page number is made a
    space, so that the lines do not look typed either)."""
    untabbed = (b"<w:r><w:tab/></w:r>", b'<w:r><w:t xml:space="preserve"> </w:t></w:r>')

    def edit(data: bytes) -> bytes:
        for old, new in [untabbed, *edits]:
            assert old in data, old
            data = data.replace(old, new)
        return data

    path = edited_copy("toc-word.docx", tmp_path / "toc.docx", DOCUMENT, edit)
    titles = [text for _, text in headings_of(read(path))]
    assert titles == ["1. Background", "1.1 Context", "2. Gender analysis", "3. Indicators"]


def test_text_box_is_read_once_after_its_paragraph() -> None:
    blocks = load("notes-boxes-lo.docx").blocks
    texts = [b.text for b in blocks]
    assert texts.count("Box 1. Women on the move") == 1  # not again from the VML fallback
    at = texts.index("Box 1. Women on the move")
    assert texts[at - 1] == "The box sums up what the 2023 survey found."  # its anchor
    box = blocks[at]
    assert box.kind is BlockKind.PARAGRAPH  # a box's bold title heads no section
    assert box.location.paragraph == blocks[at - 1].location.paragraph


def test_vml_only_text_box_is_read(tmp_path: Path) -> None:
    """Older files write a text box only as VML (no DrawingML choice): it is read too."""

    def vml_only(data: bytes) -> bytes:
        data = re.sub(rb"<mc:AlternateContent><mc:Choice.*?</mc:Choice>", b"", data)
        for tag in (b"<mc:Fallback>", b"</mc:Fallback>", b"</mc:AlternateContent>"):
            data = data.replace(tag, b"")
        assert b"wps:txbx" not in data and b"v:textbox" in data
        return data

    path = edited_copy("notes-boxes-lo.docx", tmp_path / "vml.docx", DOCUMENT, vml_only)
    texts = [b.text for b in read(path).blocks]
    assert texts.count("Box 1. Women on the move") == 1


def test_notes_are_read_once_at_the_end_of_the_section_that_refers_to_them() -> None:
    blocks = load("notes-boxes-lo.docx").blocks
    order = [(b.kind.value, b.text) for b in blocks]
    note = "Employers report a shortage of skilled manpower in the districts."
    for text in [
        note,
        "Women are more often recruited for domestic work, which labour law excludes.",
        "Each person is counted once a year.",
        "Ministry of Labour, migration strategy 2022-2026.",
        "Legal aid, health care and psychosocial support.",
    ]:
        assert [t for _, t in order].count(text) == 1, text
    texts = [t for _, t in order]
    # a note in section 1 comes after everything of section 1, before the next heading
    assert texts.index(note) == texts.index("2. Gender analysis") - 1
    # notes in a list item and a paragraph of section 2.1 come after the list, in order
    assert texts[texts.index("3. Results") - 2 : texts.index("3. Results")] == [
        "Each person is counted once a year.",
        "Ministry of Labour, migration strategy 2022-2026.",
    ]
    items = [t for kind, t in order if kind == "list_item"]
    assert items == [
        "Number of women and men counselled before departure",
        "Percentage of recruitment agencies inspected",
    ]
    # a note in a table cell comes after the table, at the end of the document
    assert texts[-1] == "Legal aid, health care and psychosocial support."
    # a note is located at the paragraph that refers to it
    by_text = {b.text: b for b in blocks}
    referring = "Labour migration from the coastal districts has grown. Most workers leave " + (
        "through informal brokers."
    )
    assert by_text[note].location.paragraph == by_text[referring].location.paragraph
    assert by_text[note].kind is BlockKind.PARAGRAPH


def test_a_comment_on_a_note_goes_to_the_paragraph_that_refers_to_it(tmp_path: Path) -> None:
    """``pat-lint annotate`` anchors a finding in a footnote on the paragraph that refers to
    the note (the note itself lives in another part of the package)."""
    import docx
    from click.testing import CliRunner

    from pat_lint.cli import cli
    from pat_lint.readers.docx import walk

    source = FIXTURES / "notes-boxes-lo.docx"
    walker = walk(docx.Document(str(source)), str(source))
    note = next(i for i, b in enumerate(walker.blocks) if "manpower" in b.text)
    referring = next(i for i, b in enumerate(walker.blocks) if b.text.startswith("Labour migr"))
    assert walker.elements[note] is walker.elements[referring]

    out = tmp_path / "reviewed.docx"
    result = CliRunner().invoke(cli, ["annotate", str(source), "--output", str(out)])
    assert result.exit_code in (0, 1), result.output
    reviewed = read(out)
    assert [b.text for b in reviewed.blocks] == [b.text for b in load("notes-boxes-lo.docx").blocks]
    on_note = [c for c in reviewed.comments if c.text.startswith("[GT001")]
    assert len(on_note) == 1
    assert reviewed.blocks[on_note[0].first_block].text.startswith("Labour migration")


def test_a_damaged_notes_part_costs_the_notes_not_the_document(tmp_path: Path) -> None:
    path = edited_copy(
        "notes-boxes-lo.docx", tmp_path / "damaged.docx", "word/footnotes.xml", lambda d: d[:900]
    )
    texts = [b.text for b in read(path).blocks]
    assert "Employers report a shortage of skilled manpower in the districts." not in texts
    assert "Ministry of Labour, migration strategy 2022-2026." in texts  # the endnote
    assert "End of the document." in texts


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


def test_a_library_tripping_on_the_package_speaks_in_the_users_terms(tmp_path: Path) -> None:
    """A relationships part with another root element made python-docx fail inside lxml
    ("'lxml.etree._Element' object has no attribute 'Relationship_lst'")."""
    path = edited_copy(
        "toc-word.docx",
        tmp_path / "odd-rels.docx",
        "word/_rels/document.xml.rels",
        lambda _: b'<?xml version="1.0"?><Other xmlns="http://example.org/x"/>',
    )
    with pytest.raises(ReadError) as caught:
        read(path)
    assert caught.value.code == "corrupt"
    assert caught.value.message.startswith("the docx file is damaged or built in a way")
    assert "lxml" not in caught.value.message and "attribute" not in caught.value.message
