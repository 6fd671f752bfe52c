"""The five criteria, each read from its part of the proposal (see :func:`.reading.layout`):
gender analysis, responsive activities, indicators by sex, gender equality as the principal
objective, and an adequate gender section; how each outcome is counted and quoted."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pat_lint.analysis.marker.reading import (
    Layout,
    MarkerSettings,
    cues,
    enumerated_items,
    is_sex_differentiated,
    is_tailored,
    sentences,
    sex_term,
)
from pat_lint.model import Block, BlockKind, Criterion, GenderSectionResult

if TYPE_CHECKING:
    from pat_lint.analysis import Analysis

#: Example statements kept per criterion for the reports.
MAX_EVIDENCE = 4
#: Criterion statuses, from best to worst.
MET, PARTLY, NOT_MET = "met", "partly", "not met"


@dataclass
class Statements:
    """Statements found for a criterion, counted per section title for the reasons."""

    count: int = 0
    where: dict[str, int] = field(default_factory=dict)
    examples: list[str] = field(default_factory=list)

    def add(self, section: str | None, sentence: str) -> None:
        self.count += 1
        key = section or "(no heading)"
        self.where[key] = self.where.get(key, 0) + 1
        if len(self.examples) < 3:
            self.examples.append(shorten(sentence))

    def places(self) -> str:
        return "; ".join(f"{n} in {quote(title)}" for title, n in self.where.items())


def quote(text: str | None) -> str:
    """A heading or statement quoted for a reason: “4. Gender analysis”."""
    return f"“{text}”"


def shorten(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def count_status(count: int, needed: int, outside: int, params: MarkerSettings) -> str:
    """Met with ``needed`` statements (one of them outside the gender section, when the params
    ask for it); partly with fewer, or with all of them inside the gender section."""
    if count >= needed and (outside or not params.require_outside_gender_section):
        return MET
    return PARTLY if count else NOT_MET


def _blocks(analysis: Analysis, lay: Layout, wanted: Iterable[int]) -> Iterator[tuple[int, Block]]:
    """Blocks of ``wanted`` that a criterion may read: not indicators, not skipped parts."""
    for index in wanted:
        if index in lay.indicator_blocks or "skip" in lay.roles[index]:
            continue
        block = analysis.blocks[index]
        if block.kind is not BlockKind.HEADING:
            yield index, block


def analysis_criterion(analysis: Analysis, params: MarkerSettings, lay: Layout) -> Criterion:
    """Gender analysed in the rationale / needs assessment (and the gender section)."""
    language = analysis.language
    needs = [i for i, roles in enumerate(lay.roles) if "needs" in roles]
    if not needs:  # no heading names the rationale: read what comes before the plan
        first_plan = next(
            (i for i, r in enumerate(lay.roles) if r & {"activities", "objectives"}),
            len(lay.roles),
        )
        needs = list(range(first_plan))
    outside, inside = Statements(), Statements()
    wanted = sorted(set(needs) | lay.gender_blocks)
    for index, _block in _blocks(analysis, lay, wanted):
        found = inside if index in lay.gender_blocks else outside
        for sentence in sentences(analysis, index):
            if is_sex_differentiated(sentence, params, language):
                found.add(analysis.section_titles[index], sentence)
    total = outside.count + inside.count
    outcome = count_status(total, params.analysis_min, outside.count, params)
    if total == 0:
        detail = "no sex-differentiated facts in the rationale or needs assessment"
    else:
        parts = [f"{total} sex-differentiated statement{'s' * (total != 1)}"]
        parts.append(f"({(outside.places() + '; ' + inside.places()).strip('; ')})")
        if outside.count == 0 and params.require_outside_gender_section:
            parts.append("— only in the gender section, none in the rationale or needs assessment")
        detail = " ".join(parts)
    return Criterion(
        "analysis",
        "gender analysis in the rationale / needs assessment",
        outcome,
        detail,
        tuple((outside.examples + inside.examples)[:MAX_EVIDENCE]),
    )


def activities_criterion(analysis: Analysis, params: MarkerSettings, lay: Layout) -> Criterion:
    """Activities that respond: naming women/men/girls/boys or tailored by sex or age."""
    language = analysis.language
    found = Statements()
    measures = Statements()
    measure_cues = cues(params, "measure_cues", language)
    for index, block in _blocks(analysis, lay, range(len(analysis.blocks))):
        in_gender = index in lay.gender_blocks
        if not in_gender and "activities" not in lay.roles[index]:
            continue
        introduced = block.kind is BlockKind.LIST_ITEM or bool(
            measure_cues.first(_lead(block), language)
        )
        for sentence in sentences(analysis, index):
            items = enumerated_items(sentence)
            listed = len(items) > 1  # "En respuesta, el programa: exigirá …; construirá …"
            for item in items:
                if not is_tailored(item, params, language):
                    continue
                if not in_gender:
                    found.add(analysis.section_titles[index], item)
                elif introduced or listed or measure_cues.first(sentence, language):
                    measures.add(analysis.section_titles[index], item)
    total = found.count + measures.count
    outcome = count_status(total, params.activities_min, found.count, params)
    if total == 0:
        detail = "no activity names women, men, girls or boys or is tailored by sex or age"
    else:
        verbs = ("names", "is") if total == 1 else ("name", "are")
        detail = (
            f"{total} activit{'ies' if total != 1 else 'y'} {verbs[0]} women, men, girls "
            f"or boys or {verbs[1]} tailored by sex or age "
            f"({(found.places() + '; ' + measures.places()).strip('; ')})"
        )
        if found.count == 0 and params.require_outside_gender_section:
            detail += " — only as measures in the gender section, not in the activity plan"
    return Criterion(
        "activities",
        "activities that respond to gender differences",
        outcome,
        detail,
        tuple((found.examples + measures.examples)[:MAX_EVIDENCE]),
    )


def _lead(block: Block) -> str:
    """The lead-in of a block that introduces a list: "Measures:", "The project will:"."""
    head, colon, _ = block.text[:100].partition(":")
    return head if colon else ""


def indicators_criterion(analysis: Analysis, params: MarkerSettings) -> Criterion:
    """People-counting indicators disaggregated by sex: met when their share reaches the
    threshold, or when some are and the proposal also has a gender-specific indicator (women
    entrepreneurs, gender-based violence) or states that all its data will be broken down by
    sex (the IASC marker's sex-disaggregated data plus a gender result)."""
    label = "people-counting indicators disaggregated by sex"
    indicators = analysis.indicators
    people = [item for item in indicators if item.people]
    by_sex = [item for item in people if "sex" in item.disaggregated_by]
    if not indicators:
        return Criterion("indicators", label, NOT_MET, "no indicators found")
    if not people:
        return Criterion(
            "indicators", label, NOT_MET, f"none of the {len(indicators)} indicators counts people"
        )
    share = len(by_sex) / len(people)
    outcome = MET if share >= params.indicator_share else PARTLY if by_sex else NOT_MET
    detail = f"{len(by_sex)} of {len(people)} ({share:.0%})"
    if outcome == PARTLY:
        support = _gender_results(analysis, params)
        if support:
            outcome = MET
            detail += f"; with {support}"
    if outcome != MET:
        detail += f"; {params.indicator_share:.0%} needed"
    flagged = tuple(shorten(i.text) for i in people if i not in by_sex)
    return Criterion(
        "indicators", label, outcome, detail, flagged[:MAX_EVIDENCE], "not disaggregated by sex"
    )


def _gender_results(analysis: Analysis, params: MarkerSettings) -> str:
    """What else shows that the results are monitored by gender: a gender-specific indicator
    or a statement that all data will be disaggregated by sex ("" when neither)."""
    language = analysis.language
    specific = [
        indicator
        for indicator in analysis.indicators
        if cues(params, "gender_terms", language).first(indicator.text, language)
        or cues(params, "female_terms", language).first(indicator.text, language)
    ]
    if specific:
        return f"a gender-specific indicator: {quote(shorten(specific[0].text))}"
    statement = analysis.disaggregation_statement
    if statement is not None and "sex" in statement.disaggregated_by:
        return f"a statement that all data will be disaggregated by sex: {quote(statement.text)}"
    return ""


def principal_criterion(analysis: Analysis, params: MarkerSettings, lay: Layout) -> Criterion:
    """Gender equality / women's empowerment as the principal objective."""
    language = analysis.language
    principal = cues(params, "principal_cues", language)
    statements = objective_statements(analysis, params, lay)
    label = "gender equality as the principal objective"
    if lay.title is not None and principal.first(analysis.blocks[lay.title].text, language):
        title = analysis.blocks[lay.title].text
        return Criterion("principal", label, MET, f"the title: {quote(shorten(title))}", (title,))
    if statements and principal.first(statements[0], language):
        return Criterion(
            "principal",
            label,
            MET,
            f"the main objective: {quote(shorten(statements[0]))}",
            (statements[0],),
        )
    targeted = _targets_one_sex(statements[0] if statements else "", params, language)
    if targeted:
        return Criterion(
            "principal",
            label,
            MET,
            f"the main objective targets {targeted} (a targeted action): "
            f"{quote(shorten(statements[0]))}",
            (statements[0],),
        )
    gendered = [s for s in statements if principal.first(s, language)]
    if gendered and len(gendered) * 2 >= len(statements):
        return Criterion(
            "principal",
            label,
            MET,
            f"{len(gendered)} of {len(statements)} objectives and outcomes",
            tuple(shorten(s) for s in gendered[:3]),
        )
    if gendered:
        return Criterion(
            "principal",
            label,
            PARTLY,
            f"a gender equality objective among others (significant, not "
            f"principal): {quote(shorten(gendered[0]))}",
            (gendered[0],),
        )
    if not statements:
        return Criterion("principal", label, NOT_MET, "no objective or outcome statement found")
    return Criterion(
        "principal",
        label,
        NOT_MET,
        "no objective or outcome aims at gender equality or women's empowerment",
    )


def _targets_one_sex(statement: str, params: MarkerSettings, language: str) -> str:
    """Whether the main objective is about women or girls (or men or boys) only ("that rural
    women live free of violence", "accroître l'accès des femmes entrepreneures …"): the IOM
    marker's 2b for a project that targets one group because of a gender analysis. The group
    must be named by a ``target_terms`` word as such (not a place, "Madre de Dios"), and the
    objective name no other sex. Returns the word found, or ""."""
    found = sex_term(statement, params, language)
    if not found or not cues(params, "target_terms", language).first(found, language):
        return ""
    female = cues(params, "female_terms", language).first(statement, language)
    male = cues(params, "male_terms", language).first(statement, language)
    return found if bool(female) != bool(male) else ""


def objective_statements(analysis: Analysis, params: MarkerSettings, lay: Layout) -> list[str]:
    """Objective and outcome statements, main (overall) objective first."""
    language = analysis.language
    labels = cues(params, "objective_labels", language)
    found: list[str] = []
    for index, block in _blocks(analysis, lay, range(len(analysis.blocks))):
        if index in lay.gender_blocks:
            continue
        labelled = any(start == 0 for start, _ in labels.find(block.text, language))
        if labelled or "objectives" in lay.roles[index]:
            found.extend(sentences(analysis, index)[:1] if not labelled else [block.text])
    return found


def gender_section_criterion(gender: GenderSectionResult | None) -> Criterion:
    """An adequate gender section: without one the code is at most 1."""
    label = "adequate gender section"
    if gender is None:
        return Criterion("gender_section", label, NOT_MET, "the gender section was not analysed")
    if not gender.found:
        return Criterion("gender_section", label, NOT_MET, "no gender section")
    heading = gender.heading
    if not gender.adequate:
        return Criterion(
            "gender_section", label, PARTLY, f"{quote(heading)} is there but is not adequate"
        )
    return Criterion("gender_section", label, MET, f"{quote(heading)} ({gender.words} words)")
