"""Benchmarks: pat-lint's time and memory as ratios against floors measured in the same run.

    python bench/bench.py                       # every section
    python bench/bench.py languages --repeat 7  # one section
    python bench/bench.py large --pages 300
    python bench/bench.py pdf --pages 300       # pages/s of each PDF backend

Each section prints a Markdown heading, the command that produced it and a table the README
quotes. Sections (add one with a function and an entry in :data:`SECTIONS`):

- ``languages``: one-file runs of an English, French and Spanish proposal (Markdown and Word),
  whole process, next to ``python -c "import spacy; spacy.blank('en')"``; medians of
  ``--repeat`` interleaved runs and the peak RSS of the worst one.
- ``large``: start-up, the fixture corpus, and a generated ``--pages``-page proposal (docx, and
  the same as PDF through LibreOffice) against python-docx / pypdfium2 extracting its text; the
  PDF also with ``--pdf-backend pdfminer`` against pdfminer.six extracting its text.
- ``pdf``: the PDF reader alone on the generated proposal at 30, 100 and ``--pages`` pages, with
  each backend, against pypdfium2 extracting the text of every page (the floor); time inside
  the process (imports done), so pages/s and ms per page show how reading grows with pages.
- ``corpus``: the first 30 files of the generated set (below), checked in one process and on
  every core, against one process extracting their text with python-docx + pdfminer.six.
- ``scale``: ``--files`` (1,000) generated proposals — variants of the labelled corpus and
  held-out sources (``fixtures/*/src``) in their own formats (LibreOffice PDFs made with
  reportlab instead), each with a reference line and its numbers shifted so no two files share
  their text — checked cold (empty cache) and warm (every file cached) on every core, the 30
  first files cold for the memory comparison, and 100 files on one core for files/s per core.

Time is wall-clock of the whole process. Peak RSS is the largest sum of the resident memory of
the process and all its children (the workers of ``--jobs``), sampled every 20 ms; for a single
process it is ``wait4``'s peak. Generated files go to ``bench/out/`` and are reused.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import threading
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


def run_once(command: list[str], env: dict[str, str] | None = None) -> Sample:
    """Run ``command`` to completion, output discarded; a crash stops the benchmark (it would
    otherwise be timed as a fast run). Exit codes 0 and 1 (findings) are fine."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=ROOT
    )
    tree = TreeMemory(process.pid)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    tree_peak = tree.stop()
    process.returncode = os.waitstatus_to_exitcode(status)
    stderr = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if process.returncode not in (0, 1):
        raise SystemExit(f"bench: {shlex.join(command)} exited with {process.returncode}\n{stderr}")
    peak_kib = usage.ru_maxrss / (1024 if sys.platform == "darwin" else 1)  # bytes on macOS
    return Sample(seconds, usage.ru_utime + usage.ru_stime, max(peak_kib / 1024, tree_peak))


class TreeMemory:
    """Samples the summed resident memory of a process and its descendants (Linux ``/proc``;
    elsewhere it reports 0 and :func:`run_once` falls back on ``wait4``)."""

    def __init__(self, pid: int, interval: float = 0.02) -> None:
        self.pid, self.interval, self.peak_kib = pid, interval, 0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def stop(self) -> float:
        """Stop sampling; the peak in MiB."""
        self._done.set()
        self._thread.join()
        return self.peak_kib / 1024

    def _sample(self) -> None:
        while not self._done.is_set():
            self.peak_kib = max(self.peak_kib, sum(map(rss_kib, descendants(self.pid))))
            self._done.wait(self.interval)


def descendants(pid: int) -> list[int]:
    """``pid`` and every process below it: from each process's ``children`` list where Linux
    keeps one (cheap), else from the parent of every process on the system (a scan of
    ``/proc`` every sample took a fifth of a core from the run it measured)."""
    if Path(f"/proc/{pid}/task/{pid}/children").exists():
        return _listed_descendants(pid)
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").glob("[0-9]*/stat") if Path("/proc").is_dir() else ():
        try:
            fields = entry.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        children.setdefault(int(fields[1]), []).append(int(entry.parent.name))
    found, queue = [], [pid]
    while queue:
        current = queue.pop()
        found.append(current)
        queue.extend(children.get(current, ()))
    return found


