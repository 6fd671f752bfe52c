"""The search: which outlines qualify as the gender section, tier by tier (a gender heading, a
weak heading with gender content, content alone), sections split in consecutive parts joined,
and the best candidate chosen (:func:`find_gender_section`); the outcome and its report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from pat_lint.analysis.cues import tokenize
from pat_lint.analysis.gender.judgement import Judgement, Prose, judge
from pat_lint.analysis.gender.outlines import (
    FORM_FIELD,
    MIN_RUN_IN_WORDS,
    RUN_IN_SENTENCE,
    SECTION,
    Outline,
    outlines,
)
from pat_lint.analysis.gender.settings import SectionSettings
from pat_lint.analysis.sections import strip_numbering
from pat_lint.model import Block, GenderSectionResult

if TYPE_CHECKING:
    from pat_lint.analysis import Analysis

# --- candidates: how a title names gender ---------------------------------------------------

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


def heading_match(title: str, language: str, settings: SectionSettings) -> tuple[str | None, float]:
    """Whether a title names gender (HEADING), only a weak term (WEAK_HEADING) or neither,
    and the share of its content words that are such terms.

    The terms of every language are tried: a French proposal may carry an English heading.
    """
    tokens = tokenize(strip_numbering(title), language)
    strong: set[int] = set()
    weak: set[int] = set()
    for vocabulary in settings.vocabularies.values():
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


# --- the outcome -----------------------------------------------------------------------------


@dataclass(frozen=True)
class GenderSection:
    """The outcome of the search: the chosen section, if any."""

    candidate: Candidate | None = None

    @property
    def adequate(self) -> bool:
        return self.candidate is not None and self.candidate.judgement.adequate

    @property
    def blocks(self) -> frozenset[int]:
        """The blocks of the section: its heading and its body (empty when none was found)."""
        if self.candidate is None:
            return frozenset()
        outline = self.candidate.outline
        return frozenset({outline.heading, *outline.body})

    def result(self, blocks: Sequence[Block]) -> GenderSectionResult:
        """What the report says about it (the JSON ``gender_section`` object)."""
        if self.candidate is None:
            return GenderSectionResult(found=False)
        outline, judgement = self.candidate.outline, self.candidate.judgement
        return GenderSectionResult(
            found=True,
            heading=outline.title,
            words=judgement.words,
            adequate=judgement.adequate,
            matched_by=self.candidate.match,
            differences=judgement.differences,
            measures=judgement.measures,
            lacking=tuple(judgement.lacking),
            location=blocks[outline.heading].location,
        )


# --- the search ------------------------------------------------------------------------------

_TIERS = (HEADING, WEAK_HEADING, CONTENT)


class _Search:
    """One search over one document: units are cut and matched once per block."""

    def __init__(self, analysis: Analysis, settings: SectionSettings) -> None:
        self.analysis = analysis
        self.settings = settings
        self.prose = Prose(analysis, settings)

    def run(self) -> GenderSection:
        """Try headings, then weak headings with gender content, then content alone."""
        by_tier: dict[str, list[Candidate]] = {tier: [] for tier in _TIERS}
        skipped = self.skipped_blocks()
        for outline in outlines(self.analysis, self.is_measures_label):
            if outline.heading in skipped:
                continue
            candidate = self.candidate(outline)
            if candidate is not None:
                by_tier[candidate.match].append(candidate)
        if not any(candidate.judgement.adequate for candidate in by_tier[HEADING]):
            by_tier[HEADING] += self.merged(by_tier[HEADING])
        for tier in _TIERS:
            if by_tier[tier]:
                return GenderSection(max(by_tier[tier], key=_rank))
        return GenderSection()

    def skipped_blocks(self) -> frozenset[int]:
        """The blocks of sections that never hold the gender section (a glossary entry "GBV",
        a partner "Ministry of Women"): their headings name one of the ``skip`` cues."""
        language = self.analysis.language
        skip = self.settings.vocabulary(language).skip
        found: set[int] = set()
        blocks = len(self.analysis.blocks)
        for section in self.analysis.sections:
            whole = section.end - section.heading >= 0.8 * blocks  # the document's title
            if not whole and skip.any(tokenize(strip_numbering(section.title), language)):
                found.update(range(section.heading, section.end))
        return frozenset(found)

    def is_measures_label(self, text: str) -> bool:
        """A label that introduces measures ("Measures:", "Mesures prévues", "Acciones")."""
        vocabulary = self.settings.vocabulary(self.analysis.language)
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
        match, share = heading_match(outline.title[: outline.title_end], language, self.settings)
        units, words = self.prose.of(outline, all_tables=match == HEADING)
        judgement = judge(units, words, self.settings, language)
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
        judgement, settings, kind = candidate.judgement, self.settings, candidate.outline.kind
        if kind == RUN_IN_SENTENCE and candidate.share < 1:
            return False
        if kind == FORM_FIELD and judgement.words < MIN_RUN_IN_WORDS:
            return False  # "Gender marker | 2a" is a field of a summary table
        if kind != SECTION and candidate.match == CONTENT:
            return False
        if candidate.match == HEADING:
            return True
        if candidate.match == WEAK_HEADING:
            return judgement.gender_units > 0 and judgement.density >= settings.weak_heading_share
        return (
            judgement.adequate
            and judgement.density >= settings.content_share
            and judgement.gender_units >= settings.min_content_units
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


def find_gender_section(analysis: Analysis, settings: SectionSettings) -> GenderSection:
    """The document's gender section, if any, and its judgement (computed once per settings)."""
    return analysis.memo(("gender_section", id(settings)), _Search(analysis, settings).run)
