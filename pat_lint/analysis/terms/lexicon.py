"""The context words the terminology analysis reads around a term (organisation words,
connectors, titles, articles…): ``rules/lexicons/terms-<lang>.yaml``, one file per language,
loaded once per process.

Content-word lists are :class:`~pat_lint.analysis.cues.CueSet`\\ s matched on each word as
written (:func:`has_word`); closed-class words and titles are plain sets. A language without a
file has empty lists.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from pat_lint.analysis.cues import CueSet, tokenize
from pat_lint.datafiles import DataFileError, data_dir, load_yaml
from pat_lint.model import LANGUAGES

#: The content-word lists of a lexicon (cue syntax, matched on each word as written).
CUE_LISTS = ("institution_words", "name_words", "prenominal", "women_words", "person_nouns")
#: The content-word lists matched on words or their lemmas ("provides" is "provide").
LEMMA_CUE_LISTS = ("legal_references", "citing_verbs")
#: The closed-class lists and titles (compared as written).
WORD_LISTS = (
    "connectors",
    "name_joiners",
    "clause_words",
    "coordinators",
    "noun_markers",
    "elided",
    "articles",
    "relatives",
    "indefinite_articles",
    "person_titles",
    "author_words",
)


@dataclass(frozen=True)
class ContextWords:
    """The word lists of one ``terms-<lang>.yaml`` (see that file for what each is for)."""

    language: str
    institution_words: CueSet
    name_words: CueSet
    prenominal: CueSet
    women_words: CueSet
    person_nouns: CueSet
    legal_references: CueSet
    citing_verbs: CueSet
    connectors: frozenset[str]
    name_joiners: frozenset[str]
    clause_words: frozenset[str]
    coordinators: frozenset[str]
    noun_markers: frozenset[str]
    elided: frozenset[str]
    articles: frozenset[str]
    relatives: frozenset[str]
    indefinite_articles: frozenset[str]
    person_titles: frozenset[str]
    author_words: frozenset[str]
    counterparts: tuple[tuple[str, str], ...]
    adjectives_before_noun: bool = False


@cache
def context_words(language: str) -> ContextWords:
    """The context lexicon of ``language`` (empty lists when pat-lint has none for it)."""
    path = data_dir("rules") / "lexicons" / f"terms-{language}.yaml"
    data = load_yaml(path) if path.is_file() else {}
    if not isinstance(data, dict):
        raise DataFileError(f"{path}: a lexicon is a mapping of word lists")

    def listed(key: str) -> list[str]:
        values = data.get(key) or []
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise DataFileError(f"{path}: {key!r} must be a list of words")
        return values

    pairs = data.get("counterparts") or {}
    if not isinstance(pairs, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in pairs.items()
    ):
        raise DataFileError(f"{path}: 'counterparts' must map masculine to feminine words")
    return ContextWords(
        language=language,
        **{key: CueSet.of(listed(key), lemmas=False) for key in CUE_LISTS},
        **{key: CueSet.of(listed(key)) for key in LEMMA_CUE_LISTS},
        **{key: frozenset(listed(key)) for key in WORD_LISTS},
        counterparts=tuple(pairs.items()),
        adjectives_before_noun=bool(data.get("adjectives_before_noun", False)),
    )


@cache
def any_language(key: str) -> frozenset[str]:
    """A closed-class list of every language together, for decisions that do not depend on the
    block's language (titles before a name, authors of a reference, "X and Y")."""
    return frozenset().union(*(getattr(context_words(lang), key) for lang in LANGUAGES))


@cache
def all_counterparts() -> tuple[tuple[str, str], ...]:
    """Masculine → feminine word parts of every language (an inclusive pair may be quoted)."""
    return tuple(pair for lang in LANGUAGES for pair in context_words(lang).counterparts)


@lru_cache(maxsize=16384)
def has_word(cues: CueSet, text: str, language: str) -> bool:
    """Whether a token's text is one entry of ``cues``: the whole token, as words (a
    hyphenated or dotted token is several: "haut-commissariat", "S.A.")."""
    found = tokenize(text, language)
    if not found:
        return False
    if len(found) == 1:
        return cues.has(*found[0])
    return (0, len(found)) in cues.spans(found)
