"""Finding a proposal's gender section and judging whether it is adequate (the GS rules).

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
lists and thresholds come from the rule's params (see :class:`SectionSettings`); nothing here is
specific to a language.

Text is cut into *units*: the sentences of paragraphs and quotes, whole list items, and the
cells of gender analysis tables (tables whose column headers name women or men); other table
cells (results matrices) are left out. Each unit is matched against the cue lists, on the
lower-case surface form and the spaCy lookup lemma of each word (:mod:`pat_lint.analysis.cues`).

Each stage is whole in one module:

- :mod:`.settings` — the cue lists of each language and the thresholds, from a rule's params;
- :mod:`.outlines` — every section, and every paragraph or form field standing for a heading;
- :mod:`.judgement` — a section's text cut into units, and whether it is adequate;
- :mod:`.search` — which outline is the gender section (:func:`find_gender_section`), and the
  outcome (:class:`GenderSection`) with its report.
"""

from __future__ import annotations

from pat_lint.analysis.gender.judgement import describe_lacking
from pat_lint.analysis.gender.search import GenderSection, find_gender_section
from pat_lint.analysis.gender.settings import LIST_PARAMS, SectionSettings, settings_of

__all__ = [
    "LIST_PARAMS",
    "SectionSettings",
    "GenderSection",
    "settings_of",
    "describe_lacking",
    "find_gender_section",
]
