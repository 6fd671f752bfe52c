"""The plain-text reader: decoding, inferred structure, exact source positions."""

from __future__ import annotations

import codecs
import importlib.util
import random
from pathlib import Path

import pytest

from pat_lint.model import Block, BlockKind, Document
from pat_lint.readers import ReadError
from pat_lint.readers import read as read_any
from pat_lint.readers.text import decode, read
from tests.blockdump import check_golden

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "readers"
PROPOSAL = FIXTURES / "proposal.txt"
ENCODED = [
    "proposal.utf-8-sig.txt",
    "proposal.utf-16-le-bom.txt",
    "proposal.utf-16-be.txt",
    "proposal.cp1252-crlf.txt",
]

H, P, LI = BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM

#: (kind, level, text, line, column) of every block of proposal.txt
EXPECTED_BLOCKS = [
    (H, 1, "Safe Migration Corridors: Project Proposal", 1, 1),
    (
        P,
        0,
        "Submitted by the country office, March 2024 – revised for the café consultations "
        "with women’s associations.",
        4,
        1,
    ),
    (H, 2, "1. Background", 7, 1),  # the underline sets the level, not the numbering
    (
        P,
        0,
        "Labour migration from the region has grown steadily over the past decade. Most migrant "
        "workers are recruited through informal brokers, and women are concentrated in domestic "
        "work, where labour protection is weakest.",
        10,
        1,
    ),
    (H, 1, "BACKGROUND FIGURES", 14, 1),
    (P, 0, "About 40 per cent of departures are women; the share is rising.", 16, 1),
    (H, 1, "4. Gender analysis", 18, 1),
    (
        P,
        0,
        "Women and men face different risks before departure. Women are more often recruited "
        "for domestic work, which is excluded from labour law in several destination countries, "
        "while men dominate construction.",
        20,
        1,
    ),
    (H, 2, "4.1 Context", 24, 1),
    (P, 0, "The project will address these differences through:", 26, 1),
    (
        LI,
        1,
        "separate orientation sessions for women and men, held at times and places that suit "
        "women with care responsibilities;",
        27,
        3,
    ),
    (LI, 1, "outreach by women community mobilisers", 29, 3),
    (LI, 2, "in rural municipalities with high female migration and low literacy rates;", 30, 5),
    (LI, 2, "through radio programmes;", 32, 5),
    (LI, 1, "a referral system for survivors of gender-based violence.", 33, 3),
    (H, 3, "Partners", 35, 1),
    (LI, 1, "Ministry of Labour and Employment", 38, 3),
    (LI, 2, "Department of Foreign Employment, which licenses recruitment agencies", 39, 5),
    (LI, 2, "Migrant Resource Centres", 41, 5),
    (LI, 1, "Women’s associations in the three districts", 42, 3),
    (H, 3, "Expected results", 44, 1),
    (P, 0, "Indicators:", 47, 1),
    (
        LI,
        1,
        "Number of migrant workers trained on labour rights, disaggregated by sex and age",
        48,
        3,
    ),
    (LI, 1, "Number of pre-departure orientation sessions delivered", 50, 3),
    (
        P,
        0,
        "Indicator 1.1: Number of women and men receiving individual counselling at Migrant "
        "Resource Centres",
        52,
        1,
    ),
    (P, 0, "Indicator 1.2: Number of recruitment agencies that adopt the code of conduct", 54, 1),
    (P, 0, "Activities:", 56, 1),
    (LI, 1, "Train 200 officers on labour rights.", 58, 4),
    (LI, 1, "Publish a guide for returnees.", 59, 4),
    (H, 1, "MONITORING AND EVALUATION", 61, 1),
    (P, 0, "Progress will be reviewed every quarter with partners.", 63, 1),
]


@pytest.fixture(scope="module")
def doc() -> Document:
    return read(PROPOSAL)


def shape(document: Document) -> list[tuple]:
    return [(b.kind, b.level, b.text, b.location.line, b.location.column) for b in document.blocks]


def source_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")


def assert_every_char_located(block: Block, lines: list[str]) -> None:
    """Every non-space character of the block's text is found at its mapped source position."""
    for offset, char in enumerate(block.text):
        if char != " ":
            line, column = block.position(offset)
            assert lines[line - 1][column - 1] == char, (block.text, offset, line, column)


def write_txt(tmp_path: Path, text: str) -> tuple[Document, list[str]]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return read(path), text.split("\n")


# -- the fixture -----------------------------------------------------------------------------


def test_fixture_blocks_in_order(doc: Document) -> None:
    assert doc.format == "txt"
    assert doc.path == str(PROPOSAL)
    assert shape(doc) == EXPECTED_BLOCKS


