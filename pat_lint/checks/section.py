"""The ``section`` check type: is there a gender section, and is it adequate? (GS001, GS002)

One check type serves two rules, chosen by ``report``: ``missing`` yields a document-level hit
when no section is about gender (GS001); ``inadequate`` yields a hit on the heading of a gender
section that is a token line, gender-blind or too thin, saying what it lacks (GS002). Both read
the same search (:meth:`Analysis.gender_section`, once per document), which also gives the
report's ``gender_section``.

The word lists and thresholds are params (per language), so that a pack can tune them without
code; :mod:`pat_lint.analysis.gender` does the work.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from pat_lint.analysis import Analysis
from pat_lint.analysis.gender import LIST_PARAMS, describe_lacking
from pat_lint.checks import ParamError, check
from pat_lint.model import LANGUAGES, GenderSectionResult, Hit

REPORTS = ("missing", "inadequate")
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
    skip_headings: WordLists = field(default_factory=dict)
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


def section_report(analysis: Analysis, params: SectionParams) -> dict[str, GenderSectionResult]:
    """The report's ``gender_section``: found or not, heading as written, words, adequacy."""
    found = analysis.gender_section(params)
    result = found.result(analysis.blocks) if found else GenderSectionResult(found=False)
    return {"gender_section": result}


@check("section", SectionParams, produces=("gender_section",), report=section_report)
def run(analysis: Analysis, params: SectionParams) -> Iterator[Hit]:
    """Find the gender section (by heading, then by content) and judge it from its content."""
    result = analysis.gender_section(params)
    candidate = result.candidate if result else None
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
