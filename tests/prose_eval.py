"""Scoring the terminology rules (GT) on labelled real prose, occurrence by occurrence.

Two sources:

- ``passages``: ``fixtures/prose/src/*.src.md``, passages in the manner of project documents,
  evaluations and calls for proposals, built into every format (``fixtures/prose/*``); each
  term and look-alike is labelled with a verbatim phrase around it
  (``fixtures/prose/LABELLING.md``);
- ``real``: the real documents of ``../shared/real-world/prose`` (not in the repository),
  labelled by line in ``tests/realworld/prose_labels.yaml``.

A finding is a true positive when it lies inside the phrase of a term label with the same match;
a finding inside a look-alike's phrase is a look-alike flagged; one inside an ``optional``
phrase counts neither way; any other finding is a false alarm. Used by
``tests/test_prose.py`` and ``python -m tests.prose_eval``.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from tests.corpus_eval import lint
from tests.scoring import Flags

ROOT = Path(__file__).resolve().parent.parent
PASSAGES = ROOT / "fixtures" / "prose"
REAL = ROOT.parent / "shared" / "real-world" / "prose"
REAL_LABELS = ROOT / "tests" / "realworld" / "prose_labels.yaml"
EXTENSIONS = {"docx": "docx", "pdf-lo": "pdf", "pdf-rl": "pdf", "md": "md", "txt": "txt"}
LANGUAGES = ("en", "fr", "es")


@dataclass(frozen=True)
class Label:
    """A labelled occurrence: the phrase around it, the word(s) flagged or not, and its kind."""

    phrase: str
    word: str
    kind: str  # a term category, a look-alike kind, or "optional"
    line: int | None = None


@dataclass(frozen=True)
class Passage:
    id: str
    language: str
    path: Path
    terms: tuple[Label, ...]
    lookalikes: tuple[Label, ...]
    optional: tuple[Label, ...]


def _labels(raw: list[dict[str, Any]] | None, phrase: str, word: str, kind: str) -> tuple:
    return tuple(
        Label(
            str(item.get(phrase) or item.get("text")),
            str(item[word]),
            str(item.get(kind, "")),
            item.get("line"),
        )
        for item in raw or []
    )


def load_passages() -> list[Passage]:
    """The built passages with their labels."""
    found = []
    for source in sorted((PASSAGES / "src").glob("*.src.md")):
        front = yaml.safe_load(source.read_text(encoding="utf-8").split("---", 2)[1])
        path = PASSAGES / f"{front['id']}.{EXTENSIONS[front['format']]}"
        labels = front.get("labels") or {}
        if path.exists():
            found.append(
                Passage(
                    front["id"],
                    front["language"],
                    path,
                    _labels(labels.get("terms"), "context", "match", "category"),
                    _labels(labels.get("not_flag"), "text", "term", "kind"),
                    _labels(labels.get("optional"), "text", "term", "note"),
                )
            )
    return found


def load_real() -> list[Passage]:
    """The real documents of ``../shared/real-world/prose`` with their labels (if present)."""
    if not REAL_LABELS.is_file() or not REAL.is_dir():
        return []
    data = yaml.safe_load(REAL_LABELS.read_text(encoding="utf-8"))
    found = []
    for name, labels in data.items():
        path = REAL / name
        if path.is_file():
            found.append(
                Passage(
                    name,
                    labels.get("language", "en"),
                    path,
                    _labels(labels.get("terms"), "context", "match", "category"),
                    _labels(labels.get("not_flag"), "text", "term", "kind"),
                    _labels(labels.get("optional"), "text", "term", "note"),
                )
            )
    return found


def _norm(text: str) -> str:
    """A match or label word compared without case, spacing, apostrophe style or hyphens (a PDF
    reader joins "horas-" at the end of a line and "hombre" into "horashombre")."""
    return "".join(re.sub(r"[-‐‑–—]", "", text.replace("’", "'")).lower().split())


def _phrase_pattern(words: list[str], anchor: str = "") -> re.Pattern[str]:
    escaped = [re.escape(w) for w in words]
    body = r"[\W_]*".join(escaped)
    if anchor == "end":
        body += r"[\W_]*$"
    elif anchor == "start":
        body = r"^[\W_]*" + body
    return re.compile(body, re.IGNORECASE)


#: A label phrase cut by the edge of the finding's context still counts when at least this many
#: of its words, the label's word among them, are in the context.
MIN_PHRASE_WORDS = 3


def inside(finding: Any, label: Label) -> bool:
    """Whether the finding's match lies in an occurrence of the label's phrase in its context
    and is the label's word (or a part of it, or contains it).

    The context is the sentence the engine cut around the match; a phrase that runs past its
    edge (the engine ends a sentence after "Lic.") counts by the part inside it."""
    match, word = _norm(finding.match), _norm(label.word)
    if not match or not (match in word or word in match):
        return False
    start, end = finding.context_span
    context = finding.context.replace("’", "'")
    words = re.findall(r"\w+", label.phrase.replace("’", "'"))
    patterns = [_phrase_pattern(words)]
    for cut in range(len(words) - 1, MIN_PHRASE_WORDS - 1, -1):
        patterns += [_phrase_pattern(words[:cut], "end"), _phrase_pattern(words[-cut:], "start")]
    return any(
        m.start() <= start and end <= m.end()
        for pattern in patterns
        for m in pattern.finditer(context)
    )


@dataclass
class Score(Flags):
    lookalikes: int = 0
    lookalikes_flagged: int = 0
    pronoun_tp: int = 0
    pronoun_fn: int = 0
    words: int = 0

    @property
    def pronoun_recall(self) -> float:
        total = self.pronoun_tp + self.pronoun_fn
        return self.pronoun_tp / total if total else 1.0

    def line(self) -> str:
        return (
            f"{self.words:6d} words, terms {self.tp + self.fn:3d}: precision "
            f"{self.precision:.3f} recall {self.recall:.3f} (tp {self.tp}, fp {self.fp}, fn "
            f"{self.fn}); generic-pronoun recall {self.pronoun_recall:.3f}; look-alikes "
            f"{self.lookalikes}, flagged {self.lookalikes_flagged}"
        )


def score(passage: Passage) -> Score:
    """One passage's score."""
    result = lint(passage.path)
    found = [f for f in result.findings if f.rule.startswith("GT")]
    score = Score(words=result.words)
    claimed: Counter[int] = Counter()
    for label in passage.terms:
        hit = next((i for i, f in enumerate(found) if not claimed[i] and inside(f, label)), None)
        pronoun = label.kind == "generic-pronoun"
        if hit is None:
            score.fn += 1
            score.pronoun_fn += pronoun
            score.misses.append(f"{passage.id}: missed {label.word!r} in {label.phrase!r}")
        else:
            claimed[hit] += 1
            score.tp += 1
            score.pronoun_tp += pronoun
    for label in passage.lookalikes:
        score.lookalikes += 1
        flagged = [i for i, f in enumerate(found) if not claimed[i] and inside(f, label)]
        if flagged:
            score.lookalikes_flagged += 1
            score.misses.append(
                f"{passage.id}: look-alike flagged: {label.word!r} in {label.phrase!r} "
                f"({label.kind})"
            )
            claimed.update(flagged)
    for label in passage.optional:
        claimed.update(i for i, f in enumerate(found) if not claimed[i] and inside(f, label))
    for i, finding in enumerate(found):
        if not claimed[i]:
            score.fp += 1
            score.misses.append(
                f"{passage.id}: false alarm {finding.rule} {finding.match!r} in "
                f"{finding.context[:160]!r}"
            )
    return score


def report() -> str:
    lines: list[str] = []
    misses: list[str] = []
    for name, passages in (("passages", load_passages()), ("real", load_real())):
        total = Score()
        for language in LANGUAGES:
            group = Score()
            for passage in passages:
                if passage.language == language:
                    group.add(score(passage))
            if group.words:
                lines.append(f"{name:8} {language}  {group.line()}")
            total.add(group)
        lines.append(f"{name:8} all {total.line()}")
        misses += total.misses
    return "\n".join(misses + lines)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    print(report())
