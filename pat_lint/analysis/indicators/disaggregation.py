"""Disaggregation: which breakdowns (sex, age, ...) an indicator's text asks for explicitly.

Cues are compiled from each lexicon's ``disaggregation`` section: "disaggregated by sex and
age", "ventilé par sexe", "desagregado por sexo y edad", "sex-disaggregated", "SADD", and the
sex pairs of every language ("(M/F)", "(H/F)", "(H/M)", "(women/men)"). Breakdowns are reported
in a fixed order (sex, age, disability, nationality, ethnicity, location, status); a missing
one is suggested in the indicator's language (:func:`suggestion`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, cached_property
from typing import NamedTuple

from pat_lint.analysis.cues import CueSet, pattern
from pat_lint.analysis.indicators.lexicons import every_language, fold, lexicon, unaccented
from pat_lint.model import LANGUAGES

#: The conjunctions of every language that join the items of a breakdown list or a sex pair.
_CONJUNCTIONS = r"(?:and|or|et|ou|y|o|e|u)"
#: The order in which breakdowns are reported; unknown ones follow in alphabetical order.
DIMENSIONS = ("sex", "age", "disability", "nationality", "ethnicity", "location", "status")


def order_dimensions(dimensions: Iterable[str]) -> tuple[str, ...]:
    """Breakdowns in the fixed report order."""
    found = set(dimensions)
    known = [d for d in DIMENSIONS if d in found]
    return tuple(known + sorted(found - set(DIMENSIONS)))


class _Cues:
    """Breakdown patterns of one language, built from its lexicon when first used.

    Every language's cues are tried on every indicator, so that compiling them costs a
    document only the patterns its text can match: the introducer and compound patterns are
    compiled once a cheap gate (their first words) has matched."""

    def __init__(self, language: str) -> None:
        self.data = lexicon(language).disaggregation
        self.language = language
        # a breakdown is read with or without its accents: one word typed without them in a
        # title that has others ("pasantías por genero", "Élèves inscrits par age")
        self.dims: dict[str, list[str]] = {
            k: list(dict.fromkeys(form for t in v for form in (str(t), unaccented(str(t)))))
            for k, v in self.data["dimensions"].items()
        }
        self.names = tuple(
            (name, CueSet.of((fold(t) for t in terms), lemmas=False))
            for name, terms in self.dims.items()
        )
        self.compound_heads = self.data.get("compound_heads") or ()

    def _listed(self, key: str) -> str:
        return pattern(str(t) for t in self.data.get(key) or ())

    @cached_property
    def dimension(self) -> re.Pattern[str]:
        every = (term for _, terms in self.names for term in terms)
        return re.compile(r"(?<![\w-])" + pattern(every) + r"(?![\w-])", re.IGNORECASE)

    @cached_property
    def _introducers(self) -> re.Pattern[str]:
        """The first word of a strong or weak introducer: where a breakdown list may start."""
        either = pattern(
            [
                *map(str, self.data.get("strong_introducers") or ()),
                *map(str, self.data.get("weak_introducers") or ()),
            ]
        )
        return re.compile(rf"(?<![\w-]){either}", re.IGNORECASE)

    def introduced(self, text: str) -> bool:
        """Whether ``text`` has an introducer at all (the introducer patterns need one)."""
        return self._introducers.search(text) is not None

    @cached_property
    def _listing(self) -> str:
        any_dim = r"(?<![\w-])" + pattern(t for terms in self.dims.values() for t in terms)
        origin = self._listed("origin_words")
        joiners = pattern(lexicon(self.language).conjunctions)
        # a comma, also before the last item's conjunction ("le groupe d'âge, et sexe")
        joiner = r"(?:\s*(?:,(?:\s*" + joiners + r"\s)?|;|/|\s" + joiners + r"\s)\s*)"
        intro = _list_grammar().introducers
        intro_again = rf"(?:{intro}\s+)?"
        # an item of a breakdown list: a breakdown ("sex", "age group") or any short noun phrase
        # ("sector", "migrant status", "groupe de population"): "by sector and sex"; a
        # following "por sexo" starts a list of its own ("por sistemas contributivos por sexo")
        word = rf"(?!(?:{joiners}|{intro})(?![\w'’-]))[^\W\d_][\w'’-]*"
        other = rf"{word}(?:\s+(?:{word}|d['’]\s*{word})){{0,7}}"
        item = rf"(?:{any_dim}(?:\s+{origin})?(?![\w-])|{other})"
        return rf"{item}(?:{joiner}{intro_again}{_list_grammar().article}{item})*"

    @cached_property
    def of_whom(self) -> re.Pattern[str] | None:
        """What a breakdown is taken of, after it ("sex *of respondent*"; lexicon
        ``owner_link``), not a household's head (``household_heads``), or None."""
        link = self.data.get("owner_link")
        if not link:
            return None
        articles = _list_grammar().article
        heads = self._listed("household_heads")
        return re.compile(
            rf"\s+{re.escape(str(link))}\s+(?!{articles}(?:{heads})(?![\w-])).*$", re.IGNORECASE
        )

    @cached_property
    def strong(self) -> re.Pattern[str]:
        strong = self._listed("strong_introducers")
        link = rf"(?:\s+{_list_grammar().introducers})?"
        # what the breakdown follows, named before a colon: "disaggregated according to the
        # reporting matrix: location, gender, age"
        named = r"(?:\s+[^\W\d_][\w'’ -]{0,40}?(?=:))?"
        return re.compile(
            rf"(?<![\w-]){strong}{link}{named}\s*:?\s*{_list_grammar().article}"
            rf"(?P<list>{self._listing})",
            re.IGNORECASE,
        )

    @cached_property
    def weak(self) -> re.Pattern[str]:
        weak = self._listed("weak_introducers")
        followers = self._listed("list_followers")
        # a year may follow the list ("par sexe 2019-2023": a statistical table's period), and
        # another breakdown ("par sexe selon la région", "by sex by district"), or a spaced
        # dash, also a double hyphen, before the table's period, place or source ("by Sex and
        # Region - 2005/6", "by sex and age -- ILO modelled estimates"), or a date
        # after a short word ("selon le groupe d'âge et le sexe au 1er juillet", "as of 1 July");
        # a question's mark ends it too ("What is the number of enrollees by gender?": CMS's
        # CHIP statistical forms, set 774)
        return re.compile(
            rf"(?<![\w-]){weak}\s+{_list_grammar().article}(?P<list>{self._listing})"
            rf"(?=\s*(?:$|[,;:.?)\]]|\(|(?:{followers}|{weak})(?![\w-])|(?:19|20)\d\d(?!\d))"
            rf"|\s+(?:--|[-–—])\s|\s+(?:[^\W\d_]{{1,5}}\s+){{1,2}}\d)",
            re.IGNORECASE,
        )

    def compounded(self, text: str) -> bool:
        """Whether ``text`` has a compound head ("sex-*disaggregated*") for :attr:`compound`."""
        return bool(self.compound_heads) and self._compound_gate.search(text) is not None

    @cached_property
    def _compound_gate(self) -> re.Pattern[str]:
        return re.compile(pattern(self.compound_heads), re.IGNORECASE)

    @cached_property
    def compound(self) -> re.Pattern[str]:
        """A breakdown fused with its head: "sex- and age-disaggregated", "sex-specific"."""
        dims = self.dims
        sex_age = pattern(t for k in ("sex", "age", "disability") for t in dims.get(k, ()))
        heads = pattern(self.compound_heads)
        return re.compile(
            rf"(?<![\w-]){sex_age}(?:-?\s*(?:,|and|&|/)\s*{sex_age})*\s*-\s*"
            + heads
            + r"(?![\w-])"
            + rf"|(?<![\w-]){sex_age}(?:\s*(?:,|and|&|/)\s*{sex_age})*\s+"
            + heads
            + r"(?![\w-])",
            re.IGNORECASE,
        )

    @cached_property
    def sex_phrases(self) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(str(p), re.IGNORECASE) for p in self.data.get("sex_phrases") or ())


