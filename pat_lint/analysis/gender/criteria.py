"""Criteria: the cue lists of each language and the thresholds, as compiled from a rule's params.

Nothing in the search or the judgement is specific to a language: every word list and
threshold they use comes from here (:mod:`pat_lint.checks.section` builds these from params).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from pat_lint.analysis.gender.cues import CueSet


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
    - ``measure``: concrete gender measures ("quota", "childcare", "disaggregated by sex").
    """

    heading: CueSet = field(default_factory=CueSet)
    weak_heading: CueSet = field(default_factory=CueSet)
    sex: CueSet = field(default_factory=CueSet)
    gender: CueSet = field(default_factory=CueSet)
    difference: CueSet = field(default_factory=CueSet)
    commitment: CueSet = field(default_factory=CueSet)
    measure: CueSet = field(default_factory=CueSet)


@dataclass(frozen=True)
class Criteria:
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
