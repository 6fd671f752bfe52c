"""The indicative gender marker of a whole proposal, and the reasons for it.

Modelled on the IOM Gender Marker (0 / 1 / 2a / 2b), itself derived from the IASC marker, with
the OECD DAC gender equality policy marker (0 / 1 / 2) shown alongside. Five criteria are read
from the text and from what the other checks found:

=================  =====================================================================
analysis           sex-differentiated facts in the rationale / needs assessment (and the
                   gender section): women and men named with a number, a comparison or a
                   named barrier, or a gender term such as "gender-based violence"
activities         activities that name women, men, girls or boys or are tailored by sex or
                   age, in the activity sections, an activities column, or as measures in
                   the gender section
indicators         the share of people-counting indicators disaggregated by sex
principal          gender equality / women's empowerment as the main objective (title or
                   overall objective); one gender objective among others is "significant"
gender section     an adequate gender section (from the gender-section analysis)
=================  =====================================================================

Codes: **0** no criterion shows any gender consideration (gender-blind); **1** some do;
**2a** analysis, activities and indicators are all met *and* the gender section is adequate;
**2b** as 2a, and gender equality is the principal objective. Without an adequate gender
section the code is at most 1. Cue words, heading words and thresholds are rule params (per
language) in ``rules/gm.yaml``; the ``marker`` check (:mod:`pat_lint.checks.marker`) passes
them in.

The gender section and the indicators come from ``analysis.facts`` when the GS and SD checks
ran; otherwise they are computed through the same analysis functions those checks use.

One module per job:

- :mod:`.settings` says what the verdict reads from a rule's params;
- :mod:`.cues` matches cue words and splits sentences;
- :mod:`.layout` gives each block its role (needs, activities, objectives, skip);
- :mod:`.inputs` takes the gender section and the indicators from the other checks;
- :mod:`.statements` says what one sentence shows, :mod:`.outcome` holds a criterion's
  outcome, and :mod:`.criteria` evaluates the five criteria;
- :mod:`.verdict` maps the criteria to the code and the DAC code and gives the reasons
  (:func:`verdict`, computed once per document).
"""

from __future__ import annotations

from pat_lint.analysis.marker.criteria import (
    activities_criterion,
    analysis_criterion,
    gender_section_criterion,
    indicators_criterion,
    objective_statements,
    principal_criterion,
)
from pat_lint.analysis.marker.layout import Layout, layout
from pat_lint.analysis.marker.outcome import MAX_EVIDENCE, MET, NOT_MET, PARTLY, Criterion
from pat_lint.analysis.marker.settings import CUE_PARAMS, MarkerSettings
from pat_lint.analysis.marker.statements import is_sex_differentiated, is_tailored
from pat_lint.analysis.marker.verdict import CODES, NOTE, SCHEME, decide, summary, verdict

__all__ = [
    "CODES",
    "CUE_PARAMS",
    "MAX_EVIDENCE",
    "MET",
    "NOTE",
    "NOT_MET",
    "PARTLY",
    "SCHEME",
    "Criterion",
    "Layout",
    "MarkerSettings",
    "activities_criterion",
    "analysis_criterion",
    "decide",
    "gender_section_criterion",
    "indicators_criterion",
    "is_sex_differentiated",
    "is_tailored",
    "layout",
    "objective_statements",
    "principal_criterion",
    "summary",
    "verdict",
]