def test_golden_block_dump(doc: Document) -> None:
    check_golden("readers-proposal-txt", doc)


def test_every_character_maps_back_to_the_source(doc: Document) -> None:
    lines = source_lines(PROPOSAL)
    for block in doc.blocks:
        assert block.source_map[0] == (0, block.location.line, block.location.column)
        assert_every_char_located(block, lines)


def test_registry_reads_txt(doc: Document) -> None:
    assert read_any(PROPOSAL) == doc


def test_heading_kinds(doc: Document) -> None:
    headings = [(b.level, b.text) for b in doc.blocks if b.kind is H]
    assert headings == [
        (1, "Safe Migration Corridors: Project Proposal"),  # underlined ===
        (2, "1. Background"),  # underlined ---
        (1, "BACKGROUND FIGURES"),  # all caps
        (1, "4. Gender analysis"),  # numbered
        (2, "4.1 Context"),  # numbered, second level
        (3, "Partners"),  # underlined ~~~
        (3, "Expected results"),
        (1, "MONITORING AND EVALUATION"),
    ]


def test_labels_stay_paragraphs_and_lists_follow(doc: Document) -> None:
    texts = [b.text for b in doc.blocks]
    label = texts.index("Indicators:")
    assert doc.blocks[label].kind is P
    assert [b.kind for b in doc.blocks[label + 1 : label + 3]] == [LI, LI]
    activities = texts.index("Activities:")
    assert [(b.kind, b.level) for b in doc.blocks[activities + 1 : activities + 3]] == [
        (LI, 1),
        (LI, 1),
    ]


def test_wrapped_lines_join_with_one_space(doc: Document) -> None:
    item = next(b for b in doc.blocks if b.text.startswith("Number of migrant workers"))
    assert item.text.endswith("disaggregated by sex and age")
    assert "  " not in "".join(b.text for b in doc.blocks)


def test_span_of_a_word_in_the_second_wrapped_line(doc: Document) -> None:
    lines = source_lines(PROPOSAL)
    para = next(b for b in doc.blocks if b.text.startswith("Labour migration"))
    start = para.text.index("workers")
    loc = para.span_location(start, start + len("workers"))
    assert (loc.line, loc.column, loc.end_line, loc.end_column) == (11, 9, 11, 16)
    assert lines[10][loc.column - 1 : loc.end_column - 1] == "workers"
    item = next(b for b in doc.blocks if b.text.startswith("in rural"))
    start = item.text.index("low literacy")
    loc = item.span_location(start, start + len("low literacy"))
    assert (loc.line, loc.column) == (31, 9)
    assert lines[30][loc.column - 1 : loc.end_column - 1] == "low literacy"


def test_span_after_collapsed_whitespace(doc: Document) -> None:
    lines = source_lines(PROPOSAL)
    para = doc.blocks[-1]
    start = para.text.index("with partners")
    loc = para.span_location(start, start + len("with partners"))
    assert lines[loc.line - 1][loc.column - 1 : loc.end_column - 1] == "with partners"
    assert loc.column == 44


# -- encodings -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ENCODED)
def test_each_encoding_decodes_identically(name: str, doc: Document) -> None:
    other = read(FIXTURES / name)
    assert [(b.kind, b.level, b.text, b.source_map) for b in other.blocks] == [
        (b.kind, b.level, b.text, b.source_map) for b in doc.blocks
    ]
    assert "café" in other.blocks[1].text and "–" in other.blocks[1].text
    assert "women’s" in other.blocks[1].text


