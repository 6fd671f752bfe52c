"""How a matched word is used in its sentence: as a noun or as an adjective, and as a word of
its own or a piece cut out of a longer one by the tokenizer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pat_lint.analysis.terms.lexicon import context_words, has_word

if TYPE_CHECKING:
    from spacy.tokens import Doc


def used_as_noun(doc: Doc, start: int, language: str) -> bool:
    """Whether the word at ``start`` is used as a noun: first in its sentence or clause, or after
    a determiner, quantifier or preposition (not after a noun it would qualify)."""
    if start == 0 or doc[start].is_sent_start:
        return True
    before = doc[start - 1]
    if before.is_punct:
        return before.text not in ("-",)
    lexicon = context_words(language)
    if has_word(lexicon.prenominal, before.lower_, language) and start >= 2:
        before = doc[start - 2]  # "d'anciens clandestins": look past the adjective
    return before.lower_.replace("’", "'") in lexicon.noun_markers or before.like_num


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
