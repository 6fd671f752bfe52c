"""Generic "he/his/him/himself": who a pronoun stands for, decided from its antecedent.

A pronoun is generic when its antecedent is an unspecified person: a role noun after "each",
"every", "any", "no" ("each beneficiary must present his card"), an indefinite pronoun
("anyone", "everyone"), or a singular role noun after "a", "an" or "the" ("the applicant …
his") — in the same sentence or, failing that, the sentence before. It is not generic when the
antecedent is a named man ("Mr Okafor will chair; he …", "Dr Ahmed Daher, director …; he …",
"Moussa Hamani …; he …"), an office-holder ("the Minister … his"), a man by definition ("each
father … his"), in an honorific ("His Excellency", "His Majesty's"), in "he or she" /
"his/her", inside a quotation or a reference list, or where the word belongs to another
language ("Nunca he visto …"). Where no antecedent can be found the pronoun is left alone: a
reviewer can trust every finding.

The word lists are data: ``rules/lexicons/pronouns-<lang>.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from enum import Enum
from functools import cache
from typing import TYPE_CHECKING

from pat_lint.analysis.cues import CueSet
from pat_lint.analysis.nlp import lemma, pipeline
from pat_lint.analysis.terms.institutions import is_org_word
from pat_lint.analysis.terms.lists import Term, load_terms
from pat_lint.analysis.terms.persons import is_name_like
from pat_lint.analysis.terms.scope import in_spans, quoted_spans, reference_blocks
from pat_lint.analysis.terms.tokens import is_capitalised
from pat_lint.datafiles import DataFileError, data_dir, load_yaml
from pat_lint.model import BlockKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from pat_lint.analysis import Analysis

_PARTICIPLE = re.compile(r"^[a-záéíóúñ]{2,}(ado|ada|ados|adas|ido|ida|idos|idas|ído|ída)$")


@dataclass(frozen=True)
class PronounLexicon:
    """The word lists of ``rules/lexicons/pronouns-<lang>.yaml`` (see that file for each)."""

    role_nouns: CueSet
    office_holders: frozenset[str]
    male_nouns: frozenset[str]
    male_titles: frozenset[str]
    honorifics: frozenset[str]
    quantifiers: frozenset[str]
    indefinite_pronouns: frozenset[str]
    articles: frozenset[str]
    predicative: frozenset[str]
    phrase_end: frozenset[str]
    paired: frozenset[str]
    spanish_before_he: frozenset[str]
    spanish_participles: frozenset[str]
    person_suffixes: tuple[str, ...]

    def with_roles(self, extra: tuple[str, ...]) -> PronounLexicon:
        """The lexicon with extra role nouns (a rule's ``role_nouns`` param)."""
        if not extra:
            return self
        entries = [cue.text for cue in self.role_nouns.cues] + [noun.lower() for noun in extra]
        return replace(self, role_nouns=CueSet.of(entries))


@cache
def pronoun_lexicon(language: str) -> PronounLexicon | None:
    """The pronoun lexicon of ``language``, or None when pat-lint has none for it."""
    path = data_dir("rules") / "lexicons" / f"pronouns-{language}.yaml"
    if not path.is_file():
        return None
    data = load_yaml(path) or {}

    def listed(key: str) -> list[str]:
        values = data.get(key)
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise DataFileError(f"{path}: {key!r} must be a list of words")
        return values

    return PronounLexicon(
        role_nouns=CueSet.of(listed("role_nouns")),
        office_holders=frozenset(listed("office_holders")),
        male_nouns=frozenset(listed("male_nouns")),
        male_titles=frozenset(listed("male_titles")),
        honorifics=frozenset(listed("honorifics")),
        quantifiers=frozenset(listed("quantifiers")),
        indefinite_pronouns=frozenset(listed("indefinite_pronouns")),
        articles=frozenset(listed("articles")),
        predicative=frozenset(listed("predicative")),
        phrase_end=frozenset(listed("phrase_end")),
        paired=frozenset(listed("paired")),
        spanish_before_he=frozenset(listed("spanish_before_he")),
        spanish_participles=frozenset(listed("spanish_participles")),
        person_suffixes=tuple(listed("person_suffixes")),
    )


class Kind(Enum):
    """What a candidate antecedent is."""

    STRONG = "each/every/any + role noun, or an indefinite pronoun"
    WEAK = "a/an/the + singular role noun"
    NAMED = "a named man, an honorific, an office-holder or a male noun"
    FLAGGED = "an earlier pronoun judged generic"
    SPARED = "an earlier pronoun judged specific"


@dataclass(frozen=True)
class Candidate:
    """A possible antecedent at token ``position``."""

    kind: Kind
    position: int


@dataclass(frozen=True)
class GenericPronoun:
    """A pronoun whose antecedent is an unspecified person: its block, its characters
    ``start..end`` in the block's text, and its term-list entry."""

    block: int
    start: int
    end: int
    term: Term


def generic_pronouns(
    analysis: Analysis,
    blocks: Iterator[int],
    categories: tuple[str, ...],
    extra_roles: tuple[str, ...] = (),
) -> Iterator[GenericPronoun]:
    """The generic pronouns of ``blocks`` (reference lists skipped), for the term-list entries
    of ``categories``."""
    references = reference_blocks(analysis)
    for index in blocks:
        if index in references:
            continue
        language = analysis.block_languages[index]
        lexicon = pronoun_lexicon(language)
        pronouns = _pronoun_terms(language, categories)
        if lexicon is None or not pronouns:
            continue
        reader = _BlockReader(
            analysis.doc(index),
            lexicon.with_roles(extra_roles),
            language,
            _previous_sentence(analysis, index, language),
            quoted_spans(analysis.blocks[index].text),
        )
        for token, term in reader.generic(pronouns):
            start = token.idx
            yield GenericPronoun(index, start, start + len(token.text), term)


@cache
def _pronoun_terms(language: str, categories: tuple[str, ...]) -> dict[str, Term]:
    """Pronoun word → its term-list entry (first token of each form: "he'll" → "he")."""
    found: dict[str, Term] = {}
    for term in load_terms(language).by_category(categories):
        for form in term.forms:
            first = pipeline(language).make_doc(form)[0].lower_
            found.setdefault(first, term)
    return found


def _previous_sentence(analysis: Analysis, index: int, language: str) -> Span | None:
    """The last sentence of the previous block, when it is running text in the same language."""
    if index == 0:
        return None
    before = analysis.blocks[index - 1]
    if before.kind is BlockKind.HEADING or analysis.block_languages[index - 1] != language:
        return None
    if not before.text.strip():
        return None
    sentences = list(analysis.doc(index - 1).sents)
    return sentences[-1] if sentences else None


class _BlockReader:
    """Reads the pronouns of one block in order, so that chains of pronouns carry over."""

    def __init__(
        self,
        doc: Doc,
        lexicon: PronounLexicon,
        language: str,
        previous: Span | None,
        quotes: list[tuple[int, int]],
    ) -> None:
        self.doc = doc
        self.lex = lexicon
        self.language = language
        self.previous = previous
        self.quotes = quotes
        self.verdicts: dict[int, bool] = {}

    def generic(self, pronouns: dict[str, Term]) -> Iterator[tuple[Token, Term]]:
        """The block's generic pronouns with their entries, in reading order."""
        for token in self.doc:
            term = pronouns.get(token.lower_)
            if term is None or not self.is_pronoun_use(token):
                continue
            generic = self.is_generic(token)
            self.verdicts[token.i] = generic
            if generic:
                yield token, term

    # --- is this token a pronoun of the author's own English? -------------------------------

    def is_pronoun_use(self, token: Token) -> bool:
        """False for honorifics, "he or she", quotations, acronyms and another language."""
        if len(token.text) > 1 and token.text.isupper() and not self.all_caps_text():
            return False  # "HE" (higher education), "HIS" (a system name)
        if in_spans(token.idx, token.idx + len(token.text), self.quotes):
            return False
        return not (self.is_honorific(token) or self.is_paired(token) or self.is_foreign(token))

    def all_caps_text(self) -> bool:
        letters = [ch for ch in self.doc.text if ch.isalpha()]
        return bool(letters) and all(ch.isupper() for ch in letters)

    def is_honorific(self, token: Token) -> bool:
        """ "His Excellency", "His Majesty's", "His Royal Highness"."""
        doc = token.doc
        if token.lower_ != "his" or token.i + 1 >= len(doc):
            return False
        following = doc[token.i + 1].lower_
        return following.removesuffix("'s").removesuffix("’s") in self.lex.honorifics

    def is_paired(self, token: Token) -> bool:
        """ "he or she", "his/her", "s/he", "(s)he", "she or he", "him- or herself"."""
        doc, paired = token.doc, self.lex.paired
        after = [t.lower_ for t in doc[token.i + 1 : token.i + 3]]
        before = [t.lower_ for t in doc[max(0, token.i - 2) : token.i]]
        if after[:1] == ["/"] and after[1:2] and after[1] in paired:
            return True
        if after[:1] == ["or"] and after[1:2] and after[1] in paired | {"hers"}:
            return True
        if len(after) >= 2 and after[0] == "-" and after[1] == "or":
            return True
        if before[-1:] in (["/"], ["or"]) and len(before) == 2 and before[0] in paired | {"s"}:
            return True
        return before[-1:] == [")"] and token.i >= 3 and doc[token.i - 2].lower_ == "s"

    def is_foreign(self, token: Token) -> bool:
        """Spanish "he" (from haber): "he visto", "lo he dicho", "nunca he trabajado"."""
        doc = token.doc
        if token.lower_ != "he":
            return False
        following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        previous = doc[token.i - 1].lower_ if token.i > 0 else ""
        if _PARTICIPLE.match(following) or following in self.lex.spanish_participles:
            return True
        return previous in self.lex.spanish_before_he

    # --- antecedents ------------------------------------------------------------------------

    def is_generic(self, token: Token) -> bool:
        """Whether the pronoun's antecedent is an unspecified person.

        Names without a title ("Moussa Hamani") are only looked for when the verdict would
        otherwise be generic: they can only spare a pronoun, and recognising them loads a word
        frequency table.
        """
        return self.decide(token, names=False) and self.decide(token, names=True)

    def decide(self, token: Token, names: bool) -> bool:
        """One pass of :meth:`is_generic`, with or without untitled names."""
        doc = self.doc
        sentence = token.sent
        current = self.candidates(doc, sentence.start, token.i, self.verdicts, names)
        decided = _decide_current(current, token.i)
        if decided is not None:
            return decided
        sentences = list(doc.sents)
        position = next(i for i, s in enumerate(sentences) if s.start == sentence.start)
        if position > 0:
            before = sentences[position - 1]
            earlier = self.candidates(doc, before.start, before.end, self.verdicts, names)
        elif self.previous is not None:
            previous = self.previous
            earlier = self.candidates(previous.doc, previous.start, previous.end, {}, names)
        else:
            earlier = []
        return bool(_decide_previous(earlier))

    def candidates(
        self, doc: Doc, start: int, end: int, verdicts: dict[int, bool], names: bool
    ) -> list[Candidate]:
        """Possible antecedents among tokens ``[start, end)`` of ``doc``, in order."""
        found: list[Candidate] = []
        for i in range(start, end):
            if i in verdicts:
                found.append(Candidate(Kind.FLAGGED if verdicts[i] else Kind.SPARED, i))
                continue
            kind = self.candidate_kind(doc, doc[i], start, end, names)
            if kind is not None:
                found.append(Candidate(kind, i))
        return found

    def candidate_kind(
        self, doc: Doc, token: Token, start: int, end: int, names: bool
    ) -> Kind | None:
        """What the phrase starting at ``token`` is as an antecedent, if anything."""
        lex = self.lex
        lower = token.lower_
        if self.is_named_person(doc, token, names):
            return Kind.NAMED
        if lower == "his" and self.is_honorific(token):
            return Kind.NAMED
        if lower in lex.indefinite_pronouns:
            return Kind.STRONG
        after_coordinator = token.i != start and doc[token.i - 1].lower_ in ("and", "or")
        if lower in lex.male_nouns and not after_coordinator:
            return Kind.NAMED
        if lower in lex.quantifiers:
            head = self.head_noun(doc, token.i, end, suffixes=True)
            if head is not None:
                return Kind.NAMED if head.lower_ in lex.male_nouns else Kind.STRONG
        if lower in lex.articles and not self.predicative(doc, token):
            head = self.head_noun(doc, token.i, end, suffixes=False)
            if head is not None and self.singular(head):
                return Kind.NAMED if self.is_office(token, head) else Kind.WEAK
        return None

    def head_noun(self, doc: Doc, determiner: int, end: int, suffixes: bool) -> Token | None:
        """The role noun a determiner introduces, within the next four words ("each
        prospective worker", "each head of household", "every one of the participants")."""
        lex = self.lex
        for i in range(determiner + 1, min(end, determiner + 6)):
            token = doc[i]
            lower = token.lower_
            if token.is_punct or (lower in lex.phrase_end and lower != "of"):
                return None
            if lower == "head":
                if _household_head(doc, i):
                    return token
                continue
            role = lex.role_nouns.has(lower, lemma(lower, "en"))
            if role or lower in lex.male_nouns or lower in lex.office_holders:
                return token
            person_like = token.is_alpha and lower.endswith(lex.person_suffixes) and len(lower) > 4
            if suffixes and person_like and self.ends_phrase(doc, i + 1):
                return token
        return None

    def ends_phrase(self, doc: Doc, i: int) -> bool:
        """Whether token ``i`` ends a noun phrase (end, punctuation, a verb or a relative)."""
        return i >= len(doc) or doc[i].is_punct or doc[i].lower_ in self.lex.phrase_end

    def singular(self, token: Token) -> bool:
        lower = token.lower_
        return lemma(lower, self.language) == lower or lower in ("staff", "youth", "police")

    def predicative(self, doc: Doc, determiner: Token) -> bool:
        """ "as a doctor", "is a lawyer": the phrase describes someone already named."""
        return determiner.i > 0 and doc[determiner.i - 1].lower_ in self.lex.predicative

    def is_office(self, determiner: Token, head: Token) -> bool:
        """ "the Minister", "the mayor of Saint-Louis": the holder is a specific person."""
        return determiner.lower_ == "the" and head.lower_ in self.lex.office_holders

    def is_named_person(self, doc: Doc, token: Token, names: bool = True) -> bool:
        """A man's name: a title followed by a capitalised name ("Mr Okafor", "Dr Ahmed Daher",
        "Minister Banda"), "H.E.", or a first name and a surname ("Moussa Hamani")."""
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        text = token.text
        title = text.title() if text.isupper() and len(text) > 1 else text
        if text in ("H.E.", "HE.") or (
            title in self.lex.male_titles
            and following is not None
            and is_capitalised(following)
            and following.is_alpha
        ):
            return True
        language = self.language
        return bool(
            names
            and following is not None
            and token.is_alpha
            and following.is_alpha
            and is_capitalised(token)
            and is_capitalised(following)
            and not _after_capitalised_word(doc, token)
            and not is_org_word(token, language)
            and not is_org_word(following, language)
            and is_name_like(token.text, language)
            and is_name_like(following.text, language)
        )


def _decide_current(candidates: list[Candidate], pronoun: int) -> bool | None:
    """Verdict from candidates in the pronoun's own sentence (None when there are none)."""
    named = [c.position for c in candidates if c.kind is Kind.NAMED]
    strong = [c.position for c in candidates if c.kind is Kind.STRONG]
    if strong:
        nearest = max(strong)
        return not any(nearest < n < pronoun for n in named)
    if named:
        return False
    chained = [c for c in candidates if c.kind in (Kind.FLAGGED, Kind.SPARED)]
    if chained:
        return chained[-1].kind is Kind.FLAGGED
    if any(c.kind is Kind.WEAK for c in candidates):
        return True
    return None


def _decide_previous(candidates: list[Candidate]) -> bool | None:
    """Verdict from the sentence before: a named man there wins, then earlier pronouns, then a
    generic antecedent."""
    kinds = [c.kind for c in candidates]
    if Kind.NAMED in kinds:
        return False
    chained = [c for c in candidates if c.kind in (Kind.FLAGGED, Kind.SPARED)]
    if chained:
        return chained[-1].kind is Kind.FLAGGED
    if Kind.STRONG in kinds or Kind.WEAK in kinds:
        return True
    return None


def _household_head(doc: Doc, i: int) -> bool:
    """ "head of (the) household/family", "household head": a role; "the head of the
    delegation" is an office held by someone specific."""
    after = [t.lower_ for t in doc[i + 1 : i + 4]]
    if after[:1] == ["of"]:
        rest = after[1:] if after[1:2] != ["the"] else after[2:]
        return rest[:1] in (["household"], ["family"], ["families"], ["households"])
    return i > 0 and doc[i - 1].lower_ in ("household", "family")


def _after_capitalised_word(doc: Doc, token: Token) -> bool:
    """Whether the word before ``token`` is capitalised (then ``token`` is not a first name)."""
    return token.i > 0 and doc[token.i - 1].is_alpha and is_capitalised(doc[token.i - 1])
