"""Benchmarks: pat-lint's time and memory as ratios against floors measured in the same run.

    python bench/bench.py                       # every section
    python bench/bench.py languages --repeat 7  # one section
    python bench/bench.py large --pages 300

Each section prints a Markdown heading, the command that produced it and a table the README
quotes. Sections (add one with a function and an entry in :data:`SECTIONS`):

- ``languages``: one-file runs of an English, French and Spanish proposal (Markdown and Word),
  whole process, next to ``python -c "import spacy; spacy.blank('en')"``; medians of
  ``--repeat`` interleaved runs and the peak RSS of the worst one.
- ``large``: start-up, the fixture corpus, and a generated ``--pages``-page proposal (docx, and
  the same as PDF through LibreOffice) against python-docx / pdfminer.six extracting its text.

Time is wall-clock of the whole process; peak RSS comes from ``wait4`` on that process.
"""

from __future__ import annotations

import argparse
import os
import shlex
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
CORPUS = ROOT / "fixtures" / "corpus"
PARAGRAPH = (
    "The project will support {n} returnees and their families in the districts of the "
    "region, working with local authorities, employers and community organisations so that "
    "women and men can rebuild livelihoods; the chairman of the steering committee reports "
    "each quarter on progress, risks and the manpower available to partners."
)


# -- measuring ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sample:
    """One run of a command: wall time and CPU time (user + system) in seconds, peak resident
    memory in MiB. CPU time varies less than wall time when other work shares the machine."""

    seconds: float
    cpu: float
    peak_mib: float


