"""``pat-lint check``: lint proposals and report the findings."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pat_lint.cli.common import (
    apply_cli_overrides,
    exit_code,
    fail,
    lint,
    load_configuration,
)
from pat_lint.model import FAIL_LEVELS, LANGUAGES
from pat_lint.reporters import FORMATS


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
@click.option("--select", multiple=True, help="Rules to enable: ids, prefixes (GT) or names.")
@click.option("--extend-select", multiple=True, help="Rules to enable on top of the selection.")
@click.option("--ignore", multiple=True, help="Rules to disable: ids, prefixes or names.")
@click.option(
    "--language",
    type=click.Choice(("auto", *LANGUAGES)),
    help="Language of the proposals (default: detect).",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Configuration file (default: discover .pat-lint.yaml / pyproject.toml).",
)
@click.option("-q", "--quiet", is_flag=True, help="Only the finding lines and the summary.")
@click.option("--statistics", is_flag=True, help="Print the number of findings per rule.")
@click.option("--no-progress", is_flag=True, help="No progress bar on stderr.")
@click.option(
    "--baseline",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Ignore the findings recorded in this baseline file (see `pat-lint baseline`).",
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
    quiet: bool,
    statistics: bool,
    no_progress: bool,
    baseline: Path | None,
) -> None:
    """Check proposals (files or folders) and report findings."""
    from pat_lint.reporters import ReportContext, render

    config = load_configuration(config_path)
    apply_cli_overrides(
        config,
        select=select,
        extend_select=extend_select,
        ignore=ignore,
        fail_on=fail_on,
        language=language,
        format=output_format,
        baseline=str(baseline) if baseline else None,
    )
    result, options = lint(config, paths, progress=not no_progress and not quiet)
    fmt = config["format"]
    context = ReportContext(
        rules=options.all_rules,
        color=fmt == "text" and output is None and sys.stdout.isatty(),
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

        append_job_summary(result, context)
    for file in result.files:
        if file.status == "error" and file.error is not None and (fmt != "text" or output):
            click.echo(f"pat-lint: error: {file.path}: {file.error.message}", err=True)
    sys.exit(exit_code(result, config["fail-on"]))
