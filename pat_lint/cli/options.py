"""Options shared by several commands, declared once so that their names and help agree."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import click

from pat_lint.model import LANGUAGES
from pat_lint.readers.pdf_parts.backends import BACKENDS

F = TypeVar("F", bound=Callable[..., object])

select_option = click.option(
    "--select", multiple=True, help="Rules to enable: ids, prefixes (GT) or names."
)
ignore_option = click.option(
    "--ignore", multiple=True, help="Rules to disable: ids, prefixes or names."
)
config_option = click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Configuration file (default: discover .pat-lint.yaml / pyproject.toml).",
)

pdf_backend_option = click.option(
    "--pdf-backend",
    type=click.Choice(BACKENDS, case_sensitive=False),
    help="Library that reads PDFs: pdfium (default; fast) or pdfminer (pure Python, the fallback).",
)


def language_option(help: str = "Language of the proposal (default: detect).") -> Callable[[F], F]:
    """``--language auto|en|fr|es`` with the command's own help text."""
    return click.option("--language", type=click.Choice(("auto", *LANGUAGES)), help=help)


def one_file_rule_options(command: F) -> F:
    """``--select``, ``--ignore``, ``--language`` and ``--config`` for a command on one file."""
    for option in (config_option, language_option(), ignore_option, select_option):
        command = option(command)
    return command
