"""How a matched word is used in its sentence: as a noun or as an adjective, and as a word of
its own or a piece cut out of a longer one by the tokenizer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pat_lint.analysis.terms.institutions import CONNECTORS
from pat_lint.analysis.terms.tokens import words

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Determiners, quantifiers and prepositions after which an adjective-like word is a noun.
NOUN_MARKERS: dict[str, frozenset[str]] = {
    "en": words("the a an these those some many such of to for by with as among"),
    "fr": words(
        "les des de d' d’ aux ces leurs nombreux plusieurs certains quelques tous "
        "ses nos vos comme par pour entre avec sans sur un une le la l' l’ "
        "beaucoup autres mêmes"
    ),
    "es": words(
        "los las unos unas de a estos estas esos esas aquellos tantos tantas muchos "
        "muchas varios varias algunos algunas otros otras sus nuestros como con para "
        "por entre sin sobre contra el la un una al del miles cientos"
    ),
}
#: Adjectives that stand before a noun ("d'anciens clandestins", "supuestos ilegales").
PRENOMINAL: dict[str, frozenset[str]] = {
    "en": words("former alleged so-called suspected potential many other"),
    "fr": words(
        "anciens anciennes ex jeunes nouveaux nouvelles futurs futures présumés présumées "
        "prétendus prétendues soi-disant potentiels potentielles"
    ),
    "es": words(
        "antiguos antiguas ex jóvenes nuevos nuevas futuros futuras supuestos supuestas "
        "presuntos presuntas potenciales posibles"
    ),
}
_ELIDED = words("l' d' j' m' n' s' t' c' qu' jusqu' lorsqu' puisqu' quoiqu'")


def used_as_noun(doc: Doc, start: int, language: str) -> bool:
    """Whether the word at ``start`` is used as a noun: first in its sentence or clause, or after
    a determiner, quantifier or preposition (not after a noun it would qualify)."""
    if start == 0 or doc[start].is_sent_start:
        return True
    before = doc[start - 1]
    if before.is_punct:
        return before.text not in ("-",)
    markers = NOUN_MARKERS.get(language, frozenset())
    if before.lower_ in PRENOMINAL.get(language, frozenset()) and start >= 2:
        before = doc[start - 2]  # "d'anciens clandestins": look past the adjective
    return before.lower_.replace("’", "'") in markers or before.like_num


def part_of_longer_word(doc: Doc, start: int, end: int, language: str) -> bool:
    """Whether the tokenizer cut the match out of a longer word ("prud'hommes" → "prud'" +
    "hommes"): the token before ends in an apostrophe but is not an elided function word."""
    if start == 0 or doc[start - 1].whitespace_:
        return False
    before = doc[start - 1].text.lower().replace("’", "'")
    if before.endswith("'") and before not in CONNECTORS.get(language, frozenset()) | _ELIDED:
        return True
    return before.isalpha() and not doc[start].is_punct
