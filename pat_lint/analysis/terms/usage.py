"""How a matched word is used in its sentence: as a noun or as an adjective, and as a word of
its own or a piece cut out of a longer one by the tokenizer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pat_lint.analysis.terms.lexicon import context_words, has_word
from pat_lint.analysis.terms.tokens import stop_words

if TYPE_CHECKING:
    from spacy.tokens import Doc


def used_as_noun(doc: Doc, start: int, language: str, depth: int = 0) -> bool:
    """Whether the word at ``start`` is used as a noun: first in its sentence or clause, after
    a determiner, quantifier or preposition (not after a noun it would qualify), or coordinated
    with a word used as a noun ("des jeunes homosexuels et transsexuels")."""
    if start == 0 or doc[start].is_sent_start:
        return True
    before = doc[start - 1]
    coordinators = context_words(language).coordinators
    if before.lower_ in coordinators and start >= 2 and depth < 3:
        return used_as_noun(doc, start - 2, language, depth + 1)
    if before.is_punct:
        return before.text not in ("-",)
    lexicon = context_words(language)
    if has_word(lexicon.prenominal, before.lower_, language) and start >= 2:
        before = doc[start - 2]  # "d'anciens clandestins": look past the adjective
    return before.lower_.replace("’", "'") in lexicon.noun_markers or before.like_num


def about_people(doc: Doc, start: int, end: int, language: str) -> bool:
    """Whether a word that is a term only for people is used for people: as a noun, or as an
    adjective of a noun for people ("una persona hermafrodita", "a hermaphrodite person"), not
    of a plant or an animal ("especie hermafrodita", "a hermaphrodite species")."""
    lexicon = context_words(language)
    people = lexicon.person_nouns
    if lexicon.adjectives_before_noun:
        after = doc[end] if end < len(doc) else None
        if after is None or not after.is_alpha or not after.is_lower:
            return True  # "hermaphrodites.", "a hermaphrodite, …": a noun
        return has_word(people, after.lower_, language) or after.lower_ in stop_words(language)
    if used_as_noun(doc, start, language):
        return True
    return start > 0 and has_word(people, doc[start - 1].lower_, language)


def part_of_longer_word(doc: Doc, start: int, end: int, language: str) -> bool:
    """Whether the tokenizer cut the match out of a longer word ("prud'hommes" → "prud'" +
    "hommes"): the token before ends in an apostrophe but is not an elided function word."""
    if start == 0 or doc[start - 1].whitespace_:
        return False
    before = doc[start - 1].text.lower().replace("’", "'")
    lexicon = context_words(language)
    if before.endswith("'") and before not in lexicon.connectors | lexicon.elided:
        return True
    return before.isalpha() and not doc[start].is_punct