def test_checked_in_variants_are_current() -> None:
    spec = importlib.util.spec_from_file_location("make_encodings", FIXTURES / "make_encodings.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name, data in module.build().items():
        assert (FIXTURES / name).read_bytes() == data, f"rerun make_encodings.py ({name})"


@pytest.mark.parametrize(
    "data",
    [
        PROPOSAL.read_bytes().replace(b"\n", b"\r"),  # old Mac line ends
        PROPOSAL.read_text(encoding="utf-8").encode("utf-16"),  # native-order BOM
        PROPOSAL.read_text(encoding="utf-8").encode("utf-16-le"),  # no BOM
        codecs.BOM_UTF16_BE + PROPOSAL.read_text(encoding="utf-8").encode("utf-16-be"),
        PROPOSAL.read_text(encoding="utf-8").encode("utf-32"),
    ],
    ids=["cr", "utf-16", "utf-16-le-no-bom", "utf-16-be-bom", "utf-32"],
)
def test_more_encodings_and_line_ends(tmp_path: Path, data: bytes, doc: Document) -> None:
    path = tmp_path / "variant.txt"
    path.write_bytes(data)
    assert shape(read(path)) == shape(doc)


@pytest.mark.parametrize(
    "text",
    ["Café – l’égalité", "Número de mujeres y hombres – ¿por qué?", "naïve rôle «genre» …"],
)
def test_short_cp1252_text_is_not_misdetected(text: str) -> None:
    # charset-normalizer alone calls these cp1250 or cp1006
    assert decode(text.encode("cp1252")) == text


def test_latin1_only_text_decodes() -> None:
    assert decode("Participación de las niñas".encode("latin-1")) == "Participación de las niñas"


# -- errors and safety -----------------------------------------------------------------------


def test_binary_file_is_corrupt() -> None:
    with pytest.raises(ReadError) as err:
        read(FIXTURES / "binary.txt")
    assert (err.value.code, err.value.message) == ("corrupt", "binary file, not text")
    with pytest.raises(ReadError) as err:
        read_any(FIXTURES / "binary.txt")
    assert err.value.code == "corrupt"


def test_undecodable_bytes_raise_encoding_error(tmp_path: Path) -> None:
    path = tmp_path / "garbage.txt"
    generator = random.Random(7)
    path.write_bytes(bytes(generator.randrange(0x80, 0x100) for _ in range(400)))
    with pytest.raises(ReadError) as err:
        read_any(path)
    assert err.value.code == "encoding"


def test_random_bytes_never_crash(tmp_path: Path) -> None:
    generator = random.Random(11)
    path = tmp_path / "random.txt"
    for size in range(1, 300, 7):
        path.write_bytes(bytes(generator.randrange(256) for _ in range(size)))
        try:
            read(path)
        except ReadError as err:
            assert err.code in {"encoding", "corrupt"}


def test_empty_and_blank_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(ReadError) as err:
        read(empty)
    assert err.value.code == "empty"
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b"\r\n  \n\t\n")
    with pytest.raises(ReadError) as err:
        read_any(blank)
    assert err.value.code == "no-text"


# -- structure edge cases --------------------------------------------------------------------


def test_numbered_indicator_lists_are_not_headings(tmp_path: Path) -> None:
    doc, _ = write_txt(
        tmp_path,
        "Indicators:\n\n1. Number of women trained\n2. Number of men trained\n\n"
        "Results\n\n1. Number of shelters built\n2. Number of plans adopted\n\n"
        "5. Risks\n\nText.\n",
    )
    assert [(b.kind, b.level, b.text) for b in doc.blocks] == [
        (P, 0, "Indicators:"),
        (LI, 1, "Number of women trained"),
        (LI, 1, "Number of men trained"),
        (P, 0, "Results"),
        (LI, 1, "Number of shelters built"),
        (LI, 1, "Number of plans adopted"),
        (H, 1, "5. Risks"),
        (P, 0, "Text."),
    ]


def test_weak_markers_in_wrapped_lines(tmp_path: Path) -> None:
    doc, lines = write_txt(
        tmp_path,
        "- Capacitar a mujeres\n  o jóvenes migrantes\n  o Mujeres retornadas\n"
        "a) Primera actividad\nb) Segunda actividad\n",
    )
    assert [(b.kind, b.level, b.text) for b in doc.blocks] == [
        (LI, 1, "Capacitar a mujeres o jóvenes migrantes"),
        (LI, 2, "Mujeres retornadas"),
        (LI, 1, "Primera actividad"),
        (LI, 1, "Segunda actividad"),
    ]
    for block in doc.blocks:
        assert_every_char_located(block, lines)


def test_labelled_lines_each_start_a_paragraph(tmp_path: Path) -> None:
    doc, _ = write_txt(
        tmp_path,
        "Indicateur 1.1 : Nombre de femmes formées\nIndicateur 1.2 : Nombre de sessions\n"
        "tenues en 2024\nThe project ends here\nand continues.\n",
    )
    assert [b.text for b in doc.blocks] == [
        "Indicateur 1.1 : Nombre de femmes formées",
        "Indicateur 1.2 : Nombre de sessions tenues en 2024 The project ends here and continues.",
    ]


