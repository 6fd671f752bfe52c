"""The Markdown reader: structure from markdown-it-py, markup stripped, exact source positions."""

from __future__ import annotations

from pathlib import Path

import pytest

from pat_lint.model import Block, BlockKind, Document
from pat_lint.readers import ReadError
from pat_lint.readers import read as read_any
from pat_lint.readers.markdown import read
from tests.blockdump import check_golden

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "readers"
HEADINGS_MD = FIXTURES / "headings.md"

H, P, LI, Q, TC = (
    BlockKind.HEADING,
    BlockKind.PARAGRAPH,
    BlockKind.LIST_ITEM,
    BlockKind.QUOTE,
    BlockKind.TABLE_CELL,
)

#: (kind, level, text, line, column) of every block of headings.md that is not a table cell
EXPECTED_BLOCKS = [
    (H, 1, "Safe Migration Corridors", 6, 3),
    (
        P,
        0,
        "Labour migration from the region has grown steadily. Most migrant workers are "
        "recruited through informal brokers, and women are concentrated in domestic work, as "
        "the ILO survey shows. Chart of departures by sex Men dominate construction.",
        10,
        1,
    ),
    (H, 1, "Background", 16, 1),
    (P, 0, "The corridor links three districts with two destination countries.", 19, 1),
    (H, 2, "Gender analysis", 21, 1),
    (
        P,
        0,
        "Women and men face different risks before departure. Women are more often recruited "
        "for domestic work.",
        24,
        1,
    ),
    (H, 3, "4.1 Context", 27, 5),
    (LI, 1, "Separate orientation sessions for women and men", 29, 3),
    (LI, 2, "held at times that suit women with care responsibilities", 30, 5),
    (LI, 3, "and in places women can reach safely", 32, 7),
    (LI, 2, "run by women trainers", 33, 5),
    (LI, 1, "A referral system for survivors of violence", 34, 3),
    (LI, 1, "First numbered item", 36, 4),
    (LI, 1, "Second numbered item", 37, 4),
    (Q, 0, "Gender issues will be taken into account in all activities.", 39, 3),
    (H, 2, "Results matrix", 48, 4),
]

#: (table, row, col, header, text, line, column) of every table cell of headings.md
EXPECTED_CELLS = [
    (1, 1, 1, "Result", "Result", 50, 3),
    (1, 1, 2, "Indicators", "Indicators", 50, 12),
    (1, 1, 3, "Baseline", "Baseline", 50, 25),
    (1, 2, 1, "Result", "Outcome 1", 52, 3),
    (1, 2, 2, "Indicators", "Number of migrant workers trained, by sex", 52, 15),
    (1, 2, 2, "Indicators", "% of trained women who find work", 52, 64),
    (1, 2, 3, "Baseline", "0", 52, 99),
    (1, 3, 1, "Result", "Output 1.1", 53, 3),
    (1, 3, 2, "Indicators", "Number of sessions held | per district", 53, 16),
    (1, 3, 3, "Baseline", "0", 53, 58),
    (1, 3, 3, "Baseline", "n/a", 53, 64),
]


@pytest.fixture(scope="module")
def doc() -> Document:
    return read(HEADINGS_MD)


def source_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").replace("\r\n", "\n").split("\n")


def source_slice(lines: list[str], block: Block, start: int, end: int) -> str:
    """What the file holds where ``span_location`` says ``text[start:end]`` is (one line)."""
    loc = block.span_location(start, end)
    assert loc.line == loc.end_line, "span crosses lines"
    return lines[loc.line - 1][loc.column - 1 : loc.end_column - 1]


def assert_every_char_located(block: Block, lines: list[str], skip: str = "") -> None:
    """Every non-space character of the block's text is found at its mapped source position."""
    for offset, char in enumerate(block.text):
        if char == " " or char in skip:
            continue
        line, column = block.position(offset)
        assert lines[line - 1][column - 1] == char, (block.text, offset, line, column)


def write_md(tmp_path: Path, text: str) -> tuple[Document, list[str]]:
    path = tmp_path / "doc.md"
    path.write_text(text, encoding="utf-8")
    return read(path), text.split("\n")


# -- the fixture as a whole ------------------------------------------------------------------


