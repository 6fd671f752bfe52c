"""The ``pronoun`` check type: generic "he/his/him/himself" standing for an unspecified person.

A pronoun is a finding only when its antecedent is generic: a role noun after "each", "every",
"any", "no" ("each beneficiary must present his card"), an indefinite pronoun ("anyone",
"everyone"), or a singular role noun after "a", "an" or "the" ("the applicant … his") — in the
same sentence or, failing that, the sentence before. It is not a finding when the antecedent is
a named man ("Mr Okafor will chair; he …", "Dr Ahmed Daher, director …; he …", "Moussa Hamani
…; he …"), an office-holder ("the Minister … his"), a man by definition ("each father … his"),
in an honorific ("His Excellency", "His Majesty's", "His Royal Highness"), in "he or she" /
"his/her", inside a quotation or a reference list, or where the word belongs to another language
("Nunca he visto …"). Where no antecedent can be found the pronoun is left alone: a reviewer can
trust every finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum
from functools import cache
from typing import TYPE_CHECKING

from pat_lint.analysis.terms import words
from pat_lint.checks import check
from pat_lint.model import Hit

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from pat_lint.analysis import Analysis
    from pat_lint.analysis.terms import Term


@dataclass(frozen=True)
class PronounParams:
    """Which pronouns the rule reports and what counts as a generic antecedent.

    ``categories``: term-list categories holding the pronouns (forms and suggestions).
    ``languages``: block languages the rule runs on (the lists have English pronouns only).
    ``role_nouns``: extra nouns that denote an unspecified person (besides the built-in ones).
    """

    categories: list[str] = field(default_factory=lambda: ["generic-pronoun"])
    languages: list[str] = field(default_factory=lambda: ["en"])
    role_nouns: list[str] = field(default_factory=list)


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


#: Nouns that denote an unspecified person in proposals (singular lemmas).
ROLE_NOUNS = words(
    """beneficiary participant applicant candidate migrant immigrant emigrant returnee refugee
    seeker asylum-seeker worker employee staff member officer official agent inspector guard
    trainee student pupil learner teacher trainer instructor farmer fisher herder pastoralist
    trader vendor entrepreneur owner tenant occupant resident householder citizen national person
    individual user client customer patient victim survivor child youth adolescent minor
    volunteer mentor mentee counsellor counselor caseworker driver traveller traveler passenger
    visitor recipient holder leader manager supervisor coordinator representative delegate
    interviewer interviewee respondent claimant complainant defendant offender suspect smuggler
    trafficker employer recruiter broker relative doctor nurse physician specialist expert
    consultant researcher enumerator facilitator investigator judge prosecutor lawyer soldier
    detainee prisoner inmate deportee evacuee settler labourer laborer artisan apprentice
    graduate jobseeker earner debtor borrower lender contractor supplier buyer seller operator
    technician engineer staffer assistant clerk cashier accountant auditor evaluator
    household-head breadwinner focal reader author writer reviewer donor partner newcomer
    arrival survivor-victim"""
)
#: Offices whose holder is a specific person when written with "the" ("the Minister … his").
OFFICE_HOLDERS = words(
    """minister governor mayor president king queen prince ambassador prefect secretary-general
    director-general chancellor premier commissioner chief emir sultan pope bishop imam sheikh
    deputy vice-minister vice-president"""
)
#: Nouns that are male by definition: "he" is their natural pronoun, not a generic one.
MALE_NOUNS = words(
    """man men boy boys husband husbands father fathers son sons brother brothers uncle uncles
    nephew grandfather gentleman gentlemen male males king prince groom widower monk priest
    sheikh"""
)
MALE_TITLES = words(
    "Mr Mr. Mister Sir Dr Dr. Prof Prof. Professor Lord Sheikh Rev Rev. Hon Hon. Father Brother "
    "King Prince Imam Pastor Bishop Chief Minister Ambassador Governor President Senator Judge "
    "Justice Colonel General Captain Major Mayor Commissioner Director Sultan Emir Monsieur M. "
    "Señor Sr. Don"
)
HONORIFICS = words(
    "excellency excellencies majesty highness holiness eminence grace lordship worship honour "
    "honor beatitude serene royal"
)
STRONG_DETERMINERS = words("each every any no whichever")
INDEFINITE_PRONOUNS = words(
    "anyone anybody everyone everybody someone somebody nobody whoever whomever"
)
WEAK_DETERMINERS = words("a an the this that")
PREDICATIVE = words("as is was be been being becomes became remains remained")
#: Words that end the noun phrase after a determiner.
PHRASE_END = words(
    "must will shall should would can could may might is are was were has have had who that which "
    "whose whom and or but to in on at with for from by"
)
PAIRED = words("she her hers herself")
SPANISH_BEFORE_HE = words(
    "lo la los las le les me te se nos yo nunca ya jamás siempre también tampoco que quien"
)
_PARTICIPLE = re.compile(r"^[a-záéíóúñ]{2,}(ado|ada|ados|adas|ido|ida|idos|idas|ído|ída)$")
_IRREGULAR_PARTICIPLES = words(
    "visto vuelto hecho dicho puesto escrito abierto roto muerto cubierto sido ido dado"
)
PERSON_SUFFIXES = ("er", "or", "ant", "ent", "ee", "ist", "ian", "ary")


@check("pronoun", PronounParams)
def run(analysis: Analysis, params: PronounParams) -> Iterator[Hit]:
    """Generic he/his/him/himself whose antecedent is an unspecified person."""
    from pat_lint.analysis import terms

    references = terms.reference_blocks(analysis)
    roles = ROLE_NOUNS | {noun.lower() for noun in params.role_nouns}
    for index in terms.iter_blocks(analysis, params.languages):
        if index in references:
            continue
        language = analysis.block_languages[index]
        pronouns = _pronoun_terms(language, tuple(params.categories))
        if not pronouns:
            continue
        doc = analysis.doc(index)
        previous = _previous_sentence(analysis, index, language)
        quotes = terms.quoted_spans(analysis.blocks[index].text)
        yield from _block_hits(index, doc, pronouns, previous, quotes, roles, language)


def _block_hits(
    index: int,
    doc: Doc,
    pronouns: dict[str, Term],
    previous: Span | None,
    quotes: list[tuple[int, int]],
    roles: frozenset[str],
    language: str,
) -> Iterator[Hit]:
    """Hits for one block, deciding pronouns in reading order so that chains carry over."""
    from pat_lint.analysis import terms

    verdicts: dict[int, bool] = {}
    for token in doc:
        term = pronouns.get(token.lower_)
        if term is None or not _is_pronoun_use(doc, token, quotes, language):
            continue
        generic = _is_generic(doc, token, verdicts, previous, roles, language)
        verdicts[token.i] = generic
        if generic:
            start, end = terms.char_span(doc, token.i, token.i + 1)
            yield Hit(
                block=index,
                start=start,
                end=end,
                suggestions=term.suggestions,
                args={
                    "term": term.id,
                    "category": term.category,
                    "suggestion": term.suggestions[0],
                },
            )


@cache
def _pronoun_terms(language: str, categories: tuple[str, ...]) -> dict[str, Term]:
    """Pronoun word → its term-list entry (first token of each form: "he'll" → "he")."""
    from pat_lint.analysis import terms
    from pat_lint.analysis.nlp import pipeline

    found: dict[str, Term] = {}
    for term in terms.load_terms(language).by_category(categories):
        for form in term.forms:
            first = pipeline(language).make_doc(form)[0].lower_
            found.setdefault(first, term)
    return found


def _previous_sentence(analysis: Analysis, index: int, language: str) -> Span | None:
    """The last sentence of the previous block, when it is running text in the same language."""
    from pat_lint.model import BlockKind

    if index == 0:
        return None
    before = analysis.blocks[index - 1]
    if before.kind is BlockKind.HEADING or analysis.block_languages[index - 1] != language:
        return None
    if not before.text.strip():
        return None
    sentences = list(analysis.doc(index - 1).sents)
    return sentences[-1] if sentences else None


# --- is this token a pronoun of the author's own English? -----------------------------------


def _is_pronoun_use(doc: Doc, token: Token, quotes: list[tuple[int, int]], language: str) -> bool:
    """False for honorifics, "he or she", quotations, acronyms and words of another language."""
    from pat_lint.analysis import terms

    if len(token.text) > 1 and token.text.isupper() and not _all_caps_text(doc):
        return False  # "HE" (higher education), "HIS" (a system name)
    if terms.in_spans(token.idx, token.idx + len(token.text), quotes):
        return False
    return not (_is_honorific(doc, token) or _is_paired(doc, token) or _is_foreign(doc, token))


def _all_caps_text(doc: Doc) -> bool:
    letters = [ch for ch in doc.text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def _is_honorific(doc: Doc, token: Token) -> bool:
    """ "His Excellency", "His Majesty's", "His Royal Highness", "H.E."."""
    if token.lower_ != "his" or token.i + 1 >= len(doc):
        return False
    following = doc[token.i + 1].lower_
    return following.removesuffix("'s").removesuffix("’s") in HONORIFICS


def _is_paired(doc: Doc, token: Token) -> bool:
    """ "he or she", "his/her", "s/he", "(s)he", "she or he", "him- or herself"."""
    after = [t.lower_ for t in doc[token.i + 1 : token.i + 3]]
    before = [t.lower_ for t in doc[max(0, token.i - 2) : token.i]]
    if after[:1] == ["/"] and after[1:2] and after[1] in PAIRED:
        return True
    if after[:1] == ["or"] and after[1:2] and after[1] in PAIRED | {"hers"}:
        return True
    if len(after) >= 2 and after[0] == "-" and after[1] == "or":
        return True
    if before[-1:] in (["/"], ["or"]) and len(before) == 2 and before[0] in PAIRED | {"s"}:
        return True
    return before[-1:] == [")"] and token.i >= 3 and doc[token.i - 2].lower_ == "s"


def _is_foreign(doc: Doc, token: Token) -> bool:
    """Spanish "he" (from haber): "he visto", "lo he dicho", "nunca he trabajado"."""
    if token.lower_ != "he":
        return False
    following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    previous = doc[token.i - 1].lower_ if token.i > 0 else ""
    if _PARTICIPLE.match(following) or following in _IRREGULAR_PARTICIPLES:
        return True
    return previous in SPANISH_BEFORE_HE


# --- antecedents ----------------------------------------------------------------------------


def _is_generic(
    doc: Doc,
    token: Token,
    verdicts: dict[int, bool],
    previous: Span | None,
    roles: frozenset[str],
    language: str,
) -> bool:
    """Whether the pronoun's antecedent is an unspecified person.

    Names without a title ("Moussa Hamani") are only looked for when the verdict would
    otherwise be generic: they can only spare a pronoun, and recognising them loads a word
    frequency table.
    """
    generic = _decide(doc, token, verdicts, previous, roles, language, names=False)
    if generic:
        generic = _decide(doc, token, verdicts, previous, roles, language, names=True)
    return generic


def _decide(
    doc: Doc,
    token: Token,
    verdicts: dict[int, bool],
    previous: Span | None,
    roles: frozenset[str],
    language: str,
    names: bool,
) -> bool:
    """One pass of :func:`_is_generic`, with or without untitled names."""
    sentence = token.sent
    current = _candidates(doc, sentence.start, token.i, verdicts, roles, language, names)
    decided = _decide_current(current, token.i)
    if decided is not None:
        return decided
    sentences = list(doc.sents)
    position = next(i for i, s in enumerate(sentences) if s.start == sentence.start)
    if position > 0:
        before = sentences[position - 1]
        earlier = _candidates(doc, before.start, before.end, verdicts, roles, language, names)
    elif previous is not None:
        earlier = _candidates(
            previous.doc, previous.start, previous.end, {}, roles, language, names
        )
    else:
        earlier = []
    return bool(_decide_previous(earlier))


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


def _candidates(
    doc: Doc,
    start: int,
    end: int,
    verdicts: dict[int, bool],
    roles: frozenset[str],
    language: str,
    names: bool = True,
) -> list[Candidate]:
    """Possible antecedents among tokens ``[start, end)``, in order."""
    found: list[Candidate] = []
    for i in range(start, end):
        token = doc[i]
        if i in verdicts:
            found.append(Candidate(Kind.FLAGGED if verdicts[i] else Kind.SPARED, i))
            continue
        kind = _candidate_kind(doc, token, start, end, roles, language, names)
        if kind is not None:
            found.append(Candidate(kind, i))
    return found


def _candidate_kind(
    doc: Doc,
    token: Token,
    start: int,
    end: int,
    roles: frozenset[str],
    language: str,
    names: bool = True,
) -> Kind | None:
    """What the phrase starting at ``token`` is as an antecedent, if anything."""
    lower = token.lower_
    if _is_named_person(doc, token, language, names):
        return Kind.NAMED
    if lower == "his" and _is_honorific(doc, token):
        return Kind.NAMED
    if lower in INDEFINITE_PRONOUNS:
        return Kind.STRONG
    if lower in MALE_NOUNS and (token.i == start or doc[token.i - 1].lower_ not in ("and", "or")):
        return Kind.NAMED
    if lower in STRONG_DETERMINERS:
        head = _head_noun(doc, token.i, end, roles, suffixes=True)
        if head is not None:
            return Kind.NAMED if head.lower_ in MALE_NOUNS else Kind.STRONG
    if lower in WEAK_DETERMINERS and not _predicative(doc, token):
        head = _head_noun(doc, token.i, end, roles, suffixes=False)
        if head is not None and _singular(head, language):
            return Kind.NAMED if _is_office(doc, token, head) else Kind.WEAK
    return None


def _head_noun(
    doc: Doc, determiner: int, end: int, roles: frozenset[str], suffixes: bool
) -> Token | None:
    """The role noun a determiner introduces, within the next four words ("each prospective
    worker", "each head of household", "every one of the participants")."""
    from pat_lint.analysis.nlp import lemma

    for i in range(determiner + 1, min(end, determiner + 6)):
        token = doc[i]
        lower = token.lower_
        if token.is_punct or (lower in PHRASE_END and lower not in ("of",)):
            return None
        base = lemma(lower, "en")
        if lower == "head":
            if _household_head(doc, i):
                return token
            continue
        if lower in roles or base in roles or lower in MALE_NOUNS or lower in OFFICE_HOLDERS:
            return token
        person_like = token.is_alpha and lower.endswith(PERSON_SUFFIXES) and len(lower) > 4
        if suffixes and person_like and _ends_phrase(doc, i + 1):
            return token
    return None


def _household_head(doc: Doc, i: int) -> bool:
    """ "head of (the) household/family", "household head": a role; "the head of the delegation"
    is an office held by someone specific."""
    after = [t.lower_ for t in doc[i + 1 : i + 4]]
    if after[:1] == ["of"]:
        rest = after[1:] if after[1:2] != ["the"] else after[2:]
        return rest[:1] in (["household"], ["family"], ["families"], ["households"])
    return i > 0 and doc[i - 1].lower_ in ("household", "family")


def _ends_phrase(doc: Doc, i: int) -> bool:
    """Whether token ``i`` ends a noun phrase (end of text, punctuation, a verb or a relative)."""
    return i >= len(doc) or doc[i].is_punct or doc[i].lower_ in PHRASE_END


def _singular(token: Token, language: str) -> bool:
    from pat_lint.analysis.nlp import lemma

    lower = token.lower_
    return lemma(lower, language) == lower or lower in ("staff", "youth", "police")


def _predicative(doc: Doc, determiner: Token) -> bool:
    """ "as a doctor", "is a lawyer": the phrase describes someone already named."""
    return determiner.i > 0 and doc[determiner.i - 1].lower_ in PREDICATIVE


def _is_office(doc: Doc, determiner: Token, head: Token) -> bool:
    """ "the Minister", "the mayor of Saint-Louis": the holder of an office is a specific person."""
    return determiner.lower_ == "the" and head.lower_ in OFFICE_HOLDERS


def _is_named_person(doc: Doc, token: Token, language: str, names: bool = True) -> bool:
    """A man's name: a title followed by a capitalised name ("Mr Okafor", "Dr Ahmed Daher",
    "Minister Banda"), "H.E.", or a first name and a surname ("Moussa Hamani")."""
    from pat_lint.analysis import terms

    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    title = token.text.title() if token.text.isupper() and len(token.text) > 1 else token.text
    if token.text in ("H.E.", "HE.") or (
        title in MALE_TITLES
        and following is not None
        and terms.is_capitalised(following)
        and following.is_alpha
    ):
        return True
    if (
        names
        and following is not None
        and token.is_alpha
        and following.is_alpha
        and terms.is_capitalised(token)
        and terms.is_capitalised(following)
        and not _after_capitalised_word(doc, token)
        and not terms.is_org_word(token, language)
        and not terms.is_org_word(following, language)
    ):
        return terms.is_name_like(token.text, language) and _surname_like(following.text, language)
    return False


def _after_capitalised_word(doc: Doc, token: Token) -> bool:
    """Whether the word before ``token`` is capitalised (then ``token`` is not a first name)."""
    from pat_lint.analysis import terms

    return token.i > 0 and doc[token.i - 1].is_alpha and terms.is_capitalised(doc[token.i - 1])


def _surname_like(word: str, language: str) -> bool:
    """A capitalised word that may be a surname: name-like, or absent from the word lists."""
    from pat_lint.analysis import terms

    return terms.is_name_like(word, language)
