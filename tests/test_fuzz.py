"""Fuzzing (issue #15): a sample of ``bench/fuzz.py`` — mutated fixtures of every format through
the engine, the JSON report and the command line — gives no traceback, no hang and no file
missing from the report. An input a fuzz run fails on goes, minimised, to ``fixtures/hostile/``
with a test that it gets its verdict (the one found so far, a line of three million dashes, is
built by ``tests/test_limits.py``)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


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
