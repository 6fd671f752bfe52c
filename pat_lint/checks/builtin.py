"""The ``builtin`` check type: findings that pat-lint itself raises, not a text check.

Unreadable files and documents in an unsupported language are found by the engine while
reading; malformed and unused suppressions by the suppression pass. Their rules live in the
``PL`` pack so that they can be selected, ignored and explained like any other rule.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from pat_lint.analysis import Analysis
from pat_lint.checks import check
from pat_lint.model import Hit


@dataclass(frozen=True)
class BuiltinParams:
    """No params: the engine decides when these rules fire."""


@check("builtin", BuiltinParams)
def run(analysis: Analysis, params: BuiltinParams) -> Iterator[Hit]:
    """Raised by the engine, never from the document's text."""
    return iter(())
