"""Benchmark: pat-lint's time and memory next to the bare text extraction of the same libraries.

    python bench/bench.py [--pages 300] [--repeat 3]

Generates a large proposal (docx and pdf, ~``pages`` pages) under bench/out/, then times:
start-up (``pat-lint --version``), ``pat-lint check`` on the fixture corpus and on the large
files, and python-docx / pdfminer.six extracting the same files' text with nothing else.
Prints a Markdown table for the README.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
PARAGRAPH = (
    "The project will support {n} returnees and their families in the districts of the "
    "region, working with local authorities, employers and community organisations so that "
    "women and men can rebuild livelihoods; the chairman of the steering committee reports "
    "each quarter on progress, risks and the manpower available to partners."
)


def make_docx(path: Path, pages: int) -> None:
    """A long proposal: headings, ~8 paragraphs a page, a results matrix every 10 pages."""
    from docx import Document

    doc = Document()
    for page in range(pages):
        if page % 10 == 0:
            doc.add_heading(f"{page // 10 + 1}. Component {page // 10 + 1}", level=1)
            table = doc.add_table(rows=4, cols=3)
            for col, title in enumerate(("Result", "Indicators", "Target")):
                table.cell(0, col).text = title
            for row in range(1, 4):
                table.cell(row, 0).text = f"Output {page}.{row}"
                table.cell(row, 1).text = f"Number of migrants assisted in district {row}"
                table.cell(row, 2).text = str(100 * row)
        for n in range(8):
            doc.add_paragraph(PARAGRAPH.format(n=page * 8 + n))
    doc.save(path)


def make_pdf(docx: Path, pdf: Path) -> None:
    """The same proposal as PDF, through LibreOffice."""
    subprocess.run(
        [
            "soffice",
            "--headless",
            "-env:UserInstallation=file:///tmp/pat-lint-bench-lo",
            "--convert-to",
            "pdf",
            "--outdir",
            str(pdf.parent),
            str(docx),
        ],
        check=True,
        capture_output=True,
        timeout=1200,
    )


def extract_only(path: Path) -> None:
    """What the libraries need just to get the text out (the floor for pat-lint)."""
    if path.suffix == ".docx":
        from docx import Document

        doc = Document(path)
        _ = [p.text for p in doc.paragraphs]
        _ = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    else:
        from pdfminer.high_level import extract_text

        extract_text(path)


_MEASURE = (
    "import resource, subprocess, sys, time; t = time.perf_counter();"
    "rc = subprocess.run(sys.argv[1:], capture_output=True).returncode;"
    "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, rc)"
)


def timed(command: list[str], repeat: int) -> tuple[float, float]:
    """Best wall time over ``repeat`` runs, and the command's peak RSS in MiB."""
    best, peak = float("inf"), 0.0
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, "-c", _MEASURE, *command],
            capture_output=True,
            text=True,
            timeout=3600,
            check=True,
        ).stdout.split()
        if int(out[2]) not in (0, 1):  # a crash would be timed as a fast run
            raise SystemExit(f"bench: {' '.join(command)} exited with {out[2]}")
        best = min(best, float(out[0]))
        peak = max(peak, int(out[1]) / 1024)
    return best, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    docx, pdf = OUT / f"large-{args.pages}p.docx", OUT / f"large-{args.pages}p.pdf"
    if not docx.exists():
        make_docx(docx, args.pages)
    if not pdf.exists():
        make_pdf(docx, pdf)
    py = sys.executable
    lint = [py, "-m", "pat_lint.cli", "check", "--no-progress", "--fail-on", "never", "-q"]
    rows = []
    t, _ = timed([py, "-m", "pat_lint.cli", "--version"], args.repeat)
    rows.append(("start-up: `pat-lint --version`", t, None, None))
    corpus = sorted((ROOT / "fixtures" / "corpus").glob("*.*"))
    corpus = [
        p for p in corpus if p.suffix in (".docx", ".pdf", ".md", ".txt") and p.name != "README.md"
    ]
    t, _ = timed([*lint, *map(str, corpus)], args.repeat)
    rows.append((f"`check` on the corpus ({len(corpus)} files)", t, None, None))
    for path in (docx, pdf):
        extract = [
            py,
            "-c",
            f"import sys; sys.path.insert(0, {str(ROOT / 'bench')!r}); "
            f"import bench; bench.extract_only(__import__('pathlib').Path({str(path)!r}))",
        ]
        t_extract, _ = timed(extract, args.repeat)
        t_lint, peak = timed([*lint, str(path)], args.repeat)
        rows.append((f"`check` on {path.name}", t_lint, t_extract, peak))
    print("| what | pat-lint (s) | text extraction only (s) | ratio | peak RSS (MiB) |")
    print("|---|---|---|---|---|")
    for what, t_lint, t_extract, peak in rows:
        ratio = f"{t_lint / t_extract:.1f}×" if t_extract else ""
        extract_cell = f"{t_extract:.2f}" if t_extract else ""
        peak_cell = f"{peak:.0f}" if peak else ""
        print(f"| {what} | {t_lint:.2f} | {extract_cell} | {ratio} | {peak_cell} |")


if __name__ == "__main__":
    main()
