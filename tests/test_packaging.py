"""Packaging: the wheel carries the rule packs and term lists; README and CI agree."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_ci_runs_exactly_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    blocks = readme.split("```sh\n")
    install_and_sample, tests_command = blocks[1].split("```")[0], blocks[2].split("```")[0]
    assert "pat-lint check fixtures/sample/proposal.docx" in install_and_sample
    assert tests_command.strip() in ci.splitlines()
    assert (ROOT / "fixtures" / "sample" / "proposal.docx").is_file()


@pytest.mark.slow
def test_wheel_ships_rules_and_terminology(tmp_path: Path):
    """Build the wheel, install it into a fresh venv, and load the packs from the install."""
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    wheel = next(dist.glob("pat_lint-*.whl"))
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [python, "-m", "pip", "install", "-q", "--no-deps", str(wheel)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    # Dependencies come from this test environment, as a plain path entry (its .pth files,
    # such as the editable install of the source tree, are not processed from there).
    site = env_dir / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}"
    (site / "site-packages" / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    probe = (
        "import pat_lint, pat_lint.datafiles as d;"
        "from pat_lint.config import Config, resolve_rules;"
        "rules, _ = resolve_rules(Config());"
        "print(pat_lint.__file__); print(d.data_dir('rules')); print(d.data_dir('terminology'));"
        "print(len(rules)); print(sorted(x.name for x in d.data_dir('terminology').glob('*.yaml')))"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    out = subprocess.run(
        [python, "-c", probe],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
    ).stdout.splitlines()
    installed = str(env_dir)
    assert out[0].startswith(installed), out
    assert out[1].startswith(installed) and out[1].endswith("pat_lint/rules"), out
    assert out[2].startswith(installed) and out[2].endswith("pat_lint/terminology"), out
    assert int(out[3]) >= 8
    assert out[4] == "['en.yaml', 'es.yaml', 'fr.yaml']"
    cli = subprocess.run(
        [env_dir / "bin" / "pat-lint", "--version"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=60,
    )
    assert cli.returncode == 0 and "pat-lint" in cli.stdout
