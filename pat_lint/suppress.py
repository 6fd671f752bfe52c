"""Suppression: the ``pat-lint:`` directive grammar, its scopes in each format, and baselines.

One grammar everywhere::

    pat-lint: disable[=GT001,gendered-noun] [-- reason]
    pat-lint: enable[=GT001]
    pat-lint: disable-next[=...] [-- reason]
    pat-lint: disable-file[=...] [-- reason]

Carriers: an HTML comment in Markdown, a line of its own in text (both scoped by source
line), a Word review comment in docx (scoped to the commented range). PDFs are suppressed
with a baseline file of fingerprints. Malformed and unused directives are findings (PL003,
PL004).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pat_lint.model import Comment, Document, Finding

ACTIONS = ("disable", "enable", "disable-next", "disable-file")
_PREFIX = re.compile(r"^\s*(?:<!--|#|//|--|;)?\s*pat-lint\s*:\s*", re.IGNORECASE)
_DIRECTIVE = re.compile(
    r"^(?P<action>[a-z-]+)\s*(?:=\s*(?P<rules>[A-Za-z0-9_,\s-]*?))?\s*(?:--\s*(?P<reason>.*?))?\s*"
    r"(?:-->)?\s*$"
)
MALFORMED, UNUSED = "PL003", "PL004"
BASELINE_VERSION = 1


@dataclass(frozen=True)
class Directive:
    """A parsed directive and where it applies."""

    action: str
    selectors: tuple[str, ...]  # empty: every rule
    reason: str
    comment: Comment


@dataclass(frozen=True)
class Problem:
    """A directive that could not be understood, with why."""

    comment: Comment
    message: str


def is_directive(text: str) -> bool:
    """Whether a comment's text is addressed to pat-lint."""
    return bool(_PREFIX.match(text))


def parse(comment: Comment, known: Any) -> Directive | Problem | None:
    """Parse a comment; ``known(selector)`` tells whether a rule selector names a rule."""
    match = _PREFIX.match(comment.text)
    if not match:
        return None
    body = " ".join(comment.text[match.end() :].split())
    parsed = _DIRECTIVE.match(body)
    if not parsed or parsed.group("action") not in ACTIONS:
        word = body.split("=")[0].split()[0] if body.split() else "(nothing)"
        return Problem(comment, f"unknown directive {word!r} (expected {', '.join(ACTIONS)})")
    selectors = tuple(s.strip() for s in (parsed.group("rules") or "").split(",") if s.strip())
    if parsed.group("rules") is not None and not selectors:
        return Problem(comment, "'=' must be followed by rule ids or names")
    unknown = [s for s in selectors if not known(s)]
    if unknown:
        return Problem(comment, f"{unknown[0]!r} names no rule")
    return Directive(parsed.group("action"), selectors, parsed.group("reason") or "", comment)


@dataclass
class _Scope:
    directive: Directive
    blocks: range | None = None  # block indices covered (docx, disable-next)
    lines: tuple[int, int] | None = None  # first and last source line covered (md/txt)
    whole_file: bool = False
    used: int = 0

    def covers(self, block: int | None, line: int | None) -> bool:
        if self.whole_file:
            return True
        if self.lines is not None:
            return line is not None and self.lines[0] <= line <= self.lines[1]
        return block is not None and self.blocks is not None and block in self.blocks


