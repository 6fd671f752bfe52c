"""Whether a short line is a person's name (a signature, a photo caption, a staff list, the
authors on a cover), which a bold or large font does not make a heading.

A line is a person's name when it is one name or several joined by commas, "and", "&", "et",
"y" or "e", each name made of capitalised words, initials ("J.") and name particles ("van",
"de", "bin"), and:

- every name starts with a title (Dr, Ms, Mme, Sra., Ing., … — the ``person_titles`` of
  ``rules/lexicons/terms-<lang>.yaml``): "Dr Amina Yusuf"; or
- no word of it is written in lower case anywhere in the document (names are not; the words of a
  title-case heading, "Gender Analysis", usually are), each name has two to four words, and
  there are several names ("Arnab Gupta and Mirjam Schaap") or the line is followed by a short
  line that says who the person is ("Livelihoods Officer, Diffa").

Names are recognised from their shape and the document's own words, never from a list of names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from pat_lint.datafiles import data_dir, load_yaml
from pat_lint.model import LANGUAGES

_JOINERS = frozenset({"and", "&", "et", "y", "e", ","})
_PARTICLES = frozenset(
    "van von der den de del della di da das do dos du la le bin ibn bint al el ter ten".split()  # noqa: SIM905
)
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.UNICODE)
_INITIAL = re.compile(r"(?:[^\W\d_]\.){1,3}", re.UNICODE)
_TOKEN = re.compile(r",|[^\s,]+")


@cache
def person_titles() -> frozenset[str]:
    """Titles before a person's name in every language pat-lint reads."""
    titles: set[str] = set()
    for language in LANGUAGES:
        path = data_dir("rules") / "lexicons" / f"terms-{language}.yaml"
        if path.is_file():
            titles.update(str(title) for title in load_yaml(path).get("person_titles") or ())
    return frozenset(titles)


def lower_case_words(texts: Iterable[str]) -> frozenset[str]:
    """The words a document writes in lower case."""
    return frozenset(word for text in texts for word in _WORD.findall(text) if word.islower())


def is_person_name(text: str, lower_words: frozenset[str], followed_by_role: bool) -> bool:
    """Whether ``text`` is a person's name or a list of names (see the module docstring)."""
    names = _names(text)
    if not names or len(names) > 8:
        return False
    titles = person_titles()
    if all(name[0] in titles and len(name) >= 2 for name in names):
        return all(_name_word(word) for name in names for word in name[1:])
    if not all(2 <= len(name) <= 4 for name in names):
        return False
    if not all(_name_word(word) and word.lower() not in lower_words for n in names for word in n):
        return False
    return len(names) > 1 or followed_by_role


def _names(text: str) -> list[list[str]]:
    """The names of a line split at commas and conjunctions; [] when a token cannot be part of
    a name (a digit, punctuation other than initials)."""
    names: list[list[str]] = [[]]
    for token in _TOKEN.findall(text.strip()):
        if token.lower() in _JOINERS:
            if names[-1]:
                names.append([])
            continue
        if token.lower() in _PARTICLES and names[-1]:
            continue
        names[-1].append(token)
    return [name for name in names if name]


def _name_word(word: str) -> bool:
    """A capitalised word ("Yusuf", "O'Brien", "Jean-Pierre") or an initial ("J.")."""
    if _INITIAL.fullmatch(word):
        return True
    return bool(_WORD.fullmatch(word)) and word[0].isupper() and not word.isupper()