def _listed_descendants(pid: int) -> list[int]:
    """Descendants read from ``/proc/<pid>/task/<tid>/children`` of every thread."""
    found, queue = [], [pid]
    while queue:
        current = queue.pop()
        found.append(current)
        for task in Path(f"/proc/{current}/task").glob("*/children"):
            try:
                queue.extend(int(child) for child in task.read_text().split())
            except (OSError, ValueError):
                continue
    return found


def rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


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


def check(*paths: Path, options: tuple[str, ...] = ("--no-cache", "--jobs", "1")) -> list[str]:
    """``pat-lint check`` on ``paths``; by default as before ``--jobs`` and the cache existed
    (one process, nothing cached), so earlier figures stay comparable."""
    return [
        *pat_lint(),
        "check",
        *map(str, paths),
        "--no-progress",
        "-q",
        "--fail-on",
        "never",
        *options,
    ]


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


def extract_only(path: Path, pdf_library: str = "pdfminer") -> None:
    """What the libraries need just to get the text out (the floor for pat-lint): python-docx,
    or pdfminer.six or pypdfium2 (``pdf_library``)."""
    if path.suffix == ".docx":
        from docx import Document

        doc = Document(path)
        _ = [p.text for p in doc.paragraphs]
        _ = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    elif pdf_library == "pypdfium2":
        pdfium_text(path)
    else:
        from pdfminer.high_level import extract_text

        extract_text(path)


def pdfium_text(path: Path) -> int:
    """Every page's text with pypdfium2, the plain way (the floor of the PDF reader); the
    number of pages."""
    import pypdfium2

    document = pypdfium2.PdfDocument(path)
    for index in range(len(document)):
        page = document[index]
        text_page = page.get_textpage()
        text_page.get_text_range()
        text_page.close()
        page.close()
    count = len(document)
    document.close()
    return count


def time_pdf_reading(path: Path, how: str, out: Path) -> None:
    """Time reading a PDF in this process, its imports done first: ``how`` is ``floor``
    (:func:`pdfium_text`) or a pat-lint backend (``pdfium``, ``pdfminer``). Writes the seconds,
    the CPU seconds and the page count as JSON to ``out``."""
    from pat_lint.readers import pdf
    from pat_lint.readers.pdf_parts.backends import source

    if how != "floor":
        source(how)  # the backend's library imported before the clock starts
    import pypdfium2  # noqa: F401

    start, cpu = time.perf_counter(), time.process_time()
    pages = pdfium_text(path) if how == "floor" else pdf.read(path, how).pages
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    out.write_text(json.dumps({"seconds": seconds, "cpu": cpu, "pages": pages}), encoding="utf-8")


def corpus_files() -> list[Path]:
    return [
        p
        for p in sorted(CORPUS.glob("*.*"))
        if p.suffix in (".docx", ".pdf", ".md", ".txt") and p.name != "README.md"
    ]


def bench_large(args: argparse.Namespace) -> str:
    """Start-up, the fixture corpus, and a long docx and PDF against bare text extraction."""
    pdf = large_pdf(args.pages)
    docx = pdf.with_suffix(".docx")
    corpus = corpus_files()
    commands = {"version": [*pat_lint(), "--version"], "corpus": check(*corpus)}
    runs = [  # (row, file, pat-lint's options, the library that extracts the text alone)
        (f"`check` on {docx.name}", docx, (), "python-docx"),
        (f"`check` on {pdf.name}", pdf, (), "pypdfium2"),
        (f"`check --pdf-backend pdfminer` on {pdf.name}", pdf, PDFMINER, "pdfminer"),
    ]
    for row, path, options, library in runs:
        commands[f"extract {path.name} {library}"] = [
            sys.executable,
            "-c",
            f"import sys; sys.path.insert(0, {str(ROOT / 'bench')!r}); import bench; "
            f"bench.extract_only(__import__('pathlib').Path({str(path)!r}), {library!r})",
        ]
        commands[row] = check(path, options=("--no-cache", "--jobs", "1", *options))
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
    for row, path, _, library in runs:
        t_lint = median_seconds(samples[row])
        t_extract = median_seconds(samples[f"extract {path.name} {library}"])
        lines.append(
            f"| {row} | {t_lint:.2f} | {t_extract:.2f} ({library}) "
            f"| {t_lint / t_extract:.1f}× | {peak_mib(samples[row]):.0f} |"
        )
    return "\n".join(lines) + "\n"


