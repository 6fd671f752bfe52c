"""The result cache as a user meets it: a second run is served from it and prints the same
report; an edited file, configuration or rule pack is checked again; a damaged or planted entry
is ignored and rewritten; `pat-lint clean` empties it; git never sees it."""

from __future__ import annotations

import json
import pickle
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from pat_lint import readers
from pat_lint.cache import CACHEDIR_TAG, ENTRY_MAGIC, FOLDER_NAME, tree_fingerprint
from pat_lint.cli import cli

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "fixtures" / "corpus"
PROPOSAL = """\
# Water for returnee families

## 1. Background

The chairman of the water committee will report each quarter on the works.

## 2. Results matrix

| Result | Indicators | Baseline | Target |
|---|---|---|---|
| Output 1 | Number of households connected to the network | 0 | 400 |
| Output 2 | Number of returnees trained as water technicians | 0 | 60 |
"""
PACK = """\
rules:
  - id: XX001
    name: house-gendered-noun
    check: substitution
    category: terminology
    severity: warning
    message: "'{match}' is not in the house style; write {suggestions_short}"
    params:
      categories: [gendered-generic]
    docs:
      why: The house style.
      example: the chairman
      instead: the chair
      references: [house style]
    examples:
      fail: [The chairman of each district committee will convene quarterly meetings.]
      pass: [The chair of each district committee will convene quarterly meetings.]
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project folder (a git repository) with three proposals, run from its root."""
    (tmp_path / ".git").mkdir()
    folder = tmp_path / "proposals"
    folder.mkdir()
    (folder / "water.md").write_text(PROPOSAL, encoding="utf-8")
    shutil.copy(CORPUS / "en-10-sinjar-livelihoods.txt", folder)
    shutil.copy(CORPUS / "fr-01-migration-main-oeuvre.docx", folder)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def check(*args: str) -> tuple[int, str]:
    """`pat-lint check proposals` in one process, as JSON; (exit code, report)."""
    command = ["check", "proposals", "-f", "json", "-j", "1", "--no-progress", *args]
    result = CliRunner().invoke(cli, command)
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, result.stdout


def entries(cache: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in sorted((cache / "v1").rglob("*")) if p.is_file()}