class _ListGrammar(NamedTuple):
    """The words of breakdown lists in every language, as patterns (lexicon ``conjunctions``,
    ``articles`` and ``disaggregation.list_introducers``)."""

    introducers: str  # "by", "par", "según": may start an item again ("by sex by district")
    article: str  # an optional article before an item ("the", "l'", "los")
    split: re.Pattern[str]  # what separates the items of a list
    leading: re.Pattern[str]  # introducers and articles at an item's start


@cache
def _list_grammar() -> _ListGrammar:
    """The breakdown-list grammar of every language together, compiled on first use."""

    introducers = pattern(
        str(w) for lang in LANGUAGES for w in _cues(lang).data.get("list_introducers") or ()
    )
    joiners = pattern(every_language("conjunctions"))
    articles = list(every_language("articles"))
    whole = pattern(a for a in articles if not a.endswith(("'", "’")))
    elided = pattern(a for a in articles if a.endswith(("'", "’")))
    article = rf"(?:{whole}\s+|{elided}\s*)"
    split = re.compile(
        rf"\s*(?:,(?:\s*{joiners}\s)?|;|/|\s(?:{joiners}|{introducers})\s)\s*", re.IGNORECASE
    )
    leading = re.compile(rf"^(?:{introducers}\s+|{article})+", re.IGNORECASE)
    return _ListGrammar(introducers, article + "?", split, leading)


