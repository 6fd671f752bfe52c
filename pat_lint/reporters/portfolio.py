"""The portfolio at a glance: the figures of many proposals, and the charts drawn from them.

One :class:`ProposalFacts` per proposal (from a :class:`~pat_lint.model.FileResult`, or from a
review the review desk stored), and :func:`charts` for the overview of the HTML report and the
review desk's portfolio page: the marker distribution, the gender-section verdicts, the share
of people-counting indicators disaggregated by sex, and the findings per rule. The charts are
plain data; the template ``_charts.html.j2`` draws them as inline SVG.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from pat_lint.model import FileResult
from pat_lint.wording import plural

#: Marker codes in the order the chart shows them, with their CSS class.
MARKER_CODES = ("0", "1", "2a", "2b")
#: Gender-section verdicts: state → label shown to the reviewer.
SECTION_STATES = {
    "adequate": "adequate",
    "inadequate": "token / inadequate",
    "missing": "missing",
    "unknown": "not checked",
}


def section_state(file: FileResult) -> str:
    """``adequate``, ``inadequate`` (a token section), ``missing`` or ``unknown`` (not checked)."""
    section = file.gender_section
    if section is None:
        return "unknown"
    if not section.found:
        return "missing"
    return "adequate" if section.adequate else "inadequate"


@dataclass(frozen=True)
class ProposalFacts:
    """What the charts count about one proposal (a readable one; unreadable ones are left out
    of the charts and counted apart)."""

    marker: str | None
    section: str
    people: int
    by_sex: int
    rules: Mapping[str, int] = field(default_factory=dict)
    severities: Mapping[str, str] = field(default_factory=dict)  # rule id → severity label
    readable: bool = True

    @classmethod
    def of(cls, file: FileResult) -> ProposalFacts:
        people = [item for item in file.indicators if item.people]
        return cls(
            marker=file.marker.code if file.marker else None,
            section=section_state(file),
            people=len(people),
            by_sex=sum(1 for item in people if "sex" in item.disaggregated_by),
            rules=dict(Counter(finding.rule for finding in file.findings)),
            severities={finding.rule: finding.severity.label for finding in file.findings},
            readable=file.status != "error",
        )


@dataclass(frozen=True)
class Bar:
    """One bar: its label, value, colour class, and the overview filter it selects."""

    label: str
    value: int
    css: str
    filter: str | None = None  # the overview filter's name (marker, section, rule)
    filter_value: str | None = None
    title: str | None = None  # a longer label (a rule's name)


@dataclass(frozen=True)
class Chart:
    """A horizontal bar chart: a title, a one-line summary a screen reader reads, the bars."""

    id: str
    title: str
    summary: str
    bars: tuple[Bar, ...]
    unit: str = "proposal"

    @property
    def scale(self) -> int:
        """The value that fills the bar area (at least 1)."""
        return max([1, *(bar.value for bar in self.bars)])


def percent(part: int, whole: int) -> str:
    """``62%`` (rounded), or ``–`` when there is nothing to divide by."""
    return f"{round(100 * part / whole)}%" if whole else "–"


def charts(facts: Iterable[ProposalFacts], rule_names: Mapping[str, str]) -> tuple[Chart, ...]:
    """The four charts of a portfolio."""
    readable = [item for item in facts if item.readable]
    return (
        marker_chart(readable),
        section_chart(readable),
        indicator_chart(readable),
        rule_chart(readable, rule_names),
    )


def marker_chart(facts: list[ProposalFacts]) -> Chart:
    counts = Counter(item.marker for item in facts)
    bars = [
        Bar(f"Marker {code}", counts[code], f"code-{code}", "marker", code) for code in MARKER_CODES
    ]
    if counts[None]:
        bars.append(Bar("not computed", counts[None], "code-none", "marker", "none"))
    parts = ", ".join(f"{bar.label}: {bar.value}" for bar in bars)
    return Chart(
        "chart-marker",
        "Indicative gender marker",
        f"{plural(len(facts), 'proposal')}; {parts}.",
        tuple(bars),
    )


def section_chart(facts: list[ProposalFacts]) -> Chart:
    counts = Counter(item.section for item in facts)
    states = [state for state in SECTION_STATES if state != "unknown" or counts[state]]
    bars = [
        Bar(SECTION_STATES[state], counts[state], f"state-{state}", "section", state)
        for state in states
    ]
    parts = ", ".join(f"{bar.label}: {bar.value}" for bar in bars)
    return Chart("chart-section", "Gender section", f"{parts}.", tuple(bars))


def indicator_chart(facts: list[ProposalFacts]) -> Chart:
    people = sum(item.people for item in facts)
    by_sex = sum(item.by_sex for item in facts)
    bars = (
        Bar("by sex", by_sex, "share-yes"),
        Bar("not by sex", people - by_sex, "share-no"),
    )
    summary = (
        f"{percent(by_sex, people)} of the {plural(people, 'indicator')} that count people "
        f"{'is' if people == 1 else 'are'} disaggregated by sex ({by_sex} of {people})."
    )
    return Chart(
        "chart-indicators",
        "People-counting indicators disaggregated by sex",
        summary,
        bars,
        unit="indicator",
    )


def rule_chart(facts: list[ProposalFacts], rule_names: Mapping[str, str]) -> Chart:
    counts: Counter[str] = Counter()
    severity: dict[str, str] = {}
    for item in facts:
        counts.update(item.rules)
        severity.update(item.severities)
    order = sorted(counts, key=lambda rule: (-counts[rule], rule))
    bars = tuple(
        Bar(
            rule,
            counts[rule],
            f"sev-bar-{severity.get(rule, 'info')}",
            "rule",
            rule,
            title=f"{rule} {rule_names.get(rule, '')}".strip(),
        )
        for rule in order
    )
    total = sum(counts.values())
    summary = f"{plural(total, 'finding')} in all" + (
        "; " + ", ".join(f"{bar.label}: {bar.value}" for bar in bars) + "." if bars else "."
    )
    return Chart("chart-rules", "Findings per rule", summary, bars, unit="finding")
