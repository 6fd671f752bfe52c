"""The command line: ``pat-lint check | dump | rules | explain | config | baseline | annotate``,
one module per command.

Heavy modules (spaCy, pdfminer, python-docx, the engine) are imported inside the commands so
that ``pat-lint --version`` and ``--help`` stay fast.
"""

from __future__ import annotations

import click

from pat_lint import __version__
from pat_lint.cli.annotate import annotate
from pat_lint.cli.baseline import baseline
from pat_lint.cli.check import check
from pat_lint.cli.config import config_command
from pat_lint.cli.dump import dump
from pat_lint.cli.fix import fix
from pat_lint.cli.rules import explain, list_rules
from pat_lint.cli.serve import serve


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="pat-lint")
def cli() -> None:
    """A gender-review linter for project proposals (.docx, .pdf, .md, .txt; EN/FR/ES)."""


for command in (check, baseline, dump, list_rules, explain, config_command, annotate):
    cli.add_command(command)
cli.add_command(fix)
cli.add_command(serve)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="pat-lint")


__all__ = ["check", "cli", "main"]
