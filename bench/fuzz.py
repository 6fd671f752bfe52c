"""Fuzzing: mutated fixtures of every format through pat-lint's engine and JSON report.

    python bench/fuzz.py --count 10000 --seed 1          # the documented run (every core)
    python bench/fuzz.py --count 200 --seed 3 --jobs 2   # a sample (tests/test_fuzz.py)
    python bench/fuzz.py --seed 1 --only 1234 --save /tmp/x   # write input 1234 of a run again
    python bench/fuzz.py hostile                          # the inputs of issue #15, timed

Each input is a fixture (``fixtures/sample``, ``fixtures/readers``, ``fixtures/corpus``: .docx,
.pdf, .md, .txt) changed by one to three mutations that know its format:

- **bytes** (every format): bytes flipped, a range truncated, duplicated, zeroed or inserted;
  the content given another format's suffix;
- **.docx** zip members dropped, duplicated (two entries of one name), truncated or stored
  recompressed; XML nodes of ``word/document.xml`` deleted, duplicated, nested deeply (tables in
  cells, content controls in content controls), their attributes garbled (spans of 0, -1 or
  100000, values that are not numbers) and their text replaced by odd characters;
- **.md** pipe tables with ragged rows and very wide rows, lists nested deeply, unclosed code
  fences, HTML tables with odd ``rowspan``/``colspan``, headings and emphasis left open;
- **.txt** ASCII-art tables with ragged or broken borders, very long lines, NUL bytes and
  byte-order marks in the middle, lines of bullets and numbers;
- **.pdf** the cross-reference table and ``startxref`` broken, streams truncated (also inside
  their compression) or their content operators garbled, objects duplicated or deleted.

Every input is checked by a worker process that imports pat-lint once and runs what ``pat-lint
check FILE --format json --no-cache`` runs (:func:`pat_lint.engine.lint_paths`, the JSON
reporter, then the report is validated against ``report.schema.json``); every
``--cli-every``-th input also through the ``pat-lint`` command itself. A worker that takes more
than ``--timeout`` seconds on one input is killed and the input counted as a hang. Counted per
run: inputs, **tracebacks** (an exception out of the engine or reporter, an ``internal-error``
result, a report that fails the schema, a CLI run that exits other than 0/1/2 or prints a
traceback), **hangs**, files **missing** from the report, and each input's peak resident memory
(the worker's high-water mark, reset before each input). Inputs that failed are kept under
``--out`` with what went wrong. The same ``--seed`` gives the same inputs, in any ``--jobs``.
"""

from __future__ import annotations

import argparse
import copy
import io
import json
import multiprocessing
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
import warnings
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out" / "fuzz"
SEED_FOLDERS = ("fixtures/sample", "fixtures/readers", "fixtures/corpus")
FORMATS = (".docx", ".pdf", ".md", ".txt")
#: A worker's address space: an input that makes pat-lint grow past it fails with a
#: MemoryError (reported as a too-large error, and counted below) instead of taking the machine.
WORKER_MEMORY = 3 << 30
warnings.filterwarnings("ignore", "Duplicate name", UserWarning)  # zipfile, on purpose here


# -- seeds -----------------------------------------------------------------------------------


def seed_files() -> list[Path]:
    """The fixtures mutations start from, in a stable order."""
    found: list[Path] = []
    for folder in SEED_FOLDERS:
        found += sorted(p for p in (ROOT / folder).iterdir() if p.suffix in FORMATS)
    return found


# -- mutations: bytes ------------------------------------------------------------------------

Mutation = Callable[[random.Random, bytes], bytes]
ODD_TEXT = (
    "\u0000",
    "\ufeff",
    "\u202e",
    "\ud7ff",
    "\U0001f600",
    "e\u0301",
    "\u00a0",
    "\u2028",
    "\r",
    "\t",
    "(" * 50,
    "|",
    "-" * 300,
    "chairman " * 40,
    "W" * 3000,
)


def _span(rng: random.Random, size: int, longest: int = 4096) -> tuple[int, int]:
    start = rng.randrange(max(size, 1))
    return start, min(size, start + rng.randint(1, longest))