def test_fixture_blocks_in_order(doc: Document) -> None:
    assert doc.format == "md"
    assert doc.path == str(HEADINGS_MD)
    blocks = [b for b in doc.blocks if b.kind is not TC]
    got = [(b.kind, b.level, b.text, b.location.line, b.location.column) for b in blocks]
    assert got == EXPECTED_BLOCKS
    # the table comes last in the file and in the blocks
    assert [b.kind for b in doc.blocks[len(blocks) :]] == [TC] * len(EXPECTED_CELLS)


def test_fixture_table_cells(doc: Document) -> None:
    cells = [
        (
            b.location.table,
            b.location.row,
            b.location.col,
            b.header,
            b.text,
            b.location.line,
            b.location.column,
        )
        for b in doc.blocks
        if b.kind is TC
    ]
    assert cells == EXPECTED_CELLS


def test_golden_block_dump(doc: Document) -> None:
    check_golden("readers-headings-md", doc)


def test_every_character_maps_back_to_the_source(doc: Document) -> None:
    lines = source_lines(HEADINGS_MD)
    for block in doc.blocks:
        assert block.source_map[0] == (0, block.location.line, block.location.column)
        assert_every_char_located(block, lines)


def test_registry_reads_md(doc: Document) -> None:
    assert read_any(HEADINGS_MD) == doc


# -- what a user would notice ----------------------------------------------------------------


def test_atx_and_setext_heading_levels(doc: Document) -> None:
    headings = [(b.level, b.text) for b in doc.blocks if b.kind is H]
    assert headings == [
        (1, "Safe Migration Corridors"),  # ATX #
        (1, "Background"),  # setext ===
        (2, "Gender analysis"),  # setext ---
        (3, "4.1 Context"),  # ATX ###
        (2, "Results matrix"),  # ATX ##
    ]


def test_nested_lists_three_deep(doc: Document) -> None:
    items = [(b.level, b.text.split()[0]) for b in doc.blocks if b.kind is LI]
    assert items == [(1, "Separate"), (2, "held"), (3, "and"), (2, "run"), (1, "A"), (1, "First"),
                     (1, "Second")]  # fmt: skip


def test_markup_comments_code_and_front_matter_are_gone(doc: Document) -> None:
    text = "\n".join(b.text for b in doc.blocks)
    for markup in ("**", "*", "`", "](", "<br", "<!--", "chart.png", "https://"):
        assert markup not in text
    for hidden in ("pat-lint", "inline note", "chairman", "indented code", "title:", "language:"):
        assert hidden not in text
    assert "the ILO survey shows" in text  # link → its text
    assert "Chart of departures by sex" in text  # image → its alt text


def test_br_splits_a_cell_and_is_a_space_elsewhere(doc: Document) -> None:
    indicator_cells = [b for b in doc.blocks if b.kind is TC and b.location.row == 2]
    assert [b.text for b in indicator_cells if b.location.col == 2] == [
        "Number of migrant workers trained, by sex",
        "% of trained women who find work",
    ]
    assert all(b.header == "Indicators" for b in indicator_cells if b.location.col == 2)
    baseline = [b.text for b in doc.blocks if b.kind is TC and b.location.col == 3]
    assert baseline == ["Baseline", "0", "0", "n/a"]  # <br/> splits too
    paragraph = next(b for b in doc.blocks if b.text.startswith("Women and men face"))
    assert "departure. Women are" in paragraph.text


def test_tags_that_format_words_join_them_and_keep_their_places(tmp_path: Path) -> None:
    # a web page's indicator titles pasted into a Markdown table (an urban mobility map's
    # French captions: "Proportion estimée d'<strong>hommes</strong> par secteur")
    source = (
        "| Indicateur | Cible |\n|---|---|\n"
        "| Proportion estimée d'<strong>hommes</strong> par secteur | 10 |\n"
        "| Nombre d'<b>ouvriers</b> <span style='font-size: .7em'>(par secteur)</span> | 5 |\n"
        "| Femmes<sup>1</sup> formées | 3 |\n"
    )
    path = tmp_path / "captions.md"
    path.write_text(source, encoding="utf-8")
    cells = [b for b in read(path).blocks if b.kind is TC and b.location.col == 1]
    assert [c.text for c in cells] == [
        "Indicateur",
        "Proportion estimée d'hommes par secteur",
        "Nombre d'ouvriers (par secteur)",
        "Femmes 1 formées",  # a footnote number still parts the words
    ]
    lines = source.splitlines()
    start = cells[1].text.index("hommes")
    loc = cells[1].span_location(start, start + len("hommes"))
    assert lines[loc.line - 1][loc.column - 1 : loc.end_column - 1] == "hommes"


