"""Language detection for English, French and Spanish, from function-word frequencies.

No model and no network: each language is recognised by its most frequent function words,
which are distinctive and stable across topics. Portuguese, Italian, German and Dutch have
word lists too, not to be supported but to be *recognised*: a Portuguese proposal shares many
words with Spanish, and must be reported as unsupported rather than read as Spanish.

- A document is in the language with the most marker words, if that language is supported
  and has clearly more markers than any unsupported one.
- A long document may mix supported languages (an English proposal with a French annex):
  the majority language wins. A short one must be clear-cut: twice the runner-up, or a
  couple of markers of one language and none of any other.
- A block (paragraph, cell) keeps the document's language unless it is clearly in another
  supported one: short blocks rarely carry enough evidence.
"""

from __future__ import annotations

import re

from pat_lint.model import LANGUAGES

#: Languages recognised only so that they are not mistaken for a supported one.
OTHERS = ("pt", "it", "de", "nl")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Frequent function words, as exclusive to one language of the set as possible (a few shared
#: ones, like "de", add evidence on short texts). Elided French articles and pronouns ("l'",
#: "d'", "qu'") count as the letters before the apostrophe.
MARKERS: dict[str, frozenset[str]] = {
    "en": _words(
        "the and of to is are was were be been being will would with for this that these "
        "those which who whom their they them it its by from have has had on at an or not "
        "all than also into through between should must can could may our we you your there "
        "what when where how each other such only about after before under over during within "
        "without because however while in"
    ),
    "fr": _words(
        "le les des du et est sont une dans pour sur avec par qui aux au ces cette ce cet "
        "leur leurs être été sera seront ont ainsi également ou pas plus tous toutes tout "
        "nous vous notamment afin selon sans sous mais aussi très où dont lors depuis chez "
        "il ils elle elles ne l d qu à peut doivent ses sa de en la"
    ),
    "es": _words(
        "el los las del y es una con al estos estas este esta su sus así también más han hay "
        "muy pero cuando donde hasta sin ellos ellas lo mediante cual cuales según además "
        "será serán fue están cada otros otras todos todas de en la"
    ),
    "pt": _words(
        "não uma os das dos da do em com ao aos pelo pela pelos pelas são também mais seu sua "
        "seus suas isso isto foi às num numa já muito até há na nas e ou é de todos todas"
    ),
    "it": _words(
        "il della delle dello degli dei di che per gli sono è nel nella nei alla alle anche "
        "come più questo questa essere stato non uno e ed sul sulla dal dalla ha hanno la"
    ),
    "de": _words(
        "der die das und ist nicht mit von zu den dem ein eine einer eines auf für sich auch "
        "werden wird sind bei aus nach wie im zum zur über durch dass oder sie wir haben hat "
        "kann"
    ),
    "nl": _words(
        "het een van zijn met voor niet op dat te worden wordt ook bij naar door aan deze wij "
        "hun er"
    ),
}
_WORD = re.compile(r"[^\W\d_]+")
#: A language needs at least this many marker words to be recognised at all…
MIN_EVIDENCE = 4
#: …or this many when no other language has a single one ("The chairman opens. The chair
#: closes." is English).
MIN_SOLE_EVIDENCE = 2
#: Below this many marker words a text is short: the winner must have twice the runner-up's.
MIN_WORDS = 8
SHORT_MARGIN = 2.0
#: A supported language must have this many times the markers of any unsupported one.
MIN_MARGIN = 1.5


#: Each marker word and the languages it marks (one lookup a word instead of one a language).
_MARKED_BY: dict[str, tuple[str, ...]] = {}
for _language, _markers in MARKERS.items():
    for _marker in _markers:
        _MARKED_BY[_marker] = (*_MARKED_BY.get(_marker, ()), _language)


def scores(text: str) -> dict[str, int]:
    """How many marker words of each language (supported or not) the text holds."""
    counts = dict.fromkeys(MARKERS, 0)
    marked_by = _MARKED_BY
    for word in _WORD.findall(text.lower()):
        for language in marked_by.get(word, ()):
            counts[language] += 1
    return counts


def detect(text: str) -> str | None:
    """The language of ``text`` ("en", "fr" or "es"), or None when it is another language or
    there is too little evidence to tell."""
    counts = scores(text)
    best = max(counts, key=lambda language: (counts[language], language in LANGUAGES))
    top = counts[best]
    runner_up = max(count for language, count in counts.items() if language != best)
    needed = MIN_SOLE_EVIDENCE if runner_up == 0 else MIN_EVIDENCE
    if best not in LANGUAGES or top < needed:
        return None
    unsupported = max(counts[language] for language in OTHERS)
    if top < MIN_MARGIN * unsupported:
        return None
    if top < MIN_WORDS and top < SHORT_MARGIN * runner_up:
        return None
    return best


def detect_block(text: str, default: str) -> str:
    """Language of a single block: the document's language unless the block clearly is another
    supported one (at least :data:`MIN_EVIDENCE` markers, twice any other language, and at most
    one marker of the default language)."""
    counts = scores(text)
    best = max(LANGUAGES, key=lambda language: counts[language])
    top = counts[best]
    others = max(count for language, count in counts.items() if language != best)
    clear = top >= MIN_EVIDENCE and top >= SHORT_MARGIN * max(others, 1)
    if best != default and clear and counts[default] <= 1:
        return best
    return default