@cache
def _cues(language: str) -> _Cues:
    """Breakdown patterns for ``language``."""
    return _Cues(language)


def composition_lead(text: str, language: str) -> bool:
    """Whether ``text`` opens with a breakdown fused with its head and a link ("Gender
    composition *of* the duty holder organisation", "Sex distribution of …"): the makeup of a
    body or a group by an attribute only its members, persons, have."""
    text = text.lstrip()
    found = _cues(language).compound.match(text)
    if found is None:
        return False
    after = text[found.end() :].split()
    return bool(after) and fold(after[0]) in lexicon(language).links


@cache
def _sex_word() -> str:
    """A sex word of any language ("women", "hommes", "niñas"), as a regex alternation."""
    words = set()
    for language in LANGUAGES:
        words |= {w for w in lexicon(language).sex_words if "'" not in w}
    return pattern(words)


@cache
def _slash_pair() -> re.Pattern[str]:
    """Slash pairs of every language: "M/F", "H/F", "H/M", "women/men", "F/M", French girls and
    boys "F/G"; two letters in parentheses with a comma ("(F, M)"); a hyphen joins two sex
    words or letters too ("Female-Male Ratio", "Brecha de desocupación M-H": a Chilean health
    atlas)."""
    word = _sex_word()
    letter = r"[MFHWG]"
    return re.compile(
        rf"(?<![\w/-])(?:(?P<a>{letter})\s*/\s*(?P<b>{letter})(?:\s*/\s*\w{{1,5}})?"
        rf"|(?-i:(?P<e>{letter})[-–](?P<f>{letter}))(?![-–])"
        rf"|{word}\s*/\s*{word}|{word}-{word})(?![\w/])"
        rf"|\(\s*(?P<c>{letter})\s*,\s*(?P<d>{letter})\s*\)",
        re.IGNORECASE,
    )


def _sex_letters(a: str, b: str) -> bool:
    """Whether two letters name both sexes: "M" or "H" (men, hommes, hombres) with "F" or "W",
    or French girls and boys ("F", "G")."""
    pair = {a.upper(), b.upper()}
    return len(pair) == 2 and pair != {"F", "W"} and ("G" not in pair or pair == {"F", "G"})


@cache
def _parenthesised_sexes() -> re.Pattern[str]:
    """Parenthesised sex words of every language: "(women and men)", "(female/male)",
    "(mujeres y hombres)"."""
    word = _sex_word()
    joiners = rf"(?:\s*(?:,|/|&|\+|\s{_CONJUNCTIONS}\s)\s*)"  # "(boys+girls)"
    return re.compile(rf"\(\s*{word}(?:{joiners}{word})*\s*\)", re.IGNORECASE)


@cache
def _not_breakdowns() -> re.Pattern[str]:
    """Words of every language that look like a breakdown and are not one where they stand
    (the lexicons' ``not_breakdowns``: French "genre de travail", a kind of work)."""
    found = [
        str(p)
        for language in LANGUAGES
        for p in lexicon(language).disaggregation.get("not_breakdowns") or ()
    ]
    return re.compile("|".join(f"(?:{p})" for p in found) or "(?!)", re.IGNORECASE)


