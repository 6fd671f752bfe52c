"""Scoring pat-lint against the labelled dev corpus (fixtures/corpus).

Used by tests/test_corpus.py and by ``python -m tests.corpus_eval`` for a full report.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "fixtures" / "corpus"
HOLDOUT = ROOT / "fixtures" / "holdout"
EXTENSIONS = {"docx": "docx", "pdf-lo": "pdf", "pdf-rl": "pdf", "md": "md", "txt": "txt"}
GT_RULES = ("GT",)


@dataclass
class Labelled:
    """One labelled proposal: where its built file is and what a reviewer expects of it."""

    id: str
    language: str
    format: str
    path: Path
    labels: dict[str, Any] = field(default_factory=dict)


def load_corpus(folder: Path = CORPUS) -> list[Labelled]:
    """Every labelled proposal in ``folder`` whose built file exists."""
    items = []
    for source in sorted((folder / "src").glob("*.src.md")):
        text = source.read_text(encoding="utf-8")
        front = yaml.safe_load(text.split("---", 2)[1])
        built = folder / f"{front['id']}.{EXTENSIONS[front['format']]}"
        if built.exists():
            items.append(
                Labelled(
                    front["id"],
                    front["language"],
                    front["format"],
                    built,
                    front.get("labels") or {},
                )
            )
    return items


@cache
def lint(path: Path) -> Any:
    """pat-lint's result for one file with the default configuration (cached per process)."""
    from pat_lint.config import Config, resolve_rules
    from pat_lint.engine import RunOptions, lint_file

    all_rules, enabled = resolve_rules(Config())
    return lint_file(path, RunOptions(tuple(enabled), tuple(all_rules)))


def normalise(text: str) -> str:
    """Compare indicator and term texts case- and whitespace-insensitively, ignoring quotes."""
    text = text.replace("’", "'").replace("**", "")
    text = re.sub(r"\s+", " ", text).strip().lower()
    return text.rstrip(" .;:")


# --- gender section -----------------------------------------------------------------------


def section_outcome_expected(labels: dict[str, Any]) -> str:
    section = labels.get("gender_section") or {}
    if not section.get("found"):
        return "missing"
    return "adequate" if section.get("adequate") else "inadequate"


def section_outcome_found(result: Any) -> str:
    rules = {finding.rule for finding in result.findings}
    if "GS001" in rules:
        return "missing"
    if "GS002" in rules:
        return "inadequate"
    return "adequate"


# --- indicators ---------------------------------------------------------------------------


@dataclass
class IndicatorScore:
    expected: int = 0
    extracted: int = 0
    spurious: int = 0
    flag_tp: int = 0
    flag_fp: int = 0
    flag_fn: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def extraction_recall(self) -> float:
        return self.extracted / self.expected if self.expected else 1.0

    @property
    def flag_precision(self) -> float:
        total = self.flag_tp + self.flag_fp
        return self.flag_tp / total if total else 1.0

    @property
    def flag_recall(self) -> float:
        total = self.flag_tp + self.flag_fn
        return self.flag_tp / total if total else 1.0


def score_indicators(item: Labelled, result: Any, score: IndicatorScore) -> None:
    """Add one proposal's indicator extraction and flagging to ``score``."""
    found = {normalise(i.text): i for i in result.indicators}
    matches = [normalise(f.match) for f in result.findings if f.rule == "SD001"]
    # a finding points at the indicator's first block: its match starts the indicator's text
    flagged_found = {key for key in found if any(key.startswith(m) for m in matches if m)}
    expected_texts = set()
    for label in item.labels.get("indicators") or []:
        key = normalise(label["text"])
        expected_texts.add(key)
        score.expected += 1
        should_flag = bool(label["people"]) and not label["sex"]
        got = found.get(key)
        if got is None:
            score.misses.append(f"{item.id}: not extracted: {label['text']!r}")
            if should_flag:
                score.flag_fn += 1
            continue
        score.extracted += 1
        is_flagged = key in flagged_found
        if should_flag and is_flagged:
            score.flag_tp += 1
        elif should_flag:
            score.flag_fn += 1
            score.misses.append(f"{item.id}: not flagged: {label['text']!r} -> {_facts(got)}")
        elif is_flagged:
            score.flag_fp += 1
            score.misses.append(f"{item.id}: wrongly flagged: {label['text']!r} -> {_facts(got)}")
    for key, got in found.items():
        if key not in expected_texts:
            score.spurious += 1
            score.misses.append(f"{item.id}: extracted a non-indicator: {got.text!r}")
            if key in flagged_found:
                score.flag_fp += 1


def _facts(indicator: Any) -> str:
    return f"people={indicator.people} by={list(indicator.disaggregated_by)}"


# --- terms --------------------------------------------------------------------------------


