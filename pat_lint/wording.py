"""Wording shared by every report: counts with the right plural."""

from __future__ import annotations

#: Plurals that are not the word plus "s".
IRREGULAR_PLURALS = {"info": "info", "analysis": "analyses", "summary": "summaries"}


def plural(n: int, singular: str, plural_form: str | None = None) -> str:
    """``1 finding``, ``9 findings``, ``0 proposals``; ``plural_form`` where it is not +s."""
    if n == 1:
        return f"{n} {singular}"
    return f"{n} {plural_form or IRREGULAR_PLURALS.get(singular, singular + 's')}"
