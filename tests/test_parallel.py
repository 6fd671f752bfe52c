"""Checking on several cores: the same report as one process, byte for byte, in every format;
a worker that dies or a file too large costs that file only; shards split the files."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from pat_lint import engine, workers
from pat_lint.cli.common import lint
from pat_lint.config import ignored_for, load_config, resolve_rules
from pat_lint.reporters import FORMATS, ReportContext, render

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "fixtures" / "corpus"
READERS = ROOT / "fixtures" / "readers"
#: Mixed languages and formats, one file that cannot be read, one with suppressions.
MIXED = [
    CORPUS / "en-01-fair-recruitment.docx",
    CORPUS / "en-07-tillaberi-stabilisation.md",
    CORPUS / "en-10-sinjar-livelihoods.txt",
    CORPUS / "es-04-clima-corredor-seco.pdf",
    CORPUS / "es-05-salud-canarias.md",
    CORPUS / "fr-02-lutte-traite-agadez.docx",
    CORPUS / "fr-04-cohesion-sociale-lac.pdf",
    CORPUS / "fr-07-climat-mobilite-oasis.txt",
    READERS / "truncated.pdf",
]
SUPPRESSED = """\
# Community shelters

The chairman of the camp committee reports each week. <!-- pat-lint: disable-next=GT001 -->

The chairman of the water committee reports each month.

<!-- pat-lint: disable=SD001 -- nothing to suppress here -->
"""
CONFIG = """\
per-file-ignores:
  "*.txt": [GT002]
"""


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project folder of mixed proposals with a configuration (per-file ignores)."""
    root = tmp_path_factory.mktemp("project")
    proposals = root / "proposals"
    proposals.mkdir()
    for path in MIXED:
        shutil.copy(path, proposals / path.name)
    (proposals / "shelters.md").write_text(SUPPRESSED, encoding="utf-8")
    with open(proposals / "huge.pdf", "wb") as handle:  # over the size limit; sparse
        handle.truncate(201 * 1024 * 1024)
    (root / ".pat-lint.yaml").write_text(CONFIG, encoding="utf-8")
    return root


def options_of(folder: Path) -> engine.RunOptions:
    config = load_config(folder / ".pat-lint.yaml")
    all_rules, enabled = resolve_rules(config)
    return engine.RunOptions(tuple(enabled), tuple(all_rules), None, ignored_for(config, all_rules))


def reports(result, options) -> dict[str, str]:
    context = ReportContext(rules=options.all_rules, statistics=False)
    return {fmt: render(fmt, result, context) for fmt in FORMATS}


def test_two_workers_give_the_report_of_one_process_in_every_format(
    folder: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.chdir(folder)
    config = load_config()
    one, options = lint(config, (Path("proposals"),), progress=False, jobs=1)
    alone = reports(one, options)

    def not_here(*args):  # the files must be checked in the workers, not in this process
        raise AssertionError("checked in the parent process")

    monkeypatch.setattr(engine, "analyse_file", not_here)
    two, options = lint(config, (Path("proposals"),), progress=False, jobs=2)
    assert reports(two, options) == alone
    by_name = {Path(f.path).name: f for f in two.files}
    assert by_name["truncated.pdf"].error.code == "corrupt"
    assert by_name["huge.pdf"].error.code == "too-large"  # refused, the run goes on
    assert sum(f.status == "ok" for f in two.files) == len(MIXED)
    assert [f.rule for f in by_name["shelters.md"].findings if f.rule.startswith("GT")] == [
        "GT001"
    ]  # the directive still suppresses the first 'chairman'
    assert not [f for f in by_name["fr-07-climat-mobilite-oasis.txt"].findings if f.rule == "GT002"]


def test_the_command_with_jobs_2_prints_what_jobs_1_prints(folder: Path):
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "pat_lint.cli", "check", "proposals", "--no-cache"]
        return subprocess.run(
            [*command, "-f", "json", *args], capture_output=True, text=True, cwd=folder
        )

    one, two = run("--jobs", "1"), run("--jobs", "2")
    assert one.returncode == two.returncode == 2  # the truncated PDF
    assert two.stdout == one.stdout
    assert len(json.loads(two.stdout)["files"]) == len(MIXED) + 2


