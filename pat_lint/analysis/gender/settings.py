"""SectionSettings: the cue lists of each language and the thresholds, compiled from the params of a
``section`` rule (:func:`settings_of`).

Nothing in the search or the judgement is specific to a language: every word list and
threshold they use comes from here.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from pat_lint.analysis.cues import CueSet
from pat_lint.model import LANGUAGES

#: Params holding word lists: language → list of cues (see :mod:`pat_lint.analysis.cues`).
LIST_PARAMS = (
    "heading_terms",
    "weak_heading_terms",
    "sex_terms",
    "gender_terms",
    "difference_cues",
    "commitment_cues",
    "measure_cues",
    "skip_headings",
)

WordLists = dict[str, list[str]]


@dataclass(frozen=True)
class Vocabulary:
    """The cue lists of one language.

    - ``heading``: a heading naming one of these is about gender ("gender", "genre", "mujeres");
    - ``weak_heading``: a heading naming one of these may be, if its body is ("inclusion");
    - ``sex``: words naming women, men, girls, boys ("woman", "femme", "niña*");
    - ``gender``: words naming gender itself ("gender", "sexe", "género");
    - ``difference``: with a ``sex`` word, the sentence names a difference (comparisons,
      barriers, risks, needs, roles, figures);
    - ``commitment``: the sentence says what the project will do ("will", "*ront", "*rá");
    - ``measure``: concrete gender measures ("quota", "childcare", "disaggregated by sex");
    - ``skip``: headings of sections that never hold the gender section, whatever their lines
      say ("Glossary", "Acronyms", "Partners", "Sigles", "Glosario").
    """

    heading: CueSet = field(default_factory=CueSet)
    weak_heading: CueSet = field(default_factory=CueSet)
    sex: CueSet = field(default_factory=CueSet)
    gender: CueSet = field(default_factory=CueSet)
    difference: CueSet = field(default_factory=CueSet)
    commitment: CueSet = field(default_factory=CueSet)
    measure: CueSet = field(default_factory=CueSet)
    skip: CueSet = field(default_factory=CueSet)


@dataclass(frozen=True)
class SectionSettings:
    """Everything the search and the judgement need: cue lists per language and thresholds.

    ``min_words`` is per language. ``content_share`` is the share of prose units about women
    and men above which a section with no gender heading is a gender section (it must also
    have ``min_content_units`` such units and be adequate); ``weak_heading_share`` is the
    lower share asked of a section with a weak heading.
    """

    vocabularies: Mapping[str, Vocabulary]
    min_words: Mapping[str, int]
    min_differences: int = 2
    min_measures: int = 1
    content_share: float = 0.5
    weak_heading_share: float = 0.3
    min_content_units: int = 3

    def vocabulary(self, language: str) -> Vocabulary:
        """The cue lists for ``language`` (English when it has none)."""
        return self.vocabularies.get(language) or self.vocabularies.get("en") or Vocabulary()

    def words_needed(self, language: str) -> int:
        return self.min_words.get(language, self.min_words.get("en", 0))


def settings_of(params: Any) -> SectionSettings:
    """The compiled settings for ``params`` (shared by rules whose params differ only in
    ``report``, so that the search runs once per document)."""
    known = _BY_OBJECT.get(id(params))
    if known is not None and known[0] is params:
        return known[1]
    values = asdict(params)
    values.pop("report")
    key = json.dumps(values, sort_keys=True, ensure_ascii=False)
    if key not in _CRITERIA:
        _CRITERIA[key] = _compile(params)
    _BY_OBJECT[id(params)] = (params, _CRITERIA[key])
    return _CRITERIA[key]


_CRITERIA: dict[str, SectionSettings] = {}
#: The settings of each params object seen (kept alive here, so its id stays its own): the
#: key above costs a deep copy and a JSON dump, ~8 ms a document when asked per document.
_BY_OBJECT: dict[int, tuple[Any, SectionSettings]] = {}


def _compile(params: Any) -> SectionSettings:
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
            skip=_cues(params.skip_headings, language),
        )
        for language in sorted(languages)
    }
    if isinstance(params.min_words, int):
        min_words = {language: params.min_words for language in LANGUAGES}
    else:
        min_words = dict(params.min_words)
    return SectionSettings(
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
