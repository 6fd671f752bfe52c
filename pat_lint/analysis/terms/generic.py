"""Whether a masculine word stands for everyone: "man" for humanity unless the text compares
women and men or means one particular man, and never when coordinated with its feminine
counterpart (an inclusive pair: "businessmen and businesswomen")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pat_lint.analysis.terms.lexicon import all_counterparts, any_language, context_words, has_word

if TYPE_CHECKING:
    from spacy.tokens import Doc

# --- humanity sense ------------------------------------------------------------------------------


def means_humanity(doc: Doc, start: int, end: int, language: str) -> bool:
    """Whether "man" / "l'homme" / "el hombre" at ``[start, end)`` stands for people in general.

    Not when the sentence, or the one before or after it, names women (a comparison of women
    and men is gender analysis), when a relative clause singles out one man ("el hombre que…"),
    or when the text has already introduced a particular man ("un hombre", "a man", "un homme").
    """
    if mentions_women(doc, start, language):
        return False
    if end < len(doc) and doc[end].lower_ in any_language("relatives"):
        return False
    head = doc[end - 1].lower_
    indefinite = context_words(language).indefinite_articles
    return not any(
        doc[i].lower_ == head and doc[i - 1].lower_ in indefinite for i in range(1, start)
    )


def mentions_women(doc: Doc, start: int, language: str) -> bool:
    """Whether the sentence of token ``start``, or the sentence before or after it, names women."""
    sentences = list(doc.sents)
    for index, sentence in enumerate(sentences):
        if sentence.start <= start < sentence.end:
            window = sentences[max(0, index - 1) : index + 2]
            women = context_words(language).women_words
            return any(has_word(women, t.lower_, language) for s in window for t in s)
    return False


# --- inclusive pairs -----------------------------------------------------------------------------


def paired_with_feminine(doc: Doc, start: int, end: int) -> bool:
    """Whether a masculine form is coordinated with its feminine counterpart, an inclusive pair
    ("businessmen and businesswomen", "chairmen or -women", "policewomen and policemen",
    "los hombres de negocios y las mujeres de negocios")."""
    words = [t.lower_ for t in doc[start:end]]
    articles = any_language("articles")
    while words and words[0] in articles:
        words = words[1:]
    feminine = [_feminine(w) for w in words]
    if not words or feminine == words:
        return False
    return _feminine_after(doc, end, feminine) or _feminine_before(doc, start, feminine)


def _feminine_after(doc: Doc, end: int, feminine: list[str]) -> bool:
    """ "X and (the) feminine-X" or "X and -women"."""
    i = end
    if i >= len(doc) or doc[i].lower_ not in any_language("coordinators"):
        return False
    i += 1
    if i < len(doc) and doc[i].lower_ in any_language("articles"):
        i += 1
    if [t.lower_ for t in doc[i : i + len(feminine)]] == feminine:
        return True
    tails = {feminine for _, feminine in all_counterparts()}
    if i < len(doc) and doc[i].text in ("-", "–") and i + 1 < len(doc):
        return doc[i + 1].lower_ in tails
    return i < len(doc) and doc[i].text[:1] in ("-", "–") and doc[i].lower_[1:] in tails


def _feminine_before(doc: Doc, start: int, feminine: list[str]) -> bool:
    """ "feminine-X and (the) X"."""
    j = start - 1
    if j >= 0 and doc[j].lower_ in any_language("articles"):
        j -= 1
    if j < 0 or doc[j].lower_ not in any_language("coordinators"):
        return False
    k = j - len(feminine)
    return k >= 0 and [t.lower_ for t in doc[k:j]] == feminine


def _feminine(word: str) -> str:
    """The feminine counterpart of a masculine word (men → women, hommes → femmes…)."""
    for masculine, feminine in all_counterparts():
        if masculine in word:
            return word.replace(masculine, feminine, 1)
    return word
