"""``pat-lint rules`` and ``pat-lint explain``: the rule catalogue and one rule's docs."""

from __future__ import annotations

import json
from pathlib import Path

import click

from pat_lint.cli.common import (
    fail,
    load_configuration,
)


@click.command("rules")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "-f",
    "--format",
    "output_format",
    type=click.Choice(("text", "json", "markdown")),
    default="text",
    help="text: one line a rule; json: every rule with its docs; markdown: the reference.",
)
@click.option("--markdown", is_flag=True, help="Same as --format markdown.")
def list_rules(config_path: Path | None, output_format: str, markdown: bool) -> None:
    """List every rule: id, name, category, default severity, and whether it is enabled."""
    from pat_lint.config import ConfigError, resolve_rules

    config = load_configuration(config_path)
    try:
        rules, enabled = resolve_rules(config)
    except ConfigError as exc:
        fail(str(exc))
        return
    on = {rule.id for rule in enabled}
    if output_format == "json":
        from pat_lint.reporters.rule_docs import rule_dict

        entries = [rule_dict(rule, rule.id in on) for rule in rules]
        click.echo(json.dumps(entries, ensure_ascii=False, indent=2))
        return
    if markdown or output_format == "markdown":
        from pat_lint.reporters.rule_docs import reference_markdown

        click.echo(reference_markdown(rules), nl=False)
        return
    for rule in rules:
        mark = " " if rule.id in on else "-"
        click.echo(f"{mark} {rule.id}  {rule.name:<34} {rule.category:<20} {rule.severity.label}")


@click.command()
@click.argument("rule_id")
@click.option(
    "-f",
    "--format",
    "output_format",
    type=click.Choice(("text", "json")),
    default="text",
    help="text: the docs under headings; json: the rule with its docs.",
)
def explain(rule_id: str, output_format: str) -> None:
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
    from pat_lint.reporters.rule_docs import explain_text, rule_dict

    if output_format == "json":
        click.echo(json.dumps(rule_dict(rule), ensure_ascii=False, indent=2))
        return
    click.echo(explain_text(rule))
