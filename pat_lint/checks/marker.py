"""The ``marker`` check type: an indicative gender-marker verdict for the whole proposal.

Modelled on the IOM Gender Marker (0 / 1 / 2a / 2b), itself derived from the IASC marker, with
the OECD DAC gender equality policy marker (0 / 1 / 2) shown alongside. Five criteria are read
from the text and from what the other checks found:

=================  =====================================================================
analysis           sex-differentiated facts in the rationale / needs assessment (and the
                   gender section): women and men named with a number, a comparison or a
                   named barrier, or a gender term such as "gender-based violence"
activities         activities that name women, men, girls or boys or are tailored by sex or
                   age, in the activity sections, an activities column, or as measures in
                   the gender section
indicators         the share of people-counting indicators disaggregated by sex
principal          gender equality / women's empowerment as the main objective (title or
                   overall objective); one gender objective among others is "significant"
gender section     an adequate gender section (from the gender-section analysis)
=================  =====================================================================

Codes: **0** no criterion shows any gender consideration (gender-blind); **1** some do;
**2a** analysis, activities and indicators are all met *and* the gender section is adequate;
**2b** as 2a, and gender equality is the principal objective. Without an adequate gender
section the code is at most 1. Cue words, heading words and thresholds are rule params (per
language) in ``rules/gm.yaml``.

The verdict is computed once per document and left in ``analysis.facts["marker"]``; every
``marker`` rule of the run reuses it and fires when the code is in its ``fire_on`` list. The
marker runs after the other checks (``engine.LATE_CHECKS``) and takes the gender section and
the indicators from ``analysis.facts``; when those rules are not enabled it computes them
through the same analysis functions they use.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from functools import cache
from typing import Any

from pat_lint.analysis import Analysis
from pat_lint.analysis.language import SUPPORTED
from pat_lint.checks import ParamError, check
from pat_lint.model import Block, BlockKind, Hit

SCHEME = "IOM Gender Marker (indicative)"
CODES = ("0", "1", "2a", "2b")
NOTE = (
    "Indicative: computed from the text by pat-lint as a review aid. The gender focal point "
    "reviewing the proposal decides the marker."
)
#: Example statements kept per criterion for the reports.
MAX_EVIDENCE = 4
#: Criterion statuses, from best to worst.
MET, PARTLY, NOT_MET = "met", "partly", "not met"

#: Cue-list params: language → list of words or phrases (matched whole-word, case-insensitive).
CUE_PARAMS = (
    "female_terms",
    "male_terms",
    "gender_terms",
    "not_sex_terms",
    "difference_cues",
    "tailored_cues",
    "measure_cues",
    "principal_cues",
    "objective_labels",
    "needs_headings",
    "activity_headings",
    "objective_headings",
    "skip_headings",
)


def _cues() -> dict[str, list[str]]:
    return {}


@dataclass(frozen=True)
class MarkerParams:
    """Params of a ``marker`` rule (see ``rules/gm.yaml`` for what each list holds).

    ``fire_on``: the codes on which the rule yields a finding. ``min_words``: below this many
    words the text is too short to be coded and no verdict is given. ``analysis_min`` /
    ``activities_min``: statements needed for the criterion to be met (one is "partly");
    ``require_outside_gender_section``: one of them must be outside the gender section (gender
    confined to its own section is not mainstreamed), else the criterion is only "partly".
    ``indicator_share``: share of people-counting indicators disaggregated by sex needed for
    the indicator criterion to be met. ``dac``: IOM code → OECD DAC code.
    """

    fire_on: list[str] = field(default_factory=lambda: list(CODES))
    min_words: int = 80
    analysis_min: int = 2
    activities_min: int = 2
    indicator_share: float = 0.5
    require_outside_gender_section: bool = True
    dac: dict[str, str] = field(default_factory=lambda: {"0": "0", "1": "0", "2a": "1", "2b": "2"})
    female_terms: dict[str, list[str]] = field(default_factory=_cues)
    male_terms: dict[str, list[str]] = field(default_factory=_cues)
    gender_terms: dict[str, list[str]] = field(default_factory=_cues)
    not_sex_terms: dict[str, list[str]] = field(default_factory=_cues)
    difference_cues: dict[str, list[str]] = field(default_factory=_cues)
    tailored_cues: dict[str, list[str]] = field(default_factory=_cues)
    measure_cues: dict[str, list[str]] = field(default_factory=_cues)
    principal_cues: dict[str, list[str]] = field(default_factory=_cues)
    objective_labels: dict[str, list[str]] = field(default_factory=_cues)
    needs_headings: dict[str, list[str]] = field(default_factory=_cues)
    activity_headings: dict[str, list[str]] = field(default_factory=_cues)
    objective_headings: dict[str, list[str]] = field(default_factory=_cues)
    skip_headings: dict[str, list[str]] = field(default_factory=_cues)

    def __post_init__(self) -> None:
        unknown = sorted(set(self.fire_on) - set(CODES))
        if unknown:
            raise ParamError(f"marker param 'fire_on': unknown code {unknown[0]!r} "
                             f"(known: {', '.join(CODES)})")
        if not 0 < self.indicator_share <= 1:
            raise ParamError("marker param 'indicator_share' must be in (0, 1]")
        if sorted(self.dac) != sorted(CODES):
            raise ParamError(f"marker param 'dac' must map each of {', '.join(CODES)}")
        for name in CUE_PARAMS:
            for language in getattr(self, name):
                if language not in SUPPORTED:
                    raise ParamError(f"marker param {name!r}: unknown language {language!r} "
                                     f"(known: {', '.join(SUPPORTED)})")

    def cues(self, name: str, language: str) -> tuple[str, ...]:
        """The cue list ``name`` for ``language`` (empty when the pack gives none)."""
        return tuple(getattr(self, name).get(language, ()))


# --------------------------------------------------------------------------------------------
# Matching cue words


@cache
def _pattern(cues: tuple[str, ...]) -> re.Pattern[str] | None:
    """One case-insensitive, whole-word regex for a cue list (longest cues first)."""
    if not cues:
        return None
    alternatives = "|".join(re.escape(_fold(c)) for c in sorted(cues, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def _fold(text: str) -> str:
    """Typographic apostrophes and hyphens as ASCII, so that cues match either spelling."""
    return text.replace("’", "'").replace("‑", "-").replace("–", "-")


def _find(cues: tuple[str, ...], text: str) -> str | None:
    """The first cue found in ``text``, as written there, or None."""
    pattern = _pattern(cues)
    found = pattern.search(_fold(text)) if pattern else None
    return found.group(0) if found else None


def _strip(cues: tuple[str, ...], text: str) -> str:
    """``text`` with every occurrence of the cues blanked out."""
    pattern = _pattern(cues)
    return pattern.sub(" ", _fold(text)) if pattern else _fold(text)


_SENTENCE = re.compile(r"(?<=[.!?;])\s+")


def _sentences(text: str) -> list[str]:
    """The sentences of a block (a light split: the criteria count statements, not parse)."""
    return [part for part in _SENTENCE.split(text) if part.strip()]


# --------------------------------------------------------------------------------------------
# The parts of the proposal each criterion reads


@dataclass(frozen=True)
class Layout:
    """What each block is for: its roles (needs, activities, objectives, skip) and whether it
    belongs to the gender section, is an indicator, or is the title."""

    roles: tuple[frozenset[str], ...]
    gender_blocks: frozenset[int]
    indicator_blocks: frozenset[int]
    title: int | None


_ROLE_PARAMS = {
    "needs": "needs_headings",
    "activities": "activity_headings",
    "objectives": "objective_headings",
    "skip": "skip_headings",
}


def _heading_roles(text: str, params: MarkerParams, language: str) -> frozenset[str]:
    """The roles a heading's words give the text under it."""
    return frozenset(
        role for role, name in _ROLE_PARAMS.items() if _find(params.cues(name, language), text)
    )


