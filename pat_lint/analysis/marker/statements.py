"""What one sentence says: a sex-differentiated fact (gender analysis) or an activity that
names women, men, girls or boys or is tailored by sex or age."""

from __future__ import annotations

import re

from pat_lint.analysis.marker.cues import cue_pattern, find_cue, strip_cues
from pat_lint.analysis.marker.settings import MarkerSettings

_QUOTED = re.compile(r"«[^»]{1,200}»|“[^”]{1,200}”|\"[^\"]{1,200}\"|(?<!\w)'[^']{3,200}'(?!\w)")
_PERCENT = re.compile(r"\d\s?%")


def _sex_term(sentence: str, params: MarkerSettings, language: str) -> str | None:
    """A word naming women, men, girls or boys as such: not inside a quoted title, not part of
    a phrase listed in ``not_sex_terms`` ("women and children", "man-hours", "droits de
    l'homme"), not a capitalised word inside the sentence (a name: "Madre de Dios")."""
    text = strip_cues(params.cues("not_sex_terms", language), _QUOTED.sub(" ", sentence))
    letters = [c for c in text if c.isalpha()]
    shouting = bool(letters) and sum(c.isupper() for c in letters) > 0.6 * len(letters)
    first = next((i for i, c in enumerate(text) if c.isalpha()), 0)
    for name in ("female_terms", "male_terms"):
        pattern = cue_pattern(params.cues(name, language))
        for found in pattern.finditer(text) if pattern else ():
            if found.start() > first and found.group(0)[0].isupper() and not shouting:
                continue
            return found.group(0)
    return None


def is_sex_differentiated(sentence: str, params: MarkerSettings, language: str) -> bool:
    """A gender-analysis statement: a gender term, or women/men named with a percentage, a
    comparison or a named barrier ("Women own land in only 8 per cent of households")."""
    if find_cue(params.cues("gender_terms", language), sentence):
        return True
    if _sex_term(sentence, params, language) is None:
        return False
    return bool(_PERCENT.search(sentence)) or bool(
        find_cue(params.cues("difference_cues", language), sentence)
    )


def is_tailored(sentence: str, params: MarkerSettings, language: str) -> bool:
    """An activity statement that names women/men/girls/boys or is tailored by sex or age."""
    return bool(
        _sex_term(sentence, params, language)
        or find_cue(params.cues("tailored_cues", language), sentence)
    )
