"""The two PDF backends: pypdfium2 (``pdfium``, the default) and pdfminer.six (``pdfminer``).

What a user notices: the same blocks and the same findings whichever reads the file; the
option and the configuration key that choose one, and a clear error for a wrong name; pdfminer
used without a word when pypdfium2 cannot be loaded; a cache that does not serve one backend's
result to the other. And what each backend must get right on real PDFs built by reportlab and
LibreOffice: PDFium's U+FFFE line-end hyphen, ligatures it splits, unmapped glyphs, text
running up or down a page, the reading limits, a read-only file, damaged files.
tests/test_reader_pdf.py runs every reading test with both backends.
"""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from pat_lint import readers
from pat_lint.cli import cli
from pat_lint.model import BlockKind, Document
from pat_lint.readers import ReadError
from pat_lint.readers import pdf as pdf_reader
from pat_lint.readers.pdf import BACKENDS

try:
    from tests.blockdump import dump
except ImportError:  # tests/ not importable as a package
    from blockdump import dump

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "readers"
#: every PDF of the fixtures that has text: labelled corpus, held-out set, prose, reader layouts
FIXTURE_PDFS = sorted(
    path
    for path in (ROOT / "fixtures").rglob("*.pdf")
    if path.name not in {"encrypted.pdf", "image-only.pdf", "not-really.pdf", "truncated.pdf"}
)
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def texts(document: Document) -> list[str]:
    return [block.text for block in document.blocks]


# -- the same blocks, the same findings -------------------------------------------------------


@pytest.mark.parametrize("path", FIXTURE_PDFS, ids=lambda p: p.name)
def test_both_backends_read_every_fixture_pdf_alike(path: Path) -> None:
    pdfium, pdfminer = (dump(readers.read(path, name)) for name in ("pdfium", "pdfminer"))
    assert pdfium == pdfminer


def test_the_default_and_pdfminer_give_the_same_findings_on_the_fixture_corpus() -> None:
    corpus = [str(path) for path in FIXTURE_PDFS if path.parent.name in ("corpus", "readers")]
    assert len(corpus) >= 14
    reports = []
    for extra in ([], ["--pdf-backend", "pdfminer"]):
        args = ["check", *corpus, "--format", "json", "--no-cache", "--jobs", "1", *extra]
        result = CliRunner().invoke(cli, args)
        assert result.exit_code in (0, 1), result.output
        reports.append(json.loads(result.output))
    default, pdfminer = reports
    assert sum(len(f["findings"]) for f in default["files"]) > 50
    assert default == pdfminer


# -- choosing a backend ------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["check", "dump"])
def test_a_wrong_backend_name_is_a_usage_error(command: str) -> None:
    result = CliRunner().invoke(
        cli, [command, str(FIXTURES / "multipage-lo.pdf"), "--pdf-backend", "fast"]
    )
    assert result.exit_code == 2
    assert "Invalid value for '--pdf-backend'" in result.output
    assert "'pdfium'" in result.output and "'pdfminer'" in result.output
    assert "Traceback" not in result.output


def test_a_wrong_backend_in_the_configuration_names_the_key(tmp_path: Path) -> None:
    (tmp_path / ".pat-lint.yaml").write_text("pdf-backend: fast\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pat_lint.cli", "check", str(FIXTURES / "multipage-lo.pdf")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "key 'pdf-backend' must be one of pdfium, pdfminer, got 'fast'" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_configuration_chooses_the_backend_and_the_option_wins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pat_lint.readers.pdf_parts import backends

    used: list[str] = []
    real = backends.source

    def spy(requested: str | None = None):  # type: ignore[no-untyped-def]
        module = real(requested)
        used.append(module.__name__.rsplit(".", 1)[-1])
        return module

    monkeypatch.setattr(pdf_reader, "source", spy)
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".pat-lint.yaml").write_text("pdf-backend: pdfminer\n", encoding="utf-8")
    pdf = str(FIXTURES / "layout-slides-lo.pdf")
    shown = CliRunner().invoke(cli, ["config", "--show"])
    assert re.search(r'^pdf-backend: "pdfminer"\s+# from .*\.pat-lint\.yaml$', shown.output, re.M)
    for extra in ([], ["--pdf-backend", "pdfium"]):
        result = CliRunner().invoke(cli, ["check", pdf, "--no-cache", "--jobs", "1", *extra])
        assert result.exit_code in (0, 1), result.output
    assert used == ["pdfminer_source", "pdfium_source"]


def test_without_pypdfium2_pdfminer_reads_the_pdf_without_a_word() -> None:
    pdf = str(FIXTURES / "multipage-rl.pdf")
    script = (
        "import sys; sys.modules['pypdfium2'] = None; "  # as if pypdfium2 were not installed
        "from pat_lint.cli import main; sys.argv = ['pat-lint', *sys.argv[1:]]; main()"
    )
    args = ["check", pdf, "--format", "json", "--no-cache", "--jobs", "1"]
    without = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, check=False
    )
    assert without.returncode == 1, without.stderr
    assert without.stderr == ""
    with_pdfminer = CliRunner().invoke(cli, [*args, "--pdf-backend", "pdfminer"])
    assert json.loads(without.stdout)["files"] == json.loads(with_pdfminer.output)["files"]


