"""Every input gets a verdict in bounded time and memory (issue #15): a document beyond one of
the limits of docs/formats.md ("Limits") is a one-line ``too-large`` error, exit 2, and the
other files are still checked; one within them is analysed, however it is shaped (one
2-million-character line, a 900-column table). A folder that cannot be listed is reported.

The inputs are built by ``fixtures/hostile/make_hostile.py`` and checked through the command
line, as a user runs it; the slow tests (inputs of megabytes) are marked ``slow``. Peak memory
is measured in a process of its own (``resource.getrusage(RUSAGE_CHILDREN)``); times are in
``python bench/fuzz.py hostile`` and the docs, not asserted.
"""

from __future__ import annotations

import importlib.util
import json
import os
import resource
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import pytest

from pat_lint import readers
from pat_lint.readers import docx as docx_reader
from pat_lint.readers import markdown as markdown_reader
from pat_lint.readers import pdf as pdf_reader

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "fixtures" / "sample" / "clean-proposal.md"
PAT_LINT = [sys.executable, "-m", "pat_lint"]
_spec = importlib.util.spec_from_file_location(
    "make_hostile", ROOT / "fixtures" / "hostile" / "make_hostile.py"
)
assert _spec and _spec.loader
hostile = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(hostile)


#: Address space of each pat-lint run here: a limit that stops working fails its test with a
#: MemoryError instead of taking the machine (a 2-billion-column cell took 12.9 GB in 60 s).
MEMORY = 4 << 30


def _bounded() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def check(*paths: Path, timeout: float = 120) -> tuple[subprocess.CompletedProcess, dict]:
    """``pat-lint check PATHS --format json --no-cache``: the process and its report."""
    done = subprocess.run(
        [*PAT_LINT, "check", *map(str, paths), "--format", "json", "--no-cache"],
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=_bounded,
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done, json.loads(done.stdout)


def refused(path: Path, words: str) -> dict:
    """Check ``path`` beside a small proposal: ``path`` is a one-line too-large error whose
    message says ``words``, the proposal is still checked, exit 2."""
    done, report = check(path, SAMPLE)
    assert done.returncode == 2, done.stderr
    by_name = {Path(f["path"]).name: f for f in report["files"]}
    result = by_name[path.name]
    assert result["status"] == "error" and result["error"]["code"] == "too-large", result
    message = result["error"]["message"]
    assert words in message and "\n" not in message, message
    assert [line for line in done.stderr.splitlines() if path.name in line] == [
        f"pat-lint: error: {path}: {message}"
    ]
    assert by_name[SAMPLE.name]["status"] == "ok"
    return result


def peak_of(*args: str, timeout: float = 120) -> tuple[int, dict, float]:
    """Run ``pat-lint check ARGS --format json --no-cache`` as the only child of a fresh
    Python: exit code, report and the child's peak resident memory in MiB."""
    measure = (
        "import json, resource, subprocess, sys\n"
        "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "print(json.dumps([done.returncode, done.stdout, peak]))\n"
    )
    command = [*PAT_LINT, "check", *args, "--format", "json", "--no-cache"]
    done = subprocess.run(
        [sys.executable, "-c", measure, *command],
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=_bounded,
    )
    code, stdout, peak = json.loads(done.stdout)
    return code, json.loads(stdout), peak


@pytest.mark.slow
def test_a_600_page_proposal_is_within_every_limit(tmp_path: Path):
    path = hostile.long_proposal(tmp_path / "proposal.docx", 600)
    document = readers.read(path)
    characters = sum(len(block.text) for block in document.blocks)
    assert 1_800_000 < characters < readers.MAX_CHARACTERS
    code, report, peak = peak_of(str(path), timeout=300)
    (result,) = report["files"]
    assert result["status"] == "ok" and len(result["indicators"]) == 60 * 3
    assert peak < 500


# -- file size -------------------------------------------------------------------------------


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path):
    path = hostile.sparse(tmp_path / "scanned.pdf", readers.MAX_BYTES + 1)
    refused(path, "larger than 200 MiB")


def test_a_text_file_over_the_text_size_limit_is_refused_before_it_is_read(tmp_path: Path):
    path = tmp_path / "pasted.txt"
    with path.open("w") as handle:  # real text, one byte a character: 10 MB and one byte
        handle.write(hostile.prose(readers.MAX_TEXT_BYTES + 1))
    result = refused(path, f"{readers.MAX_CHARACTERS:,} characters")
    assert str(readers.MAX_TEXT_BYTES + 1) in result["error"]["message"].replace(",", "")


