"""pat-lint's own data files (rule packs, lexicons, term lists) are kept parsed in the user's
cache folder so that a start costs no YAML parsing; the kept copies never change a report."""

from __future__ import annotations

import marshal
import os
import subprocess
from pathlib import Path

import pytest

from tests.running import check_json

ROOT = Path(__file__).resolve().parent.parent
PROPOSAL = ROOT / "fixtures" / "corpus" / "fr-05-gestion-frontieres-mauritanie.md"


def _check(cache_home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "PAT_LINT_NO_DATA_CACHE"}
    environment.update(XDG_CACHE_HOME=str(cache_home), **env)
    return check_json(PROPOSAL, env=environment)


def _kept(cache_home: Path) -> list[Path]:
    return sorted((cache_home / "pat-lint" / "data").glob("*.marshal"))


@pytest.mark.slow
def test_a_run_keeps_the_parsed_data_and_the_next_run_reports_the_same(tmp_path: Path):
    first = _check(tmp_path)
    kept = _kept(tmp_path)
    assert len(kept) >= 5  # the rule packs, the French lexicons and term list at least
    assert all(isinstance(marshal.loads(path.read_bytes()), dict) for path in kept)
    second = _check(tmp_path)
    assert (second.returncode, second.stdout) == (first.returncode, first.stdout)
    assert second.stderr == ""


@pytest.mark.slow
def test_damaged_kept_copies_are_ignored_and_rewritten(tmp_path: Path):
    first = _check(tmp_path)
    for path in _kept(tmp_path):
        path.write_bytes(path.read_bytes()[:7])
    again = _check(tmp_path)
    assert (again.returncode, again.stdout, again.stderr) == (first.returncode, first.stdout, "")
    assert all(isinstance(marshal.loads(path.read_bytes()), dict) for path in _kept(tmp_path))


@pytest.mark.slow
def test_a_cache_folder_that_cannot_be_written_changes_nothing(tmp_path: Path):
    reference = _check(tmp_path / "fresh")
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would go")
    run = _check(blocked)
    assert (run.returncode, run.stdout, run.stderr) == (reference.returncode, reference.stdout, "")


@pytest.mark.slow
def test_the_environment_variable_turns_the_kept_copies_off(tmp_path: Path):
    run = _check(tmp_path, PAT_LINT_NO_DATA_CACHE="1")
    assert run.returncode in (0, 1) and _kept(tmp_path) == []
