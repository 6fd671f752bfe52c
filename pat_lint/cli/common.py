"""What the commands share: the exit codes, one-line errors, loading the configuration,
command-line overrides, running the engine and the exit code of a run."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from pat_lint.config import Config
    from pat_lint.model import LintResult

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def fail(message: str) -> None:
    """Print a one-line error and exit with code 2."""
    click.echo(f"pat-lint: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


def load_configuration(config_path: Path | None) -> Config:
    """The configuration from ``--config`` or discovered; a bad one is a one-line error."""
    from pat_lint.config import ConfigError, load_config

    try:
        return load_config(config_path)
    except ConfigError as exc:
        fail(str(exc))
        raise  # unreachable


def apply_cli_overrides(config: Config, **flags: Any) -> None:
    """Command-line flags override the file (and say so in provenance)."""
    from pat_lint.config import ConfigError, validate_value

    for key, value in flags.items():
        if value is None or value == ():
            continue
        option = "--" + key
        key = key.replace("_", "-")
        if isinstance(value, tuple):
            value = [part.strip() for item in value for part in item.split(",") if part.strip()]
        try:
            config.set(key, validate_value(key, value, option), option)
        except ConfigError as exc:
            fail(str(exc))


def lint(
    config: Config,
    paths: tuple[Path, ...],
    progress: bool,
    use_baseline: bool = True,
    jobs: int = 1,
    cache_folder: Path | None = None,
    shard: tuple[int, int] | None = None,
    force_exclude: bool = False,
    gitignore: bool = True,
) -> tuple[LintResult, Any]:
    """Resolve rules and files from the configuration and run the engine (in ``jobs``
    processes, with the cache in ``cache_folder`` if given, on one ``shard`` (i, n) of the
    files if given)."""
    from pat_lint.config import ConfigError, ignored_for, keeps, resolve_rules
    from pat_lint.engine import RunOptions, collect_files, in_shard, lint_paths
    from pat_lint.suppress import BaselineError, read_baseline

    try:
        all_rules, enabled = resolve_rules(config)
    except ConfigError as exc:
        fail(str(exc))
        raise
    language = None if config["language"] == "auto" else config["language"]
    baseline = None
    if use_baseline and config["baseline"]:
        try:
            baseline = read_baseline(Path(config["baseline"]))
        except BaselineError as exc:
            fail(str(exc))
    options = RunOptions(
        tuple(enabled),
        tuple(all_rules),
        language,
        ignored_for(config, all_rules),
        baseline,
        config["pdf-backend"],
    )
    files = collect_files(
        paths or (Path("."),), keeps(config), force_exclude=force_exclude, gitignore=gitignore
    )
    if shard is not None:
        files = [path for path in files if in_shard(path, *shard)]
    cache = None
    if cache_folder is not None:
        from pat_lint.cache import for_run

        cache = for_run(cache_folder, options)
    if progress and len(files) > 1 and sys.stderr.isatty():
        with click.progressbar(length=len(files), label="Checking", file=sys.stderr) as bar:
            result = lint_paths(files, options, lambda _: bar.update(1), jobs, cache)
    else:
        result = lint_paths(files, options, jobs=jobs, cache=cache)
    return result, options


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity where the system tells it)."""
    import os

    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def parse_shard(value: str | None) -> tuple[int, int] | None:
    """``--shard I/N`` as (I, N), 1 <= I <= N; a bad value is a usage error."""
    if value is None:
        return None
    index, _, count = value.partition("/")
    if index.strip().isdigit() and count.strip().isdigit() and 1 <= int(index) <= int(count):
        return int(index), int(count)
    raise click.BadParameter(f"{value!r} is not I/N with 1 <= I <= N (e.g. 2/4)")


def exit_code(result: LintResult, fail_on: str) -> int:
    """2 if a file could not be read; 1 if a finding is at or above the fail level; else 0."""
    from pat_lint.model import Severity

    if result.errors:
        return EXIT_ERROR
    if fail_on == "never":
        return EXIT_OK
    level = Severity.parse(fail_on)
    return EXIT_FINDINGS if any(severity >= level for _, _, severity in result.tally()) else EXIT_OK
