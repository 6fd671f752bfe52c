"""Text pieces for the HTML pages: web addresses made links, quoted French and Spanish marked
with their language (``lang``, so that screen readers pronounce them right), paths shown
relative to the working directory.

A piece is a plain dict ``{"text", "url", "lang"}``; the templates write each one escaped, as a
link when it has a ``url`` and in a ``<span lang>`` when it has a ``lang``.
"""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path, PurePath
from typing import Any

#: A web address in prose (ends before trailing punctuation).
_URL = re.compile(r"https?://[^\s<>\"'“”«»]+[^\s<>\"'“”«».,;:!?)\]]")
#: A stretch in double quotes (straight, curly or guillemets).
_QUOTED = re.compile(r"\"([^\"]+)\"|“([^”]+)”|«\s*([^»]+?)\s*»")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
#: Languages other than the page's (English) that get a ``lang`` attribute.
MARKED_LANGUAGES = ("fr", "es")


def piece(text: str, url: str | None = None, lang: str | None = None) -> dict[str, Any]:
    return {"text": text, "url": url, "lang": lang}


def linked(text: str, lang: str | None = None) -> list[dict[str, Any]]:
    """``text`` split into plain pieces and links (every ``http(s)://`` address)."""
    pieces: list[dict[str, Any]] = []
    position = 0
    for match in _URL.finditer(text):
        if match.start() > position:
            pieces.append(piece(text[position : match.start()], lang=lang))
        pieces.append(piece(match.group(), url=match.group()))
        position = match.end()
    if position < len(text) or not pieces:
        pieces.append(piece(text[position:], lang=lang))
    return pieces


def prose(text: str) -> list[dict[str, Any]]:
    """English prose whose quotations may be French or Spanish (rule docs): links, and each
    quotation in another language marked with it."""
    pieces: list[dict[str, Any]] = []
    position = 0
    for match in _QUOTED.finditer(text):
        quote = next(group for group in match.groups() if group is not None)
        lang = language_of(quote)
        if lang is None:
            continue
        if match.start() > position:
            pieces.extend(linked(text[position : match.start()]))
        pieces.extend(linked(match.group(), lang))
        position = match.end()
    pieces.extend(linked(text[position:]) if position < len(text) else [])
    return pieces or [piece("")]


def reference(text: str) -> list[dict[str, Any]]:
    """A reference ("Nations Unies, Orientations …: https://…"): its title marked with its
    language when that is French or Spanish, its address a link."""
    title = _URL.split(text, maxsplit=1)[0]
    return linked(text, language_of(title))


@cache
def _term_forms(language: str) -> frozenset[str]:
    """The lower-case content words of the term list of ``language`` (its own vocabulary;
    function words are :func:`pat_lint.analysis.language.scores`' business)."""
    from pat_lint.analysis.terms.lists import load_terms

    words: set[str] = set()
    for term in load_terms(language).terms:
        for form in term.forms:
            words.update(word.lower() for word in _WORD.findall(form) if len(word) > 4)
    return frozenset(words)


def language_of(text: str) -> str | None:
    """French or Spanish when a short stretch of text clearly is (its function words and the
    words of that language's term list outnumber the others'), else None (the page's language).
    """
    from pat_lint.analysis.language import scores

    found = scores(text)
    words = [word.lower() for word in _WORD.findall(text)]
    points = {lang: found.get(lang, 0) for lang in ("en", *MARKED_LANGUAGES)}
    for lang in points:
        others = set().union(*(_term_forms(o) for o in points if o != lang))
        points[lang] += sum(1 for word in words if word in _term_forms(lang) - others)
    best = max(points, key=lambda lang: points[lang])
    top = points[best]
    if best not in MARKED_LANGUAGES or top == 0:
        return None
    return best if all(points[lang] < top for lang in points if lang != best) else None


def document_lang(language: str | None) -> str | None:
    """The ``lang`` of a document's own text, when it differs from the page's English."""
    return language if language in MARKED_LANGUAGES else None


def display_path(path: str, cwd: Path | None = None) -> str:
    """``path`` relative to the working directory (a relative path is already so)."""
    pure = PurePath(path)
    if not pure.is_absolute():
        return pure.as_posix()
    base = cwd or Path.cwd()
    try:
        return Path(os.path.relpath(pure, base)).as_posix()
    except ValueError:  # another drive (Windows)
        return pure.as_posix()