def test_neither_pdf_library_is_loaded_before_a_pdf_is_read() -> None:
    probe = (
        "import sys, pat_lint.cli, pat_lint.config, pat_lint.cache;"
        "from pat_lint.cli import cli;"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'pypdfium2', 'pdfminer'}))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_cache_keeps_each_backend_apart(tmp_path: Path) -> None:
    from pat_lint.cache import run_key
    from pat_lint.config import Config, resolve_rules
    from pat_lint.engine import RunOptions

    all_rules, enabled = resolve_rules(Config())
    keys = {
        name: run_key(RunOptions(tuple(enabled), tuple(all_rules), pdf_backend=name))
        for name in (None, "pdfium", "pdfminer")
    }
    assert keys[None] == keys["pdfium"] != keys["pdfminer"]
    cache = tmp_path / "cache"
    pdf = str(FIXTURES / "layout-columns-lo.pdf")
    for extra in ([], ["--pdf-backend", "pdfminer"], [], ["--pdf-backend", "pdfminer"]):
        args = ["check", pdf, "--cache-dir", str(cache), "--jobs", "1", *extra]
        assert CliRunner().invoke(cli, args).exit_code in (0, 1)
    entries = [p for p in (cache / "v1").rglob("*") if p.is_file()]
    assert len(entries) == 2  # one per backend, each found again on the second run


# -- what PDFium does differently, undone -------------------------------------------------------


def test_pdfium_marks_line_end_hyphens_and_the_reader_mends_them_as_pdfminer_does() -> None:
    import pypdfium2

    path = FIXTURES / "multipage-lo.pdf"
    document = pypdfium2.PdfDocument(path)
    raw = "".join(document[k].get_textpage().get_text_range() for k in range(len(document)))
    document.close()
    assert "man\ufffe" in raw and "disaggre\ufffe" in raw and "female\ufffe" in raw
    for name in BACKENDS:
        text = "\n".join(texts(readers.read(path, name)))
        assert "\ufffe" not in text
        assert "more manpower in the coming years" in text  # a word broken by hyphenation
        assert "will be disaggregated by sex and age" in text
        assert "In female-headed households" in text  # a compound broken at its hyphen
        assert "natural or man-made disasters" in text


@pytest.mark.skipif(not DEJAVU.exists(), reason="the DejaVu fonts are not installed")
def test_ligatures_are_read_as_their_letters(tmp_path: Path, backend: str) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(TTFont("DejaVu", str(DEJAVU)))
    path = tmp_path / "ligatures.pdf"
    canvas = Canvas(str(path), invariant=1)
    canvas.setFont("DejaVu", 12)
    canvas.drawString(
        72, 700, "An e\ufb03cient o\ufb03ce for \ufb01nancial a\ufb00airs and \ufb02ows."
    )
    canvas.drawString(72, 686, "Women and men were consulted separately.")
    canvas.showPage()
    canvas.save()
    assert texts(readers.read(path, backend)) == [
        "An efficient office for financial affairs and flows. "
        "Women and men were consulted separately."
    ]


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF file of numbered objects, with its cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def test_glyphs_without_unicode_are_left_out(tmp_path: Path, backend: str) -> None:
    content = (
        b"BT /F1 12 Tf 72 700 Td (Women and men) Tj ET\n"
        b"BT /F2 12 Tf 160 700 Td (\\001\\002\\003) Tj ET\n"  # a Type 3 font with no Unicode
        b"BT /F1 12 Tf 72 686 Td (are consulted separately.) Tj ET\n"
    )
    glyph = b"0 0 0 0 1 1 d1 0 0 1 1 re f"
    path = tmp_path / "unmapped.pdf"
    path.write_bytes(
        _pdf(
            [
                b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
                b"<< /Length %d >>\nstream\n%sendstream" % (len(content), content),
                b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                b"/Encoding /WinAnsiEncoding >>",
                b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1 1] "
                b"/FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << /g1 7 0 R /g2 7 0 R /g3 7 0 R >> "
                b"/Encoding << /Type /Encoding /Differences [1 /g1 /g2 /g3] >> "
                b"/FirstChar 1 /LastChar 3 /Widths [600 600 600] >>",
                b"<< /Length %d >>\nstream\n%s\nendstream" % (len(glyph), glyph),
            ]
        )
    )
    text = " ".join(texts(readers.read(path, backend)))
    assert text == "Women and men are consulted separately."


