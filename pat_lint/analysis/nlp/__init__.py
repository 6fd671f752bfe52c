"""spaCy pipelines (blank per language, with a sentencizer) and the word tables: lemmas, known
French word forms, English and Spanish word frequencies.

spaCy is imported only when a check first needs a pipeline, so that ``pat-lint --version`` and
runs that need no NLP stay fast; a pipeline is built once per process and language, French in
milliseconds too (:mod:`.french`). No model is ever downloaded.

Lemmas and word facts come from word tables shipped in ``data/`` (:mod:`.wordtable`), generated
from spacy-lookups-data by ``tools/make_nlp_data.py``: the whole of spaCy's lemma lookup
tables, read without loading them, so a lookup gives what spaCy's table gives for every word
and every language costs what English costs. Tokens carry no lemma (``token.lemma_`` is
empty): call :func:`lemma`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pat_lint.analysis.nlp.wordtable import CAPITALISED_MORE_OFTEN, FORM, SEEN, WordTable

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DATA = Path(__file__).parent / "data"
#: Languages with a word table (``data/<lang>.words``).
TABLE_LANGUAGES = ("en", "fr", "es")
#: Languages whose word table holds word frequencies (spaCy has none for French).
WORD_FREQUENCIES = frozenset({"en", "es"})


@cache
def pipeline(language: str) -> Language:
    """The blank pipeline for ``language`` (spaCy's tokenizer rules, stop words and lexical
    attributes for it) with a sentencizer."""
    import spacy

    from pat_lint import collector

    collector.defer()
    nlp = None
    if language == "fr":
        from pat_lint.analysis.nlp.french import french_class

        french = french_class()
        nlp = french() if french is not None else None
    if nlp is None:
        nlp = spacy.blank(language)
    nlp.add_pipe("sentencizer")
    collector.settle()
    return nlp


#: Characters parsed at once. A longer block (a whole report pasted as one paragraph) is
#: tokenized in pieces cut after a space (see :func:`pieces`) and its tokens made one ``Doc``,
#: so that its text and offsets are unchanged. Far below spaCy's own limit, which guards models
#: this pipeline does not run.
PIECE_CHARACTERS = 100_000
#: No word is longer than this. A longer run without a space (a rule of dashes, a pasted hash,
#: a run of brackets) is tokenized in runs of this length: spaCy's tokenizer takes time in the
#: square of a run's length, as it strips punctuation off its ends one character at a time.
WORD_CHARACTERS = 1_000
_LONG_RUN = re.compile(rf"\S{{{WORD_CHARACTERS + 1},}}")


def parse(text: str, language: str) -> Doc:
    """Run the pipeline for ``language`` over ``text`` (tokenized in pieces when it is long or
    holds a run without a space longer than :data:`WORD_CHARACTERS`), in time and memory in
    proportion to its length."""
    nlp = pipeline(language)
    long_run = len(text) > WORD_CHARACTERS and _LONG_RUN.search(text)
    if len(text) <= PIECE_CHARACTERS and not long_run:
        doc = nlp.make_doc(text)
    else:
        from spacy.tokens import Doc

        words: list[str] = []
        spaces: list[bool] = []
        for piece in _tokenizable(text):
            for token in nlp.tokenizer(piece):
                words.append(token.text)
                spaces.append(bool(token.whitespace_))
        doc = Doc(nlp.vocab, words=words, spaces=spaces)
    for component in _components(language):
        doc = component(doc)
    return doc


@cache
def _components(language: str) -> tuple[Any, ...]:
    """The pipeline's components in order, called directly: what ``nlp(text)`` runs, without
    the bookkeeping it does on every call (a quarter of the time of a one-sentence parse)."""
    return tuple(component for _, component in pipeline(language).pipeline)


def _tokenizable(text: str) -> Iterator[str]:
    """``text`` in :func:`pieces`, with runs without a space longer than
    :data:`WORD_CHARACTERS` cut into runs of that length; joined they are ``text``."""
    for piece in pieces(text):
        position = 0
        for run in _LONG_RUN.finditer(piece):
            if run.start() > position:
                yield piece[position : run.start()]
            for cut in range(run.start(), run.end(), WORD_CHARACTERS):
                yield piece[cut : min(cut + WORD_CHARACTERS, run.end())]
            position = run.end()
        if position < len(piece):
            yield piece[position:]


def pieces(text: str, size: int = PIECE_CHARACTERS) -> list[str]:
    """``text`` cut into pieces of at most ``size`` characters, each ending after a space where
    there is one (after a sentence's end where there is one), joined they are ``text``."""
    cut: list[str] = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        sentence_end = max(window.rfind(mark) for mark in (". ", "? ", "! "))
        if sentence_end >= size // 2:
            end = sentence_end + 2  # after the punctuation and its space
        elif (space := window.rfind(" ")) > 0:
            end = space + 1
        else:
            end = size  # no space at all: cut anywhere
        cut.append(text[start : start + end])
        start += end
    cut.append(text[start:])
    return cut


@cache
def word_table(language: str) -> WordTable | None:
    """The word table of ``language``, or None for a language without one."""
    if language not in TABLE_LANGUAGES:
        return None
    return WordTable(DATA / f"{language}.words")


def lemma(word: str, language: str) -> str:
    """Lower-case lemma of a word: spaCy's lookup lemma of the word in lower case, or the word
    in lower case when the table does not list it."""
    return _lemma(word.lower(), language)


@lru_cache(maxsize=1 << 16)
def _lemma(lower: str, language: str) -> str:
    table = word_table(language)
    entry = table.get(lower) if table is not None else None
    return entry.lemma if entry is not None and entry.lemma is not None else lower


def is_known_form(word: str, language: str) -> bool:
    """Whether the word in lower case is a form of the language's lemma table (for French,
    a word of the language rather than a name)."""
    table = word_table(language)
    entry = table.get(word.lower()) if table is not None else None
    return entry is not None and bool(entry.flags & FORM)


def capitalised_more_often(word: str, language: str) -> bool | None:
    """Whether a word of letters, spelt as given, is more frequent than the same word in lower
    case, or its lower case is not in the word-frequency table at all ("Rachel", "Moussa" yes;
    "Project" no). None for a language without word frequencies."""
    table = word_table(language)
    if language not in WORD_FREQUENCIES or table is None:
        return None
    low = table.get(word.lower())
    if low is None or not low.flags & SEEN:
        return True
    spelt = table.get(word)
    return spelt is not None and bool(spelt.flags & CAPITALISED_MORE_OFTEN)
