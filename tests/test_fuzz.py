"""Fuzzing (issue #15): a sample of ``bench/fuzz.py`` — mutated fixtures of every format through
the engine, the JSON report and the command line — gives no traceback, no hang and no file
missing from the report; and every input a fuzz run ever made pat-lint fail on, kept in
``fixtures/hostile/``, gets a verdict."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = ROOT / "fixtures" / "hostile"
REGRESSIONS = sorted(p for p in HOSTILE.iterdir() if p.suffix in (".docx", ".pdf", ".md", ".txt"))


@pytest.mark.slow
def test_a_fuzz_sample_gives_no_traceback_hang_or_missing_file(tmp_path: Path):
    summary = tmp_path / "summary.json"
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "fuzz.py"), "--count", "200", "--seed", "3"]
        + ["--jobs", "2", "--timeout", "60", "--cli-every", "20"]
        + ["--out", str(tmp_path / "out"), "--json", str(summary)],
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    figures = json.loads(summary.read_text())
    assert figures["inputs"] == 200 and figures["through_cli"] == 10
    assert (figures["tracebacks"], figures["hangs"], figures["missing"]) == (0, 0, 0), done.stdout
    assert figures["ok"] > 0 and figures["errors"] > 0  # the mutations reach both verdicts
    assert figures["peak_mib_max"] < 1024


@pytest.mark.parametrize("path", REGRESSIONS, ids=lambda p: p.name)
def test_an_input_fuzzing_found_gets_a_verdict(path: Path, tmp_path: Path):
    done = subprocess.run(
        [sys.executable, "-m", "pat_lint", "check", str(path), "--format", "json", "--no-cache"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode in (0, 1, 2) and "Traceback" not in done.stderr, done.stderr
    (result,) = json.loads(done.stdout)["files"]
    assert result["status"] == "ok" or result["error"]["code"] not in ("internal-error", "crashed")
    expected = path.with_name(path.name + ".expected")
    if expected.exists():  # what the file must give, when the fix decided it
        assert (result["error"] or {}).get("code", "ok") == expected.read_text().strip()
