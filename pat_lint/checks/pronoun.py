"""The ``pronoun`` check type: generic "he/his/him/himself" standing for an unspecified person.

Who a pronoun stands for is decided by :mod:`pat_lint.analysis.terms.pronouns` from its
antecedent (its word lists: ``rules/lexicons/pronouns-<lang>.yaml``); this check reports the
generic ones with the suggestions of their term-list entry.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from pat_lint.analysis import Analysis
from pat_lint.analysis.terms import group_repeats, iter_blocks
from pat_lint.analysis.terms.pronouns import generic_pronouns
from pat_lint.checks import check
from pat_lint.model import Hit


@dataclass(frozen=True)
class PronounParams:
    """Which pronouns the rule reports and what counts as a generic antecedent.

    ``categories``: term-list categories holding the pronouns (forms and suggestions).
    ``languages``: block languages the rule runs on (the lists have English pronouns only).
    ``role_nouns``: extra nouns that denote an unspecified person (besides the lexicon's).
    """

    categories: list[str] = field(default_factory=lambda: ["generic-pronoun"])
    languages: list[str] = field(default_factory=lambda: ["en"])
    role_nouns: list[str] = field(default_factory=list)


@check("pronoun", PronounParams)
def run(analysis: Analysis, params: PronounParams) -> Iterator[Hit]:
    """Generic he/his/him/himself whose antecedent is an unspecified person (identical findings
    in repeated rows reported once)."""
    return group_repeats(analysis, _hits(analysis, params))


def _hits(analysis: Analysis, params: PronounParams) -> Iterator[Hit]:
    """Every finding of the rule, repeated text included."""
    blocks = iter_blocks(analysis, params.languages)
    found = generic_pronouns(analysis, blocks, tuple(params.categories), tuple(params.role_nouns))
    for pronoun in found:
        term = pronoun.term
        yield Hit(
            block=pronoun.block,
            start=pronoun.start,
            end=pronoun.end,
            suggestions=term.suggestions,
            args={"term": term.id, "category": term.category, "suggestion": term.suggestions[0]},
        )
