"""``pat-lint annotate``: a Word copy with a review comment on each finding."""

from __future__ import annotations

from pathlib import Path

import click

from pat_lint.cli.common import (
    apply_cli_overrides,
    fail,
    lint,
    load_configuration,
)
from pat_lint.cli.options import one_file_rule_options


@click.command()
@click.argument("path", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="Where to write the annotated copy (.docx); never the input itself.",
)
@one_file_rule_options
def annotate(
    path: Path,
    output: Path,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    language: str | None,
    config_path: Path | None,
) -> None:
    """Write a copy of a .docx proposal with a Word review comment on each finding."""
    from pat_lint.annotate import AnnotateError, annotate_docx, check_paths
    from pat_lint.fileio import write_atomic

    try:
        check_paths(path, output)
    except AnnotateError as exc:
        fail(str(exc))
    config = load_configuration(config_path)
    apply_cli_overrides(config, select=select, ignore=ignore, language=language)
    result, _ = lint(config, (path,), progress=False)
    file = result.files[0]
    if file.status == "error" and file.error is not None:
        fail(f"{path}: {file.error.message} [{file.error.code}]")
    try:
        data, added = annotate_docx(path, file)
        write_atomic(output, data)
    except AnnotateError as exc:
        fail(f"{path}: {exc}")
    except OSError as exc:
        fail(f"{output}: cannot write: {exc.strerror or exc}")
    marker = f"; indicative gender marker {file.marker.code}" if file.marker else ""
    click.echo(f"Wrote {output}: {added} comments ({len(file.findings)} findings{marker}).")
