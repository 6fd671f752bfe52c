"""The command line as a user runs it: real files in, report and exit code out."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from pat_lint.cli import cli

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
READERS = FIXTURES / "readers"
SAMPLE = FIXTURES / "sample" / "proposal.docx"
SCHEMA = json.loads((ROOT / "pat_lint" / "schema" / "report.schema.json").read_text())

PROPOSAL_MD = """\
# Labour migration pilot

## 1. Background

The chairman of the steering committee will convene the partners each quarter, and the
project will recruit manpower from the three districts.

## 2. Results matrix

| Result | Indicators | Baseline | Target |
|---|---|---|---|
| Output 1 | Number of migrant workers trained on labour rights | 0 | 300 |
| Output 2 | Number of women and men placed in decent jobs | 0 | 120 |
"""


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real console entry point in a subprocess."""
    return subprocess.run(
        [sys.executable, "-m", "pat_lint.cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        timeout=300,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def proposal(tmp_path: Path) -> Path:
    path = tmp_path / "proposal.md"
    path.write_text(PROPOSAL_MD, encoding="utf-8")
    return path


def test_text_report_points_at_line_and_column(proposal: Path):
    result = run("check", str(proposal), "--no-progress")
    assert result.returncode == 1, result.stderr
    line = next(x for x in result.stdout.splitlines() if "GT001" in x and "chairman" in x.lower())
    assert line.startswith(f"{proposal.as_posix()}:5:5: GT001"), line
    assert "instead:" in result.stdout and "chair" in result.stdout
    assert result.stdout.rstrip().splitlines()[-1].startswith("Found ")


def test_json_report_validates_and_is_byte_identical(proposal: Path, tmp_path: Path):
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    for out in (first, second):
        assert run("check", str(proposal), "--format", "json", "-o", str(out)).returncode == 1
    assert first.read_bytes() == second.read_bytes()
    report = json.loads(first.read_text(encoding="utf-8"))
    jsonschema.validate(report, SCHEMA)
    file = report["files"][0]
    assert file["status"] == "ok" and file["language"] == "en"
    texts = [i["text"] for i in file["indicators"]]
    assert "Number of migrant workers trained on labour rights" in texts
    rules = {f["rule"] for f in file["findings"]}
    assert {"GT001", "SD001"} <= rules
    finding = next(f for f in file["findings"] if f["match"].lower() == "chairman")
    start, end = finding["context_span"]
    assert finding["context"][start:end] == finding["match"]


def test_json_for_every_format_validates_against_the_schema(tmp_path: Path):
    corpus = sorted((FIXTURES / "corpus").glob("*.*"))
    picks = {}
    for path in corpus:
        if path.name != "README.md":
            picks.setdefault(path.suffix, path)
    assert {".docx", ".pdf", ".md", ".txt"} <= set(picks), picks
    out = tmp_path / "all.json"
    run("check", *map(str, picks.values()), "--format", "json", "-o", str(out))
    report = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(report, SCHEMA)
    assert {f["format"] for f in report["files"]} == {"docx", "pdf", "md", "txt"}


def test_bad_files_are_reported_and_the_run_goes_on(proposal: Path, tmp_path: Path):
    bad = [READERS / name for name in ("truncated.docx", "encrypted.pdf", "not-really.pdf")]
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    before = {p: digest(p) for p in [*bad, proposal]}
    out = tmp_path / "report.json"
    result = run(
        "check", str(proposal), *map(str, bad), str(empty), "--format", "json", "-o", str(out)
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("pat-lint: error:")]
    assert len(errors) == 4 and all(any(p.name in e for p in [*bad, empty]) for e in errors)
    report = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(report, SCHEMA)
    statuses = {Path(f["path"]).name: (f["status"], f["error"]) for f in report["files"]}
    assert statuses["proposal.md"] == ("ok", None)
    assert statuses["encrypted.pdf"][1]["code"] == "encrypted"
    assert statuses["empty.txt"][1]["code"] == "empty"
    assert report["files"][0]["findings"], "the good file is still checked"
    assert {p: digest(p) for p in before} == before, "input files must never change"


def test_text_report_names_unreadable_file_in_one_line(tmp_path: Path):
    bogus = tmp_path / "report.pdf"
    bogus.write_text("<html>not a pdf</html>", encoding="utf-8")
    result = run("check", str(bogus))
    assert result.returncode == 2
    lines = [x for x in result.stdout.splitlines() if "report.pdf" in x]
    assert len(lines) == 1 and "error" in lines[0] and "Traceback" not in result.stdout


def test_exit_codes_follow_fail_on(proposal: Path, tmp_path: Path):
    clean = tmp_path / "clean.md"
    clean.write_text(
        "# Note\n\nThe chair and the committee will meet every quarter with the "
        "partners of the project and the team.\n",
        encoding="utf-8",
    )
    assert run("check", str(clean), "--select", "GT").returncode == 0
    assert run("check", str(proposal), "--select", "GT").returncode == 1
    assert run("check", str(proposal), "--select", "GT", "--fail-on", "never").returncode == 0
    assert run("check", str(proposal), "--select", "NOPE").returncode == 2


def test_select_and_ignore_by_prefix_and_name(proposal: Path):
    only_gt = run("check", str(proposal), "--select", "GT", "--format", "json")
    rules = {f["rule"] for f in json.loads(only_gt.stdout)["files"][0]["findings"]}
    assert rules and all(rule.startswith("GT") for rule in rules)
    ignored = run("check", str(proposal), "--ignore", "gendered-noun", "--format", "json")
    rules = {f["rule"] for f in json.loads(ignored.stdout)["files"][0]["findings"]}
    assert "GT001" not in rules and rules


def test_folders_are_searched_for_supported_files(tmp_path: Path, proposal: Path):
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "notes.csv").write_text("a,b\n", encoding="utf-8")
    (sub / "other.md").write_text(PROPOSAL_MD, encoding="utf-8")
    result = run("check", str(tmp_path), "--format", "json")
    paths = [Path(f["path"]).name for f in json.loads(result.stdout)["files"]]
    assert paths == ["proposal.md", "other.md"] or sorted(paths) == ["other.md", "proposal.md"]
    assert "notes.csv" not in paths


def test_output_file_is_written_atomically_and_replaced(proposal: Path, tmp_path: Path):
    out = tmp_path / "report.txt"
    out.write_text("old report", encoding="utf-8")
    run("check", str(proposal), "-o", str(out))
    assert out.read_text(encoding="utf-8").startswith(proposal.as_posix())
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".report")] == []


