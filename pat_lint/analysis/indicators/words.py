"""Pieces: an indicator's words, numbers and marks with their offsets; and the forms a word
may be listed under in the lexicons."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property

from pat_lint.analysis.indicators.lexicons import every_language, fold

#: A plural or feminine mark glued in parentheses to a word: "médecin(s)", "salarié(e)s".
_GLUED_MARK = r"\((?:e?s|e|x)\)s?"
#: The "x" of a Spanish inclusive spelling in place of the gender's vowel ("venezolanxs",
#: "afiliadxs": UNHCR Colombia), read as the masculine it stands beside: both sexes, none named.
_INCLUSIVE_X = re.compile(r"(?<=[a-zñ]{3})x(s)?$")

_TOKEN_SOURCE = (
    r"(?P<elision>\b(?:[dlnsjcmt]|qu|jusqu|lorsqu|puisqu)['’](?=\w))"
    # a count's abbreviation with its point, as the lexicons list it among the count words
    # ("No. of", "Nro.", "Núm.", "Porc.", "Pct.": ``ABBREVIATIONS``), also glued to the next word
    # ("No.of babies", "Nbre.de": HMIS forms), and "n°"; a dotted
    # initialism is one word ("the U.S. population", "EE.UU.", "e.g.")
    # ... and "N." before a word in lower case or in a title in capitals ("N. ménages déplacés
    # assistés", "N. MÉNAGES …": a cluster database), never before a name ("N. Diallo")
    r"|(?P<abbr>\b(?:ABBREVIATIONS)\.(?=\s|[^\W\d_]{2})|\bn[°º]\.?|(?-i:\b[Nn]\.(?=\s+(?:[a-zà-ÿ]|[A-ZÀ-Ý]{2})))"
    r"|\b(?:[^\W\d_]{1,2}\.){2,})"
    # an age noun or modifier: "5-year-olds", "1-year old", "6-23 months old", "6–59-month-old";
    # "under-5s", "under fives"; French "des moins de 5 ans", "des 15-24 ans", "des 75 ans ou plus"
    # ... also a range with its first hyphen suspended or in words: "15- to 24-year-olds",
    # "3- and 4-year-olds", "15 to 24 year olds" (UNESCO-UIS series)
    # ... or hyphenated, its last hyphen spaced ("6-to-13-year-olds", "14-to-17- year-olds":
    # Kenya's out-of-school children tables, set 575)
    r"|(?P<age>\d+(?:\s*[-–‐‑]\s*\d+|(?:[-–‐‑]?\s+|[-–‐‑])(?:to|and|or)(?:\s+|[-–‐‑])\d+)?"
    # ... an open bound with its plus sign ("59+ year old females": NRC's intake forms, set 700)
    r"\+?(?:[-–‐‑]\s?|\s)(?:year|month|week|day)s?"
    r"[-–‐‑\s]olds?\b"
    r"|\bunder[-–‐‑\s]?(?:\d+|one|two|three|five|fifteen|eighteen)s\b"
    r"|(?:(?<=\b(?:les|des|aux)\s)|(?<=\bde\s)(?<!âgé\sde\s)(?<!âgée\sde\s)(?<!âgés\sde\s)"
    r"(?<!âgées\sde\s))(?:moins\s+de\s+|plus\s+de\s+)?\d+(?:\s*(?:[-–]|à)\s*\d+)?\s*ans\b"
    r"(?:\s*(?:ou|et)\s+plus\b|\s*\+)?)"
    # a span of time before a noun is one word, a modifier like an adjective ("5-year survival
    # rate", "30-day readmission rate", "High School 4-Year Graduation Rate": set 657)
    r"|(?P<span>\d+[-–‐‑](?:year|month|week|day|hour|minute)s?\b(?![-–‐‑]\w))"
    # an English ordinal is one word, a modifier like an adjective ("DPT 3rd dose coverage")
    r"|(?P<number>(?!\d+(?:st|nd|rd|th)\b)\d+(?:[.,\s]\d{3})*(?:[.,]\d+)?)"
    # ... a word with its plural or feminine mark glued in parentheses is one word:
    # "médecin(s)", "Chargé(s)", "salarié(e)s", "participant(s)"
    # ... and a conjunction of both, as the lexicons list it ("conflict and/or disaster-affected
    # girls", "y/o", "et/ou")
    rf"|(?P<word>\b(?:and/or|y/o|et/ou)(?![\w/])"
    rf"|\w+(?:[-‐‑'’]\w+)*(?:{_GLUED_MARK}(?!\w))?(?:['’](?:s\b)?)?)"
    r"|(?P<symbol>[%#])"
    r"|(?P<punct>[^\w\s])"
)


@cache
def _token() -> re.Pattern[str]:
    """The tokenizer, its abbreviations the count words of every lexicon written with their
    point (``transparent``: "no.", "núm.", "porc.", "nbre."; a single "n." has its own rule)."""
    listed = every_language("transparent").cues
    abbreviations = {c.text[:-1] for c in listed if re.fullmatch(r"[^\W\d_]{2,5}\.", c.text)}
    words = "|".join(re.escape(w) for w in sorted(abbreviations, key=len, reverse=True))
    return re.compile(_TOKEN_SOURCE.replace("ABBREVIATIONS", words or "(?!)"), re.IGNORECASE)


@dataclass(frozen=True)
class Piece:
    """A word, number, symbol or punctuation mark of an indicator, with its offsets."""

    text: str
    kind: str
    start: int
    end: int

    @cached_property
    def lower(self) -> str:
        """The text folded for lookups (asked for many times per word: kept)."""
        return fold(self.text)

    @property
    def is_word(self) -> bool:
        return self.kind in ("word", "elision", "abbr", "symbol", "age")


#: The last part of a data dictionary's variable name, joined by an underscore ("Phone
#: Ownership_Female", "Taux de chômage_Femmes (%)"): a qualifier, read as after a comma (the
#: same length, so offsets hold); an underscore inside a name or code stays ("N_Hospitalisation").
_LAST_PART = re.compile(r"(?<=[^\W\d_])_(?=[^\W\d_]+(?:\s*\([^()]*\))?[\s).]*$)")


#: An underscore between two words that is no last part's ("Admin_staff per 100,000 patients":
#: NHS England's ICS metrics): a space.
_JOINING_UNDERSCORE = re.compile(r"(?<=[^\W\d_])_(?=[^\W\d_])")


#: Words in capitals joined by underscores, a population group's code written in a title ("# of
#: SYRIAN_GIRLS_IN_CAMPS enrolled …": UNHCR Jordan's ActivityInfo indicators).
_CAPITAL_WORDS = re.compile(r"\b[A-Z]{2,}(?:_[A-Z]{2,})+\b")


def read_underscores(text: str) -> str:
    """``text`` with the underscore before a variable name's last part read as a comma, and
    words otherwise joined by underscores read as words ("SYRIAN_GIRLS_IN_CAMPS", "Primary Care
    Admin_staff per 100,000 patients"; the same length, so offsets hold)."""
    text = _CAPITAL_WORDS.sub(lambda m: m.group().replace("_", " "), text)
    return _JOINING_UNDERSCORE.sub(" ", _LAST_PART.sub(",", text))


def _kind(group: str | None) -> str:
    """The kind of piece a group of the tokenizer gives: a span of time is a word."""
    return "word" if group == "span" else group or "punct"


def pieces(text: str) -> list[Piece]:
    """Split ``text`` into tokens; hyphenated compounds stay whole, French elisions are split."""
    return [
        Piece(m.group(), _kind(m.lastgroup), m.start(), m.end()) for m in _token().finditer(text)
    ]


def word_lemma(word: str, language: str) -> str:
    """The lookup lemma of ``word`` (spaCy is imported on first use)."""
    from pat_lint.analysis import nlp

    return fold(nlp.lemma(word.replace("’", "'"), language))


def singulars(word: str) -> list[str]:
    """Naive singular forms of a lower-case word ("shelters" → "shelter"; Spanish
    "inspecciones" → "inspección", which regains its accent; French "locaux" → "local")."""
    forms = []
    if word.endswith("iones") and len(word) > 6:
        forms.append(word[:-5] + "ión")
    if word.endswith("aux") and len(word) > 4:
        forms.append(word[:-3] + "al")
    if word.endswith("ies") and len(word) > 4:
        forms.append(word[:-3] + "y")
    if word.endswith(("s", "x")) and len(word) > 2:
        forms.append(word[:-1])
    if word.endswith("es") and len(word) > 3:
        forms.append(word[:-2])
    return forms


def word_forms(word: str, language: str) -> list[str]:
    """The forms under which a word may be listed: as written, naive singulars, its lemma,
    and for a hyphenated compound its parts joined ("micro-entreprises" → "microentreprises")
    and the part that carries its meaning (English: the last one, "man-months" → "months";
    French and Spanish: the first one, "horas-hombre" → "horas")."""
    lower = fold(word)
    marked = re.sub(rf"{_GLUED_MARK}$", "", lower)  # "médecin(s)" is listed as "médecin"
    if marked != lower:
        return [marked, *singulars(marked), word_lemma(marked, language)]
    if language == "es" and _INCLUSIVE_X.search(lower):  # "venezolanxs" as "venezolanos"
        marked = _INCLUSIVE_X.sub(lambda m: "os" if m.group(1) else "o", lower)
        return [lower, marked, *singulars(marked), word_lemma(marked, language)]
    forms = [lower, *singulars(lower), word_lemma(lower, language)]
    possessor = re.sub(r"['’]s?$", "", lower)
    if possessor != lower and language == "en":  # "residents’", "children's": the persons
        forms += [possessor, *singulars(possessor), word_lemma(possessor, language)]
    parts = re.split(r"[-‐‑]", lower)
    if len(parts) > 1 and all(parts):
        if language != "en":  # both parts in the plural: "aides-soignants" is "aide-soignant"
            forms.append("-".join((singulars(p) or [p])[0] for p in parts))
        # a prefix written apart, listed joined: "micro-entreprises" is "microentreprise"
        joined = "".join(parts)
        forms += [joined, *singulars(joined)]
        part = parts[-1] if language == "en" else parts[0]
        forms += [part, *singulars(part), word_lemma(part, language)]
    return list(dict.fromkeys(forms))