def flip_bytes(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 20)):
        if out:
            out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(max(len(data), 1))]


def duplicate_range(rng: random.Random, data: bytes) -> bytes:
    start, end = _span(rng, len(data))
    at = rng.randrange(len(data) + 1)
    return data[:at] + data[start:end] * rng.choice((1, 2, 50)) + data[at:]


def zero_range(rng: random.Random, data: bytes) -> bytes:
    start, end = _span(rng, len(data))
    return data[:start] + b"\0" * (end - start) + data[end:]


def insert_bytes(rng: random.Random, data: bytes) -> bytes:
    at = rng.randrange(len(data) + 1)
    noise = rng.choice(
        (
            bytes(rng.randrange(256) for _ in range(rng.randint(1, 64))),
            rng.choice(ODD_TEXT).encode("utf-8", "surrogatepass"),
            b"\xff\xfe",
            b"\xef\xbb\xbf",
        )
    )
    return data[:at] + noise + data[at:]


BYTE_MUTATIONS: tuple[Mutation, ...] = (
    flip_bytes,
    truncate,
    duplicate_range,
    zero_range,
    insert_bytes,
)


# -- mutations: .docx ------------------------------------------------------------------------


def _members(data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]] | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return [(info, archive.read(info)) for info in archive.infolist()]
    except Exception:  # already broken by an earlier mutation: leave it to the byte mutations
        return None