def test_tabs_nesting_directives_rules_and_toc(tmp_path: Path) -> None:
    doc, lines = write_txt(
        tmp_path,
        "CONTENTS\n\n1. Introduction ........ 3\n2. Gender analysis ..... 7\n\n"
        "* top\n\t* nested with a tab\n\t\t* deeper\n* back to top\n\n"
        "First paragraph.\npat-lint: disable-next GT001\nSecond paragraph.\n\n"
        "* * *\n\nA long paragraph that ends with a full stop.\nAnd a second line.\n-----\n",
    )
    assert [(b.kind, b.level, b.text) for b in doc.blocks] == [
        (H, 1, "CONTENTS"),
        (P, 0, "1. Introduction ........ 3"),
        (P, 0, "2. Gender analysis ..... 7"),
        (LI, 1, "top"),
        (LI, 2, "nested with a tab"),
        (LI, 3, "deeper"),
        (LI, 1, "back to top"),
        (P, 0, "First paragraph."),
        (P, 0, "Second paragraph."),
        (P, 0, "A long paragraph that ends with a full stop. And a second line."),
    ]
    deeper = doc.blocks[5]
    assert (deeper.location.line, deeper.location.column) == (8, 5)  # tabs count as 1 column
    for block in doc.blocks:
        assert_every_char_located(block, lines)


def test_underlined_title_after_paragraph_and_overline(tmp_path: Path) -> None:
    doc, _ = write_txt(
        tmp_path,
        "Intro text.\nGender Analysis\n===============\n\n=====\nRisks\n=====\nBody.\n",
    )
    assert [(b.kind, b.level, b.text) for b in doc.blocks] == [
        (P, 0, "Intro text."),
        (H, 1, "Gender Analysis"),
        (H, 1, "Risks"),
        (P, 0, "Body."),
    ]


# -- tables drawn in text, text pasted from a PDF ------------------------------------------------

RESULTS_ASCII = FIXTURES / "results-ascii.txt"
PASTED = FIXTURES / "pasted-pdftotext.txt"
TC = BlockKind.TABLE_CELL


@pytest.mark.parametrize(
    ("path", "name"),
    [(RESULTS_ASCII, "readers-results-ascii-txt"), (PASTED, "readers-pasted-pdftotext-txt")],
)
def test_golden_dumps_of_drawn_tables_and_pasted_text(path: Path, name: str) -> None:
    check_golden(name, read(path))


def test_ascii_grid_table_is_read_as_cells() -> None:
    document = read(RESULTS_ASCII)
    cells = [b for b in document.blocks if b.kind is TC]
    where = {b.text: (b.location.row, b.location.col, b.location.col_end, b.header) for b in cells}
    assert where["Results framework"] == (1, 1, 4, "Result")  # a title row across the grid
    # a cell's text wrapped over five lines inside its column is one text
    assert where["Outcome 1: Returnees earn a stable income from the coastal economy"] == (
        3,
        1,
        None,
        "Result",
    )
    # a blank line inside a cell separates its paragraphs: two indicators, two baselines
    assert [b.text for b in cells if (b.location.row, b.location.col) == (3, 2)] == [
        "Number of returnees with a monthly income above the poverty line, disaggregated by "
        "sex and age",
        "Percentage of returnee households that report two meals a day or more",
    ]
    assert [b.text for b in cells if (b.location.row, b.location.col) == (3, 3)] == ["420", "35%"]
    # a merged cell is drawn empty: the rows below have no cell in column 1
    assert [b.location.row for b in cells if b.location.col == 1] == [1, 2, 3, 6, 8]
    lines = source_lines(RESULTS_ASCII)
    for block in document.blocks:
        assert_every_char_located(block, lines)


def test_grid_table_spans_drawn_by_hand(tmp_path: Path) -> None:
    """A cell taller than one row (the separator leaves its width blank) and a header row
    closed by ``+===+``; hyphenated words in a cell mended."""
    doc, lines = write_txt(
        tmp_path,
        "+-----------+----------------------+--------+\n"
        "| Outcome   | Indicator            | Target |\n"
        "+===========+======================+========+\n"
        "| Outcome 1 | Number of women and  | 200    |\n"
        "| Women run | men trained in busi- |        |\n"
        "| businesses| ness skills          |        |\n"
        "|           +----------------------+--------+\n"
        "|           | Number of loans      | 50     |\n"
        "+-----------+----------------------+--------+\n",
    )
    got = [
        (b.text, b.location.row, b.location.row_end, b.location.col, b.header) for b in doc.blocks
    ]
    assert got == [
        ("Outcome", 1, None, 1, "Outcome"),
        ("Indicator", 1, None, 2, "Indicator"),
        ("Target", 1, None, 3, "Target"),
        ("Outcome 1 Women run businesses", 2, 3, 1, "Outcome"),
        ("Number of women and men trained in business skills", 2, None, 2, "Indicator"),
        ("200", 2, None, 3, "Target"),
        ("Number of loans", 3, None, 2, "Indicator"),
        ("50", 3, None, 3, "Target"),
    ]
    for block in doc.blocks:
        assert_every_char_located(block, lines)


