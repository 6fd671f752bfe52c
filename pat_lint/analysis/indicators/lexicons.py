"""Lexicons: the word lists of ``rules/lexicons/indicators-<lang>.yaml``, loaded once per language.

Each list is a :class:`~pat_lint.analysis.cues.CueSet` (the syntax of every word list: ``word*``,
``*ending``, ``<num>``), asked whether it holds a word (``lower in lex.person``) or turned into a
regex alternation with :func:`~pat_lint.analysis.cues.pattern`. Also :func:`fold`, with which
entries and the words looked up are compared, and the language-independent ``structure`` lists.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

from pat_lint.analysis.cues import CueSet
from pat_lint.analysis.nlp import is_known_form
from pat_lint.datafiles import data_dir, load_yaml
from pat_lint.model import LANGUAGES


def _words(values: Iterable[Any]) -> CueSet:
    """A YAML list as a word list: entries lower-cased, typographic apostrophes made straight,
    matched on the words as written (the classifier looks up singulars itself)."""
    words = set()
    for value in values or ():
        if isinstance(value, bool):  # YAML 1.1 reads a bare on/off/no/yes as a boolean
            raise ValueError(f'lexicon entry {value!r} must be quoted ("on", "no")')
        words.add(fold(str(value)))
    return CueSet.of(words, lemmas=False)


def _alternatives(values: Iterable[Any] | None, before: str = "") -> re.Pattern[str] | None:
    """A lexicon list of regular expressions as one pattern (ignoring case), ``before`` put in
    front of it, or None."""
    entries = [str(v) for v in values or ()]
    if not entries:
        return None
    return re.compile(before + "(?:" + "|".join(f"(?:{e})" for e in entries) + ")", re.IGNORECASE)


def _phrases(values: Iterable[Any] | None) -> tuple[tuple[str, ...], ...]:
    """A YAML list of phrases, each as its lower-case words ("at risk" → ("at", "risk")), an
    elided word apart as the tokens have it ("qui s'identifient" → ("qui", "s'",
    "identifient"))."""
    return tuple(tuple(re.findall(r"\w+'(?=\w)|\S+", fold(str(phrase)))) for phrase in values or ())


def fold(text: str) -> str:
    """Lower case with straight apostrophes and single spaces, for lexicon comparisons."""
    return " ".join(text.replace("’", "'").lower().split())


@dataclass(frozen=True)
class Lexicon:
    """One language's word lists (see ``rules/lexicons/indicators-en.yaml`` for each key)."""

    language: str
    person: CueSet
    non_person: CueSet
    transparent: CueSet
    person_measures: CueSet
    links: CueSet
    population_links: CueSet
    purpose_links: CueSet
    amount_units: CueSet
    amount_phrases: tuple[tuple[str, ...], ...]
    extent_leads: tuple[tuple[str, ...], ...]
    age_units: CueSet
    duration_words: CueSet
    job_units: CueSet
    elided_links: CueSet
    omitted_links: tuple[str, ...]
    distribution_heads: CueSet
    one_sex_states: CueSet
    measured_attributes: CueSet
    share_leads: CueSet
    figure_leads: CueSet
    sex_adjectives: CueSet
    clause_heads: CueSet
    one_sex_services: CueSet
    numbered_names: CueSet
    one_sex_service_clients: CueSet
    one_sex_service_receipts: CueSet
    one_sex_service_nouns: CueSet
    skip: CueSet
    articles: CueSet
    boundaries: CueSet
    verbs: CueSet
    ed_ing_nouns: CueSet
    participles: CueSet
    nominal_participles: CueSet
    clause_participles: CueSet
    relatives: CueSet
    person_verbs: CueSet
    female: CueSet
    unsexed_phrases: CueSet
    male: CueSet
    conjunctions: CueSet
    disjunctions: CueSet
    person_units: CueSet
    feminine_endings: tuple[tuple[str, str], ...]
    participle_endings: dict[str, tuple[str, ...]]
    epicene: CueSet
    agreeing_sex_words: CueSet
    data_words: CueSet
    topic_words: CueSet
    structure: dict[str, Any]
    disaggregation: dict[str, Any]
    person_groups: CueSet  # the breakdown words of disability and ethnicity, as a group's name
    suggestions: dict[str, str]
    acronyms: dict[str, list[str]]
    frame: dict[str, Any]
    per_words: CueSet
    bare_per_words: CueSet
    action_verbs: CueSet
    recipient_links: CueSet
    recipient_care: CueSet
    use_words: CueSet
    personal_uses: CueSet
    agent_links: CueSet
    money_words: CueSet
    scale_words: CueSet
    number_words: CueSet
    adjectives: CueSet
    male_when_paired: CueSet
    statement: dict[str, Any]

    person_patterns: tuple[str, ...]
    cased_persons: frozenset[str]
    profession_endings: tuple[str, ...]
    coverage_words: CueSet
    case_words: CueSet
    money_measures: CueSet
    person_attribute_breakdowns: re.Pattern[str] | None
    dwelling_units: CueSet
    thing_measures: re.Pattern[str] | None
    proceeding_words: CueSet
    offences: CueSet
    service_rates: CueSet
    comparison_heads: CueSet
    balance_heads: CueSet
    comparison_links: CueSet
    participations: CueSet
    one_sex_conditions: CueSet
    one_sex_offences: CueSet
    second_counts: CueSet
    totals: CueSet
    respondent_leads: tuple[tuple[str, ...], ...]
    respondent_copulas: CueSet
    respondent_verbs: CueSet
    one_sex_answers: CueSet
    respondent_forms: CueSet
    object_leads: CueSet
    personal_agents: CueSet
    given_leads: CueSet
    role_links: CueSet
    care_status: tuple[tuple[str, ...], ...]
    time_spans: re.Pattern[str] | None
    case_outcomes: re.Pattern[str] | None
    person_placeholders: re.Pattern[str] | None
    placeholder_persons: str
    age_standardised: re.Pattern[str] | None
    event_ages: re.Pattern[str] | None
    victim_measures: CueSet
    prevalence_links: CueSet
    amount_heads: CueSet
    capita_leads: re.Pattern[str] | None
    test_scores: re.Pattern[str] | None
    ing_adjectives: CueSet
    person_statistics: re.Pattern[str] | None
    sexes_together: re.Pattern[str] | None
    respondent_marks: re.Pattern[str] | None
    self_reports: re.Pattern[str] | None
    ages_alone: re.Pattern[str] | None
    age_leads: re.Pattern[str] | None
    grade_words: CueSet
    status_leads: CueSet
    services: CueSet
    service_steps: CueSet
    personal_steps: CueSet
    undertakings: CueSet
    headcounts: CueSet
    age_words: CueSet
    conditions: CueSet
    flow_words: CueSet
    person_outcomes: CueSet
    practices: CueSet
    performed: CueSet
    household_money: CueSet
    household_conditions: CueSet
    restrictors: CueSet
    open_compounds: CueSet
    founding_verbs: CueSet
    plan_participles: CueSet
    illness_words: CueSet
    suffered_violence: CueSet
    report_words: CueSet
    share_units: CueSet
    doublet_endings: CueSet
    body_measures: tuple[str, ...]
    bounds: tuple[tuple[str, ...], ...]
    answers: frozenset[str]
    question_leads: tuple[tuple[str, ...], ...]
    count_questions: tuple[tuple[re.Pattern[str], str], ...]
    qualifier_links: CueSet
    owner_links: CueSet
    range_links: CueSet
    plural_links: CueSet
    sex_labels: CueSet
    feminine_determiners: CueSet
    common_gender: CueSet
    modifier_phrases: tuple[tuple[str, ...], ...]
    collectives: CueSet
    identity_clauses: tuple[tuple[str, ...], ...]
    identity_adverbs: CueSet
    holder_clauses: tuple[tuple[str, ...], ...]
    filled_words: CueSet
    positions: CueSet

    @cached_property
    def sex_words(self) -> CueSet:
        return self.female | self.male

    @cached_property
    def profession_ending(self) -> re.Pattern[str]:
        """The ending of a word that names persons by their profession, in lower case
        (``profession_endings``: "-ologists", "-thérapeutes", "-ólogos")."""
        endings = "|".join(re.escape(e) for e in self.profession_endings)
        return re.compile(rf"[^\W\d_]{{3,}}(?:{endings})$" if endings else "(?!)")

    @cached_property
    def person_pattern(self) -> re.Pattern[str]:
        """A word that names persons by its shape, as written (``person_patterns``)."""
        return re.compile("|".join(f"(?:{p})" for p in self.person_patterns) or "(?!)")

    def unaccented(self, name: str) -> frozenset[str]:
        """A list's entries with their accents taken off ("población" → "poblacion")."""
        return _unaccented_entries(self.language, name)

    def is_answer(self, text: str) -> bool:
        """Whether ``text`` gives the answers of a yes/no indicator ("yes/no", "Oui / Non")."""
        return _answer_key(text) in self.answers

    def known(self, word: str) -> bool:
        """Whether ``word`` (a lower-case form) is a noun of any list."""
        return (
            word in self.person
            or word in self.non_person
            or word in self.transparent
            or word in self.person_measures
        )


