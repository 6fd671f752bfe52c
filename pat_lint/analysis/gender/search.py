"""The search: which outlines qualify as the gender section, tier by tier (heading, weak
heading and content, content alone), sections split in consecutive parts joined, and the
best candidate chosen (see :func:`find_gender_section`)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from pat_lint.analysis.gender.candidates import (
    CONTENT,
    HEADING,
    WEAK_HEADING,
    Candidate,
    heading_match,
)
from pat_lint.analysis.gender.criteria import Criteria
from pat_lint.analysis.gender.cues import tokenize
from pat_lint.analysis.gender.judgement import judge
from pat_lint.analysis.gender.outlines import (
    FORM_FIELD,
    MIN_RUN_IN_WORDS,
    RUN_IN_SENTENCE,
    SECTION,
    Outline,
    outlines,
)
from pat_lint.analysis.gender.prose import Prose
from pat_lint.analysis.gender.result import GenderSection

if TYPE_CHECKING:
    from pat_lint.analysis import Analysis

_TIERS = (HEADING, WEAK_HEADING, CONTENT)


class _Search:
    """One search over one document: units are cut and matched once per block."""

    def __init__(self, analysis: Analysis, criteria: Criteria) -> None:
        self.analysis = analysis
        self.criteria = criteria
        self.prose = Prose(analysis, criteria)

    def run(self) -> GenderSection:
        """Try headings, then weak headings with gender content, then content alone."""
        by_tier: dict[str, list[Candidate]] = {tier: [] for tier in _TIERS}
        for outline in outlines(self.analysis, self.is_measures_label):
            candidate = self.candidate(outline)
            if candidate is not None:
                by_tier[candidate.match].append(candidate)
        if not any(candidate.judgement.adequate for candidate in by_tier[HEADING]):
            by_tier[HEADING] += self.merged(by_tier[HEADING])
        for tier in _TIERS:
            if by_tier[tier]:
                return GenderSection(max(by_tier[tier], key=_rank))
        return GenderSection()

    def is_measures_label(self, text: str) -> bool:
        """A label that introduces measures ("Measures:", "Mesures prévues", "Acciones")."""
        vocabulary = self.criteria.vocabulary(self.analysis.language)
        tokens = tokenize(text, self.analysis.language)
        return vocabulary.commitment.any(tokens) or vocabulary.measure.any(tokens)

    def merged(self, candidates: list[Candidate]) -> list[Candidate]:
        """Gender sections split in consecutive parts ("5. Gender analysis" then "6. Gender
        action plan"; two rows of a form) judged as one, when together they are adequate.
        The merged section is reported with the first part's heading."""
        ordered = sorted(candidates, key=lambda candidate: candidate.outline.heading)
        runs: list[list[Candidate]] = []
        for candidate in ordered:
            if runs and _follows(runs[-1][-1].outline, candidate.outline):
                runs[-1].append(candidate)
            else:
                runs.append([candidate])
        found = []
        for run in runs:
            if len(run) < 2:
                continue
            first, last = run[0], run[-1]
            body = tuple(range(first.outline.heading + 1, _end(last.outline)))
            outline = replace(first.outline, body=body)
            candidate = self.candidate(outline)
            if candidate is not None and candidate.judgement.adequate:
                found.append(replace(candidate, share=first.share))
        return found

    def candidate(self, outline: Outline) -> Candidate | None:
        """The outline as a candidate, when it qualifies as a gender section."""
        language = self.analysis.language
        match, share = heading_match(outline.title[: outline.title_end], language, self.criteria)
        units, words = self.prose.of(outline)
        judgement = judge(units, words, self.criteria, language)
        candidate = Candidate(outline, match or CONTENT, share, judgement)
        return candidate if self.qualifies(candidate) else None

    def qualifies(self, candidate: Candidate) -> bool:
        """A gender section by its heading, or by what its text is about.

        A paragraph standing for a heading qualifies only by its title; a first sentence
        ("Gender. The project…") only when it is nothing but gender terms — otherwise any
        paragraph opening with a short sentence about women would be a heading. A section
        with no gender heading qualifies by content only when it is mostly about women and men
        *and* is a full gender analysis: a context section about maternal health, or women
        mentioned in passing, is not a gender section.
        """
        judgement, criteria, kind = candidate.judgement, self.criteria, candidate.outline.kind
        if kind == RUN_IN_SENTENCE and candidate.share < 1:
            return False
        if kind == FORM_FIELD and judgement.words < MIN_RUN_IN_WORDS:
            return False  # "Gender marker | 2a" is a field of a summary table
        if kind != SECTION and candidate.match == CONTENT:
            return False
        if candidate.match == HEADING:
            return True
        if candidate.match == WEAK_HEADING:
            return judgement.gender_units > 0 and judgement.density >= criteria.weak_heading_share
        return (
            judgement.adequate
            and judgement.density >= criteria.content_share
            and judgement.gender_units >= criteria.min_content_units
        )


def _end(outline: Outline) -> int:
    """The index after the last block an outline covers (its title included)."""
    return max((outline.heading, *outline.body)) + 1


def _follows(before: Outline, after: Outline) -> bool:
    """Whether ``after`` starts right where ``before`` ends, with the same kind of title."""
    return before.kind == after.kind and after.heading == _end(before)


def _rank(candidate: Candidate) -> tuple[bool, bool, float, float, int]:
    """Prefer an adequate section, then a real heading over a paragraph standing for one, then
    the title most about gender, then the text most about gender, then the earliest."""
    judgement, outline = candidate.judgement, candidate.outline
    return (judgement.adequate, outline.real, candidate.share, judgement.density, -outline.heading)


def find_gender_section(analysis: Analysis, criteria: Criteria) -> GenderSection:
    """The document's gender section, if any, and its judgement (computed once per criteria)."""
    return analysis.memo(("gender_section", id(criteria)), _Search(analysis, criteria).run)