PDFMINER = ("--pdf-backend", "pdfminer")


# -- section: the PDF reader, page by page -----------------------------------------------------


def large_pdf(pages: int) -> Path:
    """The generated proposal of ``pages`` pages as a LibreOffice PDF (made once, in OUT)."""
    OUT.mkdir(parents=True, exist_ok=True)
    docx, pdf = OUT / f"large-{pages}p.docx", OUT / f"large-{pages}p.pdf"
    if not docx.exists():
        make_docx(docx, pages)
    if not pdf.exists():
        make_pdf(docx, pdf)
    return pdf


def bench_pdf(args: argparse.Namespace) -> str:
    """The PDF reader with each backend at three lengths, against pypdfium2's text alone."""
    sizes = sorted({30, 100, args.pages})
    files = {size: large_pdf(size) for size in sizes}
    hows = {"floor": "pypdfium2 text (floor)", "pdfium": "pdfium", "pdfminer": "pdfminer"}
    repeat = min(args.repeat, 3)
    timings: dict[tuple[int, str], list[dict[str, float]]] = {}
    samples: dict[tuple[int, str], list[Sample]] = {}
    timing = OUT / "pdf-timing.json"
    for _ in range(repeat):  # interleaved, as :func:`measure` does
        for size, path in files.items():
            for how in hows:
                command = [
                    sys.executable,
                    "-c",
                    f"import sys, pathlib; sys.path.insert(0, {str(ROOT / 'bench')!r}); "
                    f"import bench; bench.time_pdf_reading(pathlib.Path({str(path)!r}), "
                    f"{how!r}, pathlib.Path({str(timing)!r}))",
                ]
                samples.setdefault((size, how), []).append(run_once(command))
                timings.setdefault((size, how), []).append(json.loads(timing.read_text()))
    timing.unlink(missing_ok=True)
    lines = heading("The PDF reader, page by page", ["pdf", "--pages", str(args.pages)])
    lines += [
        "LibreOffice PDFs of the generated proposal (~2,400 characters a page, a ruled table "
        f"every 10 pages). Time inside the process, imports done; medians of {repeat} runs. "
        "Floor: pypdfium2 extracting every page's text (`get_textpage().get_text_range()`). "
        "Peak RSS of the whole process.",
        "",
        "| pages | reader | pages/s | ms per page (CPU) | ÷ floor | peak RSS (MiB) |",
        "|---|---|---|---|---|---|",
    ]
    for size in sizes:
        floor = statistics.median(t["seconds"] for t in timings[(size, "floor")])
        for how, label in hows.items():
            runs = timings[(size, how)]
            pages = runs[0]["pages"]
            seconds = statistics.median(t["seconds"] for t in runs)
            cpu = statistics.median(t["cpu"] for t in runs)
            ratio = "" if how == "floor" else f"{seconds / floor:.1f}×"
            lines.append(
                f"| {pages:.0f} | {label} | {pages / seconds:,.0f} | {1000 * seconds / pages:.1f} "
                f"({1000 * cpu / pages:.1f}) | {ratio} | {peak_mib(samples[(size, how)]):.0f} |"
            )
    return "\n".join(lines) + "\n"


# -- the generated set: many proposals ---------------------------------------------------------

SOURCES = [ROOT / "fixtures" / "corpus" / "src", ROOT / "fixtures" / "holdout" / "src"]
#: A variant's reference line, in its source's language.
REFERENCE = {
    "en": "Proposal reference BENCH-{n:04d}, submitted for review.",
    "fr": "Référence de la proposition BENCH-{n:04d}, soumise pour examen.",
    "es": "Referencia de la propuesta BENCH-{n:04d}, presentada para revisión.",
}
#: A number of two or more digits that is not part of "1.2.3" or "2,600".
NUMBER = re.compile(r"(?<![\d.,])\d{2,}(?![.,]?\d)")
#: Bump when the generator changes: the set in bench/out is rebuilt.
GENERATOR_VERSION = "1"