@cache
def lexicon(language: str) -> Lexicon:
    """The lexicon of ``language`` (en, fr or es; anything else falls back to English)."""
    language = language if language in LANGUAGES else "en"
    data = load_yaml(data_dir("rules") / "lexicons" / f"indicators-{language}.yaml") or {}
    cues = data.get("person_cues") or {}
    return Lexicon(
        language=language,
        person=_words(data.get("person")),
        non_person=_words(data.get("non_person")),
        transparent=_words(data.get("transparent")),
        person_measures=_words(data.get("person_measures")),
        links=_words(data.get("links")),
        population_links=_words(data.get("population_links")),
        purpose_links=_words(data.get("purpose_links")),
        amount_units=_words(data.get("amount_units")),
        amount_phrases=_phrases(data.get("amount_phrases")),
        extent_leads=_phrases(data.get("extent_leads")),
        age_units=_words(data.get("age_units")),
        duration_words=_words(data.get("duration_words")),
        job_units=_words(data.get("job_units")),
        elided_links=_words(data.get("elided_links")),
        omitted_links=tuple(str(w) for w in data.get("omitted_links") or ()),
        distribution_heads=_words(data.get("distribution_heads")),
        one_sex_states=_words(data.get("one_sex_states")),
        measured_attributes=_words(data.get("measured_attributes")),
        share_leads=_words(data.get("share_leads")),
        figure_leads=_words(data.get("figure_leads")),
        sex_adjectives=_words(data.get("sex_adjectives")),
        clause_heads=_words(data.get("clause_heads")),
        one_sex_services=_words(data.get("one_sex_services")),
        numbered_names=_words(data.get("numbered_names")),
        one_sex_service_clients=_words(data.get("one_sex_service_clients")),
        one_sex_service_receipts=_words(data.get("one_sex_service_receipts")),
        one_sex_service_nouns=_words(data.get("one_sex_service_nouns")),
        skip=_words(data.get("skip")),
        articles=_words(data.get("articles")),
        boundaries=_words(data.get("boundaries")),
        verbs=_words(data.get("verbs")),
        ed_ing_nouns=_words(data.get("ed_ing_nouns")),
        participles=_words(data.get("participles")),
        nominal_participles=_words(data.get("nominal_participles")),
        clause_participles=_words(data.get("clause_participles")),
        relatives=_words(cues.get("relatives")),
        person_verbs=_words(cues.get("verbs")),
        female=_words(data.get("female")),
        unsexed_phrases=_words(data.get("unsexed_phrases")),
        male=_words(data.get("male")),
        conjunctions=_words(data.get("conjunctions")),
        disjunctions=_words(data.get("disjunctions")),
        person_units=_words(data.get("person_units")),
        feminine_endings=tuple((str(a), str(b)) for a, b in data.get("feminine_endings") or ()),
        participle_endings={
            str(k): tuple(str(e) for e in v)
            for k, v in (data.get("participle_endings") or {}).items()
        },
        epicene=_words(data.get("epicene")),
        agreeing_sex_words=_words(data.get("agreeing_sex_words")),
        data_words=_words(data.get("data_words")),
        topic_words=_words(data.get("topic_words")),
        structure=data.get("structure") or {},
        disaggregation=data.get("disaggregation") or {},
        person_groups=_words(
            word
            for name in ("disability", "ethnicity")
            for word in ((data.get("disaggregation") or {}).get("dimensions") or {}).get(name, ())
        ),
        suggestions={str(k): str(v) for k, v in (data.get("suggestions") or {}).items()},
        acronyms={str(k): list(v) for k, v in (data.get("acronyms") or {}).items()},
        frame=data.get("frame") or {},
        per_words=_words(data.get("per_words")),
        bare_per_words=_words(data.get("bare_per_words")),
        action_verbs=_words(data.get("action_verbs")),
        recipient_links=_words(data.get("recipient_links")),
        recipient_care=_words(data.get("recipient_care")),
        use_words=_words(data.get("use_words")),
        personal_uses=_words(data.get("personal_uses")),
        agent_links=_words(data.get("agent_links")),
        money_words=_words(data.get("money_words")),
        scale_words=_words(data.get("scale_words")),
        number_words=_words(data.get("number_words")),
        adjectives=_words(data.get("adjectives")),
        male_when_paired=_words(data.get("male_when_paired")),
        statement=data.get("statement") or {},
        person_patterns=tuple(str(p) for p in data.get("person_patterns") or ()),
        cased_persons=frozenset(str(w) for w in data.get("cased_persons") or ()),
        profession_endings=tuple(str(e).lower() for e in data.get("profession_endings") or ()),
        coverage_words=_words(data.get("coverage_words")),
        case_words=_words(data.get("case_words")),
        money_measures=_words(data.get("money_measures")),
        person_attribute_breakdowns=_alternatives(data.get("person_attribute_breakdowns")),
        dwelling_units=_words(data.get("dwelling_units")),
        thing_measures=_alternatives(
            [rf"\b{re.escape(str(entry))}\b" for entry in data.get("thing_measures") or ()]
        ),
        proceeding_words=_words(data.get("proceeding_words")),
        offences=_words(data.get("offences")),
        service_rates=_words(data.get("service_rates")),
        comparison_heads=_words(data.get("comparison_heads")),
        balance_heads=_words(data.get("balance_heads")),
        comparison_links=_words(data.get("comparison_links")),
        participations=_words(data.get("participations")),
        one_sex_conditions=_words(data.get("one_sex_conditions")),
        one_sex_offences=_words(data.get("one_sex_offences")),
        second_counts=_words(data.get("second_counts")),
        totals=_words(data.get("totals")),
        respondent_leads=_phrases(data.get("respondent_leads")),
        respondent_copulas=_words(data.get("respondent_copulas")),
        respondent_forms=_words(data.get("respondent_forms")),
        respondent_verbs=_words(data.get("respondent_verbs")),
        one_sex_answers=_words(data.get("one_sex_answers")),
        object_leads=_words(data.get("object_leads")),
        personal_agents=_words(data.get("personal_agents")),
        given_leads=_words(data.get("given_leads")),
        role_links=_words(data.get("role_links")),
        # longest first: "started on" before "on"
        care_status=tuple(sorted(_phrases(data.get("care_status")), key=len, reverse=True)),
        time_spans=_alternatives(data.get("time_spans"), before=r"\s*"),  # with its space
        case_outcomes=_alternatives(data.get("case_outcomes")),
        person_placeholders=_alternatives((data.get("placeholders") or {}).get("persons")),
        placeholder_persons=str((data.get("placeholders") or {}).get("read_as") or ""),
        age_standardised=_alternatives(data.get("age_standardised")),
        event_ages=_alternatives(data.get("event_ages")),
        victim_measures=_words(data.get("victim_measures")),
        prevalence_links=_words(data.get("prevalence_links")),
        amount_heads=_words(data.get("amount_heads")),
        capita_leads=_alternatives(data.get("capita_leads")),
        test_scores=_alternatives(data.get("test_scores")),
        ing_adjectives=_words(data.get("ing_adjectives")),
        person_statistics=_alternatives(data.get("person_statistics")),
        sexes_together=_alternatives(data.get("sexes_together")),
        respondent_marks=_alternatives(data.get("respondent_marks")),
        self_reports=_alternatives(data.get("self_reports")),
        ages_alone=_alternatives(data.get("ages_alone")),
        age_leads=_alternatives(data.get("age_leads")),
        grade_words=_words(data.get("grade_words")),
        status_leads=_words(data.get("status_leads")),
        services=_words(data.get("services")),
        service_steps=_words(data.get("service_steps")),
        personal_steps=_words(data.get("personal_steps")),
        undertakings=_words(data.get("undertakings")),
        headcounts=_words(data.get("headcounts")),
        age_words=_words(data.get("age_words")),
        conditions=_words(data.get("conditions")),
        flow_words=_words(data.get("flow_words")),
        person_outcomes=_words(data.get("person_outcomes")),
        practices=_words(data.get("practices")),
        performed=_words(data.get("performed")),
        household_money=_words(data.get("household_money")),
        household_conditions=_words(data.get("household_conditions")),
        restrictors=_words(data.get("restrictors")),
        open_compounds=_words(data.get("open_compounds")),
        founding_verbs=_words(data.get("founding_verbs")),
        plan_participles=_words(data.get("plan_participles")),
        illness_words=_words(data.get("illness_words")),
        suffered_violence=_words(data.get("suffered_violence")),
        report_words=_words(data.get("report_words")),
        share_units=_words(data.get("share_units")),
        doublet_endings=_words(data.get("doublet_endings")),
        body_measures=tuple(data.get("body_measures") or ()),
        bounds=_phrases(data.get("bounds")),
        feminine_determiners=_words(data.get("feminine_determiners")),
        common_gender=_words(data.get("common_gender")),
        collectives=_words(data.get("collectives")),
        identity_clauses=_phrases(cues.get("identity_clauses")),
        identity_adverbs=_words(cues.get("identity_adverbs")),
        holder_clauses=_phrases(cues.get("holder_clauses")),
        filled_words=_words(cues.get("filled_words")),
        positions=_words(cues.get("positions")),
        modifier_phrases=_phrases(data.get("modifier_phrases")),
        answers=frozenset(_answer_key(str(a)) for a in data.get("answers") or ()),
        question_leads=_phrases(data.get("question_leads")),
        count_questions=tuple(
            (_question_lead(str(lead)), str(count))
            for lead, count in (data.get("count_questions") or {}).items()
        ),
        qualifier_links=_words(data.get("qualifier_links")),
        owner_links=_words(data.get("owner_links")),
        range_links=_words(data.get("range_links")),
        plural_links=_words(data.get("plural_links")),
        sex_labels=_words(data.get("sex_labels")),
    )