def run_once(command: list[str]) -> Sample:
    """Run ``command`` to completion, output discarded; a crash stops the benchmark (it would
    otherwise be timed as a fast run). Exit codes 0 and 1 (findings) are fine."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    stderr = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if process.returncode not in (0, 1):
        raise SystemExit(f"bench: {shlex.join(command)} exited with {process.returncode}\n{stderr}")
    peak_kib = usage.ru_maxrss / (1024 if sys.platform == "darwin" else 1)  # bytes on macOS
    return Sample(seconds, usage.ru_utime + usage.ru_stime, peak_kib / 1024)


def measure(commands: dict[str, list[str]], repeat: int) -> dict[str, list[Sample]]:
    """Run every command ``repeat`` times, interleaved (a round runs each once), so that a slow
    spell of the machine weighs on all of them alike."""
    samples: dict[str, list[Sample]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, command in commands.items():
            samples[name].append(run_once(command))
    return samples


def median_seconds(samples: list[Sample]) -> float:
    return statistics.median(s.seconds for s in samples)


def median_cpu(samples: list[Sample]) -> float:
    return statistics.median(s.cpu for s in samples)


def peak_mib(samples: list[Sample]) -> float:
    return max(s.peak_mib for s in samples)


def pat_lint() -> list[str]:
    """The ``pat-lint`` command of this interpreter (the console script, as users run it)."""
    script = Path(sys.executable).parent / "pat-lint"
    return [str(script)] if script.exists() else [sys.executable, "-m", "pat_lint.cli"]


def check(*paths: Path) -> list[str]:
    return [*pat_lint(), "check", *map(str, paths), "--no-progress", "-q", "--fail-on", "never"]


def heading(title: str, argv: list[str]) -> list[str]:
    command = shlex.join(["python", "bench/bench.py", *argv])
    return [f"### {title}", "", f"`{command}` (this machine: {os.cpu_count()} cores)", ""]


# -- section: one file per language ------------------------------------------------------------

#: One proposal per language and format, of similar length (words, as pat-lint reads them).
LANGUAGE_FILES = {
    "md": {
        "en": CORPUS / "en-07-tillaberi-stabilisation.md",
        "fr": CORPUS / "fr-05-gestion-frontieres-mauritanie.md",
        "es": CORPUS / "es-05-salud-canarias.md",
    },
    "docx": {
        "en": CORPUS / "en-01-fair-recruitment.docx",
        "fr": CORPUS / "fr-01-migration-main-oeuvre.docx",
        "es": CORPUS / "es-01-integracion-cucuta.docx",
    },
}
FLOOR = [sys.executable, "-c", "import spacy; spacy.blank('en')"]


def bench_languages(args: argparse.Namespace) -> str:
    """One-file runs per language against the English floor and the English run."""
    commands = {"floor": FLOOR}
    commands["--version"] = [*pat_lint(), "--version"]
    commands["--help"] = [*pat_lint(), "--help"]
    for fmt, files in LANGUAGE_FILES.items():
        for language, path in files.items():
            commands[f"{language}.{fmt}"] = check(path)
    samples = measure(commands, args.repeat)
    floor = samples["floor"]
    lines = heading("One file per language", ["languages", "--repeat", str(args.repeat)])
    lines += [
        f"Medians of {args.repeat} interleaved runs (wall time, and CPU time: user + system); "
        "peak RSS of the largest run. Floor: `python -c \"import spacy; spacy.blank('en')\"`.",
        "",
        "| run | time (s) | ÷ floor | ÷ English | CPU (s) | ÷ floor | ÷ English | peak RSS (MiB) |",
        "|---|---|---|---|---|---|---|---|",
        _language_row("floor: `import spacy; spacy.blank('en')`", floor, floor, None),
    ]
    for name in ("--version", "--help"):
        lines.append(_language_row(f"`pat-lint {name}`", samples[name], floor, None))
    for fmt, files in LANGUAGE_FILES.items():
        english = samples[f"en.{fmt}"]
        for language, path in files.items():
            what = f"`check` {path.name} ({language})"
            lines.append(_language_row(what, samples[f"{language}.{fmt}"], floor, english))
    return "\n".join(lines) + "\n"


def _language_row(
    what: str, runs: list[Sample], floor: list[Sample], english: list[Sample] | None
) -> str:
    cells = [what]
    for median in (median_seconds, median_cpu):
        value = median(runs)
        cells += [f"{value:.2f}", f"{value / median(floor):.2f}×"]
        cells.append(f"{value / median(english):.2f}×" if english else "")
    cells.append(f"{peak_mib(runs):.0f}")
    return "| " + " | ".join(cells) + " |"


# -- section: large files ----------------------------------------------------------------------


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


def corpus_files() -> list[Path]:
    return [
        p
        for p in sorted(CORPUS.glob("*.*"))
        if p.suffix in (".docx", ".pdf", ".md", ".txt") and p.name != "README.md"
    ]


def bench_large(args: argparse.Namespace) -> str:
    """Start-up, the fixture corpus, and a long docx and PDF against bare text extraction."""
    OUT.mkdir(parents=True, exist_ok=True)
    docx, pdf = OUT / f"large-{args.pages}p.docx", OUT / f"large-{args.pages}p.pdf"
    if not docx.exists():
        make_docx(docx, args.pages)
    if not pdf.exists():
        make_pdf(docx, pdf)
    corpus = corpus_files()
    commands = {"version": [*pat_lint(), "--version"], "corpus": check(*corpus)}
    for path in (docx, pdf):
        commands[f"extract {path.name}"] = [
            sys.executable,
            "-c",
            f"import sys; sys.path.insert(0, {str(ROOT / 'bench')!r}); "
            f"import bench; bench.extract_only(__import__('pathlib').Path({str(path)!r}))",
        ]
        commands[f"check {path.name}"] = check(path)
    samples = measure(commands, args.repeat)
    argv = ["large", "--pages", str(args.pages), "--repeat", str(args.repeat)]
    lines = heading("Large files", argv)
    lines += [
        "| what | pat-lint (s) | text extraction only (s) | ratio | peak RSS (MiB) |",
        "|---|---|---|---|---|",
        f"| start-up: `pat-lint --version` | {median_seconds(samples['version']):.2f} |  |  |  |",
        f"| `check` on the corpus ({len(corpus)} files) | {median_seconds(samples['corpus']):.2f} "
        f"|  |  | {peak_mib(samples['corpus']):.0f} |",
    ]
    for path in (docx, pdf):
        t_lint = median_seconds(samples[f"check {path.name}"])
        t_extract = median_seconds(samples[f"extract {path.name}"])
        lines.append(
            f"| `check` on {path.name} | {t_lint:.2f} | {t_extract:.2f} "
            f"| {t_lint / t_extract:.1f}× | {peak_mib(samples[f'check {path.name}']):.0f} |"
        )
    return "\n".join(lines) + "\n"


# -- command line ------------------------------------------------------------------------------

SECTIONS: dict[str, Callable[[argparse.Namespace], str]] = {
    "languages": bench_languages,
    "large": bench_large,
}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("sections", nargs="*", metavar="SECTION", help=", ".join(SECTIONS))
    parser.add_argument("--repeat", type=int, default=5, help="runs of each command (median)")
    parser.add_argument("--pages", type=int, default=300, help="pages of the large proposal")
    args = parser.parse_args()
    unknown = [name for name in args.sections if name not in SECTIONS]
    if unknown:
        parser.error(f"unknown section {unknown[0]!r}; choose from {', '.join(SECTIONS)}")
    for name in args.sections or SECTIONS:
        print(SECTIONS[name](args), flush=True)


if __name__ == "__main__":
    main()