@pytest.mark.slow
def test_a_200_mb_one_line_text_is_refused_by_its_size(tmp_path: Path):
    path = hostile.one_line(tmp_path / "line-200mb.txt", 200_000_000)
    code, report, peak = peak_of(str(path))
    assert code == 2 and report["files"][0]["error"]["code"] == "too-large"
    assert peak < 100  # never read: it used 8.6 GB when it was


# -- characters, words, blocks ---------------------------------------------------------------


def test_a_document_over_the_character_limit_is_refused(tmp_path: Path):
    path = hostile.one_line(tmp_path / "report.md", readers.MAX_CHARACTERS + 10)
    refused(path, f"{readers.MAX_CHARACTERS:,} characters of text")


def test_text_of_punctuation_over_the_token_limit_is_refused(tmp_path: Path):
    path = hostile.punctuation(tmp_path / "brackets.txt", readers.MAX_TOKENS + 1)
    refused(path, f"{readers.MAX_TOKENS:,} words and punctuation marks")


@pytest.mark.slow
@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_2_mb_one_line_document_is_analysed_in_bounded_memory(tmp_path: Path, suffix: str):
    """One block of two million characters (a report pasted as one paragraph): analysed, its
    findings located on line 1 at their column; it took ~14 s and 490 MiB, and 2.6 GB for
    prose dense in findings, before the work on it was made linear."""
    path = hostile.one_line(tmp_path / f"line{suffix}", 2_000_000)
    text = path.read_text(encoding="utf-8").rstrip("\n")
    code, report, peak = peak_of(str(path), timeout=300)
    (result,) = report["files"]
    assert code == 1 and result["status"] == "ok"
    chairmen = [f for f in result["findings"] if f["match"] == "chairman"]
    assert len(chairmen) == text.count("chairman")
    last = chairmen[-1]["location"]
    assert (last["line"], last["column"]) == (1, text.rindex("chairman") + 1)
    assert peak < 500


@pytest.mark.slow
def test_blocks_over_the_limit_are_refused_in_every_text_format(tmp_path: Path):
    count = readers.MAX_BLOCKS + 1
    for path in (
        hostile.list_items(tmp_path / "items.txt", count),
        hostile.paragraphs(tmp_path / "paragraphs.md", count),
    ):
        refused(path, f"{readers.MAX_BLOCKS:,} paragraphs, headings, list items and table cells")


def test_word_paragraphs_over_the_block_limit_are_refused(tmp_path: Path):
    path = hostile.docx(
        tmp_path / "paragraphs.docx", hostile.word_paragraphs(readers.MAX_BLOCKS + 1)
    )
    refused(path, f"{readers.MAX_BLOCKS:,} paragraphs")


@pytest.mark.slow
def test_markdown_elements_over_the_limit_stop_the_parse(tmp_path: Path):
    """250,000 list items (2 MB) made 1.5 million markdown-it tokens, ~500 MiB, before any
    block was counted; the parse now stops at the budget."""
    path = hostile.list_items(tmp_path / "items.md", 250_000)
    refused(path, f"{markdown_reader.MAX_TOKENS:,} Markdown elements")


def test_a_line_of_three_million_dashes_costs_no_memory_per_dash(tmp_path: Path):
    """Found by bench/fuzz.py (seed 1, input 643: a fixture with such a line inserted): the
    separator-line pattern kept ~160 bytes a dash, 481 MiB for the run."""
    path = tmp_path / "rule.txt"
    path.write_text(SAMPLE.read_text() + "\n" + "-" * 3_000_000 + "\n\nMore text.\n")
    code, report, peak = peak_of(str(path))
    assert report["files"][0]["status"] == "ok" and code in (0, 1)
    assert peak < 250


# -- tables ----------------------------------------------------------------------------------


def test_a_table_wider_than_the_limit_is_refused(tmp_path: Path):
    refused(hostile.pipe_table(tmp_path / "wide.md", 10_000, 1), "1,000 columns in table 1")
    grid = hostile.grid_table(tmp_path / "wide.txt", readers.MAX_TABLE_COLUMNS + 1)
    refused(grid, "1,000 columns in table 1")