def proposals(count: int) -> list[Path]:
    """``count`` generated proposals in ``bench/out/proposals-<count>/`` (built once)."""
    folder = OUT / f"proposals-{count}"
    stamp = folder / ".complete"
    if not stamp.is_file() or stamp.read_text() != GENERATOR_VERSION:
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        started = time.perf_counter()
        make_proposals(folder, count)
        stamp.write_text(GENERATOR_VERSION)
        print(f"(generated {count} proposals in {time.perf_counter() - started:.0f} s)")
    return sorted(p for p in folder.iterdir() if not p.name.startswith("."))


def make_proposals(folder: Path, count: int) -> None:
    """Variant ``n`` of source ``n % len(sources)``: its own format (a LibreOffice PDF is made
    with reportlab, much faster), a reference line after its title, every number of two or more
    digits shifted by ``n``."""
    from dataclasses import replace

    sys.path.insert(0, str(ROOT / "fixtures"))
    import build_fixtures as fixtures

    sources = [fixtures.load_source(p) for d in SOURCES for p in sorted(d.glob("*.src.md"))]
    for n in range(count):
        source = sources[n % len(sources)]
        body = NUMBER.sub(lambda m, n=n: str(int(m.group()) + n), source.body)
        title, _, rest = body.partition("\n")
        body = f"{title}\n\n{REFERENCE[source.language].format(n=n)}\n\n{rest.lstrip()}"
        kind = "pdf-rl" if source.format == "pdf-lo" else source.format
        variant = replace(source, format=kind, body=body, id=f"{n:04d}-{source.id}")
        fixtures.build_source(variant, folder / f"{variant.id}{fixtures.FORMATS[kind]}")


def tree_peak(samples: list[Sample]) -> float:
    return max(s.peak_mib for s in samples)


def extract_all(paths: list[Path]) -> None:
    """Every file's text the plain way: python-docx, pdfminer.six, or read as text."""
    for path in paths:
        if path.suffix in (".docx", ".pdf"):
            extract_only(path)
        else:
            path.read_bytes().decode("utf-8", errors="replace")


def extract_command(paths: list[Path]) -> list[str]:
    listing = OUT / "extract-list.txt"
    listing.write_text("\n".join(map(str, paths)) + "\n", encoding="utf-8")
    return [
        sys.executable,
        "-c",
        f"import sys; sys.path.insert(0, {str(ROOT / 'bench')!r}); import bench, pathlib; "
        f"bench.extract_all([pathlib.Path(l) for l in open({str(listing)!r}).read().split()])",
    ]


# -- section: a corpus against text extraction -------------------------------------------------


def bench_corpus(args: argparse.Namespace) -> str:
    """30 mixed proposals: pat-lint on one core and on all, against text extraction."""
    files = proposals(args.files)[:30]
    commands = {
        "extract": extract_command(files),
        "one core": check(*files),
        "all cores": check(*files, options=("--no-cache",)),
    }
    repeat = min(args.repeat, 3)  # runs of seconds: 3 are enough
    samples = measure(commands, repeat)
    floor = median_seconds(samples["extract"])
    formats = sorted({p.suffix.lstrip(".") for p in files})
    lines = heading("30 proposals against text extraction", ["corpus", "--repeat", str(repeat)])
    lines += [
        f"The first 30 generated proposals ({'/'.join(formats)}; en/fr/es), no cache. Floor: one "
        "process extracting their text with python-docx and pdfminer.six (md/txt read as text).",
        "",
        "| run | time (s) | ÷ extraction | CPU (s) | ÷ extraction | peak RSS (MiB) |",
        "|---|---|---|---|---|---|",
    ]
    cpu_floor = median_cpu(samples["extract"])
    rows = (
        ("extract", "text extraction (python-docx + pdfminer.six)"),
        ("one core", "`check --jobs 1`"),
        ("all cores", f"`check --jobs {os.cpu_count()}`"),
    )
    for name, label in rows:
        t, cpu = median_seconds(samples[name]), median_cpu(samples[name])
        lines.append(
            f"| {label} | {t:.2f} | {t / floor:.1f}× | {cpu:.2f} | {cpu / cpu_floor:.1f}× "
            f"| {tree_peak(samples[name]):.0f} |"
        )
    return "\n".join(lines) + "\n"


# -- section: 1,000 proposals, cold and warm ---------------------------------------------------


