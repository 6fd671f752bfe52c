"""spaCy pipelines: blank per language, lookup lemmatizer and sentencizer, built once per process.

spaCy is imported only when a check first needs it, so that ``pat-lint --version`` and runs
that need no NLP stay fast. No model is ever downloaded: the lemma tables come from the
``spacy-lookups-data`` package.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


@cache
def pipeline(language: str) -> Language:
    """The blank pipeline for ``language`` with a lookup lemmatizer and a sentencizer."""
    import spacy

    nlp = spacy.blank(language)
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.add_pipe("sentencizer")
    nlp.initialize()
    return nlp


@cache
def _lemma_table(language: str) -> Any:
    """spaCy's lookup table (keys are hashed; ``get`` accepts strings)."""
    return pipeline(language).get_pipe("lemmatizer").lookups.get_table("lemma_lookup")


def lemma(word: str, language: str) -> str:
    """Lower-case lemma of a word; the lookup tables are case-sensitive, so look up lower case."""
    lower = word.lower()
    found = _lemma_table(language).get(lower, lower)
    if isinstance(found, list):  # some tables (French) map a form to several lemmas
        return str(found[0]) if found else lower
    return str(found)


def parse(text: str, language: str) -> Doc:
    """Run the pipeline for ``language`` over ``text``."""
    return pipeline(language)(text)
