"""spaCy's French language, built in milliseconds instead of seconds.

Importing ``spacy.lang.fr`` compiles its ``TOKEN_MATCH``, a regex of 266 alternatives with
spaCy's letter classes repeated in each, which takes 2–3 s on every run. :func:`french_class`
builds the same language without importing that module: the tokenizer exceptions and the
``token_match`` alternatives come from ``data/fr-tokenizer.json`` (generated from spaCy by
``tools/make_nlp_data.py``, the alternatives grouped so that each letter class is compiled a
few times, not hundreds), and the rest (punctuation, lexical attributes, stop words, noun
chunks) from spaCy's own modules, loaded from their files. The data records a digest of the
spaCy sources it was made from; with other sources installed, spaCy's French is used as is.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

DATA = Path(__file__).parent / "data" / "fr-tokenizer.json"
#: The spaCy sources ``data/fr-tokenizer.json`` is made from (relative to the spacy package).
SPACY_SOURCES = (
    "lang/fr/__init__.py",
    "lang/fr/tokenizer_exceptions.py",
    "lang/fr/punctuation.py",
    "lang/char_classes.py",
    "lang/tokenizer_exceptions.py",
)
#: The attributes of spaCy's ``FrenchDefaults`` that :func:`french_class` sets.
DEFAULTS = (
    "tokenizer_exceptions",
    "prefixes",
    "infixes",
    "suffixes",
    "token_match",
    "lex_attr_getters",
    "syntax_iterators",
    "stop_words",
)


def spacy_sources_digest() -> str:
    """SHA-256 of the installed spaCy's French tokenizer sources."""
    import spacy

    root = Path(spacy.__file__).parent
    digest = hashlib.sha256()
    for name in SPACY_SOURCES:
        digest.update(name.encode() + b"\0" + (root / name).read_bytes())
    return digest.hexdigest()


def token_match_regex(alternatives: list[str]) -> str:
    """The ``token_match`` regex of the alternatives, with the flags spaCy compiles it with
    (a serialised tokenizer stores this regex: it accepts the same strings as spaCy's)."""
    return "(?iu)" + "|".join(f"(?:{alternative})" for alternative in alternatives)


def _spacy_module(name: str) -> ModuleType:
    """A module of ``spacy.lang.fr`` run from its file, without running the package's
    ``__init__`` (which imports the slow ``tokenizer_exceptions``)."""
    import spacy

    path = Path(spacy.__file__).parent / "lang" / "fr" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"spacy.lang.fr.{name}", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def french_class() -> type[Language] | None:
    """A language class equal to spaCy's ``French`` (lemmatizer factory aside), or None when
    the shipped data was made from other spaCy sources than the installed ones."""
    data = json.loads(DATA.read_text(encoding="utf-8"))
    if data["spacy_sources"] != spacy_sources_digest():
        return None
    from spacy.attrs import IDS
    from spacy.language import BaseDefaults, Language

    punctuation = _spacy_module("punctuation")
    exceptions: dict[str, list[dict[Any, Any]]] = {
        orth: [{IDS[attr]: value for attr, value in piece.items()} for piece in pieces]
        for orth, pieces in data["exceptions"].items()
    }
    alternatives = data["token_match"]

    class FrenchDefaults(BaseDefaults):
        tokenizer_exceptions = exceptions
        prefixes = punctuation.TOKENIZER_PREFIXES
        infixes = punctuation.TOKENIZER_INFIXES
        suffixes = punctuation.TOKENIZER_SUFFIXES
        token_match = re.compile(token_match_regex(alternatives)).match
        lex_attr_getters = _spacy_module("lex_attrs").LEX_ATTRS
        syntax_iterators = _spacy_module("syntax_iterators").SYNTAX_ITERATORS
        stop_words = _spacy_module("stop_words").STOP_WORDS

    class French(Language):
        lang = "fr"
        Defaults = FrenchDefaults

    return French
