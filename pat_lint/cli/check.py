"""``pat-lint check``: lint proposals and report the findings."""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import click

from pat_lint.cli.common import (
    EXIT_ERROR,
    apply_cli_overrides,
    available_cores,
    exit_code,
    fail,
    lint,
    load_configuration,
    parse_shard,
)
from pat_lint.cli.options import (
    config_option,
    ignore_option,
    language_option,
    pdf_backend_option,
    select_option,
)
from pat_lint.model import FAIL_LEVELS
from pat_lint.reporters import FORMATS

if TYPE_CHECKING:
    import tempfile

    from pat_lint.model import LintResult


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "-f",
    "--format",
    "output_format",
    type=click.Choice(FORMATS),
    help="Output format (default: text).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write the report to this file (atomically) instead of stdout.",
)
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_LEVELS),
    help="Exit 1 when a finding is at or above this severity (default: warning).",
)
@select_option
@click.option("--extend-select", multiple=True, help="Rules to enable on top of the selection.")
@ignore_option
@language_option("Language of the proposals (default: detect).")
@config_option
@pdf_backend_option
@click.option("-q", "--quiet", is_flag=True, help="Only the finding lines and the summary.")
@click.option(
    "--statistics", is_flag=True, help="Print the number of findings per rule instead of them."
)
@click.option(
    "--color",
    type=click.Choice(("auto", "always", "never")),
    default="auto",
    help="Colour the text report (auto: on a terminal, unless NO_COLOR is set; FORCE_COLOR).",
)
@click.option("-v", "--verbose", is_flag=True, help="Show the traceback of an internal error.")
@click.option(
    "--stdin-filename",
    metavar="NAME",
    help="With '-' as the path: the name (and so the format) of the text read from stdin.",
)
@click.option("--no-progress", is_flag=True, help="No progress bar on stderr.")
@click.option(
    "--exclude", multiple=True, help="Globs of files to leave out (replace the configuration's)."
)
@click.option("--extend-exclude", multiple=True, help="Globs to leave out on top of those.")
@click.option(
    "--force-exclude", is_flag=True, help="Apply the exclusions to files named on the command line."
)
@click.option(
    "--no-respect-gitignore",
    "no_gitignore",
    is_flag=True,
    help="Also search what .gitignore files ignore.",
)
@click.option(
    "--baseline",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Ignore the findings recorded in this baseline file (see `pat-lint baseline`).",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    help="Check files in this many processes (default: the number of cores; 1: this process).",
)
@click.option("--no-cache", is_flag=True, help="Neither read nor write the result cache.")
@click.option(
    "--cache-dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Cache folder (default: .pat_lint_cache in the project root; env PAT_LINT_CACHE_DIR).",
)
@click.option(
    "--shard",
    metavar="I/N",
    callback=lambda ctx, param, value: parse_shard(value),
    help="Check only shard I of N (1-based) of the files, e.g. one job of a CI matrix.",
)
def check(
    paths: tuple[Path, ...],
    output_format: str | None,
    output: Path | None,
    fail_on: str | None,
    select: tuple[str, ...],
    extend_select: tuple[str, ...],
    ignore: tuple[str, ...],
    language: str | None,
    config_path: Path | None,
    pdf_backend: str | None,
    quiet: bool,
    statistics: bool,
    color: str,
    verbose: bool,
    stdin_filename: str | None,
    no_progress: bool,
    exclude: tuple[str, ...],
    extend_exclude: tuple[str, ...],
    force_exclude: bool,
    no_gitignore: bool,
    baseline: Path | None,
    jobs: int | None,
    no_cache: bool,
    cache_dir: Path | None,
    shard: tuple[int, int] | None,
) -> None:
    """Check proposals (files or folders) and report findings."""
    from pat_lint.cache import default_folder
    from pat_lint.cli.output import color_wanted, inferred_format
    from pat_lint.reporters import ReportContext, render

    try:
        output_format = inferred_format(output_format, output)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    config = load_configuration(config_path)
    apply_cli_overrides(
        config,
        select=select,
        extend_select=extend_select,
        ignore=ignore,
        fail_on=fail_on,
        language=language,
        pdf_backend=pdf_backend,
        format=output_format,
        baseline=str(baseline) if baseline else None,
        exclude=exclude,
    )
    if extend_exclude:
        extra = [part.strip() for item in extend_exclude for part in item.split(",") if part]
        config.set("exclude", [*config["exclude"], *extra], "--extend-exclude")
    stdin_folder = None
    if Path("-") in paths:
        if len(paths) > 1:
            raise click.UsageError("'-' (standard input) cannot be mixed with other paths")
        stdin_folder, paths = _stdin_file(stdin_filename or "stdin.md")
    result, options = lint(
        config,
        paths,
        progress=not no_progress and not quiet,
        jobs=jobs or available_cores(),
        cache_folder=None if no_cache else cache_dir or default_folder(config.root),
        shard=shard,
        force_exclude=force_exclude,
        gitignore=not no_gitignore,
    )
    if stdin_folder is not None:
        _shown_as(result, stdin_filename or "-")
        stdin_folder.cleanup()
    if not result.files:
        where = ", ".join(str(path) for path in paths) or "."
        click.echo(f"pat-lint: warning: no proposal found in {where}", err=True)
        sys.exit(EXIT_ERROR)
    fmt = config["format"]
    to_terminal = output is None or str(output) == "-"
    context = ReportContext(
        rules=options.all_rules,
        color=fmt == "text" and to_terminal and color_wanted(color, sys.stdout),
        statistics=statistics,
        quiet=quiet,
        fail_on=config["fail-on"],
    )
    report = render(fmt, result, context)
    from pat_lint.fileio import write_atomic

    try:
        write_atomic(output or Path("-"), report)
    except OSError as exc:
        where = "standard output" if output in (None, Path("-")) else output
        fail(f"{where}: cannot write report: {exc.strerror or exc}")
    if fmt == "github":  # on GitHub Actions, the job summary too
        from pat_lint.reporters.github import append_job_summary

        if not append_job_summary(result, context) and os.environ.get("GITHUB_STEP_SUMMARY"):
            click.echo("pat-lint: warning: cannot write the job summary", err=True)
    for file in result.unchecked() if fmt != "text" or output else ():
        if file.error is not None:
            click.echo(f"pat-lint: error: {file.path}: {file.error.message}", err=True)
    sys.exit(exit_code(result, config["fail-on"]))


def _stdin_file(name: str) -> tuple[tempfile.TemporaryDirectory[str], tuple[Path, ...]]:
    """Standard input saved under ``name``'s file name in a temporary folder, so that its
    suffix chooses the reader."""
    import tempfile

    folder = tempfile.TemporaryDirectory(prefix="pat-lint-stdin-")
    path = Path(folder.name) / (Path(name).name or "stdin.md")
    path.write_bytes(sys.stdin.buffer.read())
    return folder, (path,)


def _shown_as(result: LintResult, name: str) -> None:
    """Report the file read from standard input under the name the user gave (fingerprints
    too, so that a baseline made from the file on disk applies)."""
    from pat_lint.engine import fingerprint

    for index, file in enumerate(result.files):
        file.path = name
        file.findings = [
            replace(
                f,
                location=replace(f.location, path=name),
                fingerprint=fingerprint(f.rule, name, f.match, f.context or f.message),
            )
            for f in file.findings
        ]
        result.files[index] = file