def layout(analysis: Analysis, params: MarkerParams, gender_blocks: frozenset[int],
           indicator_blocks: frozenset[int]) -> Layout:
    """Assign roles to blocks from the section tree, table headers and the other checks."""
    blocks = analysis.blocks
    language = analysis.language
    roles: list[set[str]] = [set() for _ in blocks]
    for section in analysis.sections:
        span = range(section.start, section.end)
        if len(span) >= 0.8 * len(blocks):
            continue  # the document's title: it spans everything and names no part
        section_roles = _heading_roles(section.title, params, language)
        for index in span:
            roles[index] |= section_roles
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.TABLE_CELL:
            skip = {"skip"} & roles[index]
            roles[index] = set(_heading_roles(block.header or "", params, language)) | skip
            if block.header == block.text:
                roles[index] = set()  # the header cell itself
    title = next((i for i, b in enumerate(blocks[:3]) if b.kind is BlockKind.HEADING), None)
    return Layout(tuple(frozenset(r) for r in roles), gender_blocks, indicator_blocks, title)


# --------------------------------------------------------------------------------------------
# Criteria


@dataclass(frozen=True)
class Criterion:
    """One criterion of the verdict: what was asked, how it came out, and the evidence."""

    id: str
    label: str
    status: str
    detail: str
    evidence: tuple[str, ...] = ()
    evidence_title: str = "for example"

    def reason(self) -> str:
        return f"{self.label}: {self.status} — {self.detail}"


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
            self.examples.append(_shorten(sentence))

    def places(self) -> str:
        return "; ".join(f"{n} in {_quote(title)}" for title, n in self.where.items())