def bench_scale(args: argparse.Namespace) -> str:
    """Many proposals on every core: cold, warm, memory against 30 files, files/s per core."""
    files = proposals(args.files)
    cache = OUT / "scale-cache"
    folder = files[0].parent
    cold = check(folder, options=("--cache-dir", str(cache)))
    warm = cold
    thirty = check(*files[:30], options=("--no-cache",))
    single = files[:100]
    one_core = check(*single, options=("--no-cache", "--jobs", "1"))
    runs: dict[str, list[Sample]] = {"cold": [], "warm": [], "30": [], "one core": []}
    for _ in range(args.repeat_scale):
        shutil.rmtree(cache, ignore_errors=True)
        runs["cold"].append(run_once(cold))
        runs["warm"].append(run_once(warm))
        runs["30"].append(run_once(thirty))
        runs["one core"].append(run_once(one_core))
    shutil.rmtree(cache, ignore_errors=True)
    t_cold, t_warm = median_seconds(runs["cold"]), median_seconds(runs["warm"])
    t_one = median_seconds(runs["one core"])
    rss_cold, rss_30 = tree_peak(runs["cold"]), tree_peak(runs["30"])
    per_core = len(single) / t_one
    cores = os.cpu_count() or 1
    kinds: dict[str, int] = {}
    for path in files:
        kinds[path.suffix.lstrip(".")] = kinds.get(path.suffix.lstrip("."), 0) + 1
    mix = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items()))
    argv = ["scale", "--files", str(args.files), "--repeat-scale", str(args.repeat_scale)]
    lines = heading(f"{len(files)} proposals", argv)
    lines += [
        f"{len(files)} generated proposals ({mix}; en/fr/es), `--jobs {cores}` (the default). "
        f"Medians of {args.repeat_scale} runs; peak RSS summed over the process and its workers.",
        "",
        "| run | time (s) | CPU (s) | files/s | target | peak RSS (MiB) |",
        "|---|---|---|---|---|---|",
        f"| cold: empty cache | {t_cold:.2f} | {median_cpu(runs['cold']):.1f} "
        f"| {len(files) / t_cold:.0f} | ≤ 25 s | {rss_cold:.0f} |",
        f"| warm: every file cached | {t_warm:.2f} | {median_cpu(runs['warm']):.1f} "
        f"| {len(files) / t_warm:.0f} | ≤ 3 s | {tree_peak(runs['warm']):.0f} |",
        f"| 30 files, no cache | {median_seconds(runs['30']):.2f} | {median_cpu(runs['30']):.1f} "
        f"| | | {rss_30:.0f} |",
        f"| {len(single)} files, `--jobs 1`, no cache | {t_one:.2f} "
        f"| {median_cpu(runs['one core']):.1f} | {per_core:.1f} per core | "
        f"| {tree_peak(runs['one core']):.0f} |",
        "",
        f"Peak RSS, {len(files)} files ÷ 30 files: {rss_cold / rss_30:.2f}× (target ≤ 1.2×). "
        f"A cached file costs {1000 * t_warm / len(files):.1f} ms of the warm run "
        f"(start-up included). One core checks {per_core:.1f} files/s; "
        f"{cores} cores {len(files) / t_cold:.1f} files/s.",
    ]
    return "\n".join(lines) + "\n"


# -- command line ------------------------------------------------------------------------------

SECTIONS: dict[str, Callable[[argparse.Namespace], str]] = {
    "languages": bench_languages,
    "large": bench_large,
    "pdf": bench_pdf,
    "corpus": bench_corpus,
    "scale": bench_scale,
}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("sections", nargs="*", metavar="SECTION", help=", ".join(SECTIONS))
    parser.add_argument("--repeat", type=int, default=5, help="runs of each command (median)")
    parser.add_argument("--pages", type=int, default=300, help="pages of the large proposal")
    parser.add_argument("--files", type=int, default=1000, help="proposals of the scale section")
    parser.add_argument(
        "--repeat-scale", type=int, default=2, help="runs of each command in the scale section"
    )
    args = parser.parse_args()
    unknown = [name for name in args.sections if name not in SECTIONS]
    if unknown:
        parser.error(f"unknown section {unknown[0]!r}; choose from {', '.join(SECTIONS)}")
    for name in args.sections or SECTIONS:
        print(SECTIONS[name](args), flush=True)


if __name__ == "__main__":
    main()