def test_a_table_with_more_cells_than_the_limit_is_refused(tmp_path: Path):
    deep = hostile.pipe_table(tmp_path / "deep.md", 2, readers.MAX_TABLE_CELLS // 2 + 1)
    refused(deep, "50,000 cells in table 1")
    spans = tmp_path / "spans.md"  # two cells that each cover 200 x 200 places of the grid
    cell = '<td rowspan="200" colspan="200">Women</td>'
    rows = [f"<tr>{cell}{cell}</tr>"] + ["<tr><td>Men</td></tr>"] * 199
    spans.write_text("# Results\n\n<table>\n" + "\n".join(rows) + "\n</table>\n")
    refused(spans, "50,000 cells in table 1")


def test_a_word_cell_spanning_two_billion_columns_is_refused(tmp_path: Path):
    """A few-KB .docx whose header cell has gridSpan 2,000,000,000: the header map walked
    every column it spans (12.9 GB after 60 s)."""
    header = b"<w:tc><w:p><w:r><w:t>Result</w:t></w:r></w:p></w:tc><w:tc><w:tcPr>"
    header += b'<w:gridSpan w:val="2000000000"/></w:tcPr><w:p><w:r><w:t>Indicators</w:t></w:r>'
    header += b"</w:p></w:tc>"
    body = b"<w:tc><w:p><w:r><w:t>Output 1</w:t></w:r></w:p></w:tc>"
    body += b"<w:tc><w:p><w:r><w:t>Number of women trained</w:t></w:r></w:p></w:tc>"
    table = b"<w:tbl><w:tr>" + header + b"</w:tr><w:tr>" + body + b"</w:tr></w:tbl>"
    path = hostile.docx(tmp_path / "span.docx", [table])
    refused(path, f"{readers.MAX_TABLE_COLUMNS:,} columns in a table")


@pytest.mark.slow
def test_a_wide_table_within_the_limits_is_scanned_in_linear_time(tmp_path: Path):
    """900 indicator columns, 10 rows: every cell was compared with every cell of its row
    (8 million comparisons); now a row is looked at once."""
    path = hostile.pipe_table(tmp_path / "wide.md", 900, 10, header="Indicators")
    done, report = check(path, timeout=90)
    (result,) = report["files"]
    assert result["status"] == "ok" and len(result["indicators"]) == 900 * 10
    grid = hostile.grid_table(tmp_path / "grid.txt", 900)  # each separator: 900³ spans
    done, report = check(grid, timeout=90)
    assert report["files"][0]["status"] == "ok"


# -- .docx XML -------------------------------------------------------------------------------


def test_docx_xml_elements_over_the_limit_are_refused_before_parsing(tmp_path: Path):
    count = docx_reader.MAX_XML_ELEMENTS + 10_000  # empty paragraphs: 10 MB of XML
    path = hostile.docx(tmp_path / "empty.docx", hostile.empty_paragraphs(count))
    refused(path, f"{docx_reader.MAX_XML_ELEMENTS:,} XML elements")


@pytest.mark.slow
def test_docx_unpacking_to_150_mb_of_small_paragraphs_is_refused(tmp_path: Path):
    """A ~470 KB file: it ran past two minutes at 2 GB."""
    path = hostile.docx(tmp_path / "small.docx", hostile.small_paragraphs(150_000_000))
    assert path.stat().st_size < 1_000_000
    code, report, peak = peak_of(str(path))
    assert code == 2 and "XML" in report["files"][0]["error"]["message"]
    assert peak < 200


@pytest.mark.slow
def test_docx_with_one_900_mb_paragraph_is_refused_before_parsing(tmp_path: Path):
    """It reached 1.8 GB before lxml refused it."""
    path = hostile.docx(tmp_path / "one.docx", hostile.one_paragraph(900_000_000))
    result = refused(path, "64 MiB of XML unpacked")
    assert result["error"]["code"] == "too-large"
    code, _, peak = peak_of(str(path))
    assert code == 2 and peak < 200


@pytest.mark.slow
def test_docx_whose_parts_declare_false_small_sizes_is_refused_in_bounded_memory(
    tmp_path: Path,
):
    """The same 150 MB of XML, its document part declaring 1,000 bytes in the zip's headers:
    python-docx unpacked all of it before its checksum failed (328 MB)."""
    path = hostile.docx(tmp_path / "liar.docx", hostile.small_paragraphs(150_000_000))
    _declare_size(path, "word/document.xml", 1000)
    code, report, peak = peak_of(str(path), str(SAMPLE))
    files = {Path(f["path"]).name: f for f in report["files"]}
    assert code == 2 and files["liar.docx"]["status"] == "error", files["liar.docx"]
    message = files["liar.docx"]["error"]["message"]
    assert "damaged" in message and "\n" not in message, message
    assert files[SAMPLE.name]["status"] == "ok"
    assert peak < 200


def _declare_size(path: Path, name: str, size: int) -> None:
    """Rewrite the uncompressed size that the zip headers of member ``name`` declare."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        local = archive.getinfo(name).header_offset
    struct.pack_into("<I", data, local + 22, size)  # local file header
    entry = data.find(b"PK\x01\x02", 0)
    while entry != -1:  # central directory entries: the name follows 46 bytes of header
        length = struct.unpack_from("<H", data, entry + 28)[0]
        if data[entry + 46 : entry + 46 + length] == name.encode():
            struct.pack_into("<I", data, entry + 24, size)
        entry = data.find(b"PK\x01\x02", entry + 46)
    path.write_bytes(bytes(data))


# -- PDF pages -------------------------------------------------------------------------------


@pytest.mark.slow
def test_pdf_pages_past_the_limit_are_not_read(tmp_path: Path):
    """The PDF reader reads MAX_PAGES pages; the report gives the document's page count, a
    PL005 warning says that only part was read, and nothing on the pages after them is
    reported."""
    pages = pdf_reader.MAX_PAGES + 1
    path = hostile.pdf_pages(tmp_path / "long.pdf", pages, "The manpower will report.")
    done, report = check(path, timeout=300)
    (result,) = report["files"]
    assert result["status"] == "ok" and result["stats"]["pages"] == pages
    assert [f["location"]["page"] for f in result["findings"] if f["match"] == "chairman"]
    assert not [f for f in result["findings"] if f["match"] == "manpower"]
    (partly,) = [f for f in result["findings"] if f["rule"] == "PL005"]
    assert partly["severity"] == "warning"
    assert f"only the first {pages - 1} of {pages} pages were read" in partly["message"]
    assert done.returncode in (0, 1)


# -- folders ---------------------------------------------------------------------------------


def _unprivileged() -> list[str] | None:
    """A command prefix that runs a program without root's right to read every folder: a
    user namespace where this user is an ordinary user (1000) — as root, chmod alone does
    not stop a read. None when the machine does not allow one."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return None
    prefix = [unshare, "--user", "--map-user=1000", "--map-group=1000"]
    probe = tempfile.mkdtemp()
    try:
        os.chmod(probe, 0)
        blocked = subprocess.run([*prefix, "ls", probe], capture_output=True, timeout=30)
        runs = subprocess.run(
            [*prefix, sys.executable, "-c", "import pat_lint"], capture_output=True, timeout=60
        )
        return prefix if blocked.returncode != 0 and runs.returncode == 0 else None
    except (OSError, subprocess.SubprocessError):
        return None
    finally:
        os.chmod(probe, 0o700)
        os.rmdir(probe)


def test_an_unreadable_sub_folder_is_reported_not_skipped(tmp_path: Path):
    prefix = _unprivileged()
    if prefix is None:
        pytest.skip(
            "no user namespace here (unshare --user) in which pat-lint runs as an unprivileged "
            "user: as root, chmod does not stop a read"
        )
    (tmp_path / "proposal.md").write_text(SAMPLE.read_text())
    private = tmp_path / "private"
    private.mkdir()
    (private / "hidden.md").write_text(SAMPLE.read_text())
    nested = tmp_path / "open" / "closed"
    nested.mkdir(parents=True)
    private.chmod(0)
    nested.chmod(0)
    try:
        done = subprocess.run(
            [*prefix, *PAT_LINT, "check", str(tmp_path), "--format", "json", "--no-cache"],
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        private.chmod(0o755)
        nested.chmod(0o755)
    assert "Traceback" not in done.stderr, done.stderr
    report = json.loads(done.stdout)
    by_path = {f["path"]: f for f in report["files"]}
    for folder in (private, nested):
        result = by_path[folder.as_posix()]
        assert result["error"] == {
            "code": "unreadable",
            "message": "cannot open folder: Permission denied",
        }
        assert [f["rule"] for f in result["findings"]] == ["PL001"]
    assert by_path[(tmp_path / "proposal.md").as_posix()]["status"] == "ok"
    assert done.returncode == 2
