"""Reporters render one :class:`~pat_lint.model.LintResult` in one format each.

Each module exposes ``render(result: LintResult, context: ReportContext) -> str``; modules are
imported only when their format is asked for.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pat_lint import __version__

if TYPE_CHECKING:
    from pat_lint.model import LintResult
    from pat_lint.packs import Rule

REPORTERS: dict[str, str] = {
    "text": "pat_lint.reporters.text",
    "json": "pat_lint.reporters.json",
    "sarif": "pat_lint.reporters.sarif",
    "github": "pat_lint.reporters.github",
    "gitlab": "pat_lint.reporters.gitlab",
    "junit": "pat_lint.reporters.junit",
    "html": "pat_lint.reporters.html",
}
#: The output formats, in the order help texts list them.
FORMATS = tuple(REPORTERS)


@dataclass(frozen=True)
class ReportContext:
    """What a reporter may need besides the result."""

    rules: tuple[Rule, ...] = ()
    version: str = __version__
    color: bool = False
    statistics: bool = False
    quiet: bool = False
    fail_on: str = "warning"


def render(name: str, result: LintResult, context: ReportContext) -> str:
    """Render ``result`` in format ``name``."""
    module = importlib.import_module(REPORTERS[name])
    return module.render(result, context)
