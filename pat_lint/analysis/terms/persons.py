"""Whether a capitalised match is (part of) a person's name: after a title or a first name
("Dr Esther Fireman", "Rachel Foreman"), decided from word frequencies, never from a list of
names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pat_lint.analysis.nlp import capitalised_more_often, is_known_form, lemma
from pat_lint.analysis.terms.institutions import is_org_word
from pat_lint.analysis.terms.lexicon import any_language, context_words
from pat_lint.analysis.terms.tokens import is_capitalised, stop_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def is_person_name(doc: Doc, start: int, end: int, language: str, heading: bool = False) -> bool:
    """Whether a capitalised match is (part of) a person's name: after a title ("Dr Esther
    Fireman", "Mr Workman", "M. Lhomme") or after a first name ("Rachel Foreman"). In a Title
    Case heading a capitalised word before the match proves nothing ("Somali Fishermen"), so
    only a title counts there."""
    first = doc[start]
    if not is_capitalised(first) or start == 0:
        return False
    before = doc[start - 1]
    if is_title(before):
        return True
    if not is_capitalised(before) or not before.is_alpha or is_org_word(before, language):
        return False
    if start >= 2 and is_title(doc[start - 2]):
        return True
    return not heading and is_name_like(before.text, language)


def is_title(token: Token) -> bool:
    """Whether a token is a title before a person's name ("Dr", "Ms.", "M.", "DR" in capitals)."""
    text, titles = token.text, any_language("person_titles")
    return text in titles or (text.isupper() and len(text) > 1 and text.title() in titles)


def is_name_like(word: str, language: str) -> bool:
    """Whether a capitalised word is more often a name than a common word.

    English and Spanish use spaCy's word-frequency table: a word whose capitalised spelling is
    more frequent than its lower-case one ("Rachel", "Moussa") is a name, a word mostly written
    in lower case ("Project", "Local") is not. French has no table: a capitalised word that is
    not a known French word form counts as a name.
    """
    if not word[:1].isupper() or not word.isalpha():
        return False
    if word.isupper() and len(word) > 1:
        word = word.title()
    lower = word.lower()
    by_frequency = capitalised_more_often(word, language)
    if by_frequency is not None:
        return by_frequency
    return (
        lemma(lower, language) == lower
        and lower not in stop_words(language)
        and not is_known_form(lower, language)
    )


def in_apposition_to_name(doc: Doc, start: int, end: int, language: str) -> bool:
    """Whether a match describes particular, named people: a role in apposition to a name
    ("The current Ombudsman, Mr Andrei Vasko, …", "trois hommes d'affaires de Tadrouk, MM.
    Issouf Alzouma, …", "Moses Tandi, chairman of …"). The role may have a short complement
    ("chairman of the Kiboro Market Traders' Association")."""
    clause_words = context_words(language).clause_words
    i = end
    while i < min(len(doc), end + APPOSITION_REACH):
        if doc[i].is_punct or doc[i].lower_ in clause_words:
            break
        i += 1
    if i + 1 < len(doc) and doc[i].text == "," and _starts_name(doc, i + 1, language):
        return True
    # ", chairman", ", the chairman", ", the current chairman" after a name
    articles = any_language("articles") | any_language("indefinite_articles")
    for comma in (start - 1, start - 2, start - 3):
        if comma < 1 or doc[comma].text != ",":
            continue
        between = doc[comma + 1 : start]
        if all(t.is_alpha and not is_capitalised(t) for t in between) and (
            not len(between) or between[0].lower_ in articles
        ):
            return _ends_name(doc, comma - 1, language)
    return False


#: How many words of complement may stand between a role and the comma before a name.
APPOSITION_REACH = 8


def _starts_name(doc: Doc, i: int, language: str) -> bool:
    """A person's name starts at token ``i``: a title and a capitalised word ("Mr Andrei",
    "MM. Issouf"), or two words that are names ("Andrei Vasko")."""
    if i + 1 >= len(doc) or not is_capitalised(doc[i + 1]) or not doc[i + 1].is_alpha:
        return False
    if is_title(doc[i]):
        return True
    return all(is_name_like(doc[k].text, language) for k in (i, i + 1))


def _ends_name(doc: Doc, i: int, language: str) -> bool:
    """A person's name ends at token ``i`` ("Moses Tandi", "Dr Varga")."""
    if i < 1 or not doc[i].is_alpha or not is_capitalised(doc[i]):
        return False
    if is_title(doc[i - 1]):
        return True
    return all(is_name_like(doc[k].text, language) for k in (i - 1, i))
