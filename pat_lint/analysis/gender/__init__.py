"""Finding a proposal's gender section and judging whether it is adequate (SPEC.md §1).

A gender section is a section whose subject is gender. It is found, in this order:

1. **by heading** — a heading (or a label standing for one: a short "Gender" paragraph, a
   "Gender:" line, a run-in "Gender: ..." paragraph) that names gender, women, girls… in any
   of the supported languages ("4. Gender analysis", "6.2 Genre", "Perspectiva de género",
   "Women's participation and empowerment", "Gender, age and diversity (AGD)");
2. **by a weaker heading and content** — a heading such as "Social inclusion" or "Équité"
   whose body is largely about women and men;
3. **by content alone** — a section whose prose is mostly about women and men and which is
   a complete gender analysis (a context section about maternal health is not). Gender
   mentioned in passing elsewhere never makes a section.

The document's title is never its gender section. A gender section may be a sub-section
("6.2 Gender"), a row of a proposal form written as a two-column table ("Gender analysis |
…"), or split in consecutive parts ("5. Gender analysis", "6. Gender action plan"), which are
then judged together and reported under the first heading.

A section is **adequate** when its text names differences between women and men (or girls
and boys) — comparisons, sex-specific barriers, risks, needs, roles, figures by sex — says
what the project will do about them, and is long enough not to be a token line. All word
lists and thresholds come from the rule's params (see :class:`Criteria`); nothing here is
specific to a language.

Text is cut into *units*: the sentences of paragraphs and quotes, whole list items, and the
cells of gender analysis tables (tables whose column headers name women or men); other table
cells (results matrices) are left out. Each unit is matched against the cue lists, on the
lower-case surface form and the spaCy lookup lemma of each word (:mod:`pat_lint.analysis.nlp`).

One module per job:

- :mod:`.cues` compiles word-list entries and matches them on a text's words;
- :mod:`.criteria` holds the cue lists of each language and the thresholds;
- :mod:`.units` says what one unit of text signals, and :mod:`.prose` cuts a section's text
  into units;
- :mod:`.judgement` judges a section's adequacy from its units;
- :mod:`.outlines` finds every section and paragraph standing for a heading, and
  :mod:`.candidates` says how a title names gender;
- :mod:`.search` picks the gender section among the candidates
  (:func:`find_gender_section`), and :mod:`.result` holds the outcome and its report facts.
"""

from __future__ import annotations

from pat_lint.analysis.gender.candidates import (
    CONTENT,
    HEADING,
    MIN_CONTENT_WORD,
    WEAK_HEADING,
    Candidate,
    heading_match,
)
from pat_lint.analysis.gender.criteria import Criteria, Vocabulary
from pat_lint.analysis.gender.cues import Cue, CueSet, Token, tokenize
from pat_lint.analysis.gender.judgement import Judgement, describe_lacking, judge
from pat_lint.analysis.gender.outlines import (
    FORM_FIELD,
    LABEL,
    MAX_LABEL_WORDS,
    MAX_PSEUDO_HEADING_WORDS,
    MIN_RUN_IN_WORDS,
    RUN_IN,
    RUN_IN_SENTENCE,
    SECTION,
    Outline,
    document_title,
    form_fields,
    is_pseudo_heading,
    outlines,
    pseudo_outlines,
    run_in_label,
)
from pat_lint.analysis.gender.result import GenderSection
from pat_lint.analysis.gender.search import find_gender_section
from pat_lint.analysis.gender.units import Unit, is_difference, is_measure, make_unit

__all__ = [
    "CONTENT",
    "FORM_FIELD",
    "HEADING",
    "LABEL",
    "MAX_LABEL_WORDS",
    "MAX_PSEUDO_HEADING_WORDS",
    "MIN_CONTENT_WORD",
    "MIN_RUN_IN_WORDS",
    "RUN_IN",
    "RUN_IN_SENTENCE",
    "SECTION",
    "WEAK_HEADING",
    "Candidate",
    "Criteria",
    "Cue",
    "CueSet",
    "GenderSection",
    "Judgement",
    "Outline",
    "Token",
    "Unit",
    "Vocabulary",
    "describe_lacking",
    "document_title",
    "find_gender_section",
    "form_fields",
    "heading_match",
    "is_difference",
    "is_measure",
    "is_pseudo_heading",
    "judge",
    "make_unit",
    "outlines",
    "pseudo_outlines",
    "run_in_label",
    "tokenize",
]