def test_span_in_second_wrapped_line_after_bold(doc: Document) -> None:
    lines = source_lines(HEADINGS_MD)
    para = doc.blocks[1]
    start = para.text.index("workers")
    loc = para.span_location(start, start + len("workers"))
    # line 11 is "workers** are recruited ...": the word starts it, before the closing **
    assert (loc.line, loc.column, loc.end_line, loc.end_column) == (11, 1, 11, 8)
    assert source_slice(lines, para, start, start + len("workers")) == "workers"
    start = para.text.index("are recruited")
    loc = para.span_location(start, start + 3)
    assert (loc.line, loc.column) == (11, 11)  # after the removed "**" and a space
    assert source_slice(lines, para, start, start + len("are recruited")) == "are recruited"
    for word in ("informal brokers", "domestic work", "ILO survey", "Men dominate", "construction"):
        start = para.text.index(word)
        assert source_slice(lines, para, start, start + len(word)) == word


def test_span_across_removed_markup_and_lines(doc: Document) -> None:
    para = doc.blocks[1]
    start = para.text.index("migrant workers")
    loc = para.span_location(start, start + len("migrant workers"))
    assert (loc.line, loc.column, loc.end_line, loc.end_column) == (10, 61, 11, 8)


def test_span_in_split_cell(doc: Document) -> None:
    lines = source_lines(HEADINGS_MD)
    cell = next(b for b in doc.blocks if b.text.startswith("% of trained women"))
    start = cell.text.index("women")
    assert source_slice(lines, cell, start, start + 5) == "women"
    assert cell.span_location(start, start + 5).line == 52
    escaped = next(b for b in doc.blocks if b.text.startswith("Number of sessions"))
    start = escaped.text.index("per district")
    assert source_slice(lines, escaped, start, start + len("per district")) == "per district"


# -- edge cases ------------------------------------------------------------------------------