def die_on_crash_files(task: workers.Task, context) -> object:
    """A job whose worker process is killed when it meets a file named crash-*."""
    if task.path.name.startswith("crash-"):
        os.kill(os.getpid(), signal.SIGKILL)
    return engine.analyse_task(task, context)


def test_a_worker_killed_on_one_file_costs_that_file_only(folder: Path):
    files = sorted((folder / "proposals").iterdir())
    crash = folder / "crash-copy.md"
    shutil.copy(folder / "proposals" / "shelters.md", crash)
    files.insert(3, crash)
    options = options_of(folder)
    tasks = [workers.Task(index, path) for index, path in enumerate(files)]
    results: dict[int, object] = {}

    def crashed(task, exitcode):
        message = engine.crash_message(exitcode)
        return engine.error_result(task.path, options, "crashed", message)

    context = (replace(options, ignore_for=None), None)  # what workers get: picklable
    workers.run(tasks, die_on_crash_files, context, 2, results.__setitem__, crashed)
    assert sorted(results) == list(range(len(files)))
    killed = results[3]
    assert killed.status == "error" and killed.error.code == "crashed"
    assert "killed by signal 9" in killed.error.message
    assert [f.rule for f in killed.findings] == ["PL001"]
    for index, path in enumerate(files):
        if index != 3:
            assert results[index].to_dict() == engine.analyse_file(path, options).to_dict()


def test_an_internal_failure_on_one_file_is_an_error_result(
    folder: Path, monkeypatch: pytest.MonkeyPatch
):
    real = engine.Analysis

    def failing(document, *args):
        if document.path.endswith("shelters.md"):
            raise KeyError("a bug")
        return real(document, *args)

    monkeypatch.setattr(engine, "Analysis", failing)
    config = load_config(folder / ".pat-lint.yaml")
    result, _ = lint(config, (folder / "proposals",), progress=False, jobs=1)
    by_name = {Path(f.path).name: f for f in result.files}
    broken = by_name["shelters.md"]
    assert broken.status == "error" and broken.error.code == "internal-error"
    assert "KeyError" in broken.error.message and "please report it" in broken.error.message
    assert sum(f.status == "ok" for f in result.files) == len(MIXED) - 1


def test_shards_split_the_files_once_each_the_same_way_every_time(tmp_path: Path):
    paths = [tmp_path / f"p{n:03d}.md" for n in range(300)]
    for count in (1, 2, 3, 7):
        shards = [
            [p for p in paths if engine.in_shard(p, index, count)] for index in range(1, count + 1)
        ]
        assert sorted(p for shard in shards for p in shard) == paths
        assert all(len(shard) > 300 / count / 2 for shard in shards)  # no shard left empty
    one = [p for p in paths if engine.in_shard(p, 2, 3)]
    more = [p for p in [*paths, tmp_path / "new.md"] if engine.in_shard(p, 2, 3)]
    assert [p for p in more if p in paths] == one  # a new file moves no other file


def test_shard_on_the_command_line(tmp_path: Path):
    for n in range(6):
        (tmp_path / f"p{n}.md").write_text(f"# Plan {n}\n\nThe chairman reports.\n")

    def files(*args: str) -> list[str]:
        done = subprocess.run(
            [sys.executable, "-m", "pat_lint.cli", "check", ".", "-f", "json", "--no-cache"]
            + ["--select", "GT001", *args],
            capture_output=True,
            text=True,
            cwd=tmp_path,
        )
        assert done.returncode in (0, 1), done.stderr
        return [f["path"] for f in json.loads(done.stdout)["files"]]

    first, second = files("--shard", "1/2"), files("--shard", "2/2")
    assert sorted(first + second) == [f"p{n}.md" for n in range(6)]
    bad = subprocess.run(
        [sys.executable, "-m", "pat_lint.cli", "check", ".", "--shard", "3/2"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert bad.returncode == 2 and "I/N" in bad.stderr