def _question_lead(lead: str) -> re.Pattern[str]:
    """A question's first words at a title's start, after an opening "¿", whole words only
    unless they end with an elided article ("combien d'")."""
    end = "" if lead.endswith(("'", "’")) else r"(?![\w'’])"
    return re.compile(rf"^\s*¿?\s*{re.escape(lead)}{end}\s*", re.IGNORECASE)


@cache
def _unaccented_entries(language: str, name: str) -> frozenset[str]:
    """A list's entries without accents, and with "n" for "ñ" too, as systems that take ASCII
    only write them ("NINOS Y NINAS", "ninas y ninos")."""
    bare = {unaccented(entry) for entry in getattr(lexicon(language), name)}
    return frozenset(bare | {entry.replace("ñ", "n") for entry in bare})


@cache
def _accented_words(language: str) -> dict[str, str]:
    """Every accented word of ``language``'s lexicon by its bare form ("garcons" → "garçons",
    "ninas" → "niñas"), where the bare form is no word of the lexicon itself, stands for one
    accented word only ("age" could be "âge" or "âgé": left alone) and has three letters or
    more (the pieces of the lists' patterns, "ée", are no words)."""
    data = load_yaml(data_dir("rules") / "lexicons" / f"indicators-{language}.yaml") or {}
    words: set[str] = set()
    pending: list[Any] = [data]
    while pending:
        value = pending.pop()
        if isinstance(value, dict):
            pending += [*value.keys(), *value.values()]
        elif isinstance(value, list):
            pending += value
        elif isinstance(value, str):
            words.update(_LEXICON_WORD.findall(value.lower()))
    found: dict[str, set[str]] = {}
    for word in words:
        bare = unaccented(word).replace("ñ", "n")
        if bare != word:
            found.setdefault(bare, set()).add(word)
    return {
        bare: next(iter(forms))
        for bare, forms in found.items()
        if len(forms) == 1 and bare not in words and len(bare) > 2
    }