def test_empty_file(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as err:
        read(FIXTURES / "empty.md")
    assert err.value.code == "empty"
    with pytest.raises(ReadError) as err:
        read_any(FIXTURES / "empty.md")
    assert err.value.code == "empty"
    blank = tmp_path / "blank.md"
    blank.write_text("\n\n<!-- only a comment -->\n", encoding="utf-8")
    with pytest.raises(ReadError) as err:
        read_any(blank)
    assert err.value.code == "no-text"


def test_binary_md_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "binary.md"
    path.write_bytes((FIXTURES / "binary.txt").read_bytes())
    with pytest.raises(ReadError) as err:
        read_any(path)
    assert err.value.code == "corrupt"


def test_crlf_and_bom_give_the_same_blocks(tmp_path: Path, doc: Document) -> None:
    path = tmp_path / "crlf.md"
    text = HEADINGS_MD.read_text(encoding="utf-8")
    path.write_bytes(text.replace("\n", "\r\n").encode("utf-8-sig"))
    other = read(path)
    assert [(b.kind, b.text, b.level, b.source_map) for b in other.blocks] == [
        (b.kind, b.text, b.level, b.source_map) for b in doc.blocks
    ]


def test_unclosed_front_matter_is_not_swallowed(tmp_path: Path) -> None:
    doc, _ = write_md(tmp_path, "---\ntitle: x\n\nStill text.\n")
    assert [b.text for b in doc.blocks] == ["title: x", "Still text."]


def test_entities_escapes_autolinks_and_references(tmp_path: Path) -> None:
    text = (
        "Women &amp; men \\*not emphasis\\* see <https://a.org/x%20y> and [the guide][g]\n"
        "or [ref] then `multi\nline code` and ~~struck~~ <span>word</span> end\n"
        "\n[g]: https://g.org\n[ref]: https://r.org\n"
    )
    doc, lines = write_md(tmp_path, text)
    (para,) = doc.blocks
    assert para.text == (
        "Women & men *not emphasis* see https://a.org/x y and the guide or ref then multi "
        "line code and struck word end"
    )
    assert_every_char_located(para, lines, skip="&")
    start = para.text.index("not emphasis")
    assert source_slice(lines, para, start, start + len("not emphasis")) == "not emphasis"
    start = para.text.index("*not")
    assert para.span_location(start, start + 1).column == text.index("\\*") + 2  # the "*"
    start = para.text.index("line code")
    assert para.span_location(start, start + 4).line == 3


def test_code_names_beside_titles_are_not_text(tmp_path: Path) -> None:
    """A data dictionary in Markdown names each series' variable in a code span ("Employed
    `EMPL`", Stats SA's labour force survey concepts): the code name is not the title's text,
    and the title still points at its source; code inside the text, or in prose, stays text."""
    text = (
        "| Indicator | Target |\n|---|---|\n"
        "| Employed `EMPL` | – |\n"
        "| `HH_SIZE` Household size | – |\n"
        "| Women trained `q1.2` | – |\n"
        "| Share of `EMPL` in the population | – |\n"
        "| `EMPL` | `utf-8`, utf-16 |\n"
        "\nRun `pat-lint check` on `EMPL`.\n"
    )
    doc, lines = write_md(tmp_path, text)
    cells = [b.text for b in doc.blocks if b.kind == BlockKind.TABLE_CELL]
    assert cells[2::2] == [
        "Employed",
        "Household size",
        "Women trained",
        "Share of EMPL in the population",
        "EMPL",
    ]
    assert cells[-1] == "utf-8, utf-16"  # code alone, or before a comma, is the cell's text
    household = next(b for b in doc.blocks if b.text == "Household size")
    assert source_slice(lines, household, 0, 9) == "Household"
    assert doc.blocks[-1].text == "Run pat-lint check on EMPL."


def test_quotes_list_paragraphs_and_html_blocks(tmp_path: Path) -> None:
    text = (
        "> ## Quoted heading\n"
        "> quoted text\n"
        "lazy continuation\n"
        "\n"
        "- item one\n"
        "\n"
        "  second paragraph of item one\n"
        "- item two\n"
        "\n"
        "<div>\nhtml block skipped\n</div>\n"
        "\n"
        "<!--\nmulti-line comment\n-->\n"
        "Closing paragraph<!-- note --> here.\n"
    )
    doc, lines = write_md(tmp_path, text)
    got = [(b.kind, b.level, b.text, b.location.line) for b in doc.blocks]
    assert got == [
        (Q, 0, "Quoted heading", 1),
        (Q, 0, "quoted text lazy continuation", 2),
        (LI, 1, "item one", 5),
        (P, 0, "second paragraph of item one", 7),
        (LI, 1, "item two", 8),
        (P, 0, "Closing paragraph here.", 17),
    ]
    for block in doc.blocks:
        assert_every_char_located(block, lines)


def test_tabs_and_closing_hashes(tmp_path: Path) -> None:
    text = "## Heading ##\n\n>\ttabbed quote\n\n-\ttab item\n\t-\tnested tab item\n"
    doc, lines = write_md(tmp_path, text)
    got = [(b.kind, b.level, b.text, b.location.line, b.location.column) for b in doc.blocks]
    assert got == [
        (H, 2, "Heading", 1, 4),
        (Q, 0, "tabbed quote", 3, 3),
        (LI, 1, "tab item", 5, 3),
        (LI, 2, "nested tab item", 6, 4),
    ]


def test_cells_keep_columns_when_empty_and_tables_are_numbered(tmp_path: Path) -> None:
    text = (
        "| Output | Indicator |\n|---|---|\n| | Number of *women* trained |\n\n"
        "Between tables.\n\n"
        "| A | B |\n|---|---|\n| x |\n"
    )
    doc, lines = write_md(tmp_path, text)
    cells = [
        (b.location.table, b.location.row, b.location.col, b.header, b.text)
        for b in doc.blocks
        if b.kind is TC
    ]
    assert cells == [
        (1, 1, 1, "Output", "Output"),
        (1, 1, 2, "Indicator", "Indicator"),
        (1, 2, 2, "Indicator", "Number of women trained"),
        (2, 1, 1, "A", "A"),
        (2, 1, 2, "B", "B"),
        (2, 2, 1, "A", "x"),
    ]
    for block in doc.blocks:
        assert_every_char_located(block, lines)


# -- HTML tables and rows pasted with their line breaks ------------------------------------------

RESULTS_HTML = FIXTURES / "results-html.md"
PASTED_TABLE = FIXTURES / "pasted-table.md"


def cells_of(document: Document) -> dict[str, tuple]:
    """Cell text → (table, row, row_end, col, col_end, header)."""
    return {
        b.text: (
            b.location.table,
            b.location.row,
            b.location.row_end,
            b.location.col,
            b.location.col_end,
            b.header,
        )
        for b in document.blocks
        if b.kind is TC
    }


@pytest.mark.parametrize(
    ("path", "name"),
    [(RESULTS_HTML, "readers-results-html-md"), (PASTED_TABLE, "readers-pasted-table-md")],
)
def test_golden_dumps_of_converted_and_pasted_tables(path: Path, name: str) -> None:
    check_golden(name, read(path))


def test_html_table_is_read_as_cells_with_spans_and_headers() -> None:
    document = read(RESULTS_HTML)
    cells = cells_of(document)
    assert cells["Results framework"] == (1, 1, None, 1, 4, "Result")  # colspan="4", a title row
    outcome = "Outcome 1: Returnees earn a stable income from the coastal economy"
    assert cells[outcome] == (1, 3, 5, 1, None, "Result")  # rowspan="3"
    assert cells["a. Number of women returnees who own fishing or processing equipment"] == (
        1,
        4,
        None,
        2,  # the rowspanned cell above takes column 1
        None,
        "Indicators",
    )
    # <br> separates the paragraphs of a cell: two indicators, two baselines
    in_cell = [b.text for b in document.blocks if (b.location.row, b.location.col) == (3, 2)]
    assert in_cell == [
        "Number of returnees with a monthly income above the poverty line, disaggregated by "
        "sex and age",
        "Percentage of returnee households that report two meals a day or more",
    ]
    assert [b.text for b in document.blocks if (b.location.row, b.location.col) == (3, 3)] == [
        "420",
        "35%",
    ]
    lines = source_lines(RESULTS_HTML)
    for block in document.blocks:
        assert_every_char_located(block, lines)


def test_html_table_as_pandoc_writes_it(tmp_path: Path) -> None:
    """One tag a line, <p> paragraphs in cells, a blank line inside a cell (where CommonMark
    ends the HTML block), entities, a nested table and a caption: still one table."""
    doc, lines = write_md(
        tmp_path,
        "# Annex\n\n<table>\n<caption>Table 2: Results &amp; indicators</caption>\n"
        '<colgroup>\n<col style="width: 50%" />\n</colgroup>\n<thead>\n<tr class="header">\n'
        "<th>Result</th>\n<th>Indicator</th>\n</tr>\n</thead>\n<tbody>\n"
        '<tr class="odd">\n<td><p>Output 1</p></td>\n<td><p>Number of women &amp; men '
        "trained</p>\n\n<p>Number of sessions held</p></td>\n</tr>\n"
        '<tr class="even">\n<td>Output 2</td>\n<td><table><tr><td>Women: 0</td>'
        "<td>Men: 0</td></tr></table></td>\n</tr>\n</tbody>\n</table>\n\nAfter the table.\n",
    )
    got = [(b.kind, b.text, b.location.row, b.location.col, b.header) for b in doc.blocks]
    assert got == [
        (H, "Annex", None, None, None),
        (P, "Table 2: Results & indicators", None, None, None),
        (TC, "Result", 1, 1, "Result"),
        (TC, "Indicator", 1, 2, "Indicator"),
        (TC, "Output 1", 2, 1, "Result"),
        (TC, "Number of women & men trained", 2, 2, "Indicator"),
        (TC, "Number of sessions held", 2, 2, "Indicator"),
        (TC, "Output 2", 3, 1, "Result"),
        (TC, "Women: 0", 3, 2, "Indicator"),
        (TC, "Men: 0", 3, 2, "Indicator"),
        (P, "After the table.", None, None, None),
    ]
    for block in doc.blocks:
        assert_every_char_located(block, lines, skip="&")


def test_html_table_without_th_takes_its_first_row_as_header(tmp_path: Path) -> None:
    """PDF-to-Markdown converters write every cell as <td>, one table on one line."""
    doc, _ = write_md(
        tmp_path,
        "<table><tr><td>Indicator</td><td>Target</td></tr><tr><td>Number of people "
        'reached</td><td>500</td></tr><tr><td colspan="2">Outcome 2</td></tr></table>\n',
    )
    assert cells_of(doc) == {
        "Indicator": (1, 1, None, 1, None, "Indicator"),
        "Target": (1, 1, None, 2, None, "Target"),
        "Number of people reached": (1, 2, None, 1, None, "Indicator"),
        "500": (1, 2, None, 2, None, "Target"),
        "Outcome 2": (1, 3, None, 1, 2, "Indicator"),
    }


def test_pipe_row_pasted_with_line_breaks_stays_one_row() -> None:
    """A cell pasted from a PDF keeps its line breaks, so its row runs over several lines: the
    row is joined, the text is not cut at the first break, positions stay exact."""
    document = read(PASTED_TABLE)
    cells = cells_of(document)
    first = "Number of returnees with a monthly income above the poverty line, disaggregated by "
    assert cells[first + "sex and age"][1:] == (3, None, 2, None, "Indicators")
    assert cells["a. Number of women returnees who own fishing or processing equipment"][1] == 4
    assert cells["1,200"][1:4] == (6, None, 4)
    assert max(b.location.row or 0 for b in document.blocks) == 8
    lines = source_lines(PASTED_TABLE)
    for block in document.blocks:
        assert_every_char_located(block, lines)
    block = next(b for b in document.blocks if b.text.startswith(first))
    start = block.text.index("income above")
    assert source_slice(lines, block, start, start + len("income above")) == "income above"


def test_rows_broken_only_when_the_table_closes_its_rows(tmp_path: Path) -> None:
    """A table written without outer pipes is left as markdown-it reads it; a line that never
    closes the row is not joined to what follows the table."""
    doc, _ = write_md(
        tmp_path,
        "| A | B |\n|---|---|\n| one | two\n\nNext paragraph.\n\nX | Y\n--|--\n1 | 2\n",
    )
    assert [b.text for b in doc.blocks] == ["A", "B", "one", "two", "Next paragraph."] + [
        "X",
        "Y",
        "1",
        "2",
    ]


def test_malformed_html_tables_lose_no_text(tmp_path: Path) -> None:
    """A table never closed ends with its HTML block; text outside cells is kept; bad spans
    are read as 1."""
    doc, _ = write_md(
        tmp_path,
        '<table><tr><td rowspan="x">A</td><td colspan="-2">B</td></tr>\n'
        "stray words<tr><td>C</td></tr>\n\nParagraph after.\n",
    )
    got = [(b.kind, b.text, b.location.row, b.location.col) for b in doc.blocks]
    assert got == [
        (P, "stray words", None, None),
        (TC, "A", 1, 1),
        (TC, "B", 1, 2),
        (TC, "C", 2, 1),
        (P, "Paragraph after.", None, None),
    ]


def test_number_signs_and_comparisons_pasted_at_a_line_start(tmp_path: Path) -> None:
    """In text pasted from a PDF a line may start with "# of" (a number sign) or "> 15" (a
    comparison): neither is a heading or a quote, so the indicator is not cut there."""
    doc, lines = write_md(
        tmp_path,
        "## Indicators\n\n- Percentage of households that wait\n> 15 minutes at the water "
        "point, by sex\n- # of women trained in business skills\n\n# of people reached\n\n"
        "# Background\n\n> A real quote.\n",
    )
    assert [(b.kind, b.text) for b in doc.blocks] == [
        (H, "Indicators"),
        (LI, "Percentage of households that wait > 15 minutes at the water point, by sex"),
        (LI, "# of women trained in business skills"),
        (P, "# of people reached"),
        (H, "Background"),
        (Q, "A real quote."),
    ]
    for block in doc.blocks:
        assert_every_char_located(block, lines)