def test_a_page_whose_text_runs_up_or_down_is_read_in_its_direction(
    tmp_path: Path, backend: str
) -> None:
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "sideways.pdf"
    canvas = Canvas(str(path), invariant=1)
    canvas.rotate(90)  # a landscape table printed sideways: every line runs up the page
    canvas.setFont("Helvetica-Bold", 16)
    canvas.drawString(72, -60, "Results framework")
    canvas.setFont("Helvetica", 12)
    for k in range(3):
        canvas.drawString(
            72, -100 - 14 * k, f"Output {k + 1}: women and men trained in district {k + 1}."
        )
    canvas.showPage()
    canvas.rotate(-90)  # and one running down
    canvas.drawString(-500, 72, "Annex: the text of this page runs down.")
    canvas.showPage()
    canvas.save()
    document = readers.read(path, backend)
    assert [(b.kind, b.location.page, b.text) for b in document.blocks] == [
        (BlockKind.HEADING, 1, "Results framework"),
        (
            BlockKind.PARAGRAPH,
            1,
            " ".join(f"Output {k}: women and men trained in district {k}." for k in (1, 2, 3)),
        ),
        (BlockKind.PARAGRAPH, 2, "Annex: the text of this page runs down."),
    ]


def test_pdfs_read_in_threads_at_once_read_as_they_do_alone() -> None:
    from concurrent.futures import ThreadPoolExecutor

    names = [path.name for path in sorted(FIXTURES.glob("layout-*.pdf"))] * 3
    alone = {name: dump(readers.read(FIXTURES / name)) for name in set(names)}
    with ThreadPoolExecutor(4) as pool:  # PDFium is not thread-safe: the reader takes turns
        together = list(pool.map(lambda name: dump(readers.read(FIXTURES / name)), names))
    assert together == [alone[name] for name in names]


# -- limits, the file, damaged files -----------------------------------------------------------


def _paged(path: Path, pages: int) -> None:
    """A reportlab proposal of ``pages`` pages, each a heading and a ruled table."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    story = []
    for page, place in enumerate(["Diffa", "Maradi", "Zinder", "Tahoua", "Agadez"][:pages], 1):
        table = Table([["Result", "Indicator"], [f"Output {page}", "Number of women trained"]])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0))]))
        body = f"In {place}, women and men will be consulted separately before the work starts."
        story += [
            Paragraph(f"The {place} component", styles["Heading1"]),
            Paragraph(body, styles["BodyText"]),
            table,
            PageBreak(),
        ]
    SimpleDocTemplate(str(path), invariant=1).build(story[:-1])


def test_reading_limits(tmp_path: Path, backend: str, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "five.pdf"
    _paged(path, 5)
    whole = readers.read(path, backend)
    assert whole.pages == 5 and {b.location.table for b in whole.blocks} == {None, 1, 2, 3, 4, 5}
    monkeypatch.setattr(pdf_reader, "MAX_PAGES", 2)
    first = readers.read(path, backend)
    assert first.pages == 5  # the total, though only two pages were read
    assert {b.location.page for b in first.blocks} == {1, 2}
    monkeypatch.setattr(pdf_reader, "MAX_RULINGS", 3)
    assert all(b.location.table is None for b in readers.read(path, backend).blocks)
    monkeypatch.setattr(pdf_reader, "MAX_GLYPHS_PER_PAGE", 12)
    cut = readers.read(path, backend)
    for page in (1, 2):
        letters = "".join(b.text for b in cut.blocks if b.location.page == page)
        assert 0 < len(letters.replace(" ", "")) <= 12


def test_the_file_is_only_read(tmp_path: Path, backend: str) -> None:
    path = tmp_path / "proposal.pdf"
    path.write_bytes((FIXTURES / "layout-borderless-lo.pdf").read_bytes())
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    assert readers.read(path, backend).blocks
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    if os.geteuid() != 0:  # root may write a read-only file anyway
        with pytest.raises(PermissionError):
            path.open("r+b")


def _damaged(source: bytes) -> list[bytes]:
    """Damaged copies of a PDF: cut short (with an end marker), bytes overwritten, a stretch
    lost, garbage let in; the same every run."""
    size = len(source)
    copies = []
    for k in range(1, 9):
        at = size * k // 9
        copies.append(source[:at] + b"\n%%EOF\n")
        copies.append(
            source[:at] + bytes((at * 7 + j) % 256 for j in range(40)) + source[at + 40 :]
        )
        copies.append(source[: at // 2] + source[at:])
        copies.append(source[:at] + b"0 0 obj << /Kids [1 0 R] >> ]]>> endstream (" + source[at:])
    return copies


@pytest.mark.parametrize("name", ["multipage-lo.pdf", "layout-footnotes-rl.pdf"])
def test_damaged_pdfs_give_a_one_line_error_or_their_text(
    tmp_path: Path, name: str, backend: str
) -> None:
    outcomes = set()
    for k, data in enumerate(_damaged((FIXTURES / name).read_bytes())):
        path = tmp_path / f"damaged-{k}.pdf"
        path.write_bytes(data)
        try:
            document = readers.read(path, backend)
        except ReadError as exc:
            assert exc.code in {"corrupt", "no-text"}, (k, exc.code)
            assert "\n" not in exc.message and len(exc.message) <= 300
            assert not re.search(r"pdfium|fpdf|ctypes", exc.message, re.IGNORECASE), exc.message
            outcomes.add(exc.code)
        else:
            assert all(block.text.strip() for block in document.blocks)
            outcomes.add("read")
    assert "read" in outcomes and "corrupt" in outcomes