def _quote(text: str | None) -> str:
    """A heading or statement quoted for a reason: “4. Gender analysis”."""
    return f"“{text}”"


def _shorten(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


_QUOTED = re.compile(r"«[^»]{1,200}»|“[^”]{1,200}”|\"[^\"]{1,200}\"|(?<!\w)'[^']{3,200}'(?!\w)")
_PERCENT = re.compile(r"\d\s?%")


def _sex_term(sentence: str, params: MarkerParams, language: str) -> str | None:
    """A word naming women, men, girls or boys as such: not inside a quoted title, not part of
    a phrase listed in ``not_sex_terms`` ("women and children", "man-hours", "droits de
    l'homme"), not a capitalised word inside the sentence (a name: "Madre de Dios")."""
    text = _strip(params.cues("not_sex_terms", language), _QUOTED.sub(" ", sentence))
    letters = [c for c in text if c.isalpha()]
    shouting = bool(letters) and sum(c.isupper() for c in letters) > 0.6 * len(letters)
    first = next((i for i, c in enumerate(text) if c.isalpha()), 0)
    for name in ("female_terms", "male_terms"):
        pattern = _pattern(params.cues(name, language))
        for found in pattern.finditer(text) if pattern else ():
            if found.start() > first and found.group(0)[0].isupper() and not shouting:
                continue
            return found.group(0)
    return None


def is_sex_differentiated(sentence: str, params: MarkerParams, language: str) -> bool:
    """A gender-analysis statement: a gender term, or women/men named with a percentage, a
    comparison or a named barrier ("Women own land in only 8 per cent of households")."""
    if _find(params.cues("gender_terms", language), sentence):
        return True
    if _sex_term(sentence, params, language) is None:
        return False
    return bool(_PERCENT.search(sentence)) or bool(
        _find(params.cues("difference_cues", language), sentence)
    )


def is_tailored(sentence: str, params: MarkerParams, language: str) -> bool:
    """An activity statement that names women/men/girls/boys or is tailored by sex or age."""
    return bool(
        _sex_term(sentence, params, language)
        or _find(params.cues("tailored_cues", language), sentence)
    )


def _blocks(analysis: Analysis, lay: Layout, wanted: Iterable[int]) -> Iterator[tuple[int, Block]]:
    """Blocks of ``wanted`` that a criterion may read: not indicators, not skipped parts."""
    for index in wanted:
        if index in lay.indicator_blocks or "skip" in lay.roles[index]:
            continue
        block = analysis.blocks[index]
        if block.kind is not BlockKind.HEADING:
            yield index, block


def analysis_criterion(analysis: Analysis, params: MarkerParams, lay: Layout) -> Criterion:
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
    for index, block in _blocks(analysis, lay, wanted):
        found = inside if index in lay.gender_blocks else outside
        for sentence in _sentences(block.text):
            if is_sex_differentiated(sentence, params, language):
                found.add(analysis.section_titles[index], sentence)
    total = outside.count + inside.count
    status = _status(total, params.analysis_min, outside.count, params)
    if total == 0:
        detail = "no sex-differentiated facts in the rationale or needs assessment"
    else:
        parts = [f"{total} sex-differentiated statement{'s' * (total != 1)}"]
        parts.append(f"({(outside.places() + '; ' + inside.places()).strip('; ')})")
        if outside.count == 0:
            parts.append("— only in the gender section, none in the rationale or needs "
                         "assessment")
        detail = " ".join(parts)
    return Criterion("analysis", "gender analysis in the rationale / needs assessment", status,
                     detail, tuple((outside.examples + inside.examples)[:MAX_EVIDENCE]))


def activities_criterion(analysis: Analysis, params: MarkerParams, lay: Layout) -> Criterion:
    """Activities that respond: naming women/men/girls/boys or tailored by sex or age."""
    language = analysis.language
    found = Statements()
    measures = Statements()
    measure_cues = params.cues("measure_cues", language)
    for index, block in _blocks(analysis, lay, range(len(analysis.blocks))):
        in_gender = index in lay.gender_blocks
        if not in_gender and "activities" not in lay.roles[index]:
            continue
        introduced = block.kind is BlockKind.LIST_ITEM or bool(_find(measure_cues, _lead(block)))
        for sentence in _sentences(block.text):
            if not is_tailored(sentence, params, language):
                continue
            if not in_gender:
                found.add(analysis.section_titles[index], sentence)
            elif introduced or _find(measure_cues, sentence):
                measures.add(analysis.section_titles[index], sentence)
    total = found.count + measures.count
    status = _status(total, params.activities_min, found.count, params)
    if total == 0:
        detail = "no activity names women, men, girls or boys or is tailored by sex or age"
    else:
        verbs = ("names", "is") if total == 1 else ("name", "are")
        detail = (f"{total} activit{'ies' if total != 1 else 'y'} {verbs[0]} women, men, girls "
                  f"or boys or {verbs[1]} tailored by sex or age "
                  f"({(found.places() + '; ' + measures.places()).strip('; ')})")
        if found.count == 0:
            detail += " — only as measures in the gender section, not in the activity plan"
    return Criterion("activities", "activities that respond to gender differences", status,
                     detail, tuple((found.examples + measures.examples)[:MAX_EVIDENCE]))


def _lead(block: Block) -> str:
    """The lead-in of a block that introduces a list: "Measures:", "The project will:"."""
    head, colon, _ = block.text[:100].partition(":")
    return head if colon else ""


def indicators_criterion(indicators: list[dict[str, Any]] | None,
                         params: MarkerParams) -> Criterion:
    """People-counting indicators disaggregated by sex (their share)."""
    label = "people-counting indicators disaggregated by sex"
    if indicators is None:
        return Criterion("indicators", label, NOT_MET, "indicators could not be analysed")
    people = [item for item in indicators if item.get("people")]
    by_sex = [item for item in people if "sex" in (item.get("disaggregated_by") or [])]
    if not indicators:
        return Criterion("indicators", label, NOT_MET, "no indicators found")
    if not people:
        return Criterion("indicators", label, NOT_MET,
                         f"none of the {len(indicators)} indicators counts people")
    share = len(by_sex) / len(people)
    status = MET if share >= params.indicator_share else PARTLY if by_sex else NOT_MET
    detail = f"{len(by_sex)} of {len(people)} ({share:.0%})"
    if status != MET:
        detail += f"; {params.indicator_share:.0%} needed"
    flagged = tuple(_shorten(str(i.get("text", ""))) for i in people if i not in by_sex)
    return Criterion("indicators", label, status, detail, flagged[:MAX_EVIDENCE],
                     "not disaggregated by sex")


def principal_criterion(analysis: Analysis, params: MarkerParams, lay: Layout) -> Criterion:
    """Gender equality / women's empowerment as the principal objective."""
    language = analysis.language
    cues = params.cues("principal_cues", language)
    statements = objective_statements(analysis, params, lay)
    label = "gender equality as the principal objective"
    if lay.title is not None and _find(cues, analysis.blocks[lay.title].text):
        title = analysis.blocks[lay.title].text
        return Criterion("principal", label, MET, f"the title: {_quote(_shorten(title))}", (title,))
    if statements and _find(cues, statements[0]):
        return Criterion("principal", label, MET,
                         f"the main objective: {_quote(_shorten(statements[0]))}", (statements[0],))
    gendered = [s for s in statements if _find(cues, s)]
    if gendered and len(gendered) * 2 >= len(statements):
        return Criterion("principal", label, MET,
                         f"{len(gendered)} of {len(statements)} objectives and outcomes",
                         tuple(_shorten(s) for s in gendered[:3]))
    if gendered:
        return Criterion("principal", label, PARTLY,
                         f"a gender equality objective among others (significant, not "
                         f"principal): {_quote(_shorten(gendered[0]))}", (gendered[0],))
    if not statements:
        return Criterion("principal", label, NOT_MET, "no objective or outcome statement found")
    return Criterion("principal", label, NOT_MET,
                     "no objective or outcome aims at gender equality or women's empowerment")


def objective_statements(analysis: Analysis, params: MarkerParams, lay: Layout) -> list[str]:
    """Objective and outcome statements, main (overall) objective first."""
    labels = params.cues("objective_labels", analysis.language)
    pattern = _pattern(labels)
    found: list[str] = []
    for index, block in _blocks(analysis, lay, range(len(analysis.blocks))):
        if index in lay.gender_blocks:
            continue
        labelled = pattern is not None and pattern.match(_fold(block.text)) is not None
        if labelled or "objectives" in lay.roles[index]:
            found.extend(_sentences(block.text)[:1] if not labelled else [block.text])
    return found


def gender_section_criterion(gender: dict[str, Any] | None) -> Criterion:
    """An adequate gender section: without one the code is at most 1."""
    label = "adequate gender section"
    if gender is None:
        return Criterion("gender_section", label, NOT_MET, "the gender section was not analysed")
    if not gender.get("found"):
        return Criterion("gender_section", label, NOT_MET, "no gender section")
    heading = gender.get("heading")
    if gender.get("adequate") is False:
        return Criterion("gender_section", label, PARTLY,
                         f"{_quote(heading)} is there but is not adequate")
    return Criterion("gender_section", label, MET,
                     f"{_quote(heading)} ({gender.get('words', 0)} words)")


def _status(count: int, needed: int, outside: int, params: MarkerParams) -> str:
    """Met with ``needed`` statements (one of them outside the gender section, when the params
    ask for it); partly with fewer, or with all of them inside the gender section."""
    if count >= needed and (outside or not params.require_outside_gender_section):
        return MET
    return PARTLY if count else NOT_MET


# --------------------------------------------------------------------------------------------
# Facts from the other checks (or computed here through the same analysis functions)


def gender_section(analysis: Analysis) -> tuple[dict[str, Any] | None, frozenset[int]]:
    """The gender-section facts (with ``adequate``) and the blocks of the section.

    The facts are the GS check's when it ran; the blocks (and the facts, when it did not run)
    come from :func:`pat_lint.analysis.gender.find_gender_section` with the params of the
    pack's ``section`` rule — the same search, cached per document, so it runs once.
    """
    facts = analysis.facts.get("gender_section")
    try:
        from pat_lint.analysis.gender import find_gender_section
        from pat_lint.checks.section import criteria_of
    except ModuleNotFoundError:  # the gender-section check is not installed
        return facts, frozenset()
    params = _section_params()
    if params is None:
        return facts, frozenset()
    result = find_gender_section(analysis, criteria_of(params))
    if facts is None:
        facts = result.facts(analysis.blocks)
    candidate = result.candidate
    if candidate is None or candidate.outline.title != facts.get("heading"):
        return facts, frozenset()  # the GS rules were configured differently: no block range
    outline = candidate.outline
    return facts, frozenset({outline.heading, *outline.body})


@cache
def _section_params() -> Any:
    """The params of the first built-in rule of check type ``section`` (GS001)."""
    from pat_lint.packs import builtin_pack_paths, load_pack

    for path in builtin_pack_paths():
        for rule in load_pack(path):
            if rule.check == "section":
                return rule.params
    return None


def indicators(analysis: Analysis) -> tuple[list[dict[str, Any]] | None, frozenset[int]]:
    """The indicator list (the SD check's when it ran) and the blocks that hold indicators.

    Both come from :attr:`Analysis.indicators`, cached per document, so the
    extraction runs once whether or not the SD rules are enabled.
    """
    found = analysis.indicators
    facts = analysis.facts.get("indicators")
    if facts is None:
        facts = [indicator.to_dict() for indicator in found]
    return facts, frozenset(indicator.block for indicator in found)


# --------------------------------------------------------------------------------------------
# The verdict


def decide(criteria: dict[str, Criterion]) -> str:
    """The IOM-style code from the criteria (see the module docstring)."""
    core = [criteria[key] for key in ("analysis", "activities", "indicators")]
    if all(c.status == MET for c in core) and criteria["gender_section"].status == MET:
        return "2b" if criteria["principal"].status == MET else "2a"
    considered = any(c.status != NOT_MET for c in core) or any(
        criteria[key].status == MET for key in ("gender_section", "principal")
    )
    return "1" if considered else "0"


def verdict(analysis: Analysis, params: MarkerParams) -> dict[str, Any] | None:
    """The marker for this document (None when the text is too short to be coded)."""
    if analysis.document.words < params.min_words:
        return None
    gender, gender_blocks = gender_section(analysis)
    found_indicators, indicator_blocks = indicators(analysis)
    lay = layout(analysis, params, gender_blocks, indicator_blocks)
    criteria = {
        c.id: c
        for c in (
            analysis_criterion(analysis, params, lay),
            activities_criterion(analysis, params, lay),
            indicators_criterion(found_indicators, params),
            principal_criterion(analysis, params, lay),
            gender_section_criterion(gender),
        )
    }
    code = decide(criteria)
    reasons = [c.reason() for c in criteria.values()]
    if code in ("0", "1") and criteria["gender_section"].status != MET and _all_core(criteria):
        reasons.append("without an adequate gender section the marker cannot be 2a or 2b")
    return {
        "code": code,
        "scheme": SCHEME,
        "dac": params.dac[code],
        "reasons": reasons,
        "criteria": [
            {**asdict(c), "evidence": list(c.evidence)} for c in criteria.values()
        ],
        "note": NOTE,
    }


def _all_core(criteria: dict[str, Criterion]) -> bool:
    return all(criteria[k].status == MET for k in ("analysis", "activities", "indicators"))


def summary(marker: dict[str, Any]) -> str:
    """One line for the finding's message: each criterion's outcome."""
    parts = []
    for item in marker["criteria"]:
        short = {
            "analysis": "gender analysis",
            "activities": "responsive activities",
            "indicators": "indicators by sex",
            "principal": "gender equality principal objective",
            "gender_section": "adequate gender section",
        }[item["id"]]
        outcome = item["status"]
        if item["id"] == "indicators" and item["detail"][:1].isdigit():
            outcome = item["detail"].split(";")[0]
        parts.append(f"{short} {outcome}")
    return "; ".join(parts) + " — indicative, the reviewer decides"


@check("marker", MarkerParams)
def run(analysis: Analysis, params: MarkerParams) -> Iterator[Hit]:
    """One document-level verdict; the rule fires when the code is in its ``fire_on`` list."""
    if "marker" not in analysis.facts:
        analysis.facts["marker"] = verdict(analysis, params)
    marker = analysis.facts["marker"]
    if marker is None or marker["code"] not in params.fire_on:
        return
    yield Hit(
        None,
        args={"code": marker["code"], "dac": marker["dac"], "scheme": marker["scheme"],
              "summary": summary(marker)},
    )
