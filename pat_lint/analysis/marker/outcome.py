"""A criterion's outcome: its status (met / partly / not met), the statements found for it
and how a reason quotes them."""

from __future__ import annotations

from dataclasses import dataclass, field

from pat_lint.analysis.marker.settings import MarkerSettings

#: Example statements kept per criterion for the reports.
MAX_EVIDENCE = 4
#: Criterion statuses, from best to worst.
MET, PARTLY, NOT_MET = "met", "partly", "not met"


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
