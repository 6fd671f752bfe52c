"""The ``section`` check type: is there a gender section, and is it adequate? (SPEC.md §1)

One check type serves two rules, chosen by ``report``: ``missing`` yields a document-level hit
when no section is about gender (GS001); ``inadequate`` yields a hit on the heading of a gender
section that is a token line, gender-blind or too thin, saying what it lacks (GS002). Both set
``analysis.facts["gender_section"]``; the search runs once per document for both.

The word lists and thresholds are params (per language), so that a pack can tune them without
code; :mod:`pat_lint.analysis.gender` does the work.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field

from pat_lint.analysis import Analysis
from pat_lint.analysis.gender import (
    Criteria,
    CueSet,
    Vocabulary,
    describe_lacking,
    find_gender_section,
)
from pat_lint.checks import ParamError, check
from pat_lint.model import LANGUAGES, Hit

REPORTS = ("missing", "inadequate")
#: Params holding word lists: language → list of cues (see :class:`~pat_lint.analysis.gender.Cue`).
LIST_PARAMS = (
    "heading_terms",
    "weak_heading_terms",
    "sex_terms",
    "gender_terms",
    "difference_cues",
    "commitment_cues",
    "measure_cues",
)

WordLists = dict[str, list[str]]


@dataclass(frozen=True)
class SectionParams:
    """Params of the ``section`` check.

    Word lists map a language (``en``, ``fr``, ``es``) to entries matched on words' surface
    forms or spaCy lemmas; ``word*`` is a prefix, ``*ending`` a suffix, ``<num>`` a number, and
    an entry of several words matches them in sequence. See :class:`Vocabulary` for what each
    list is for. ``min_words`` is a number or a mapping of language to number.
    """

    report: str = "missing"
    heading_terms: WordLists = field(default_factory=dict)
    weak_heading_terms: WordLists = field(default_factory=dict)
    sex_terms: WordLists = field(default_factory=dict)
    gender_terms: WordLists = field(default_factory=dict)
    difference_cues: WordLists = field(default_factory=dict)
    commitment_cues: WordLists = field(default_factory=dict)
    measure_cues: WordLists = field(default_factory=dict)
    min_words: int | dict[str, int] = 60
    min_differences: int = 2
    min_measures: int = 1
    content_share: float = 0.5
    weak_heading_share: float = 0.3
    min_content_units: int = 3

    def __post_init__(self) -> None:
        if self.report not in REPORTS:
            raise ParamError(
                f"param 'report' must be one of {', '.join(REPORTS)}, got {self.report!r}"
            )
        for name in LIST_PARAMS:
            unknown = sorted(set(getattr(self, name)) - set(LANGUAGES))
            if unknown:
                raise ParamError(
                    f"param {name!r}: unknown language {unknown[0]!r} "
                    f"(expected {', '.join(LANGUAGES)})"
                )
        if not any(self.heading_terms.values()):
            raise ParamError("param 'heading_terms' must list at least one term")
        for name in ("content_share", "weak_heading_share"):
            if not 0 <= getattr(self, name) <= 1:
                raise ParamError(f"param {name!r} must be between 0 and 1")


def criteria_of(params: SectionParams) -> Criteria:
    """The compiled criteria for ``params`` (shared by rules whose params differ only in
    ``report``, so that the search runs once per document)."""
    values = asdict(params)
    values.pop("report")
    key = json.dumps(values, sort_keys=True, ensure_ascii=False)
    if key not in _CRITERIA:
        _CRITERIA[key] = _compile(params)
    return _CRITERIA[key]


_CRITERIA: dict[str, Criteria] = {}


def _compile(params: SectionParams) -> Criteria:
    languages = {lang for name in LIST_PARAMS for lang in getattr(params, name)}
    vocabularies = {
        language: Vocabulary(
            heading=_cues(params.heading_terms, language),
            weak_heading=_cues(params.weak_heading_terms, language),
            sex=_cues(params.sex_terms, language),
            gender=_cues(params.gender_terms, language),
            difference=_cues(params.difference_cues, language),
            commitment=_cues(params.commitment_cues, language),
            measure=_cues(params.measure_cues, language),
        )
        for language in sorted(languages)
    }
    if isinstance(params.min_words, int):
        min_words = {language: params.min_words for language in LANGUAGES}
    else:
        min_words = dict(params.min_words)
    return Criteria(
        vocabularies=vocabularies,
        min_words=min_words,
        min_differences=params.min_differences,
        min_measures=params.min_measures,
        content_share=params.content_share,
        weak_heading_share=params.weak_heading_share,
        min_content_units=params.min_content_units,
    )


def _cues(lists: WordLists, language: str) -> CueSet:
    return CueSet.of(lists.get(language) or [])


@check("section", SectionParams)
def run(analysis: Analysis, params: SectionParams) -> Iterator[Hit]:
    """Find the gender section (by heading, then by content) and judge it from its content."""
    result = find_gender_section(analysis, criteria_of(params))
    analysis.facts["gender_section"] = result.facts(analysis.blocks)
    candidate = result.candidate
    if params.report == "missing" and candidate is None:
        yield Hit(None)
    elif params.report == "inadequate" and candidate is not None and not result.adequate:
        outline = candidate.outline
        yield Hit(
            outline.heading,
            0,
            outline.title_end,
            args={
                "heading": outline.title,
                "lacking": describe_lacking(candidate.judgement.lacking),
                "words": candidate.judgement.words,
            },
        )