def no_reading(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make reading a file fail loudly; return the list of files read anyway."""
    read: list[str] = []
    real = readers.read

    def spy(path: Path, *options: object):
        read.append(Path(path).name)
        return real(path, *options)

    monkeypatch.setattr(readers, "read", spy)
    return read


def test_a_second_run_is_served_from_the_cache_with_the_same_report(
    project: Path, monkeypatch: pytest.MonkeyPatch
):
    first = check()
    cache = project / FOLDER_NAME
    assert len(entries(cache)) == 3
    assert (cache / ".gitignore").read_text().splitlines()[-1] == "*"
    assert (cache / "CACHEDIR.TAG").read_text() == CACHEDIR_TAG
    read = no_reading(monkeypatch)
    assert check() == first
    assert read == []


def test_the_cache_is_invisible_to_git(project: Path):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    shutil.rmtree(project / ".git")
    subprocess.run(["git", "init", "-q", str(project)], check=True)
    check()
    status = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"],
        cwd=project,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "pat_lint_cache" not in status and "proposals/water.md" in status


def test_an_edited_file_is_checked_again_and_the_others_are_not(
    project: Path, monkeypatch: pytest.MonkeyPatch
):
    check()
    water = project / "proposals" / "water.md"
    water.write_text(PROPOSAL.replace("The chairman", "The chairperson"), encoding="utf-8")
    read = no_reading(monkeypatch)
    _, report = check()
    assert read == ["water.md"]
    (edited,) = [f for f in json.loads(report)["files"] if f["path"].endswith("water.md")]
    assert "chairman" not in [f["match"] for f in edited["findings"]]
    assert report == check("--no-cache")[1]


def test_a_new_configuration_or_rule_pack_checks_every_file_again(
    project: Path, monkeypatch: pytest.MonkeyPatch
):
    check()
    (project / ".pat-lint.yaml").write_text("rules:\n  GT001:\n    severity: error\n")
    read = no_reading(monkeypatch)
    _, report = check()
    assert sorted(read) == sorted(p.name for p in (project / "proposals").iterdir())
    files = json.loads(report)["files"]
    severities = {f["severity"] for file in files for f in file["findings"] if f["rule"] == "GT001"}
    assert severities == {"error"}

    pack = project / "house.yaml"
    pack.write_text(PACK, encoding="utf-8")
    (project / ".pat-lint.yaml").write_text("packs: [house.yaml]\nselect: [XX001]\n")
    check()
    pack.write_text(PACK.replace("is not in the house style", "is not ours"), encoding="utf-8")
    read.clear()
    _, report = check()
    assert len(read) == 3  # the pack changed: nothing cached applies
    messages = [f["message"] for file in json.loads(report)["files"] for f in file["findings"]]
    assert "'chairman' is not ours; write chair, chairperson" in messages


def test_a_damaged_entry_is_ignored_and_rewritten(project: Path):
    _, first = check()
    stored = entries(project / FOLDER_NAME)
    truncated, garbled, emptied = list(stored)
    truncated.write_bytes(stored[truncated][: len(stored[truncated]) // 2])
    data = bytearray(stored[garbled])
    data[-40] ^= 0xFF
    garbled.write_bytes(bytes(data))
    emptied.write_bytes(b"")
    assert check()[1] == first
    assert entries(project / FOLDER_NAME) == stored  # rewritten as they were


def test_a_planted_entry_cannot_run_code(project: Path, tmp_path: Path):
    _, first = check()
    marker = tmp_path / "planted"

    class Exploit:
        def __reduce__(self):
            return (Path.touch, (marker,))

    payload = pickle.dumps(Exploit())
    import hashlib

    for entry in entries(project / FOLDER_NAME):
        entry.write_bytes(ENTRY_MAGIC + hashlib.sha256(payload).digest() + payload)
    assert check()[1] == first
    assert not marker.exists()


def test_a_cached_result_is_restamped_with_the_path_of_the_run(
    project: Path, monkeypatch: pytest.MonkeyPatch
):
    (project / ".pat-lint.yaml").write_text('per-file-ignores:\n  "moved/*.txt": [GT]\n')
    check()
    shutil.copytree(project / "proposals", project / "moved")
    read = no_reading(monkeypatch)
    command = ["check", "moved", "-f", "json", "-j", "1"]
    cached = CliRunner().invoke(cli, command)
    assert read == []  # same contents: served from the cache
    fresh = CliRunner().invoke(cli, [*command, "--no-cache"])
    assert cached.stdout == fresh.stdout
    files = json.loads(cached.stdout)["files"]
    assert all(f["path"].startswith("moved/") for f in files)
    txt = next(f for f in files if f["path"].endswith(".txt"))
    assert not [f for f in txt["findings"] if f["rule"].startswith("GT")]


def test_clean_removes_the_cache_and_says_what_it_removed(project: Path):
    check()
    cache = project / FOLDER_NAME
    result = CliRunner().invoke(cli, ["clean"])
    assert result.exit_code == 0
    assert result.stdout.startswith(f"Removed the cache at {cache}: 3 entries,")
    assert not cache.exists()
    again = CliRunner().invoke(cli, ["clean"])
    assert again.stdout.strip() == f"No cache at {cache}: nothing to remove."


def test_clean_refuses_a_folder_that_is_not_a_cache(project: Path):
    folder = project / "proposals"
    result = CliRunner().invoke(cli, ["clean", "--cache-dir", str(folder)])
    assert result.exit_code == 2
    assert "is not a pat-lint cache" in result.stderr
    assert len(list(folder.iterdir())) == 3


def test_cache_dir_and_its_environment_variable(project: Path, monkeypatch: pytest.MonkeyPatch):
    check("--cache-dir", "elsewhere")
    assert len(entries(project / "elsewhere")) == 3
    monkeypatch.setenv("PAT_LINT_CACHE_DIR", str(project / "from-env"))
    check()
    assert len(entries(project / "from-env")) == 3
    assert not (project / FOLDER_NAME).exists()
    check("--no-cache")
    assert len(entries(project / "from-env")) == 3


def test_the_code_fingerprint_follows_every_file_it_covers(tmp_path: Path):
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "rules.yaml").write_text("a: 1\n")
    (tmp_path / "pkg" / "big.words").write_bytes(b"x" * (2 << 20))
    before = tree_fingerprint([tmp_path / "pkg"])
    (tmp_path / "pkg" / "rules.yaml").write_text("a: 2\n")
    edited = tree_fingerprint([tmp_path / "pkg"])
    assert edited != before
    (tmp_path / "pkg" / "big.words").write_bytes(b"x" * ((2 << 20) + 1))
    assert tree_fingerprint([tmp_path / "pkg"]) != edited
