"""``pat-lint rules`` and ``pat-lint explain``: the rule catalogue and one rule's docs."""

from __future__ import annotations

from pathlib import Path

import click

from pat_lint.cli.common import (
    fail,
    load_configuration,
)


@click.command("rules")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--markdown", is_flag=True, help="Print the rules reference as Markdown.")
def list_rules(config_path: Path | None, markdown: bool) -> None:
    """List every rule: id, name, category, default severity, and whether it is enabled."""
    from pat_lint.config import ConfigError, resolve_rules

    config = load_configuration(config_path)
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


@click.command()
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
