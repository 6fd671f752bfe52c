"""The ``substitution`` check type: words from the term lists, each with its suggestions.

Each block is matched with the term list of its own language (``analysis.block_languages``), so
English entries never run on a French or Spanish paragraph. A rule selects the term-list
categories it covers (``categories``), so that a new rule over another category needs no code.
What is *not* a finding is decided from the context (see :mod:`pat_lint.analysis.terms`):
quotations, reproduced legal text, reference lists, institution and company names, surnames,
adjectival uses of noun-only terms, and "man" words in a sentence that compares women and men.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from pat_lint.checks import check
from pat_lint.model import Hit

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from pat_lint.analysis import Analysis
    from pat_lint.analysis.terms import TermMatch


@dataclass(frozen=True)
class SubstitutionParams:
    """Which entries of the term lists a rule reports.

    ``categories``: term-list categories covered (e.g. ``[gendered-generic]``); empty means all.
    ``languages``: block languages the rule runs on (``en``, ``fr``, ``es``); empty means all.
    ``exclude``: term ids not to report (e.g. a word an organisation has decided to keep).
    ``max_suggestions``: how many suggestions a message lists.
    """

    categories: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    max_suggestions: int = 3


@check("substitution", SubstitutionParams)
def run(analysis: Analysis, params: SubstitutionParams) -> Iterator[Hit]:
    """Term-list words written in the author's own voice, with their suggested replacements
    (identical findings in repeated rows reported once)."""
    from pat_lint.analysis import terms

    return terms.group_repeats(analysis, _hits(analysis, params))


def _hits(analysis: Analysis, params: SubstitutionParams) -> Iterator[Hit]:
    """Every finding of the rule, repeated text included."""
    from pat_lint.analysis import terms

    references = terms.reference_blocks(analysis)
    for index in terms.iter_blocks(analysis, params.languages):
        if index in references:
            continue
        language = analysis.block_languages[index]
        term_matcher = terms.matcher(language)
        if not term_matcher.terms:
            continue
        doc = analysis.doc(index)
        # every substitution rule reads the same matches: find them once per block
        found = analysis.memo(("term_matches", index), partial(term_matcher.find, doc))
        selected = [match for match in found if _selected(match, params)]
        quotes = terms.others_words(analysis, index) if selected else []
        for match in selected:
            span = _finding_span(doc, match, language, quotes)
            if span is None or (
                not match.term.title and terms.in_name(analysis, index, match.start, match.end)
            ):
                continue
            start, end = terms.char_span(doc, *span)
            shown = match.term.suggestions[: params.max_suggestions]
            yield Hit(
                block=index,
                start=start,
                end=end,
                suggestions=match.term.suggestions,
                args={
                    "term": match.term.id,
                    "category": match.term.category,
                    "suggestion": match.term.suggestions[0],
                    "suggestions_short": ", ".join(shown),
                },
            )


def _selected(match: TermMatch, params: SubstitutionParams) -> bool:
    """Whether the rule covers this entry."""
    term = match.term
    if params.categories and term.category not in params.categories:
        return False
    return term.id not in params.exclude


def _finding_span(
    doc: Doc, match: TermMatch, language: str, quotes: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The tokens to report, or None when the words around the match say it is not a finding
    (names are decided afterwards, by :func:`pat_lint.analysis.terms.in_name`)."""
    from pat_lint.analysis import terms

    term = match.term
    start, end = terms.highlight_span(doc, match)
    char_start, char_end = terms.char_span(doc, start, end)
    if terms.in_spans(char_start, char_end, quotes):
        return None
    if terms.part_of_longer_word(doc, match.start, match.end, language):
        return None
    if term.as_noun and not terms.used_as_noun(doc, match.start, language):
        return None
    if term.people_only and not terms.about_people(doc, match.start, match.end, language):
        return None
    if term.generic_only and not terms.means_humanity(doc, start, end, language):
        return None
    if terms.paired_with_feminine(doc, match.start, match.end):
        return None
    return start, end
