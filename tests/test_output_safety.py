"""Writing never destroys: devices and pipes are written into, not replaced; ``-o -`` is stdout;
a failed write is exit 2 with a message; Ctrl-C exits 130 and leaves no partial report."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "fixtures" / "sample" / "proposal.docx"
PAT_LINT = [sys.executable, "-m", "pat_lint"]


def run(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([*PAT_LINT, *args], capture_output=True, text=True, timeout=120, **kwargs)


def test_output_onto_dev_null_leaves_the_device():
    before = os.stat("/dev/null")
    done = run("check", str(SAMPLE), "--no-cache", "-o", "/dev/null")
    assert done.returncode == 1, done.stderr
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev


def test_output_into_a_named_pipe(tmp_path: Path):
    fifo = tmp_path / "report.pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    done = run("check", str(SAMPLE), "--no-cache", "--format", "json", "-o", str(fifo))
    reader.join(timeout=60)
    assert done.returncode == 1, done.stderr
    assert b'"marker"' in received[0]
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_dash_is_standard_output():
    done = run("check", str(SAMPLE), "--no-cache", "--format", "json", "-o", "-")
    assert done.returncode == 1
    assert done.stdout.lstrip().startswith("{") and not Path("-").exists()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_a_full_disk_on_standard_output_is_an_error():
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [*PAT_LINT, "check", str(SAMPLE), "--no-cache"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "pat-lint: error: standard output: cannot write report: No space left on device"
    ]


def test_ctrl_c_exits_130_and_leaves_no_partial_report(tmp_path: Path):
    words = "the project trains migrant women and men in the region with legal aid".split()  # noqa: SIM905
    folder = tmp_path / "proposals"  # proposals that take a minute to check in one process
    folder.mkdir()
    text = " ".join(words[i % len(words)] for i in range(60_000)) + ".\n"
    for n in range(40):
        (folder / f"p{n:02d}.txt").write_text(text)
    report = tmp_path / "report.json"
    process = subprocess.Popen(
        [
            *PAT_LINT,
            "check",
            str(folder),
            "--no-cache",
            "-j",
            "1",
            "--format",
            "json",
            "-o",
            str(report),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(4)
    assert process.poll() is None, "the run ended before it could be interrupted"
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr
    assert list(tmp_path.iterdir()) == [folder]


def test_a_paragraph_over_a_million_characters_is_analysed_in_pieces(tmp_path: Path):
    from pat_lint.analysis.nlp import PIECE_CHARACTERS, pieces

    sentence = "The project trains migrant women and men in the region with legal aid. "
    body = sentence * (1_050_000 // len(sentence))
    tail = "At the end the chairman reports."
    path = tmp_path / "one-paragraph.md"
    path.write_text(f"# Report\n\n{body}{tail}\n", encoding="utf-8")
    assert all(len(piece) <= PIECE_CHARACTERS for piece in pieces(body + tail))
    done = run("check", str(path), "--no-cache", "--select", "GT001", "--format", "json")
    assert done.returncode == 1, done.stderr  # spaCy's 1,000,000-character limit used to end it
    import json

    (file,) = json.loads(done.stdout)["files"]
    assert file["status"] == "ok"
    (finding,) = file["findings"]
    assert finding["match"] == "chairman"
    assert finding["location"]["line"] == 3
    assert finding["location"]["column"] == len(body) + tail.index("chairman") + 1