def _zip(members: list[tuple[zipfile.ZipInfo, bytes]], method: int | None = None) -> bytes:
    """A package of ``members`` (two of one name are written as such)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for info, content in members:
            info = zipfile.ZipInfo(info.filename, info.date_time)
            info.compress_type = zipfile.ZIP_DEFLATED if method is None else method
            archive.writestr(info, content)
    return out.getvalue()


def zip_member(rng: random.Random, data: bytes) -> bytes:
    """Drop, duplicate, truncate or recompress one member of the package."""
    members = _members(data)
    if not members:
        return flip_bytes(rng, data)
    index = rng.randrange(len(members))
    if rng.random() < 0.3:  # the member that matters most
        index = next((i for i, (m, _) in enumerate(members) if "document" in m.filename), index)
    info, content = members[index]
    action = rng.choice(("drop", "duplicate", "truncate", "recompress"))
    if action == "drop":
        del members[index]
    elif action == "duplicate":
        members.insert(rng.randrange(len(members) + 1), (info, truncate(rng, content)))
    elif action == "truncate":
        members[index] = (info, truncate(rng, content))
    else:
        return _zip(members, rng.choice((zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)))
    return _zip(members)


def _document_xml(data: bytes) -> tuple[list[tuple[zipfile.ZipInfo, bytes]], int, object] | None:
    from lxml import etree

    members = _members(data)
    if not members:
        return None
    for index, (info, content) in enumerate(members):
        if info.filename == "word/document.xml":
            try:
                return members, index, etree.fromstring(content)
            except etree.XMLSyntaxError:
                return None
    return None


def xml_nodes(rng: random.Random, data: bytes) -> bytes:
    """Delete, duplicate, deeply nest or garble nodes of ``word/document.xml``."""
    from lxml import etree

    found = _document_xml(data)
    if found is None:
        return zip_member(rng, data)
    members, index, root = found
    nodes = [n for n in root.iter() if isinstance(n.tag, str) and n.getparent() is not None]
    if not nodes:
        return data
    for _ in range(rng.randint(1, 5)):
        node = rng.choice(nodes)
        parent = node.getparent()
        if parent is None:
            continue
        action = rng.choice(("delete", "duplicate", "nest", "attributes", "text", "move"))
        if action == "delete":
            parent.remove(node)
        elif action == "duplicate":
            for _ in range(rng.choice((1, 2, 200))):
                parent.insert(parent.index(node), copy.deepcopy(node))
        elif action == "nest":
            tag = rng.choice(("tbl", "sdt", "tc", "p", "r", "hyperlink", "ins"))
            inner = copy.deepcopy(node)
            for _ in range(rng.choice((3, 50, 300))):
                wrapper = etree.Element(node.tag.split("}")[0] + "}" + tag)
                wrapper.append(inner)
                inner = wrapper
            parent.replace(node, inner)
        elif action == "attributes":
            for name in list(node.attrib) or [node.tag.split("}")[0] + "}val"]:
                value = ("0", "-1", "100000", "2147483647", "-2147483648", "x", "", "1e9", "2.5")
                node.set(name, rng.choice(value))
        elif action == "text":
            node.text = rng.choice(ODD_TEXT) * rng.choice((1, 5))
        else:
            target = rng.choice(nodes)
            if target is not node and node not in target.iterancestors():
                target.append(node)
    members[index] = (members[index][0], etree.tostring(root))
    return _zip(members)


# -- mutations: Markdown and text ------------------------------------------------------------


def _lines(data: bytes) -> list[str]:
    return data.decode("utf-8", "replace").split("\n")


def _insert_lines(rng: random.Random, data: bytes, new: list[str]) -> bytes:
    lines = _lines(data)
    at = rng.randrange(len(lines) + 1)
    return "\n".join(lines[:at] + new + lines[at:]).encode("utf-8", "surrogatepass")


def markdown_structure(rng: random.Random, data: bytes) -> bytes:
    """Ragged or very wide pipe tables, deep lists, unclosed fences, odd HTML tables …"""
    kind = rng.choice(("ragged", "wide", "deep", "fence", "html", "open", "rows"))
    if kind == "ragged":
        rows = [
            "| " + " | ".join("Number of women" for _ in range(rng.randint(0, 9))) for _ in "x" * 6
        ]
        new = ["| Indicator | Target |", "|---|---|"] + [
            r + rng.choice(("", " |", "\\|")) for r in rows
        ]
    elif kind == "wide":
        width = rng.choice((50, 500, 3000))
        new = ["|" + "|".join(f"Indicator {i}" for i in range(width)) + "|", "|" + "---|" * width]
        new.append("|" + "|".join("Number of men trained" for _ in range(width)) + "|")
    elif kind == "deep":
        depth = rng.choice((10, 100, 1000))
        new = [("  " * i) + rng.choice(("- ", "1. ", "* ", "> ")) + "item" for i in range(depth)]
    elif kind == "fence":
        new = [rng.choice(("```", "~~~", "````python")), "| a | b |", "- not a list"]
    elif kind == "html":
        span = rng.choice(("0", "-1", "x", "100000", "3"))
        new = [
            "<table>",
            f'<tr><td rowspan="{span}">Outcome</td><td colspan="{span}">Number of chairmen</td>',
            "<tr><td>" * rng.choice((1, 30)) + "Women",
            rng.choice(("</table>", "", "</tr></table></table>")),
        ]
    elif kind == "open":
        new = [rng.choice(("# ", "**", "[", "<!--", "`", "<div>", "&#x")) * rng.choice((1, 500))]
    else:
        new = [rng.choice(("|", "-", "=", "#", "+", "*")) * rng.randint(1, 200) for _ in "x" * 20]
    return _insert_lines(rng, data, new)


def text_structure(rng: random.Random, data: bytes) -> bytes:
    """ASCII-art tables ragged or broken, very long lines, NULs and BOMs in the middle …"""
    kind = rng.choice(("grid", "broken", "long", "nul", "bullets", "pipes"))
    if kind == "grid":
        width = rng.choice((2, 20, 400))
        border = "+" + "+".join("-" * rng.randint(1, 12) for _ in range(width)) + "+"
        row = "|" + "|".join(" women " for _ in range(rng.randint(1, width))) + "|"
        new = [border, row, border, row, row, border]
    elif kind == "broken":
        new = ["+----+-----+", "| a  | b", "|----+--+--|", "  | c | d |", "+-+"]
    elif kind == "long":
        new = [rng.choice(ODD_TEXT) * rng.choice((100, 10000))]
    elif kind == "nul":
        new = ["\0" * rng.randint(1, 50) + "\ufeffText after NULs"]
    elif kind == "bullets":
        new = [rng.choice(("•", "-", "1.", "a)", "1.1.1", "o")) + " item" for _ in range(200)]
    else:
        new = [
            "| " + " | ".join("x" * rng.randint(0, 5) for _ in range(rng.randint(1, 40)))
            for _ in range(30)
        ]
    return _insert_lines(rng, data, new)


# -- mutations: PDF --------------------------------------------------------------------------

_OBJECT = re.compile(rb"\d+ \d+ obj\b.*?endobj", re.DOTALL)
_STREAM = re.compile(rb"stream\r?\n(.*?)endstream", re.DOTALL)


def pdf_objects(rng: random.Random, data: bytes) -> bytes:
    """Break the xref table or ``startxref``, truncate or garble a stream, duplicate or delete
    an object."""
    action = rng.choice(("xref", "startxref", "stream", "content", "duplicate", "delete"))
    if action == "xref":
        at = data.rfind(b"xref")
        if at >= 0:
            end = min(len(data), at + rng.randint(20, 400))
            garbled = bytes(b if not 48 <= b <= 57 else rng.randint(48, 57) for b in data[at:end])
            return data[:at] + garbled + data[end:]
    if action == "startxref":
        return re.sub(
            rb"startxref\s+\d+", b"startxref\n" + str(rng.randint(0, 10**9)).encode(), data
        )
    streams = list(_STREAM.finditer(data))
    if action in ("stream", "content") and streams:
        match = rng.choice(streams)
        body = match.group(1)
        if action == "content":
            try:
                inner = zlib.decompress(body)
                return (
                    data[: match.start(1)]
                    + zlib.compress(_garble_content(rng, inner))
                    + data[match.end(1) :]
                )
            except zlib.error:
                return data[: match.start(1)] + _garble_content(rng, body) + data[match.end(1) :]
        return data[: match.start(1)] + truncate(rng, body) + data[match.end(1) :]
    objects = list(_OBJECT.finditer(data))
    if not objects:
        return flip_bytes(rng, data)
    match = rng.choice(objects)
    if action == "duplicate":
        return (
            data[: match.end()] + b"\n" + match.group() * rng.choice((1, 3)) + data[match.end() :]
        )
    return data[: match.start()] + data[match.end() :]


def _garble_content(rng: random.Random, content: bytes) -> bytes:
    """A content stream with operators, numbers and strings changed."""
    choice = rng.choice(("numbers", "operators", "strings", "bytes"))
    if choice == "numbers":
        return re.sub(
            rb"-?\d+\.?\d*",
            lambda _: rng.choice((b"0", b"-1", b"1e308", b"99999999", b"NaN")),
            content,
            count=50,
        )
    if choice == "operators":
        return re.sub(
            rb"\b(Tj|TJ|Td|Tm|re|cm|BT|ET|q|Q)\b",
            lambda _: rng.choice((b"Tj", b"Q", b"BT", b"Do", b"")),
            content,
        )
    if choice == "strings":
        return re.sub(
            rb"\(([^)]*)\)", lambda m: b"(" + m.group(1)[::-1] * 2 + b"\\", content, count=20
        )
    return flip_bytes(rng, content)


# -- mutations: choosing ---------------------------------------------------------------------

STRUCTURE: dict[str, tuple[Mutation, ...]] = {
    ".docx": (zip_member, xml_nodes, xml_nodes),
    ".md": (markdown_structure, markdown_structure),
    ".txt": (text_structure, text_structure),
    ".pdf": (pdf_objects, pdf_objects),
}


def make_input(seed: int, number: int, seeds: list[Path]) -> tuple[str, bytes, str, list[str]]:
    """Input ``number`` of the run with ``seed``: (file name, content, fixture, mutations)."""
    rng = random.Random(f"{seed}:{number}")
    source = seeds[rng.randrange(len(seeds))]
    data = source.read_bytes()
    suffix = source.suffix
    applied: list[str] = []
    for _ in range(rng.choice((1, 1, 2, 3))):
        pool = STRUCTURE[suffix] + (BYTE_MUTATIONS if rng.random() < 0.35 else ())
        mutation = rng.choice(pool)
        try:
            data = mutation(rng, data)
            applied.append(mutation.__name__)
        except (ValueError, TypeError):  # lxml refused what the mutation wrote: flip bytes
            data = flip_bytes(rng, data)
            applied.append("flip_bytes")
    if rng.random() < 0.03:
        suffix = rng.choice([s for s in FORMATS if s != suffix])
        applied.append(f"renamed to {suffix}")
    return f"fuzz-{seed}-{number:05d}{suffix}", data, source.name, applied


# -- checking --------------------------------------------------------------------------------


@dataclass
class Outcome:
    """What checking one input gave."""

    number: int
    name: str
    fixture: str
    mutations: list[str]
    seconds: float = 0.0
    peak_mib: float = 0.0
    status: str = ""  # ok / error / hang / traceback (pat-lint failed, out of memory too) / missing
    code: str = ""  # the file's error code, if any
    detail: str = ""
    via_cli: bool = False


def _peak_kib() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def _reset_peak() -> None:
    try:
        with open("/proc/self/clear_refs", "w") as handle:
            handle.write("5")  # resets the high-water mark of resident memory (Linux)
    except OSError:
        pass


def worker(connection: Connection) -> None:
    """Check each path sent, answer a dict; imports pat-lint once."""
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (WORKER_MEMORY, WORKER_MEMORY))
    import jsonschema

    from pat_lint.config import Config, resolve_rules
    from pat_lint.engine import RunOptions, lint_paths
    from pat_lint.reporters import ReportContext, render

    all_rules, enabled = resolve_rules(Config())
    options = RunOptions(tuple(enabled), tuple(all_rules))
    context = ReportContext(rules=tuple(all_rules))
    schema = json.loads((ROOT / "pat_lint" / "schema" / "report.schema.json").read_text())
    while True:
        path = connection.recv()
        if path is None:
            return
        _reset_peak()
        started = time.perf_counter()
        answer: dict[str, object] = {}
        try:
            report = json.loads(render("json", lint_paths([Path(path)], options), context))
            jsonschema.validate(report, schema)
            files = [f for f in report["files"] if f["path"] == path]
            if len(files) != 1:
                answer = {"status": "missing", "detail": f"{len(files)} entries for the file"}
            elif files[0]["status"] == "error":
                error = files[0]["error"]
                bad = _is_failure(error["code"], error["message"])
                answer = {
                    "status": "traceback" if bad else "error",
                    "code": error["code"],
                    "detail": error["message"],
                }
            else:
                answer = {"status": "ok"}
        except Exception:
            answer = {"status": "traceback", "detail": traceback.format_exc()[-3000:]}
        answer["seconds"] = time.perf_counter() - started
        answer["peak_mib"] = _peak_kib() / 1024
        connection.send(answer)


def _is_failure(code: str, message: str) -> bool:
    """An error result that is pat-lint failing, not the file: an internal error, a crashed
    worker, or memory running out (a MemoryError turned into ``too-large`` by the engine,
    unlike the documented limits, whose messages say which was passed)."""
    return code in ("internal-error", "crashed") or "too large to" in message


def check_with_cli(path: Path, timeout: float) -> dict[str, object]:
    """What ``pat-lint check PATH --format json --no-cache`` does with an input."""
    started = time.perf_counter()
    command = [
        sys.executable,
        "-m",
        "pat_lint",
        "check",
        str(path),
        "--format",
        "json",
        "--no-cache",
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}  # this checkout's pat-lint
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=timeout, cwd=path.parent, env=env
        )
    except subprocess.TimeoutExpired:
        return {"status": "hang", "seconds": timeout}
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 1, 2) or "Traceback" in done.stderr:
        return {"status": "traceback", "detail": done.stderr[-3000:], "seconds": seconds}
    try:
        files = json.loads(done.stdout)["files"]
    except (json.JSONDecodeError, KeyError):
        return {
            "status": "missing",
            "detail": "no JSON report: " + done.stderr[-500:],
            "seconds": seconds,
        }
    if len(files) != 1:
        return {
            "status": "missing",
            "detail": f"{len(files)} files in the report",
            "seconds": seconds,
        }
    error = files[0]["error"] or {}
    bad = _is_failure(error.get("code", ""), error.get("message", ""))
    status = "traceback" if bad else ("error" if error else "ok")
    return {
        "status": status,
        "code": error.get("code", ""),
        "detail": error.get("message", ""),
        "seconds": seconds,
    }


@dataclass
class _Worker:
    process: multiprocessing.Process
    connection: Connection
    outcome: Outcome | None = None
    path: Path | None = None
    started: float = 0.0


def _start_worker() -> _Worker:
    parent, child = multiprocessing.Pipe()
    process = multiprocessing.Process(target=worker, args=(child,), daemon=True)
    process.start()
    child.close()
    return _Worker(process, parent)


@dataclass
class Run:
    """A fuzz run's outcomes and totals."""

    seed: int
    count: int
    jobs: int
    outcomes: list[Outcome] = field(default_factory=list)
    seconds: float = 0.0

    def total(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    def summary(self) -> dict[str, object]:
        peaks = [o.peak_mib for o in self.outcomes if o.peak_mib]
        slowest = max(self.outcomes, key=lambda o: o.seconds, default=None)
        biggest = max(self.outcomes, key=lambda o: o.peak_mib, default=None)
        codes: dict[str, int] = {}
        for outcome in self.outcomes:
            if outcome.code:
                codes[outcome.code] = codes.get(outcome.code, 0) + 1
        return {
            "seed": self.seed,
            "inputs": len(self.outcomes),
            "tracebacks": self.total("traceback"),
            "hangs": self.total("hang"),
            "missing": self.total("missing"),
            "ok": self.total("ok"),
            "errors": self.total("error"),
            "error_codes": dict(sorted(codes.items())),
            "through_cli": sum(1 for o in self.outcomes if o.via_cli),
            "peak_mib_max": round(max(peaks, default=0.0), 1),
            "peak_mib_max_input": biggest.name if biggest else "",
            "peak_mib_median": round(sorted(peaks)[len(peaks) // 2], 1) if peaks else 0.0,
            "slowest_seconds": round(slowest.seconds, 2) if slowest else 0.0,
            "slowest_input": slowest.name if slowest else "",
            "over_10_seconds": sum(1 for o in self.outcomes if o.seconds > 10),
            "seconds": round(self.seconds, 1),
            "jobs": self.jobs,
        }


def fuzz(
    seed: int, count: int, jobs: int, timeout: float, out: Path, cli_every: int, start: int = 0
) -> Run:
    """Generate and check ``count`` inputs on ``jobs`` workers; failing inputs kept in ``out``."""
    seeds = seed_files()
    run = Run(seed, count, jobs)
    began = time.perf_counter()
    scratch = Path(tempfile.mkdtemp(prefix="pat-lint-fuzz-"))
    (out / "failed").mkdir(parents=True, exist_ok=True)
    log = (out / f"outcomes-{seed}.jsonl").open("w", encoding="utf-8")
    workers = [_start_worker() for _ in range(jobs)]
    pending = iter(range(start, start + count))
    cli_queue: list[tuple[Outcome, Path]] = []

    def finish(outcome: Outcome, path: Path, answer: dict[str, object]) -> None:
        outcome.status = str(answer.get("status", ""))
        outcome.code = str(answer.get("code", ""))
        outcome.detail = str(answer.get("detail", ""))
        outcome.seconds = float(answer.get("seconds", 0.0))  # type: ignore[arg-type]
        outcome.peak_mib = float(answer.get("peak_mib", 0.0))  # type: ignore[arg-type]
        run.outcomes.append(outcome)
        log.write(json.dumps(asdict(outcome), ensure_ascii=False) + "\n")
        if outcome.status in ("traceback", "hang", "missing"):
            shutil.copy(path, out / "failed" / path.name)
            (out / "failed" / (path.name + ".txt")).write_text(
                json.dumps(asdict(outcome), ensure_ascii=False, indent=2), encoding="utf-8"
            )
        if cli_every and outcome.number % cli_every == 0 and outcome.status != "hang":
            cli_queue.append((outcome, path))
        else:
            path.unlink(missing_ok=True)

    def assign(slot: _Worker) -> bool:
        number = next(pending, None)
        if number is None:
            return False
        name, data, fixture, mutations = make_input(seed, number, seeds)
        path = scratch / name
        path.write_bytes(data)
        slot.outcome = Outcome(number, name, fixture, mutations)
        slot.path = path
        slot.started = time.perf_counter()
        slot.connection.send(str(path))
        return True

    try:
        busy = [w for w in workers if assign(w)]
        while busy:
            ready = wait([w.connection for w in busy], timeout=1.0)
            now = time.perf_counter()
            for slot in list(busy):
                assert slot.outcome is not None and slot.path is not None
                if slot.connection in ready:
                    try:
                        answer = slot.connection.recv()
                    except EOFError:  # the worker died (out of memory?)
                        answer = {
                            "status": "traceback",
                            "detail": "worker died",
                            "seconds": now - slot.started,
                        }
                        slot.process.join()
                        workers[workers.index(slot)] = fresh = _start_worker()
                        busy[busy.index(slot)] = fresh
                        finish(slot.outcome, slot.path, answer)
                        if not assign(fresh):
                            busy.remove(fresh)
                        continue
                    finish(slot.outcome, slot.path, answer)
                    if not assign(slot):
                        busy.remove(slot)
                elif now - slot.started > timeout:
                    slot.process.kill()
                    slot.process.join()
                    finish(
                        slot.outcome, slot.path, {"status": "hang", "seconds": now - slot.started}
                    )
                    fresh = _start_worker()
                    workers[workers.index(slot)] = fresh
                    busy[busy.index(slot)] = fresh
                    if not assign(fresh):
                        busy.remove(fresh)
            done = len(run.outcomes)
            if done and done % 500 == 0 and ready:
                print(
                    f"  {done}/{count} inputs, {time.perf_counter() - began:.0f} s", file=sys.stderr
                )
        for outcome, path in cli_queue:
            answer = check_with_cli(path, timeout)
            outcome.via_cli = True
            if answer["status"] in ("traceback", "hang", "missing"):
                outcome.status, outcome.detail = (
                    str(answer["status"]),
                    str(answer.get("detail", "")),
                )
                shutil.copy(path, out / "failed" / path.name)
            path.unlink(missing_ok=True)
    finally:
        for slot in workers:
            if slot.process.is_alive():
                slot.connection.send(None)
                slot.process.join(timeout=5)
                if slot.process.is_alive():
                    slot.process.kill()
        log.close()
        shutil.rmtree(scratch, ignore_errors=True)
    run.outcomes.sort(key=lambda o: o.number)
    run.seconds = time.perf_counter() - began
    return run


def report(run: Run, argv: list[str]) -> str:
    """The run as a Markdown section (the figures docs/formats.md quotes)."""
    s = run.summary()
    header = ("inputs", "tracebacks", "hangs", "missing", "ok / error results")
    header += ("peak RSS (max, median)", "slowest", "time")
    cells = (
        f"{s['inputs']:,} ({s['through_cli']} also through the CLI)",
        str(s["tracebacks"]),
        str(s["hangs"]),
        str(s["missing"]),
        f"{s['ok']:,} / {s['errors']:,}",
        f"{s['peak_mib_max']} MiB, {s['peak_mib_median']} MiB",
        f"{s['slowest_seconds']} s",
        f"{s['seconds']} s on {s['jobs']} workers",
    )
    codes = s["error_codes"]
    assert isinstance(codes, dict)
    lines = [
        f"### Fuzzing, seed {run.seed}",
        "",
        f"`python bench/fuzz.py {' '.join(argv)}`",
        "",
        "| " + " | ".join(header) + " |",
        "|" + "---|" * len(header),
        "| " + " | ".join(cells) + " |",
        "",
        "Error results by code: " + ", ".join(f"`{k}` {v}" for k, v in codes.items()),
    ]
    for outcome in [o for o in run.outcomes if o.status in ("traceback", "hang", "missing")][:20]:
        last = outcome.detail.splitlines()[-1] if outcome.detail else ""
        how = ", ".join(outcome.mutations)
        lines.append(f"- {outcome.status}: {outcome.name} ({outcome.fixture}; {how}): {last}")
    return "\n".join(lines) + "\n"


# -- the hostile cases of issue #15 ------------------------------------------------------------


def hostile_cases() -> str:
    """Each case of ``fixtures/hostile/make_hostile.py`` through ``pat-lint check`` (one
    process each): its verdict, wall and CPU time and peak resident memory, as a Markdown
    table (docs/formats.md, "Limits", quotes it)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "make_hostile", ROOT / "fixtures" / "hostile" / "make_hostile.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    lines = [
        "| input | file | verdict | wall | CPU | peak RSS |",
        "|---|---|---|---|---|---|",
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryDirectory(prefix="pat-lint-hostile-") as folder:
        for name, build in module.CASES.items():
            path = build(Path(folder))
            command = [sys.executable, "-m", "pat_lint", "check", str(path)]
            command += ["--format", "json", "--no-cache"]
            started = time.perf_counter()
            process = subprocess.Popen(command, stdout=subprocess.PIPE, env=env)
            stdout = process.stdout.read() if process.stdout else b""
            _, status, usage = os.wait4(process.pid, 0)
            seconds = time.perf_counter() - started
            process.returncode = os.waitstatus_to_exitcode(status)
            (result,) = json.loads(stdout)["files"]
            if result["error"]:
                verdict = f"exit {process.returncode}, `{result['error']['code']}`: "
                verdict += result["error"]["message"]
            else:
                verdict = f"exit {process.returncode}, analysed, {len(result['findings'])} findings"
            cpu = usage.ru_utime + usage.ru_stime
            size = f"{path.stat().st_size / 1e6:,.1f} MB"
            lines.append(
                f"| {name} | {size} | {verdict} | {seconds:.1f} s | {cpu:.1f} s "
                f"| {usage.ru_maxrss / 1024:.0f} MiB |"
            )
            path.unlink()
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "section",
        nargs="?",
        default="fuzz",
        choices=("fuzz", "hostile"),
        help="fuzz: mutated fixtures (default); hostile: the inputs of issue #15, timed",
    )
    parser.add_argument("--count", type=int, default=1000, help="inputs to generate and check")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument(
        "--timeout", type=float, default=60.0, help="seconds before an input is a hang"
    )
    parser.add_argument(
        "--cli-every",
        type=int,
        default=50,
        help="also run every Nth input through the CLI (0: never)",
    )
    parser.add_argument("--out", type=Path, default=OUT, help="where failing inputs and the log go")
    parser.add_argument("--start", type=int, default=0, help="number of the first input")
    parser.add_argument(
        "--only", type=int, help="write input ONLY of the run (with --save) and stop"
    )
    parser.add_argument("--save", type=Path, help="folder for --only")
    parser.add_argument("--json", type=Path, help="also write the summary as JSON here")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))  # this checkout's pat-lint, in the workers too
    if args.section == "hostile":
        print(f"`python bench/fuzz.py hostile`\n\n{hostile_cases()}")
        return
    if args.only is not None:
        name, data, fixture, mutations = make_input(args.seed, args.only, seed_files())
        folder = args.save or Path(".")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
        print(f"{folder / name}: from {fixture} by {', '.join(mutations)}")
        return
    run = fuzz(args.seed, args.count, args.jobs, args.timeout, args.out, args.cli_every, args.start)
    print(report(run, sys.argv[1:]))
    if args.json:
        args.json.write_text(json.dumps(run.summary(), indent=2) + "\n", encoding="utf-8")
    failures = run.total("traceback") + run.total("hang") + run.total("missing")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