def scopes(document: Document, directives: list[Directive]) -> list[_Scope]:
    """Where each directive applies: a range of blocks or of source lines, or the whole file."""
    result: list[_Scope] = []
    open_lines: list[_Scope] = []
    for directive in sorted(directives, key=lambda d: (d.comment.line or 0, d.comment.first_block)):
        comment = directive.comment
        if directive.action == "disable-file":
            result.append(_Scope(directive, whole_file=True))
        elif comment.line is None:  # docx review comment: the commented range
            if directive.action != "enable":
                span = range(comment.first_block, comment.last_block + 1)
                result.append(_Scope(directive, blocks=span))
        elif directive.action == "disable-next":
            result.append(
                _Scope(directive, blocks=range(comment.first_block, comment.first_block + 1))
            )
        elif directive.action == "disable":
            scope = _Scope(directive, lines=(comment.line, 10**9))
            result.append(scope)
            open_lines.append(scope)
        else:  # enable: closes every open disable, or those naming one of its rules
            for scope in list(open_lines):
                if _closes(directive.selectors, scope.directive.selectors):
                    scope.lines = (scope.lines[0] if scope.lines else 0, comment.line)
                    open_lines.remove(scope)
    return result


def _closes(enabled: tuple[str, ...], disabled: tuple[str, ...]) -> bool:
    """An ``enable`` with no rules closes every ``disable``; one with rules, those naming them."""
    return not enabled or bool({s.lower() for s in enabled} & {s.lower() for s in disabled})


def apply(
    document: Document,
    findings: list[tuple[Finding, int | None]],
    matches: Any,
    known: Any,
) -> tuple[list[Finding], list[tuple[Comment, str, str]]]:
    """Drop suppressed findings; return the rest and the problems to report.

    ``matches(finding, selector)`` tells whether a selector picks a finding's rule. Problems
    are ``(comment, rule id, message)`` for PL003 (malformed) and PL004 (unused).
    """
    directives: list[Directive] = []
    problems: list[tuple[Comment, str, str]] = []
    for comment in document.comments:
        parsed = parse(comment, known)
        if isinstance(parsed, Problem):
            problems.append((comment, MALFORMED, parsed.message))
        elif parsed is not None:
            directives.append(parsed)
    active = scopes(document, directives)
    kept: list[Finding] = []
    for finding, block in findings:
        covering = [
            scope
            for scope in active
            if scope.covers(block, finding.location.line)
            and (
                not scope.directive.selectors
                or any(matches(finding, s) for s in scope.directive.selectors)
            )
        ]
        for scope in covering:
            scope.used += 1
        if not covering:
            kept.append(finding)
    for scope in active:
        if scope.used == 0:
            what = ", ".join(scope.directive.selectors) or "all rules"
            problems.append(
                (
                    scope.directive.comment,
                    UNUSED,
                    f"'{scope.directive.action}' ({what}) suppresses nothing here",
                )
            )
    return kept, problems


# --- baseline -----------------------------------------------------------------------------


def write_baseline(findings: Iterable[Finding]) -> str:
    """The baseline file's text: fingerprints with counts, plus rule and match for people."""
    counts: Counter[str] = Counter()
    about: dict[str, dict[str, str]] = {}
    for finding in findings:
        counts[finding.fingerprint] += 1
        about[finding.fingerprint] = {
            "rule": finding.rule,
            "path": finding.location.path,
            "match": finding.match,
        }
    entries = [{"fingerprint": fp, "count": counts[fp], **about[fp]} for fp in sorted(counts)]
    data = {"version": BASELINE_VERSION, "tool": "pat-lint", "findings": entries}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


class BaselineError(ValueError):
    """The baseline file cannot be read."""


def read_baseline(path: Path) -> Counter[str]:
    """Fingerprint → how many findings with it the baseline accepts."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        entries = data["findings"]
        return Counter({e["fingerprint"]: int(e.get("count", 1)) for e in entries})
    except FileNotFoundError:
        raise BaselineError(f"{path}: baseline file not found") from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise BaselineError(f"{path}: not a pat-lint baseline file ({exc})") from None


def filter_baseline(findings: list[Finding], baseline: Counter[str]) -> list[Finding]:
    """Drop findings the baseline accepts, at most as many per fingerprint as it counts."""
    left = Counter(baseline)
    kept = []
    for finding in findings:
        if left[finding.fingerprint] > 0:
            left[finding.fingerprint] -= 1
        else:
            kept.append(finding)
    return kept
