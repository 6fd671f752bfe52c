"""``pat-lint config``: validate the configuration, or show it with its sources."""

from __future__ import annotations

from pathlib import Path

import click

from pat_lint.cli.common import (
    fail,
    load_configuration,
)


@click.command("config")
@click.option("--show", is_flag=True, help="Print the resolved configuration and its sources.")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False))
def config_command(show: bool, config_path: Path | None) -> None:
    """Validate the configuration; with --show, print it and where each value came from."""
    import json

    from pat_lint.config import ConfigError, resolve_rules

    config = load_configuration(config_path)
    try:
        resolve_rules(config)
    except ConfigError as exc:
        fail(str(exc))
        return
    files = ", ".join(map(str, config.files)) or "(none: defaults)"
    if not show:
        click.echo(f"Configuration is valid: {files}")
        return
    click.echo(f"# files: {files}")
    for key in sorted(config.values):
        value = json.dumps(config.values[key], ensure_ascii=False)
        click.echo(f"{key}: {value}    # from {config.origin[key]}")