_LEXICON_WORD = re.compile(r"[^\W\d_]+")


def with_accents(text: str, language: str) -> str:
    """A French or Spanish title with the accents of the words its lexicon knows put back,
    each word's case kept, the text's length unchanged: every such word of a title typed
    without any accent ("Ninas y ninos vacunados", "filles/garcons", "paridad de genero"), only
    words the language does not know as written in a title that has accents elsewhere
    ("Esperance de vie à la naissance"; "esta", "anos" stay), and a word typed with only some of
    its accents, as French capitals are ("Elèves" is "Élèves")."""
    typed_without = not any(c.isalpha() and not c.isascii() for c in text)

    def restore(match: re.Match[str]) -> str:
        word = match.group()
        bare = word if word.isascii() else unaccented(word).replace("ñ", "n")
        accented = _accented_words(language).get(bare.lower())
        if accented is None or len(accented) != len(word):
            return word
        if not typed_without and is_known_form(word, language):
            return word
        if word.isupper():
            if any(c.islower() for c in text):
                return word  # "(DIA)" in a title in lower case: an acronym, not "DÍA"
            return accented.upper()
        return accented[0].upper() + accented[1:] if word[0].isupper() else accented

    return _LEXICON_WORD.sub(restore, text)


def _answer_key(text: str) -> str:
    """``answers`` compared in lower case without spaces ("Yes / No" is "yes/no")."""
    return "".join(text.lower().split())


def unaccented(text: str) -> str:
    """``text`` without its accents and cedillas ("población" → "poblacion", "ñ" kept)."""
    decomposed = unicodedata.normalize("NFD", text.replace("ñ", "\0"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare).replace("\0", "ñ")


@cache
def every_language(key: str) -> CueSet:
    """A lexicon list of every language together ("services": antigens are written alike;
    "data_words": a breakdown's topic may be quoted in another language)."""
    first, *others = (getattr(lexicon(language), key) for language in LANGUAGES)
    for other in others:
        first = first | other
    return first


@cache
def structure_words(key: str) -> CueSet:
    """A ``structure`` list of every language together (labels are read in any language)."""
    return _words(
        word for language in LANGUAGES for word in lexicon(language).structure.get(key) or ()
    )