def test_pipe_tables_in_text(tmp_path: Path) -> None:
    """An Emacs org table (separator under the header) and one with separators between rows,
    whose cells wrap over the lines between two separators."""
    doc, lines = write_txt(
        tmp_path,
        "| Indicator               | Target |\n"
        "|-------------------------+--------|\n"
        "| Number of people reached | 500   |\n"
        "| % of women among staff  | 50%    |\n"
        "\n"
        "| Indicator                 | Target |\n"
        "|---------------------------|--------|\n"
        "| Number of women trained,  | 200    |\n"
        "| by age group              |        |\n"
        "|---------------------------|--------|\n"
        "| Number of sessions held   | 12     |\n"
        "|---------------------------|--------|\n",
    )
    got = [(b.text, b.location.table, b.location.row, b.location.col, b.header) for b in doc.blocks]
    assert got == [
        ("Indicator", 1, 1, 1, "Indicator"),
        ("Target", 1, 1, 2, "Target"),
        ("Number of people reached", 1, 2, 1, "Indicator"),
        ("500", 1, 2, 2, "Target"),
        ("% of women among staff", 1, 3, 1, "Indicator"),
        ("50%", 1, 3, 2, "Target"),
        ("Indicator", 2, 1, 1, "Indicator"),
        ("Target", 2, 1, 2, "Target"),
        ("Number of women trained, by age group", 2, 2, 1, "Indicator"),
        ("200", 2, 2, 2, "Target"),
        ("Number of sessions held", 2, 3, 1, "Indicator"),
        ("12", 2, 3, 2, "Target"),
    ]
    for block in doc.blocks:
        assert_every_char_located(block, lines)


def test_outline_numbered_lines_are_items_of_their_own(tmp_path: Path) -> None:
    """'1.1.1' lines under a heading, with or without blank lines between them, are list items
    — not headings, and not glued into one paragraph."""
    doc, _ = write_txt(
        tmp_path,
        "Monitoring indicators\n---------------------\n\n"
        "1.1.1 Number of women trained in business skills\n"
        "1.1.2 Percentage of trained women who start a business, by age\n"
        "1.2.1 Number of awareness sessions held\n\n"
        "1.2.2 Number of people reached by the campaign, by sex\n\n"
        "2.1 Context\n\nText about the context.\n",
    )
    assert [(b.kind, b.text) for b in doc.blocks] == [
        (H, "Monitoring indicators"),
        (LI, "Number of women trained in business skills"),
        (LI, "Percentage of trained women who start a business, by age"),
        (LI, "Number of awareness sessions held"),
        (LI, "Number of people reached by the campaign, by sex"),
        (H, "2.1 Context"),
        (P, "Text about the context."),
    ]


def test_text_pasted_from_a_pdf() -> None:
    """Lines of a paragraph are joined, hyphenated words mended, headings and numbered items
    found without blank lines around them, a run of labelled indicators kept whole, and the
    page footer dropped."""
    document = read(PASTED)
    shapes = [(b.kind, b.text[:40]) for b in document.blocks]
    assert shapes == [
        (P, "Water for Returnee Villages: Concept Not"),
        (H, "1. Background"),
        (P, "Returnee families in the northern distri"),
        (H, "2. Monitoring indicators"),
        (P, "Indicator 1.1: Number of returnee househ"),
        (LI, "Number of water committee members traine"),
        (LI, "Number of women and girls who report spe"),
        (H, "3. Gender analysis"),
        (P, "Women and men use water differently: wom"),
    ]
    texts = [b.text for b in document.blocks]
    assert "none has a budget for maintenance, so hand pumps" in texts[2]
    assert texts[4].endswith(
        "Indicator 1.3: Number of hand pumps repaired within a week of a breakdown"
    )
    assert "Indicator 1.2: Percentage of water committee members who are women." in texts[4]
    assert texts[8].endswith("only men hold in the district.")
    assert not any("Page 1" in text for text in texts)


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        ("the sector will need more main-\ntenance staff", "more maintenance staff"),
        ("data are rarely sex-\ndisaggregated at district level", "sex-disaggregated at"),
        ("female-\nheaded households", "female-headed households"),
        ("the COVID-\n19 pandemic", "COVID-19 pandemic"),
        ("pre- and\npost-test", "pre- and post-test"),
        ("women and men -\nboth", "women and men - both"),
    ],
)
def test_words_broken_with_a_hyphen_are_mended(tmp_path: Path, lines: str, joined: str) -> None:
    doc, source = write_txt(tmp_path, f"Intro: {lines} in the district.\n")
    assert joined in doc.blocks[0].text
    assert_every_char_located(doc.blocks[0], source)
