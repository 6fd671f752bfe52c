"""Generic "he/his/him/himself": who a pronoun stands for, decided from its antecedent.

A pronoun is generic when its nearest person antecedent is an unspecified person: a role noun
after "each", "every", "any", "no" ("each beneficiary must present his card"), an indefinite
pronoun ("anyone", "everyone"), or a singular role noun after "a", "an" or "the" ("the
applicant … his", "a farmer whose crop fails … he", "the chairman of every unit … his"), or
bare in a form field or short line ("Name of site supervisor and his signature: ____").
The antecedent is looked for in the pronoun's own sentence, then in the two sentences before
it (also across a block boundary: a list item, a table cell, a paragraph cut by a page break).

It is not generic when the antecedent is a named man ("Mr Okafor will chair; he …", "Karim
Haddad came back in 2022 … Last year he …", a surname already used for a named man, a role
in apposition to a name: "Captain Lars Henning, the harbour master, … he"), an
office-holder ("the Minister … his"), a man by definition or a male-only group ("each father
… his", "fourteen men … each of them … his"), in an honorific ("His Excellency"), in "he or
she" / "his/her" / "s/he", inside a quotation, reproduced legal text or a reference list, or
where the word belongs to another language ("Nunca he visto …"). Where no antecedent can be
found the pronoun is left alone: a reviewer can trust every finding.

The word lists are data: ``rules/lexicons/pronouns-<lang>.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from enum import Enum
from functools import cache, partial
from typing import TYPE_CHECKING

from pat_lint.analysis.cues import CueSet
from pat_lint.analysis.nlp import lemma, pipeline
from pat_lint.analysis.terms.institutions import is_org_word
from pat_lint.analysis.terms.lists import Term, load_terms
from pat_lint.analysis.terms.persons import is_name_like
from pat_lint.analysis.terms.scope import in_spans, others_words, reference_blocks
from pat_lint.analysis.terms.tokens import is_capitalised
from pat_lint.datafiles import DataFileError, data_dir, load_yaml
from pat_lint.model import BlockKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from pat_lint.analysis import Analysis

#: How many sentences before the pronoun's own are searched for its antecedent.
EARLIER_SENTENCES = 2
#: A block of at most this many words is a short line; a form field's label at most this many.
SHORT_LINE_WORDS = 8
FORM_FIELD_WORDS = 14
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
    narrative_verbs: frozenset[str]
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
        role_nouns=CueSet.of(listed("role_nouns") + listed("gendered_role_nouns")),
        office_holders=frozenset(listed("office_holders")),
        male_nouns=frozenset(listed("male_nouns")),
        male_titles=frozenset(listed("male_titles")),
        honorifics=frozenset(listed("honorifics")),
        quantifiers=frozenset(listed("quantifiers")),
        indefinite_pronouns=frozenset(listed("indefinite_pronouns")),
        articles=frozenset(listed("articles")),
        predicative=frozenset(listed("predicative")),
        phrase_end=frozenset(listed("phrase_end")),
        narrative_verbs=frozenset(listed("narrative_verbs")),
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
        lexicon = lexicon.with_roles(extra_roles)
        reader = _BlockReader(
            analysis.doc(index),
            lexicon,
            language,
            _earlier_sentences(analysis, index, language),
            others_words(analysis, index),
            short=is_short_line(analysis.blocks[index].text),
            surnames=partial(known_surnames, analysis, lexicon, language),
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


def _earlier_sentences(
    analysis: Analysis, index: int, language: str, count: int = EARLIER_SENTENCES
) -> list[Span]:
    """The last ``count`` sentences before block ``index``, nearest first, from the blocks
    before it that are running text in the same language (a heading ends the search)."""
    found: list[Span] = []
    for before in range(index - 1, -1, -1):
        block = analysis.blocks[before]
        if block.kind is BlockKind.HEADING or analysis.block_languages[before] != language:
            break
        if not block.text.strip():
            break
        found += reversed(list(analysis.doc(before).sents))
        if len(found) >= count:
            break
    return found[:count]


def is_short_line(text: str) -> bool:
    """A form field or a short line ("Name of site supervisor and his signature: ____",
    "Person contacted and his phone number:"), where a bare noun stands for anyone who fills it
    in."""
    label, colon, rest = text.partition(":")
    if colon and not rest.strip(" _.…\t"):
        return len(label.split()) <= FORM_FIELD_WORDS
    return len(text.split()) <= SHORT_LINE_WORDS


def known_surnames(analysis: Analysis, lexicon: PronounLexicon, language: str) -> frozenset[str]:
    """The surnames of the named men of the document ("Dr Ilan Varga" → "Varga"), so that a
    name repeated alone ("Varga said he …") is still a named man (once per document)."""

    def compute() -> frozenset[str]:
        found: set[str] = set()
        for index, block in enumerate(analysis.blocks):
            if analysis.block_languages[index] != language or not block.text.strip():
                continue
            reader = _BlockReader(analysis.doc(index), lexicon, language, [], [])
            found.update(reader.surnames())
        return frozenset(found)

    return analysis.memo(("known_surnames", language), compute)


class _BlockReader:
    """Reads the pronouns of one block in order, so that chains of pronouns carry over."""

    def __init__(
        self,
        doc: Doc,
        lexicon: PronounLexicon,
        language: str,
        earlier: list[Span],
        exempt: list[tuple[int, int]],
        short: bool = False,
        surnames: Callable[[], frozenset[str]] | None = None,
    ) -> None:
        self.doc = doc
        self.lex = lexicon
        self.language = language
        self.earlier = earlier
        self.exempt = exempt
        self.short = short
        self._surnames = surnames
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
        if in_spans(token.idx, token.idx + len(token.text), self.exempt):
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
        """One pass of :meth:`is_generic`, with or without untitled names: the pronoun's own
        sentence decides, else the nearest of the sentences before it that has an antecedent."""
        doc = self.doc
        sentence = token.sent
        current = self.candidates(doc, sentence.start, token.i, self.verdicts, names)
        decided = _decide_current(current, token.i)
        if decided is not None:
            return decided
        before = [s for s in doc.sents if s.end <= sentence.start][::-1]
        for span in (before + self.earlier)[:EARLIER_SENTENCES]:
            verdicts = self.verdicts if span.doc is doc else {}
            found = self.candidates(span.doc, span.start, span.end, verdicts, names)
            decided = _decide_previous(found)
            if decided is not None:
                return decided
        return False

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
        if names and self.is_known_surname(doc, token):
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
                if self.is_office(token, head) or self.in_apposition(doc, token.i, head, names):
                    return Kind.NAMED
                if self.distributive(doc, head):
                    return Kind.STRONG
                return Kind.NAMED if self.recounted(doc, head, end) else Kind.WEAK
        if self.short and self.is_bare_role(doc, token, start):
            if self.in_apposition(doc, token.i, token, names):
                return Kind.NAMED
            return Kind.WEAK
        return None

    def head_noun(self, doc: Doc, determiner: int, end: int, suffixes: bool) -> Token | None:
        """The person noun at the head of the phrase a determiner introduces, within the next
        six words ("each prospective worker", "the Chief Technical Adviser", "each head of
        household", "every one of the participants"); None when the phrase is not about a
        person ("a farmer cooperative")."""
        lex = self.lex
        found: Token | None = None
        for i in range(determiner + 1, min(end, determiner + 7)):
            token = doc[i]
            lower = token.lower_
            if lower == "of":
                if found is None:
                    continue  # "each of the participants"
                break  # "the chairman of every unit"
            if token.is_punct or lower in lex.phrase_end or lower in ("'s", "’s"):
                break
            if lower == "head":
                if _household_head(doc, i):
                    return token
                found = None
                continue
            if self.is_person_noun(lower) or (
                suffixes
                and token.is_alpha
                and lower.endswith(lex.person_suffixes)
                and len(lower) > 4
                and self.ends_phrase(doc, i + 1)
            ):
                found = token
            elif found is not None:
                if not (is_capitalised(found) and is_capitalised(token)):
                    break  # "each owner repays", "every person intercepted"
                found = None  # "the Chief Technical Adviser": the head comes later
        return found

    def is_person_noun(self, lower: str) -> bool:
        """A role noun, a male noun or an office (the lexicon's person nouns)."""
        lex = self.lex
        return (
            lex.role_nouns.has(lower, lemma(lower, self.language))
            or lower in lex.male_nouns
            or lower in lex.office_holders
        )

    def is_bare_role(self, doc: Doc, token: Token, start: int) -> bool:
        """A singular role noun without a determiner ("Name of site supervisor", "Person
        contacted"), the last noun of its phrase."""
        lower = token.lower_
        if not token.is_alpha or not self.lex.role_nouns.has(lower, lemma(lower, self.language)):
            return False
        if not self.singular(token) or (
            token.i > start and is_capitalised(token) and not token.is_sent_start
        ):
            return False
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if following is not None and following.is_alpha and self.is_person_noun(following.lower_):
            return False  # "returnee women": the next word is the head
        before = doc[token.i - 1] if token.i > start else None
        return before is None or not (
            before.lower_ in self.lex.articles
            or before.lower_ in self.lex.quantifiers
            or before.lower_ in ("his", "her", "their", "its", "our", "your", "my")
        )

    def distributive(self, doc: Doc, head: Token) -> bool:
        """ "the chairman of each union", "the headman of every settlement": one role per
        unit, as unspecified as "each chairman"."""
        after = [t.lower_ for t in doc[head.i + 1 : head.i + 3]]
        return len(after) == 2 and after[0] == "of" and after[1] in self.lex.quantifiers

    def recounted(self, doc: Doc, head: Token, end: int) -> bool:
        """ "A returnee interviewed in Kassala said he …": the text recounts what one particular
        man did or said (a past-tense verb of an account after the role, in its sentence)."""
        stop = min(end, head.sent.end)
        return any(doc[i].lower_ in self.lex.narrative_verbs for i in range(head.i + 1, stop))

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

    def in_apposition(self, doc: Doc, first: int, head: Token, names: bool) -> bool:
        """A role in apposition to a named man: "Captain Lars Henning, the harbour master",
        "the coordinator, Mr Okafor," (the phrase from ``first`` to its head ``head``)."""
        if first >= 2 and doc[first - 1].text == ",":
            i = first - 2
            while i > 0 and doc[i - 1].is_alpha and is_capitalised(doc[i - 1]):
                i -= 1
            if is_capitalised(doc[first - 2]) and self.is_named_person(doc, doc[i], names):
                return True
            if i > 0 and self.is_named_person(doc, doc[i - 1], names):
                return True
        for i in range(head.i + 1, min(len(doc) - 1, head.i + 8)):
            if doc[i].text == ",":
                return self.is_named_person(doc, doc[i + 1], names)
            if doc[i].is_punct or doc[i].lower_ in self.lex.phrase_end - {"of", "in", "for"}:
                return False
        return False

    def is_named_person(self, doc: Doc, token: Token, names: bool = True) -> bool:
        """A man's name: a title followed by a capitalised name ("Mr Okafor", "Dr Ahmed Daher",
        "Minister Banda"), "H.E.", or a first name and a surname ("Moussa Hamani")."""
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        text = token.text
        title = text.title() if text.isupper() and len(text) > 1 else text
        language = self.language
        if text in ("H.E.", "HE."):
            return True
        if (
            title in self.lex.male_titles
            and following is not None
            and is_capitalised(following)
            and following.is_alpha
        ):
            # "Minister Banda", but not "Chief Technical Adviser" or "Director General"
            return not self.is_person_noun(title.lower()) or (
                names and is_name_like(following.text, language)
            )
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

    def is_known_surname(self, doc: Doc, token: Token) -> bool:
        """A named man's surname used alone ("Varga said he …")."""
        if self._surnames is None or not token.is_alpha or not is_capitalised(token):
            return False
        return token.text in self._surnames()

    def surnames(self) -> Iterator[str]:
        """The surnames of the named men of this block (the last word of each name)."""
        doc = self.doc
        for token in doc:
            if not is_capitalised(token) or not self.is_named_person(doc, token, names=True):
                continue
            last = token.i + 1
            while last + 1 < len(doc) and doc[last + 1].is_alpha and is_capitalised(doc[last + 1]):
                last += 1
            if last < len(doc) and doc[last].is_alpha and not is_org_word(doc[last], self.language):
                yield doc[last].text


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
    """Verdict from a sentence before: a named man there wins, then earlier pronouns, then a
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
