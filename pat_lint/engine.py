"""The engine: read → analyse → run rules → stamp findings → suppress → sorted result."""

from __future__ import annotations

import hashlib
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import Any

from pat_lint import readers, suppress
from pat_lint.analysis import Analysis
from pat_lint.checks import registry, run_order
from pat_lint.model import FileError, FileResult, Finding, Hit, LintResult, Location
from pat_lint.packs import Rule

#: Rule ids the engine itself raises.
UNREADABLE_FILE = "PL001"
UNSUPPORTED_LANGUAGE = "PL002"
CONTEXT_CHARS = 240

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”»)]*\s+(?=[\"'“«(¿¡]*[A-ZÀ-Ý0-9])")
#: Titles, abbreviations and initials before a full stop that does not end a sentence ("Lic.
#: Marta Coyoy", "Dr. Ahmed", "M. Diallo", "J. Smith", "p. ex.", "art. 12").
_ABBREVIATION = re.compile(
    r"(?:^|[\s(])(?:Mr|Mrs|Ms|Mx|Dr|Drs|Prof|Pr|Lic|Licda|Ing|Arq|Sr|Sra|Srta|Dra|St|Mt|M|MM|Mme"
    r"|Mmes|Mlle|Me|Hon|Rev|Gen|Col|Capt|Lt|Sgt|No|Nr|Nº|Art|art|Vol|vol|Fig|fig|pp|cf|vs"
    r"|approx|p\. ex|e\.g|i\.e|etc|[A-Z](?:\.[A-Z])*)\.$"
)


@dataclass(frozen=True)
class RunOptions:
    """What one run needs to know besides the files: the enabled rules and the language."""

    rules: tuple[Rule, ...]
    all_rules: tuple[Rule, ...]
    language: str | None = None
    ignore_for: Callable[[str], frozenset[str]] | None = None  # path → rule ids to drop
    baseline: Counter[str] | None = None  # fingerprints accepted by a baseline file

    @cached_property
    def params_by_check(self) -> dict[str, Any]:
        """Check type → the params of its first rule among all rules (enabled or not, user
        overrides applied): what analyses shared between check types are computed with (the
        gender section the GS rules report is the one the marker reads)."""
        found: dict[str, Any] = {}
        for rule in self.all_rules:
            found.setdefault(rule.check, rule.params)
        return found


def collect_files(paths: Iterable[Path], keep: Callable[[Path], bool] | None = None) -> list[Path]:
    """Files to check: named files as given, folders searched for supported suffixes, sorted."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    candidate = Path(root) / name
                    wanted = readers.format_of(candidate) and not name.startswith("~$")
                    if wanted and (keep is None or keep(candidate)):
                        found.append(candidate)
        else:
            found.append(path)
    unique = dict.fromkeys(found)
    return sorted(unique, key=lambda p: p.as_posix())


def lint_file(path: Path, options: RunOptions) -> FileResult:
    """Check one file; a file that cannot be read gets an error result, never an exception."""
    display = path.as_posix()
    result = FileResult(path=display, format=readers.format_of(path) or path.suffix.lstrip("."))
    try:
        document = readers.read(path)
    except readers.ReadError as exc:
        result.status = "error"
        result.error = FileError(exc.code, exc.message)
        rule = _rule(options, UNREADABLE_FILE)
        if rule is not None:
            hit = Hit(None, args={"error": exc.message, "code": exc.code})
            result.findings = [_finding(rule, hit, None, Location(display))]
        return result
    document = replace(document, path=display) if document.path != display else document
    analysis = Analysis(document, options.language, options.params_by_check)
    result.words = document.words
    result.pages = document.pages
    result.findings = suppressed(analysis, list(run_rules(analysis, options, result)), options)
    if options.ignore_for is not None:
        dropped = options.ignore_for(display)
        result.findings = [f for f in result.findings if f.rule not in dropped]
    result.language = analysis.known_language
    result.findings.sort(key=Finding.sort_key)
    return result


def suppressed(
    analysis: Analysis, findings: list[tuple[Finding, int | None]], options: RunOptions
) -> list[Finding]:
    """Apply the document's ``pat-lint:`` directives and the baseline; report bad directives."""
    by_id = {rule.id: rule for rule in options.all_rules}

    def picks(finding: Finding, selector: str) -> bool:
        return finding.rule in by_id and by_id[finding.rule].selected_by(selector)

    def known(selector: str) -> bool:
        return any(rule.selected_by(selector) for rule in options.all_rules)

    kept, problems = suppress.apply(analysis.document, findings, picks, known)
    for comment, rule_id, message in problems:
        rule = _rule(options, rule_id)
        if rule is None:
            continue
        block = min(comment.first_block, len(analysis.blocks) - 1)
        location = replace(
            analysis.blocks[block].location,
            path=analysis.document.path,
            section=analysis.section_titles[block],
        )
        if comment.line is not None:
            location = Location(
                location.path, line=comment.line, column=1, section=location.section
            )
        hit = Hit(None, args={"problem": message, "directive": " ".join(comment.text.split())})
        kept.append(_finding(rule, hit, None, location))
    if options.baseline is not None:
        kept = suppress.filter_baseline(kept, options.baseline)
    return kept


def run_rules(
    analysis: Analysis, options: RunOptions, result: FileResult
) -> Iterator[tuple[Finding, int | None]]:
    """Run every enabled rule on one document, check types in their declared order (``after``);
    yield each finding with its block index, and fill the ``result`` fields that check types
    produce (from the first enabled rule of each)."""
    checks = registry()
    if analysis.known_language is None:
        rule = _rule(options, UNSUPPORTED_LANGUAGE)
        if rule is not None:
            yield _finding(rule, Hit(None), analysis, Location(analysis.document.path)), None
        return
    order = {name: rank for rank, name in enumerate(run_order(r.check for r in options.rules))}
    reported: set[str] = set()
    for rule in sorted(options.rules, key=lambda rule: order[rule.check]):
        check_type = checks[rule.check]
        if check_type.report is not None and check_type.name not in reported:
            reported.add(check_type.name)
            for name, value in check_type.report(analysis, rule.params).items():
                setattr(result, name, value)
        for hit in check_type.run(analysis, rule.params):
            yield stamp(rule, hit, analysis), hit.block


def stamp(rule: Rule, hit: Hit, analysis: Analysis) -> Finding:
    """Turn a bare hit into a finding: location, section, context, message, fingerprint."""
    path = analysis.document.path
    if hit.block is None:
        return _finding(rule, hit, analysis, Location(path))
    block = analysis.blocks[hit.block]
    location = block.span_location(hit.start, hit.end)
    location = replace(location, path=path, section=analysis.section_titles[hit.block])
    return _finding(rule, hit, analysis, location)


def _finding(rule: Rule, hit: Hit, analysis: Analysis | None, location: Location) -> Finding:
    match, context, span = "", "", (0, 0)
    if analysis is not None and hit.block is not None:
        text = analysis.blocks[hit.block].text
        match = text[hit.start : hit.end]
        context, span = sentence_context(text, hit.start, hit.end)
    values = {"match": match, "suggestions": ", ".join(hit.suggestions), **hit.args}
    message = hit.message or _format(rule.message, values)
    return Finding(
        rule=rule.id,
        name=rule.name,
        category=rule.category,
        severity=rule.severity,
        message=message,
        location=location,
        match=match,
        suggestions=hit.suggestions,
        context=context,
        context_span=span,
        fingerprint=fingerprint(rule.id, location.path, match, context or message),
    )


def sentence_context(text: str, start: int, end: int) -> tuple[str, tuple[int, int]]:
    """The sentence around ``text[start:end]`` (trimmed to a readable length) and the match's
    offsets inside it."""
    begin, finish = 0, len(text)
    for boundary in _SENTENCE_END.finditer(text):
        if _ABBREVIATION.search(text, max(0, boundary.start() - 8), boundary.start()):
            continue
        if boundary.end() <= start:
            begin = boundary.end()
        elif boundary.start() >= end:
            finish = boundary.start()
            break
    prefix = suffix = ""
    if finish - begin > CONTEXT_CHARS:  # trim a long sentence at word boundaries, marked "…"
        if start - begin > CONTEXT_CHARS // 2:
            cut = text.find(" ", start - CONTEXT_CHARS // 2, start)
            begin, prefix = (cut + 1, "…") if cut >= 0 else (begin, "")
        if finish - begin > CONTEXT_CHARS and finish > end:
            cut = text.rfind(" ", end, begin + CONTEXT_CHARS)
            finish, suffix = (cut, "…") if cut >= 0 else (finish, "")
    context = prefix + text[begin:finish] + suffix
    return context, (start - begin + len(prefix), end - begin + len(prefix))


def fingerprint(rule: str, path: str, match: str, context: str) -> str:
    """A stable hash of rule, file, match and context: survives edits elsewhere in the file."""
    norm = " ".join(f"{rule}\0{path}\0{match}\0{context}".lower().split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:20]


def _format(template: str, values: dict[str, object]) -> str:
    class _Lenient(dict):
        def __missing__(self, key: str) -> str:
            return "{" + key + "}"

    try:
        return template.format_map(_Lenient(values))
    except (ValueError, IndexError):
        return template


def _rule(options: RunOptions, rule_id: str) -> Rule | None:
    """An engine-raised rule, when it is enabled."""
    return next((rule for rule in options.rules if rule.id == rule_id), None)


def lint_paths(
    paths: Iterable[Path],
    options: RunOptions,
    progress: Callable[[Path], None] | None = None,
) -> LintResult:
    """Check every file (errors are per file), in a stable order."""
    result = LintResult()
    for path in paths:
        if progress is not None:
            progress(path)
        result.files.append(lint_file(path, options))
    return result
