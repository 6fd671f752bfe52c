"""Joining the lines of a hard-wrapped paragraph, mending words broken with a hyphen.

For text whose line breaks were made by a layout, not by the author: plain text pasted from a
PDF, the cells of a table drawn in text. A line ending in "word-" followed by a line starting
with a lower-case word is joined without a space. The hyphen is dropped ("man-"/"power" →
"manpower", "disaggre-"/"gated" → "disaggregated") when both sides are lower-case letters,
unless the second part is a word that commonly stands after a hyphen in compounds (*made,
based, headed, related, led, term, level, scale, specific, sensitive, disaggregated, days…*:
"man-made", "female-headed", "sex-disaggregated") or the first part is "self", "non" or
"cross"; the hyphen is kept when either side is a capital or a digit ("COVID-19", "non-EU"),
and for the explicit hyphen characters U+2010/U+2011. "pre-" followed by "and"/"or" keeps the
hyphen and a space ("pre- and post-test"). A soft hyphen (U+00AD) always joins. Without a
dictionary this is a heuristic: a compound whose second part is not in the list is joined
("child-care" broken at the hyphen becomes "childcare"). An en or em dash closed up to the word
before it stays closed up ("2020–"/"2025"). The PDF, text and ASCII-table readers all use it.
"""

from __future__ import annotations

import re

#: second parts that usually follow a hyphen in compounds: keep the hyphen at a line break
KEEP_AFTER_HYPHEN = frozenset(
    """made based headed related led term level scale specific sensitive responsive disaggregated
    owned run friendly oriented centred centered focused making building wide free up time year
    years months days hours income country border speaking being affected dependent hosting
    funded driven induced prone sharing saving generating sector seeking only managed sized
    service services""".split()  # noqa: SIM905 - a word list reads better as text
)
KEEP_BEFORE_HYPHEN = frozenset({"self", "non", "cross"})
_CONJUNCTIONS = frozenset({"and", "or", "to", "et", "ou", "y", "o", "e", "u", "und", "oder"})


def join_lines(left: str, right: str) -> str:
    """Join two lines of a paragraph, mending a hyphenated line break (see the module docstring)."""
    if not left or not right:
        return left or right
    if left.endswith("\u00ad"):
        return left[:-1] + right
    if len(left) > 1 and left[-1] in "\u2010\u2011" and left[-2].isalpha():
        return left + right
    if len(left) > 1 and left[-1] == "-" and left[-2].isalpha():
        return _join_hyphenated(left, right)
    if len(left) > 1 and left[-1] in "–—" and not left[-2].isspace():
        return left + right  # "2020–" / "2025", a dash closed up to its word
    return f"{left} {right}"


def _join_hyphenated(left: str, right: str) -> str:
    """Join "…word-" and the next line: keep the hyphen, drop it, or keep it and a space."""
    before = re.search(r"([^\W\d_]+)-$", left)
    after = re.match(r"[^\W\d_]+", right)
    if before is None or after is None:
        return left + right  # "COVID-" / "19"
    first, second = before.group(1), after.group(0)
    if second.lower() in _CONJUNCTIONS and right[len(second) : len(second) + 1] in (" ", ""):
        return f"{left} {right}"  # "pre- and post-test"
    if not (first[-1].islower() and second[0].islower()):
        return left + right  # "COVID-19", "non-EU"
    if second.lower() in KEEP_AFTER_HYPHEN or first.lower() in KEEP_BEFORE_HYPHEN:
        return left + right  # "man-made", "sex-disaggregated", "self-reliance"
    return left[:-1] + right  # "manpower", "disaggregated"
