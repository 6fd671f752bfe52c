"""The command line: ``pat-lint check | dump | rules | explain | config | baseline | annotate``.

Heavy modules (spaCy, pdfminer, python-docx, the engine) are imported inside the commands so
that ``pat-lint --version`` and ``--help`` stay fast.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from pat_lint import __version__
from pat_lint.model import FAIL_LEVELS, LANGUAGES
from pat_lint.reporters import FORMATS

if TYPE_CHECKING:
    from pat_lint.config import Config
    from pat_lint.model import LintResult

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def fail(message: str) -> None:
    """Print a one-line error and exit with code 2."""
    click.echo(f"pat-lint: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="pat-lint")
def cli() -> None:
    """A gender-review linter for project proposals (.docx, .pdf, .md, .txt; EN/FR/ES)."""


def _config(config_path: Path | None) -> Config:
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
    config: Config, paths: tuple[Path, ...], progress: bool, use_baseline: bool = True
) -> tuple[LintResult, Any]:
    """Resolve rules and files from the configuration and run the engine."""
    from pat_lint.config import ConfigError, ignored_for, keeps, resolve_rules
    from pat_lint.engine import RunOptions, collect_files, lint_paths
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
        tuple(enabled), tuple(all_rules), language, ignored_for(config, all_rules), baseline
    )
    files = collect_files(paths or (Path("."),), keeps(config))
    if progress and len(files) > 1 and sys.stderr.isatty():
        with click.progressbar(files, label="Checking", file=sys.stderr) as bar:
            result = lint_paths(bar, options)
    else:
        result = lint_paths(files, options)
    return result, options


def exit_code(result: LintResult, fail_on: str) -> int:
    """2 if a file could not be read; 1 if a finding is at or above the fail level; else 0."""
    from pat_lint.model import Severity

    if any(file.status == "error" for file in result.files):
        return EXIT_ERROR
    if fail_on == "never":
        return EXIT_OK
    level = Severity.parse(fail_on)
    return EXIT_FINDINGS if any(f.severity >= level for f in result.findings) else EXIT_OK


@cli.command()
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

    config = _config(config_path)
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
    if output is not None:
        from pat_lint.fileio import write_atomic

        try:
            write_atomic(output, report)
        except OSError as exc:
            fail(f"{output}: cannot write report: {exc.strerror or exc}")
    else:
        click.echo(report, nl=False)
    for file in result.files:
        if file.status == "error" and file.error is not None and (fmt != "text" or output):
            click.echo(f"pat-lint: error: {file.path}: {file.error.message}", err=True)
    sys.exit(exit_code(result, config["fail-on"]))


@cli.command()
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

    config = _config(config_path)
    result, _ = lint(config, paths, progress=True, use_baseline=False)
    try:
        write_atomic(output, write_baseline(result.findings))
    except OSError as exc:
        fail(f"{output}: cannot write baseline: {exc.strerror or exc}")
    click.echo(f"Wrote {len(result.findings)} findings of {len(result.files)} files to {output}.")
    for file in result.files:
        if file.status == "error" and file.error is not None:
            click.echo(f"pat-lint: error: {file.path}: {file.error.message}", err=True)
    sys.exit(EXIT_ERROR if any(f.status == "error" for f in result.files) else EXIT_OK)


@cli.command()
@click.argument("path", type=click.Path(path_type=Path, dir_okay=False))
def dump(path: Path) -> None:
    """Print the blocks a reader produced from FILE (kind, location, text)."""
    from pat_lint.readers import ReadError, read

    try:
        document = read(path)
    except ReadError as exc:
        fail(f"{path}: {exc.message} [{exc.code}]")
        return
    for index, block in enumerate(document.blocks, 1):
        kind = block.kind.value + (f"/{block.level}" if block.level else "")
        extra = f" [{block.header}]" if block.header else ""
        click.echo(f"{index:4d} {kind:<14} {block.location.short():<16}{extra} {block.text}")


@cli.command("rules")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--markdown", is_flag=True, help="Print the rules reference as Markdown.")
def list_rules(config_path: Path | None, markdown: bool) -> None:
    """List every rule: id, name, category, default severity, and whether it is enabled."""
    from pat_lint.config import ConfigError, resolve_rules

    config = _config(config_path)
    try:
        rules, enabled = resolve_rules(config)
    except ConfigError as exc:
        fail(str(exc))
        return
    if markdown:
        from pat_lint.reporters.rule_docs import reference_markdown

        click.echo(reference_markdown(rules), nl=False)
        return
    on = {rule.id for rule in enabled}
    for rule in rules:
        mark = " " if rule.id in on else "-"
        click.echo(f"{mark} {rule.id}  {rule.name:<34} {rule.category:<20} {rule.severity.label}")


@cli.command()
@click.argument("rule_id")
def explain(rule_id: str) -> None:
    """Print a rule's documentation: why, example, instead, references."""
    from pat_lint.packs import PackError, load_rules

    try:
        rules = load_rules()
    except PackError as exc:
        fail(str(exc))
        return
    rule = next((r for r in rules if rule_id.upper() == r.id or rule_id.lower() == r.name), None)
    if rule is None:
        fail(f"no rule {rule_id!r} (see `pat-lint rules`)")
        return
    from pat_lint.reporters.rule_docs import explain_text

    click.echo(explain_text(rule))


@cli.command("config")
@click.option("--show", is_flag=True, help="Print the resolved configuration and its sources.")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False))
def config_command(show: bool, config_path: Path | None) -> None:
    """Validate the configuration; with --show, print it and where each value came from."""
    import json

    from pat_lint.config import ConfigError, resolve_rules

    config = _config(config_path)
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


@cli.command()
@click.argument("path", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="Where to write the annotated copy (.docx); never the input itself.",
)
@click.option("--select", multiple=True, help="Rules to enable: ids, prefixes (GT) or names.")
@click.option("--ignore", multiple=True, help="Rules to disable: ids, prefixes or names.")
@click.option(
    "--language",
    type=click.Choice(["auto", "en", "fr", "es"]),
    help="Language of the proposal (default: detect).",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Configuration file (default: discover .pat-lint.yaml / pyproject.toml).",
)
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
    config = _config(config_path)
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


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="pat-lint")


if __name__ == "__main__":
    main()
