"""Configuration as users write it: discovery, layering, validation, provenance."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from pat_lint.cli import cli

TEXT = """\
# Pilot

The chairman will convene the partners, and the project will recruit manpower locally.
Local authorities still call the returnees illegal migrants.
"""


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".git").mkdir()
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "p.md").write_text(TEXT, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "docs")
    return tmp_path


def check_json(*args: str) -> tuple[int, dict]:
    result = CliRunner().invoke(cli, ["check", "--format", "json", *args])
    return result.exit_code, json.loads(result.stdout) if result.stdout.startswith("{") else {}


def rules_found(report: dict) -> set[str]:
    return {f["rule"] for file in report["files"] for f in file["findings"]}


def test_config_is_discovered_walking_up_to_the_repository_root(repo: Path):
    (repo / ".pat-lint.yaml").write_text("select: [GT]\n")
    code, report = check_json("p.md")
    assert rules_found(report) and all(r.startswith("GT") for r in rules_found(report))


def test_nearest_config_wins_and_layers_only_through_extends(repo: Path):
    (repo / ".pat-lint.yaml").write_text("select: [GT]\nfail-on: error\n")
    (repo / "docs" / ".pat-lint.yaml").write_text("ignore: [gendered-noun]\n")
    result = CliRunner().invoke(cli, ["config", "--show"])
    assert 'select: ["ALL"]' in result.output  # the parent file is not layered in
    (repo / "docs" / ".pat-lint.yaml").write_text("extends: ../.pat-lint.yaml\nignore: [GT001]\n")
    result = CliRunner().invoke(cli, ["config", "--show"])
    assert 'select: ["GT"]' in result.output and str(repo / ".pat-lint.yaml") in result.output
    assert 'ignore: ["GT001"]' in result.output


def test_pyproject_section_is_read(repo: Path):
    (repo / "pyproject.toml").write_text('[tool.pat-lint]\nselect = ["GT001"]\n')
    _, report = check_json("p.md")
    assert rules_found(report) == {"GT001"}


def test_cli_flags_override_the_file_and_provenance_says_so(repo: Path):
    (repo / ".pat-lint.yaml").write_text("fail-on: error\n")
    result = CliRunner().invoke(cli, ["config", "--show"])
    assert f'fail-on: "error"    # from {repo / ".pat-lint.yaml"}' in result.output
    assert 'language: "auto"    # from default' in result.output


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("selct: [GT]\n", "unknown key 'selct'"),
        ("fail-on: sometimes\n", "key 'fail-on' must be one of info, warning, error, never"),
        ("select: [XX999]\n", "'XX999' matches no rule"),
        ("rules: {GT001: {severity: loud}}\n", "unknown severity 'loud'"),
        ("rules: {NOPE: {severity: info}}\n", "key 'rules.NOPE' names no rule"),
        ("language: de\n", "key 'language' must be one of auto, en, fr, es"),
        ("select: [GT\n", "invalid YAML"),
        ("extends: missing.yaml\n", "key 'extends'"),
    ],
)
def test_bad_configuration_is_one_line_naming_file_and_key(repo: Path, content: str, expected: str):
    (repo / ".pat-lint.yaml").write_text(content)
    result = CliRunner().invoke(cli, ["check", "p.md"])
    assert result.exit_code == 2
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1, message
    assert str(repo / ".pat-lint.yaml") in message and expected in message, message


def test_rule_severity_override_changes_findings_and_exit_code(repo: Path):
    (repo / ".pat-lint.yaml").write_text("select: [GT]\nrules: {gendered-noun: {severity: info}}\n")
    code, report = check_json("p.md", "--select", "GT001")
    assert {f["severity"] for f in report["files"][0]["findings"]} == {"info"}
    assert code == 0  # info is below the default fail level


def test_bad_rule_params_in_config_name_the_param(repo: Path):
    (repo / ".pat-lint.yaml").write_text("rules: {GT001: {params: {bogus: 1}}}\n")
    result = CliRunner().invoke(cli, ["check", "p.md"])
    assert result.exit_code == 2 and "unknown param 'bogus'" in result.stderr


@pytest.mark.parametrize(
    ("override", "expected"),
    [
        ("GM001: {params: {indicator_share: 1.5}}", "rules.GM001: marker param 'indicator_share'"),
        ("SD001: {params: {require: [colour]}}", "rules.SD001: unknown breakdown 'colour'"),
        ("GS001: {params: {report: sometimes}}", "rules.GS001: param 'report' must be one of"),
    ],
)
def test_a_param_the_check_type_rejects_names_the_file_and_rule(
    repo: Path, override: str, expected: str
):
    (repo / ".pat-lint.yaml").write_text(f"rules: {{{override}}}\n")
    result = CliRunner().invoke(cli, ["check", "p.md"])
    assert result.exit_code == 2
    message = result.stderr.strip()
    assert message.startswith(f"pat-lint: error: {repo / '.pat-lint.yaml'}: {expected}"), message
    assert len(message.splitlines()) == 1


def test_per_file_ignores_and_exclude(repo: Path):
    (repo / "docs" / "old").mkdir()
    (repo / "docs" / "old" / "q.md").write_text(TEXT, encoding="utf-8")
    (repo / ".pat-lint.yaml").write_text(
        "select: [GT]\nper-file-ignores: {'docs/p.md': [GT001]}\nexclude: ['docs/old/**']\n"
    )
    _, report = check_json(".")
    assert [Path(f["path"]).name for f in report["files"]] == ["p.md"]
    assert "GT001" not in rules_found(report) and rules_found(report)


def test_explicit_config_flag(repo: Path, tmp_path: Path):
    other = tmp_path / "strict.yaml"
    other.write_text("select: [GT001]\n")
    _, report = check_json("p.md", "--config", str(other))
    assert rules_found(report) == {"GT001"}


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"select: [GT]\n# caf\xe9\n", "not UTF-8 text (byte 0xe9 at offset 18); save it as UTF-8"),
        (b"select: " + b"[" * 5000 + b"]" * 5000 + b"\n", "invalid YAML"),
        (
            b"a: &a [GT, GT, GT, GT, GT, GT, GT, GT, GT]\n"
            + b"".join(
                f"{n}: &{n} [{', '.join([f'*{p}'] * 9)}]\n".encode()
                for p, n in zip("abcdef", "bcdefg", strict=True)
            )
            + b"select: [*g, *g, *g, *g, *g, *g, *g, *g, *g]\n",
            "unknown key 'a'",
        ),
        (
            b"select: &a [[x, x, x, x, x, x, x, x, x]]\n"
            + b"ignore: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
            + b"extend-select: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n",
            "key 'select' must be",
        ),
    ],
    ids=["not-utf8", "nested-5000", "alias-bomb-unknown-key", "alias-bomb-value"],
)
def test_hostile_configuration_is_one_line_error(tmp_path: Path, content: bytes, expected: str):
    (tmp_path / ".pat-lint.yaml").write_bytes(content)
    proposal = tmp_path / "p.md"
    proposal.write_text("# P\n\nText.\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "pat_lint", "check", str(proposal)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0] and len(lines[0]) < 400, done.stderr
