"""Whether a match is part of the name of an institution, company, publication or official text
("Manpower Planning Directorate", "Conseil des droits de l'homme"), decided from capitalisation
and organisation words, never from a list of names."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from pat_lint.analysis.nlp import lemma
from pat_lint.analysis.terms.lexicon import any_language, context_words, has_word
from pat_lint.analysis.terms.tokens import is_capitalised, stop_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def is_org_word(token: Token, language: str, strong: bool = False) -> bool:
    """Whether a token is an organisation/publication word of ``language`` (or English).

    ``strong`` keeps only words that name an institution or company whatever the context
    (Ministry, Directorate, Ltd, Conseil…), for Title Case headings where "Project" or "Review"
    prove nothing.
    """
    word = token.text.lower().replace("’", "'")
    for lexicon in (context_words(language), context_words("en")):
        if has_word(lexicon.institution_words, word, language):
            return True
        if not strong and has_word(lexicon.name_words, word, language):
            return True
    return False


def _run_part(token: Token, joiners: frozenset[str]) -> str | None:
    """How a token takes part in a capitalised name: 'word', 'join' or None (ends the run)."""
    if token.is_punct and token.text not in ("-", "&", "'", "’") and not token.text.endswith("."):
        return None
    if token.is_space:
        return None
    if token.lower_ in ("'s", "’s"):
        return "join"  # "the Labour Ombudsman's Office"
    if is_capitalised(token) or token.text in ("-", "&"):
        return "word"
    if token.lower_ in joiners:
        return "join"
    return None


@cache
def _joiners(language: str, key: str) -> frozenset[str]:
    """A list of joining words of ``language`` and of English (names are often cited in
    English): ``connectors`` for institution names, ``name_joiners`` for other names."""
    return getattr(context_words(language), key) | getattr(context_words("en"), key)


def capitalised_run(
    doc: Doc, start: int, end: int, language: str, key: str = "connectors"
) -> tuple[int, int]:
    """The maximal run of capitalised words around ``doc[start:end]``, joined by the
    ``key`` list of joining words (``connectors`` or the narrower ``name_joiners``)."""
    joiners = _joiners(language, key)
    left = start
    i = start - 1
    while i >= 0:
        part = _run_part(doc[i], joiners)
        if part is None or doc[i].is_sent_end:
            break
        if part == "word":
            left = i
        i -= 1
    right = end
    i = end
    # a word capitalised only because it starts the sentence does not reach over "of the …"
    initial = doc[start].is_sent_start
    while i < len(doc):
        part = _run_part(doc[i], joiners)
        if part is None or (initial and part == "join" and right == end):
            break
        if part == "word":
            right = i + 1
        if doc[i].is_sent_end:
            break
        i += 1
    return left, right


def in_institution_name(
    doc: Doc, start: int, end: int, language: str, heading: bool = False
) -> bool:
    """Whether the match is part of the name of an institution, company, publication or official
    text: a capitalised name holding an organisation word ("Manpower Planning Directorate",
    "Northgate Manpower Solutions Ltd", "The Spokesman-Review"), or, in French and Spanish where
    only the first word of such names is capitalised, a phrase headed by a capitalised
    organisation word ("Conseil des droits de l'homme", "Comisión nacional de los derechos…")."""
    span = doc[start:end]
    if any(is_capitalised(t) for t in span if t.is_alpha):
        left, right = capitalised_run(doc, start, end, language)
        others = [t for t in doc[left:right] if t.i < start or t.i >= end]
        if any(is_org_word(t, language, strong=heading) and is_capitalised(t) for t in others):
            return True
    if language in ("fr", "es"):
        return _headed_by_org_word(doc, start, language)
    return False


def _headed_by_org_word(doc: Doc, start: int, language: str, max_words: int = 2) -> bool:
    """Look back from ``start`` through connectors and at most ``max_words`` lower-case
    adjectives for a capitalised organisation word."""
    content = 0
    for i in range(start - 1, max(-1, start - 10), -1):
        token = doc[i]
        if token.is_punct and token.text not in ("-",):
            return False
        if is_capitalised(token):
            if is_org_word(token, language):
                return True
            continue
        lower = token.lower_.replace("’", "'")
        lexicon = context_words(language)
        if lower in any_language("coordinators") or lower in lexicon.clause_words:
            return False  # "le Niger et les droits de l'homme": another phrase
        if lower in lexicon.connectors:
            continue
        if _looks_like_verb(token, language):
            return False
        content += 1
        if content > max_words:
            return False
    return False


def _looks_like_verb(token: Token, language: str) -> bool:
    """A conjugated verb or participle: its lemma is an infinitive that differs from it, and it
    is not simply the plural of that word ("passagers" → "passager" is a noun)."""
    lower = token.lower_
    found = lemma(lower, language)
    if found == lower or len(found) <= 3 or not found.endswith(("er", "ir", "re", "ar")):
        return False
    return lower.rstrip("sx") != found


def in_capitalised_name(
    doc: Doc, start: int, end: int, language: str, title_case: bool = False
) -> bool:
    """Whether a capitalised match is part of a proper name: a run of capitalised words that
    holds another capitalised word that is not there only because it starts the sentence
    ("The Coastal Fisherman", "Fisherman's Hope", "the Ombudsman for Children of Ilvania",
    "Minister of Labour and Manpower Development"). In a Title Case line (a heading, a table
    header) every word is capitalised, so only a word that is more often a name than a common
    word counts there ("Brightwell Manpower", not "Number of Fishermen Trained"). A list of
    capitalised roles ("Fishermen and Farmers") or a place after "in" ("Fishermen in Kisumu") is
    no sign of a name."""
    from pat_lint.analysis.terms.persons import is_name_like

    words = [t for t in doc[start:end] if t.is_alpha]
    if not words or not is_capitalised(words[0]):
        return False  # "L'Homme Nouveau": the first word of the match is "Homme"
    left, right = capitalised_run(doc, start, end, language, "name_joiners")
    people = context_words(language).person_nouns
    others = [
        t
        for t in doc[left:right]
        if (t.i < start or t.i >= end)
        and t.is_alpha
        and is_capitalised(t)
        and not t.is_sent_start
        and not (t.is_upper and len(t) > 1)  # capitals for emphasis or an acronym
        and not (has_word(people, t.lower_, language) and _coordinated(doc, t.i))
    ]
    if title_case:
        return any(is_name_like(t.text, language) for t in others)
    return bool(others)


def _coordinated(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is coordinated with a neighbour ("Fishermen and Farmers": a list of
    roles, not a name; "Ombudsman for Children" is one)."""
    coordinators = any_language("coordinators")
    return any(0 <= j < len(doc) and doc[j].lower_ in coordinators for j in (i - 1, i + 1))


_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def is_title_case(text: str, language: str, max_words: int = 14) -> bool:
    """Whether a short line is written in Title Case (every content word capitalised), like a
    heading or a table header: there, capitals say nothing about names."""
    words = _WORD.finditer(text)  # no more than max_words + 1: a long block is no heading
    found = [match.group() for match, _ in zip(words, range(max_words + 1), strict=False)]
    if not found or len(found) > max_words or text.rstrip().endswith((".", ";")):
        return False
    content = [w for w in found if w.lower() not in stop_words(language)]
    return len(content) >= 2 and all(w[0].isupper() for w in content)
