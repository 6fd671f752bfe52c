"""The term lists: loading and validating ``terminology/<lang>.yaml``.

Term lists are data: one entry per term with its surface ``forms``, ``suggestions``,
``category`` and ``source``, loaded and validated once per process.

Optional entry keys that steer the context decisions:

``case_sensitive``
    match the forms exactly as written (no case folding, no lemmas);
``as_noun``
    a single-word form that is a term only when used as a noun ("clandestins", "ilegales"),
    i.e. after an article, determiner, quantifier or preposition, not as an adjective after a
    noun ("réseaux clandestins", "mercancías ilegales");
``people_only``
    a word that is a term only for people ("hermaphrodite"): as a noun, or as an adjective
    that qualifies a noun for people ("una persona hermafrodita"), not for plants or animals
    ("especie hermafrodita", "a hermaphrodite fish");
``generic_only``
    "man" standing for humanity: not a finding in a sentence (or its neighbours) that also
    names women, because comparing women and men is the vocabulary of gender analysis;
``title``
    a title or form of address ("Madame le ministre", "la ministro", "Mademoiselle"): it
    stands before a person's name by definition, so the name checks never spare it;
``highlight``
    sub-phrases of the forms to report as the match ("el hombre" in "causado por el hombre"):
    the whole form must be present, the finding points at the gendered words.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from pat_lint.datafiles import DataFileError, data_dir, load_yaml

#: Languages that have a term list.
TERM_KEYS = frozenset(
    {
        "id",
        "forms",
        "suggestions",
        "category",
        "source",
        "note",
        "case_sensitive",
        "as_noun",
        "generic_only",
        "people_only",
        "highlight",
        "title",
    }
)


class TermListError(DataFileError):
    """A term list is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class Term:
    """One entry of a term list."""

    id: str
    language: str
    forms: tuple[str, ...]
    suggestions: tuple[str, ...]
    category: str
    sources: tuple[str, ...] = ()
    note: str = ""
    case_sensitive: bool = False
    as_noun: bool = False
    generic_only: bool = False
    people_only: bool = False
    title: bool = False
    highlight: tuple[str, ...] = ()


@dataclass(frozen=True)
class TermList:
    """All entries of one language, with the public guidance they cite."""

    language: str
    path: Path | None
    terms: tuple[Term, ...]
    sources: dict[str, Any] = field(default_factory=dict)

    def by_category(self, categories: Iterable[str]) -> tuple[Term, ...]:
        """The entries whose category is one of ``categories`` (all when empty)."""
        wanted = set(categories)
        return tuple(t for t in self.terms if not wanted or t.category in wanted)


def term_list_path(language: str) -> Path:
    """Where the shipped term list of ``language`` lives."""
    return data_dir("terminology") / f"{language}.yaml"


@cache
def load_terms(language: str) -> TermList:
    """The term list of ``language``, loaded and validated once per process.

    A language without a list has an empty one; a malformed list raises
    :class:`TermListError` naming the file and the entry.
    """
    path = term_list_path(language)
    if not path.is_file():
        return TermList(language, None, ())
    data = load_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("terms"), list):
        raise TermListError(f"{path}: a term list is a mapping with a 'terms' list")
    sources = data.get("sources") or {}
    terms = tuple(
        _load_term(path, language, i, raw, sources) for i, raw in enumerate(data["terms"], 1)
    )
    seen: set[str] = set()
    for term in terms:
        if term.id in seen:
            raise TermListError(f"{path}: term {term.id!r} is defined twice")
        seen.add(term.id)
    return TermList(language, path, terms, dict(sources))


def _strings(value: Any, where: str, key: str, required: bool = True) -> tuple[str, ...]:
    """A YAML string or list of strings as a tuple; errors name the entry and key."""
    if value is None and not required:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise TermListError(f"{where}: {key!r} must be a list of non-empty strings")
    if required and not value:
        raise TermListError(f"{where}: {key!r} is empty")
    return tuple(v.strip() for v in value)


def _load_term(path: Path, language: str, index: int, raw: Any, sources: dict) -> Term:
    """Validate one entry."""
    where = f"{path}: term #{index}"
    if not isinstance(raw, dict):
        raise TermListError(f"{where}: an entry is a mapping")
    if isinstance(raw.get("id"), str):
        where = f"{path}: term {raw['id']!r}"
    unknown = sorted(set(raw) - TERM_KEYS)
    if unknown:
        known = ", ".join(sorted(TERM_KEYS))
        raise TermListError(f"{where}: unknown key {unknown[0]!r} (known: {known})")
    for key in ("id", "category"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise TermListError(f"{where}: missing or empty {key!r}")
    source = _strings(raw.get("source"), where, "source")
    if sources:
        missing = [s for s in source if s not in sources]
        if missing:
            raise TermListError(f"{where}: source {missing[0]!r} is not under 'sources'")
    for flag in ("case_sensitive", "as_noun", "generic_only", "people_only", "title"):
        if flag in raw and not isinstance(raw[flag], bool):
            raise TermListError(f"{where}: {flag!r} must be true or false")
    return Term(
        id=raw["id"].strip(),
        language=language,
        forms=_strings(raw.get("forms"), where, "forms"),
        suggestions=_strings(raw.get("suggestions"), where, "suggestions"),
        category=raw["category"].strip(),
        sources=source,
        note=str(raw.get("note") or ""),
        case_sensitive=bool(raw.get("case_sensitive", False)),
        as_noun=bool(raw.get("as_noun", False)),
        generic_only=bool(raw.get("generic_only", False)),
        people_only=bool(raw.get("people_only", False)),
        title=bool(raw.get("title", False)),
        highlight=_strings(raw.get("highlight"), where, "highlight", required=False),
    )
