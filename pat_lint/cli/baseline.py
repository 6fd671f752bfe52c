"""``pat-lint baseline``: record today's findings so that later runs report only new ones."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pat_lint.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    fail,
    lint,
    load_configuration,
)


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    default=Path(".pat-lint-baseline.json"),
    show_default=True,
    help="Where to write the baseline.",
)
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False))
def baseline(paths: tuple[Path, ...], output: Path, config_path: Path | None) -> None:
    """Record today's findings so that `check --baseline FILE` reports only new ones."""
    from pat_lint.fileio import write_atomic
    from pat_lint.suppress import write_baseline

    config = load_configuration(config_path)
    result, _ = lint(config, paths, progress=True, use_baseline=False)
    try:
        write_atomic(output, write_baseline(result.findings))
    except OSError as exc:
        fail(f"{output}: cannot write baseline: {exc.strerror or exc}")
    click.echo(f"Wrote {len(result.findings)} findings of {len(result.files)} files to {output}.")
    for file in result.unchecked():
        if file.error is not None:
            click.echo(f"pat-lint: error: {file.path}: {file.error.message}", err=True)
    sys.exit(EXIT_ERROR if result.errors else EXIT_OK)
