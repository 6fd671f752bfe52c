"""Candidates: how an outline's title names gender, and the record of an outline that
qualifies as the gender section (how it qualified, and its judgement)."""

from __future__ import annotations

from dataclasses import dataclass

from pat_lint.analysis.gender.criteria import Criteria
from pat_lint.analysis.gender.cues import tokenize
from pat_lint.analysis.gender.judgement import Judgement
from pat_lint.analysis.gender.outlines import Outline
from pat_lint.analysis.sections import strip_numbering

#: How a candidate qualified: by a gender heading, by a weak heading and content, by content.
HEADING, WEAK_HEADING, CONTENT = "heading", "weak-heading", "content"
#: Heading words shorter than this that match no term do not count against the heading share
#: ("and", "of", "de", "la"…).
MIN_CONTENT_WORD = 4


@dataclass(frozen=True)
class Candidate:
    """A section that qualifies as the gender section, with how it qualified and its judgement.

    ``share`` is how much of the title is gender words (0 when found by content).
    """

    outline: Outline
    match: str
    share: float
    judgement: Judgement


def heading_match(title: str, language: str, criteria: Criteria) -> tuple[str | None, float]:
    """Whether a title names gender (HEADING), only a weak term (WEAK_HEADING) or neither,
    and the share of its content words that are such terms.

    The terms of every language are tried: a French proposal may carry an English heading.
    """
    tokens = tokenize(strip_numbering(title), language)
    strong: set[int] = set()
    weak: set[int] = set()
    for vocabulary in criteria.vocabularies.values():
        for start, end in vocabulary.heading.spans(tokens):
            strong.update(range(start, end))
        for start, end in vocabulary.weak_heading.spans(tokens):
            weak.update(range(start, end))
    matched = strong | weak
    content = [
        i for i, (word, _) in enumerate(tokens) if i in matched or len(word) >= MIN_CONTENT_WORD
    ]
    share = len(matched) / len(content) if content else 0.0
    if strong:
        return HEADING, share
    return (WEAK_HEADING, share) if weak else (None, 0.0)
