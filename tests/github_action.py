"""Run the composite action (action.yml) as GitHub would, on this machine: each ``run`` step in
bash with its ``env`` evaluated from the inputs, in a fake GitHub environment (event file,
summary file, output file). ``uses`` steps (setup-python, upload-sarif) are GitHub's own and
are returned for the caller to check, not run."""

from __future__ import annotations

import json
import os
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
EXPRESSION = re.compile(r"\$\{\{\s*(.+?)\s*\}\}")


@dataclass
class ActionRun:
    """What a run of the action left: exit status, log, summary, step outputs, skipped steps."""

    returncode: int
    stdout: str
    stderr: str
    summary: str
    outputs: dict[str, str]
    uses: list[dict] = field(default_factory=list)


def action() -> dict:
    return yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))


def _evaluate(value: str, inputs: dict[str, str], action_path: Path) -> str:
    def one(match: re.Match[str]) -> str:
        expression = match.group(1)
        if expression == "github.action_path":
            return str(action_path)
        if expression.startswith("inputs."):
            return inputs[expression.removeprefix("inputs.")]
        raise AssertionError(f"unexpected expression in a step's env: {expression}")

    return EXPRESSION.sub(one, value)


def run_action(
    given: dict[str, str],
    workspace: Path,
    path_dirs: list[Path],
    skip: tuple[str, ...] = ("Install pat-lint",),
    action_path: Path = ROOT,
    extra_env: dict[str, str] | None = None,
) -> ActionRun:
    """Run the action with inputs ``given`` (the rest take their defaults) in ``workspace``;
    ``path_dirs`` come first on PATH (where ``python`` and ``pat-lint`` are)."""
    spec = action()
    unknown = set(given) - set(spec["inputs"])
    assert not unknown, f"inputs the action does not declare: {unknown}"
    inputs = {name: str(meta.get("default", "")) for name, meta in spec["inputs"].items()}
    inputs.update(given)
    github = workspace.parent / "github"
    github.mkdir(exist_ok=True)
    event = github / "event.json"
    event.write_text(json.dumps({"pull_request": {"number": 1}}), encoding="utf-8")
    summary = github / "summary.md"
    output = github / "output.txt"
    summary.write_text("", encoding="utf-8")
    output.write_text("", encoding="utf-8")
    base_env = {
        "PATH": os.pathsep.join([*map(str, path_dirs), "/usr/bin", "/bin"]),
        "HOME": str(github),
        "GITHUB_ACTIONS": "true",
        "GITHUB_WORKSPACE": str(workspace),
        "GITHUB_ACTION_PATH": str(action_path),
        "GITHUB_EVENT_NAME": "pull_request",
        "GITHUB_EVENT_PATH": str(event),
        "GITHUB_STEP_SUMMARY": str(summary),
        "GITHUB_OUTPUT": str(output),
        "RUNNER_TEMP": str(github),
        "PAT_LINT_CACHE_DIR": str(github / "cache"),
        **(extra_env or {}),
    }
    stdout, stderr, code = "", "", 0
    uses = [step for step in spec["runs"]["steps"] if "uses" in step]
    for step in spec["runs"]["steps"]:
        if "uses" in step:
            continue
        if step.get("name") in skip:
            continue
        assert "${{" not in step["run"], "inputs must reach the script through env, not ${{ }}"
        env = dict(base_env)
        env.update({k: _evaluate(str(v), inputs, action_path) for k, v in step["env"].items()})
        done = subprocess.run(
            ["bash", "-e", "-c", step["run"]],
            cwd=workspace,
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
        )
        stdout += done.stdout
        stderr += done.stderr
        code = done.returncode
        if code:
            break
    outputs = dict(
        line.split("=", 1) for line in output.read_text(encoding="utf-8").splitlines() if line
    )
    return ActionRun(code, stdout, stderr, summary.read_text(encoding="utf-8"), outputs, uses)