def test_language_override_and_statistics(proposal: Path):
    result = CliRunner().invoke(cli, ["check", str(proposal), "--statistics", "--language", "en"])
    assert result.exit_code == 1
    assert any(
        line.split()[1:2] == ["GT001"]
        for line in result.output.splitlines()
        if line.strip() and line.strip()[0].isdigit()
    )


def test_dump_prints_blocks_with_locations(proposal: Path):
    result = CliRunner().invoke(cli, ["dump", str(proposal)])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert "heading/1" in lines[0] and "Labour migration pilot" in lines[0]
    assert any("table_cell" in line and "[Indicators]" in line for line in lines)


def test_dump_of_unreadable_file_is_one_line(tmp_path: Path):
    result = run("dump", str(READERS / "truncated.docx"))
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert "truncated.docx" in result.stderr


def test_version_does_not_import_heavy_libraries():
    probe = (
        "import sys, pat_lint.cli;"
        "print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'spacy', 'pdfminer', 'docx', 'markdown_it', 'yaml', 'jinja2'}))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    assert run("--version").stdout.startswith("pat-lint, version")


def test_sample_proposal_runs_end_to_end():
    result = run("check", str(SAMPLE.relative_to(ROOT)), "--no-progress")
    assert result.returncode == 1
    assert "fixtures/sample/proposal.docx:" in result.stdout
    assert "¶" in result.stdout


def test_rules_and_explain_as_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):

    (tmp_path / ".pat-lint.yaml").write_text("ignore: [GT003]\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    listed = CliRunner().invoke(cli, ["rules", "--format", "json"])
    assert listed.exit_code == 0, listed.output
    rules = {rule["id"]: rule for rule in json.loads(listed.stdout)}
    assert {"GS001", "SD001", "GT001", "GM001", "PL001"} <= set(rules)
    assert rules["GT003"]["enabled"] is False and rules["GT001"]["enabled"] is True
    assert rules["SD001"]["why"] and rules["SD001"]["references"]
    explained = CliRunner().invoke(cli, ["explain", "gendered-noun", "--format", "json"])
    assert explained.exit_code == 0
    one = json.loads(explained.stdout)
    assert one["id"] == "GT001" and one["pack"] == "gt.yaml"
    assert one["examples"] and "enabled" not in one
    assert {k: v for k, v in rules["GT001"].items() if k != "enabled"} == one


def test_statistics_prints_only_the_table():
    result = CliRunner().invoke(cli, ["check", str(SAMPLE), "--statistics", "--no-cache"])
    lines = result.stdout.splitlines()
    assert result.exit_code == 1
    assert lines[0].split() == ["2", "GT001", "gendered-noun"]
    assert lines[-1].startswith("Found 6 findings (4 warnings, 2 info) in 1 file")
    assert not any("|" in line or "¶" in line for line in lines)


def test_an_empty_folder_is_a_warning_and_exit_2(tmp_path: Path):
    result = CliRunner().invoke(cli, ["check", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"pat-lint: warning: no proposal found in {tmp_path}"


@pytest.mark.parametrize(
    ("name", "starts"), [("r.html", "<!DOCTYPE html>"), ("r.sarif", "{"), ("r.xml", "<?xml")]
)
def test_format_follows_the_output_suffix(tmp_path: Path, name: str, starts: str):
    out = tmp_path / name
    result = CliRunner().invoke(cli, ["check", str(SAMPLE), "-o", str(out), "--no-cache"])
    assert result.exit_code == 1
    text = out.read_text(encoding="utf-8")
    assert text.lstrip().lower().startswith(starts.lower())
    if name.endswith(".sarif"):
        assert json.loads(text)["version"] == "2.1.0"


def test_an_explicit_format_that_contradicts_the_suffix_is_a_usage_error(tmp_path: Path):
    out = tmp_path / "r.html"
    result = CliRunner().invoke(cli, ["check", str(SAMPLE), "-f", "json", "-o", str(out)])
    assert result.exit_code == 2 and not out.exists()
    assert "--format json does not match the output file" in result.stderr
    ok = CliRunner().invoke(
        cli, ["check", str(SAMPLE), "-f", "gitlab", "-o", str(tmp_path / "q.json")]
    )
    assert ok.exit_code == 1  # GitLab's report is a .json file by convention


@pytest.mark.parametrize(
    ("env", "flag", "colored"),
    [
        ({}, None, False),  # not a terminal
        ({"FORCE_COLOR": "1"}, None, True),
        ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, None, False),
        ({"FORCE_COLOR": "1"}, "never", False),
        ({"NO_COLOR": "1"}, "always", True),
    ],
)
def test_color_follows_no_color_force_color_and_the_flag(
    env: dict, flag: str | None, colored: bool
):
    args = ["check", str(SAMPLE), "--no-cache"] + (["--color", flag] if flag else [])
    clean_env = {"NO_COLOR": None, "FORCE_COLOR": None, **env}
    result = CliRunner().invoke(cli, args, env=clean_env, color=True)
    assert ("\x1b[" in result.stdout) is colored


def test_an_internal_error_is_one_line_and_exit_2(monkeypatch: pytest.MonkeyPatch, capsys):
    import pat_lint.reporters.text
    from pat_lint.cli import main

    def broken(result, context):
        raise RuntimeError("a bug\nwith a second line")

    monkeypatch.setattr(pat_lint.reporters.text, "render", broken)
    for verbose in (False, True):
        argv = ["pat-lint", "check", str(SAMPLE), "--no-cache"] + (["--verbose"] if verbose else [])
        monkeypatch.setattr(sys, "argv", argv)
        with pytest.raises(SystemExit) as exit:
            main()
        assert exit.value.code == 2
        err = capsys.readouterr().err
        last = err.strip().splitlines()[-1]
        assert last.startswith("pat-lint: internal error: RuntimeError: a bug; please report it")
        assert ("Traceback" in err) is verbose


def test_folder_walks_respect_gitignore_virtualenvs_and_excludes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    text = "# Pilot\n\nThe chairman opens the meeting.\n"
    for name in (
        "proposals/a.md",
        "proposals/archive/old.md",
        "proposals/b.draft.md",
        "build/out.md",
        "venv/lib/site-packages/pkg/README.md",
        "node_modules/x/readme.md",
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "venv" / "pyvenv.cfg").write_text("home = /usr/bin\n")
    (tmp_path / ".gitignore").write_text("build/\n*.draft.md\n")
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)

    def checked(*args: str) -> list[str]:
        result = CliRunner().invoke(cli, ["check", *args, "--format", "json", "--no-cache"])
        if result.exit_code == 2 and "no proposal found" in result.stderr:
            return []
        return sorted(f["path"] for f in json.loads(result.stdout)["files"])

    assert checked(".") == ["proposals/a.md", "proposals/archive/old.md"]
    assert checked(".", "--no-respect-gitignore") == [
        "build/out.md",
        "proposals/a.md",
        "proposals/archive/old.md",
        "proposals/b.draft.md",
    ]
    assert checked(".", "--exclude", "proposals/archive/**") == ["proposals/a.md"]
    (tmp_path / ".pat-lint.yaml").write_text("exclude: ['proposals/archive/**']\n")
    assert checked(".") == ["proposals/a.md"]
    assert checked(".", "--exclude", "nothing/**") == ["proposals/a.md", "proposals/archive/old.md"]
    assert checked(".", "--extend-exclude", "proposals/a.md") == []
    named = "proposals/archive/old.md"
    assert checked(named) == [named]  # a file named on the command line is checked
    empty = CliRunner().invoke(cli, ["check", named, "--force-exclude"])
    assert empty.exit_code == 2 and "no proposal found" in empty.stderr


def test_standard_input_with_a_file_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    on_disk = tmp_path / "Plan A.md"
    on_disk.write_text(PROPOSAL_MD, encoding="utf-8")
    args = ["check", "--format", "json", "--no-cache", "--select", "GT"]
    from_disk = json.loads(CliRunner().invoke(cli, [*args, "Plan A.md"]).stdout)
    piped = CliRunner().invoke(
        cli, [*args, "-", "--stdin-filename", "Plan A.md"], input=PROPOSAL_MD
    )
    assert piped.exit_code == 1
    from_stdin = json.loads(piped.stdout)
    assert from_stdin["files"][0]["path"] == "Plan A.md"
    assert from_stdin["files"][0]["findings"] == from_disk["files"][0]["findings"]
    docx = CliRunner().invoke(
        cli, [*args, "-", "--stdin-filename", "p.docx"], input=SAMPLE.read_bytes()
    )
    located = [f["location"]["paragraph"] for f in json.loads(docx.stdout)["files"][0]["findings"]]
    assert located == [5, 13]  # read as Word because of the name
    mixed = CliRunner().invoke(cli, ["check", "-", "Plan A.md"], input="x")
    assert mixed.exit_code == 2 and "cannot be mixed" in mixed.stderr


def test_symlink_loops_and_dangling_links_are_reported_per_entry(tmp_path: Path):
    (tmp_path / "a.md").write_text(PROPOSAL_MD, encoding="utf-8")
    (tmp_path / "loop.md").symlink_to("loop.md")
    (tmp_path / "dangling.md").symlink_to("missing.md")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to("..")  # a folder loop, never followed
    result = CliRunner().invoke(cli, ["check", str(tmp_path), "--format", "json", "--no-cache"])
    assert result.exit_code == 2
    files = {Path(f["path"]).name: f for f in json.loads(result.stdout)["files"]}
    assert set(files) == {"a.md", "loop.md", "dangling.md"}
    assert files["a.md"]["status"] == "ok"
    assert files["loop.md"]["error"]["code"] == "unreadable"
    assert files["dangling.md"]["error"]["code"] == "not-found"


def test_a_file_name_that_is_not_utf8_is_checked_and_shown(tmp_path: Path):
    import os

    name = os.fsdecode(os.fsencode(str(tmp_path)) + b"/propuesta-\xe9.md")
    Path(name).write_text(PROPOSAL_MD, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "pat_lint", "check", str(tmp_path), "-f", "json", "--no-cache"],
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    (file,) = json.loads(done.stdout.decode("utf-8"))["files"]
    assert file["path"].endswith("propuesta-\ufffd.md") and file["findings"]
    text = subprocess.run(
        [sys.executable, "-m", "pat_lint", "check", str(tmp_path), "--no-cache"],
        capture_output=True,
        timeout=120,
    )
    assert text.returncode == 1 and "propuesta-\ufffd.md:" in text.stdout.decode("utf-8")