@dataclass
class TermScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    lookalikes: int = 0
    lookalikes_flagged: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def score_terms(item: Labelled, result: Any, score: TermScore) -> None:
    """Add one proposal's term findings to ``score`` (multiset match on the matched text)."""
    findings = [f for f in result.findings if f.rule.startswith(GT_RULES)]
    found = Counter(normalise(f.match) for f in findings)
    expected = Counter(normalise(t["match"]) for t in item.labels.get("terms") or [])
    # a finding that reports the gendered part of a labelled phrase ("el hombre" for "causado
    # por el hombre", "sexe faible" for "le sexe faible") is the same occurrence
    for term in list(expected):
        if term not in found:
            other = next((f for f in found if f in term or term in f), None)
            if other is not None and other not in expected:
                found[term] = found.pop(other)
    for term, count in expected.items():
        hit = min(count, found.get(term, 0))
        score.tp += hit
        if count > hit:
            score.fn += count - hit
            score.misses.append(f"{item.id}: missed {count - hit}x {term!r}")
    for term, count in found.items():
        extra = count - min(count, expected.get(term, 0))
        if extra:
            score.fp += extra
            contexts = [f.context for f in findings if normalise(f.match) == term]
            score.misses.append(f"{item.id}: false alarm {extra}x {term!r} in {contexts[:2]}")
    for lookalike in item.labels.get("not_flag") or []:
        score.lookalikes += 1
        for finding in findings:
            if _inside(finding, lookalike["text"]):
                kind = lookalike.get("kind")
                score.lookalikes_flagged.append(
                    f"{item.id}: look-alike flagged: {lookalike['text']!r} ({kind})"
                )
                break


def _inside(finding: Any, phrase: str) -> bool:
    """Whether the finding's match overlaps an occurrence of ``phrase`` in its context."""
    words = [re.escape(w) for w in re.sub(r"[\"'’«»]", " ", phrase).split()]
    pattern = re.compile(r"[\W_]*".join(words), re.IGNORECASE)
    start, end = finding.context_span
    context = finding.context.replace("’", "'")
    return any(m.start() < end and start < m.end() for m in pattern.finditer(context))


def report(folder: Path = CORPUS) -> str:
    """A full corpus report, with every miss."""
    items = load_corpus(folder)
    lines = []
    sections = Counter()
    indicators, terms = IndicatorScore(), TermScore()
    for item in items:
        result = lint(item.path)
        expected, found = section_outcome_expected(item.labels), section_outcome_found(result)
        sections[expected == found] += 1
        if expected != found:
            lines.append(f"{item.id}: gender section expected {expected}, found {found}")
        score_indicators(item, result, indicators)
        score_terms(item, result, terms)
    total = sum(sections.values())
    lines += indicators.misses + terms.misses + terms.lookalikes_flagged
    lines += [
        f"proposals: {len(items)}",
        f"gender section accuracy: {sections[True]}/{total}",
        f"indicators: {indicators.expected}, extraction recall {indicators.extraction_recall:.3f}, "
        f"spurious {indicators.spurious}, flag precision {indicators.flag_precision:.3f}, "
        f"flag recall {indicators.flag_recall:.3f}",
        f"terms: precision {terms.precision:.3f}, recall {terms.recall:.3f} "
        f"(tp {terms.tp}, fp {terms.fp}, fn {terms.fn}); look-alikes {terms.lookalikes}, "
        f"flagged {len(terms.lookalikes_flagged)}",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    print(report(HOLDOUT if sys.argv[1:] == ["holdout"] else CORPUS))


# --- gender marker ------------------------------------------------------------------------

MARKER_CODES = ("0", "1", "2a", "2b")


def marker_confusion(items: list[Labelled]) -> dict[tuple[str, str], int]:
    """(labelled code, pat-lint's code) → number of proposals; "-" when no code was given."""
    table: Counter[tuple[str, str]] = Counter()
    for item in items:
        label = (item.labels.get("marker") or {}).get("code")
        if label is None:
            continue
        marker = lint(item.path).marker
        table[(str(label), marker.code if marker else "-")] += 1
    return dict(table)


def confusion_text(table: dict[tuple[str, str], int]) -> str:
    """The confusion table as Markdown: rows are the labels, columns pat-lint's codes."""
    columns = [*MARKER_CODES, "-"]
    lines = [
        "| label \\ pat-lint | " + " | ".join(columns) + " | total |",
        "|---|" + "---|" * (len(columns) + 1),
    ]
    for label in MARKER_CODES:
        row = [table.get((label, code), 0) for code in columns]
        lines.append(f"| {label} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    totals = [sum(table.get((label, code), 0) for label in MARKER_CODES) for code in columns]
    lines.append("| total | " + " | ".join(map(str, totals)) + f" | {sum(totals)} |")
    return "\n".join(lines)
