"""Language detection for English, French and Spanish, from function-word frequencies.

No model and no network: each language is recognised by its most frequent function words,
which are distinctive between these three and stable across topics.
"""

from __future__ import annotations

import re
from collections import Counter

SUPPORTED = ("en", "fr", "es")

#: Frequent function words that are (nearly) exclusive to one of the three languages.
_MARKERS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the and of to is are was were be been will would with for this that these those which "
        "who their they it its by from have has on at an or not all than also into through "
        "between should must can".split()
    ),
    "fr": frozenset(
        "le les des du et est sont une dans pour sur avec par qui que aux au ces cette ce leur "
        "leurs être été sera seront ont ainsi également entre ou pas plus tous toutes nous "
        "notamment afin".split()
    ),
    "es": frozenset(
        "el los las del y es son una en para con por que al estos estas este esta su sus ser "
        "sido será serán han así también entre o no más todos todas nosotros mediante "
        "dentro".split()
    ),
}
_WORD = re.compile(r"[a-záàâäçéèêëíìîïñóòôöúùûüœ]+", re.IGNORECASE)
MIN_WORDS = 8
MIN_MARGIN = 1.5


def scores(text: str) -> dict[str, int]:
    """How many marker words of each language the text holds."""
    counts: Counter[str] = Counter()
    for word in _WORD.findall(text.lower()):
        for language, markers in _MARKERS.items():
            if word in markers:
                counts[language] += 1
    return {language: counts[language] for language in SUPPORTED}


def detect(text: str) -> str | None:
    """The language of ``text`` ("en", "fr" or "es"), or None when it is none of them or too short.

    Decided only when the best language has at least :data:`MIN_WORDS` markers and clearly
    more (by :data:`MIN_MARGIN`) than the runner-up.
    """
    ranked = sorted(scores(text).items(), key=lambda item: item[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top < MIN_WORDS or top < MIN_MARGIN * second:
        return None
    return best


def detect_block(text: str, default: str) -> str:
    """Language of a single block: the document's language unless the block clearly is another.

    Short blocks (titles, table cells) rarely carry enough evidence, so they keep ``default``.
    """
    ranked = sorted(scores(text).items(), key=lambda item: item[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if best != default and top >= 4 and top >= 3 * max(second, 1) and scores(text)[default] <= 1:
        return best
    return default