#: A footnote mark after a word of a breakdown list ("by Age, Sex* and County", "by Sex 1 ,
#: Area of Residence"): asterisks, or a lone digit before a comma or "and".
_FOOTNOTE_MARK = re.compile(r"(?<=[^\W\d_])\*+|(?<=[^\W\d_]{3})\s\d(?=\s*,(?!\d))")
#: A classification's code or acronym after an item of a breakdown list, before the next item
#: ("by Major Occupation Group (PSOC) and Sex", "par profession (CITP-08) et sexe", "por rama
#: (CIIU) y sexo"): one word in capitals or with a digit, no sex pair such as "(M/F)".
_CODE_IN_LIST = re.compile(
    r"(?<=[^\W\d_])\s*\((?:[A-Z][\w.-]{1,14}|[\w.-]*\d[\w.-]*)\)"
    rf"(?=\s*(?:,|/|\s{_CONJUNCTIONS}\s))"
)

#: A qualifier of an item in words, in parentheses, before the next item ("por comarca, año de
#: nacimiento *(quinquenal)*, estado civil legal y sexo": Eustat's table titles); one with a
#: sex word ("(mujeres)") is kept.
_WORDS_IN_LIST = re.compile(
    r"(?<=[^\W\d_])\s*\((?P<words>[^\W\d_]+(?:\s[^\W\d_]+){0,2})\)"
    rf"(?=\s*(?:,|/|\s{_CONJUNCTIONS}\s))"
)


def _blank_qualifier(match: re.Match[str]) -> str:
    """A qualifier in parentheses blanked out, unless it names a sex."""
    if re.fullmatch(_sex_word(), match.group("words").strip(), re.IGNORECASE):
        return match.group()
    return " " * len(match.group())


def breakdowns(text: str) -> tuple[str, ...]:
    """The breakdowns an indicator's text asks for explicitly, in report order.

    Cues of every language are tried: they do not clash, and indicators are sometimes quoted
    in another language than the proposal's. A cue that is the topic of the indicator rather
    than its breakdown ("officials trained to collect sex-disaggregated data") is ignored.
    """
    text = _not_breakdowns().sub(lambda m: " " * len(m.group()), text)
    text = _FOOTNOTE_MARK.sub(lambda m: " " * len(m.group()), text)
    text = _CODE_IN_LIST.sub(lambda m: " " * len(m.group()), text)
    text = _WORDS_IN_LIST.sub(_blank_qualifier, text)
    found: set[str] = set()
    for language in LANGUAGES:
        cues = _cues(language)
        for introducer in (cues.strong, cues.weak) if cues.introduced(text) else ():
            for match in introducer.finditer(text):
                if not _about_data(text, match.start(), match.end()):
                    found |= _dimensions_in(match.group("list"), cues, language != "en")
        if cues.compounded(text):
            for match in cues.compound.finditer(text):
                if not _about_data(text, match.start(), match.end()):
                    words = re.sub(r"[-‐‑]", " ", match.group())
                    found |= _dimensions_in(words, cues) & {"sex", "age", "disability"}
        for acronym, dims in lexicon(language).acronyms.items():
            for match in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text):
                if not _about_data(text, match.start(), match.end(), acronym=True):
                    found |= set(dims)
        if any(p.search(text) for p in cues.sex_phrases):
            found.add("sex")
    for match in _slash_pair().finditer(text) if any(c in text for c in "/-–(") else ():
        a = match.group("a") or match.group("c") or match.group("e")
        b = match.group("b") or match.group("d") or match.group("f")
        if a is None or _sex_letters(a, b):
            found.add("sex")
    if "(" in text and _parenthesised_sexes().search(text):
        found.add("sex")
    for match in _counts_per_sex().finditer(text) if ":" in text or "=" in text else ():
        a, b = match.group("a").upper(), match.group("b").upper()
        if a != b and {a, b} != {"F", "W"}:
            found.add("sex")
    return order_dimensions(found | _bare_breakdowns(text))


@cache
def _counts_per_sex() -> re.Pattern[str]:
    """Figures given for each sex ("(F: 120; M: 80)", "mujeres: 40, hombres: 35"), also
    side by side ("(F:2750 M:1250)", "(Female:200 Male:100)": a Philippine university's GAD
    plan, set 754)."""
    word = _sex_word()
    each = rf"(?:[FMHW]|{word})"
    figure = r"\s*[:=]\s*\d[\d.,\u202f\u00a0 ]*"
    return re.compile(
        rf"(?<![\w])(?P<a>{each}){figure}\s*(?:[;,/]\s*)?(?P<b>{each}){figure}", re.IGNORECASE
    )


_PARENTHESES = re.compile(r"\(([^()]*)\)")
_TRAILING = re.compile(r"\s*(?:\([^()]*\))?\s*\.?\s*$")


