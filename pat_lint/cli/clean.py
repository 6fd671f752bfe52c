"""``pat-lint clean``: remove the result cache."""

from __future__ import annotations

from pathlib import Path

import click

from pat_lint.cli.common import fail, load_configuration


@click.command()
@click.option(
    "--cache-dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Cache folder (default: .pat_lint_cache in the project root; env PAT_LINT_CACHE_DIR).",
)
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False))
def clean(cache_dir: Path | None, config_path: Path | None) -> None:
    """Remove the result cache (`check` rebuilds it as it goes)."""
    from pat_lint.cache import clear, default_folder

    folder = cache_dir or default_folder(load_configuration(config_path).root)
    if not folder.exists():
        click.echo(f"No cache at {folder}: nothing to remove.")
        return
    try:
        removed = clear(folder)
    except ValueError as exc:
        fail(f"{exc}; not removing it")
        return
    except OSError as exc:
        fail(f"{folder}: cannot remove the cache: {exc.strerror or exc}")
        return
    size = f"{removed.size / (1024 * 1024):.1f} MiB"
    click.echo(f"Removed the cache at {folder}: {removed.entries} entries, {size}.")
