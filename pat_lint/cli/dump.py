"""``pat-lint dump``: the blocks a reader produced from a file."""

from __future__ import annotations

from pathlib import Path

import click

from pat_lint.cli.common import (
    fail,
)
from pat_lint.cli.options import pdf_backend_option


@click.command()
@click.argument("path", type=click.Path(path_type=Path, dir_okay=False))
@pdf_backend_option
def dump(path: Path, pdf_backend: str | None) -> None:
    """Print the blocks a reader produced from FILE (kind, location, text)."""
    from pat_lint.readers import ReadError, read

    try:
        document = read(path, pdf_backend)
    except ReadError as exc:
        fail(f"{path}: {exc.message} [{exc.code}]")
        return
    for index, block in enumerate(document.blocks, 1):
        kind = block.kind.value + (f"/{block.level}" if block.level else "")
        extra = f" [{block.header}]" if block.header else ""
        click.echo(f"{index:4d} {kind:<14} {block.location.short():<16}{extra} {block.text}")