def _bare_breakdowns(text: str) -> set[str]:
    """The breakdowns of a list without "by", in parentheses or ending the title after a comma
    ("(sexe, âge)", "Personas atendidas, sexo y edad", "Population, sex and age group"): two
    or more items, every one a breakdown of some language (looked up in the breakdown lists,
    no pattern to compile)."""
    found: set[str] = set()
    for inner in _PARENTHESES.findall(text):
        found |= _all_breakdowns(_list_grammar().split.split(inner.strip()))
    body = _TRAILING.sub("", text)
    if "," in body:
        items = _list_grammar().split.split(body)
        listed: list[str] = []
        for item in reversed(items[1:]):  # the first piece is the title itself
            if not _breakdown_name(item):
                break
            listed.append(item)
        found |= _all_breakdowns(listed)
    return found


def _all_breakdowns(items: list[str]) -> set[str]:
    """The breakdowns named by ``items`` when there are two or more and each is one."""
    names = [_breakdown_name(item) for item in items]
    return set(names) if len(names) > 1 and all(names) else set()


def _breakdown_name(item: str) -> str:
    """The breakdown an item names in any language ("grupo de edad" → age), or ""."""
    return next((name for lang in LANGUAGES if (name := _name(_cues(lang), item.strip()))), "")


def _dimensions_in(text: str, cues: _Cues, head_first: bool | None = None) -> set[str]:
    """Which breakdown dimensions a list of breakdowns names. With ``head_first`` set, each item
    of the list counts only when a breakdown is its head — its last words in English ("migrant
    status"), its first in French and Spanish ("statut au regard de l'immigration") — so that
    "by gender focal points" names no breakdown."""
    if head_first is None:
        return {_name(cues, m.group()) for m in cues.dimension.finditer(text)} - {""}
    found: set[str] = set()
    grammar = _list_grammar()
    for part in grammar.split.split(text):
        part = grammar.leading.sub("", part.strip())
        named = _named_at_head(part, cues, head_first)
        if not named and not head_first and cues.of_whom is not None:
            # a head before the persons it belongs to ("by sex *of respondent*"): the words
            # before the link end with the breakdown (lexicon ``owner_link``)
            named = _named_at_head(cues.of_whom.sub("", part), cues, head_first)
        found |= named
    return found - {""}


def _named_at_head(part: str, cues: _Cues, head_first: bool) -> set[str]:
    """The breakdowns at the head of one item of a breakdown list."""
    return {
        _name(cues, match.group())
        for match in cues.dimension.finditer(part)
        if (match.start() == 0 if head_first else match.end() == len(part))
    }


def _name(cues: _Cues, breakdown: str) -> str:
    """The dimension a breakdown word belongs to ("grupos de edad" → age), or ""."""
    folded = fold(breakdown)
    return next((name for name, terms in cues.names if folded in terms), "")


def cell_breakdowns(text: str) -> tuple[str, ...]:
    """The breakdowns named in a table cell of a "Disaggregation" column ("Sex, age", "M/F")."""
    found: set[str] = set(breakdowns(text))
    for language in LANGUAGES:
        found |= _dimensions_in(text, _cues(language))
    return order_dimensions(found)


_WORD = re.compile(r"[\w'’-]+")


def _about_data(text: str, start: int, end: int, acronym: bool = False) -> bool:
    """Whether a breakdown cue describes data the indicator is about rather than the
    indicator's own breakdown: a data word next to it ("sex-disaggregated *data*", "*données*
    ventilées par sexe") preceded by a topic word ("trained *on*", "*collect*")."""
    before = _WORD.findall(text[max(0, start - 60) : start])
    after = _WORD.findall(text[end : end + 20])
    data_words = every_language("data_words")
    topic_words = every_language("topic_words")
    if acronym or after and fold(after[0]) in data_words:
        phrase_start = len(before)
    elif before and fold(before[-1]) in data_words:
        phrase_start = len(before) - 1
    else:
        return False
    preceding = [fold(w) for w in before[max(0, phrase_start - 2) : phrase_start]]
    return any(word in topic_words for word in preceding)


@cache
def suggestion(language: str, missing: str) -> str:
    """The breakdown to add, in the indicator's language ("disaggregated by sex and age")."""
    return lexicon(language).suggestions.get(missing, "")
