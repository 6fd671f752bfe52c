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

The gender section and the indicators are the analysis's own (:meth:`Analysis.gender_section`
with the active ``section`` params, :attr:`Analysis.indicators`): the same results the GS and
SD rules report, computed once per document whichever asks first.

Each stage is whole in one module:

- :mod:`.reading` — what the verdict reads from a rule's params, the cue lists, the role of
  each block (needs, activities, objectives, skip), and what one sentence says;
- :mod:`.criteria` — the five criteria and how their outcomes are counted and quoted;
- :mod:`.verdict` — the code, the DAC code and the reasons (:func:`verdict`, once per document).
"""

from __future__ import annotations

from pat_lint.analysis.marker.reading import CUE_PARAMS
from pat_lint.analysis.marker.verdict import CODES, decide, summary, verdict

__all__ = ["CODES", "CUE_PARAMS", "decide", "summary", "verdict"]
