"""Small word and token helpers shared by the modules of :mod:`pat_lint.analysis.terms`."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from pat_lint.analysis.nlp import pipeline

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@cache
def stop_words(language: str) -> frozenset[str]:
    """spaCy's stop words (function words) of ``language``."""
    return frozenset(pipeline(language).Defaults.stop_words)


def is_capitalised(token: Token) -> bool:
    """Whether a word token starts with a capital letter."""
    text = token.text
    return bool(text) and text[0].isupper()


def char_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Character offsets of tokens ``[start, end)``."""
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
