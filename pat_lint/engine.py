"""The engine: read → analyse → run rules → stamp findings → suppress → sorted result."""

from __future__ import annotations

import bisect
import hashlib
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from pat_lint import collector, readers, suppress, workers
from pat_lint.analysis import Analysis
from pat_lint.cache import Cache
from pat_lint.checks import registry, run_order
from pat_lint.model import (
    FileError,
    FileResult,
    FileResults,
    Finding,
    Hit,
    LintResult,
    Location,
    PackedResult,
)
from pat_lint.packs import Rule

#: Rule ids the engine itself raises.
UNREADABLE_FILE = "PL001"
UNSUPPORTED_LANGUAGE = "PL002"
PARTLY_READ = "PL005"
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
    pdf_backend: str | None = None  # the library that reads PDFs (None: the default, pdfium)

    @cached_property
    def params_by_check(self) -> dict[str, Any]:
        """Check type → the params of its first rule among all rules (enabled or not, user
        overrides applied): what analyses shared between check types are computed with (the
        gender section the GS rules report is the one the marker reads)."""
        found: dict[str, Any] = {}
        for rule in self.all_rules:
            found.setdefault(rule.check, rule.params)
        return found


#: Folders never searched: tools' and environments' own files, never proposals.
SKIPPED_FOLDERS = frozenset({"node_modules", "site-packages", "__pycache__"})


def collect_files(
    paths: Iterable[Path],
    keep: Callable[[Path], bool] | None = None,
    force_exclude: bool = False,
    gitignore: bool = True,
) -> list[Path]:
    """Files to check: named files as given (filtered by ``keep`` too with ``force_exclude``),
    folders searched for supported suffixes, skipping hidden folders, virtual environments
    (a folder with ``pyvenv.cfg``), ``node_modules`` and what ``.gitignore`` files ignore
    (``gitignore``); sorted."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(_walk(path, keep, gitignore))
        elif not force_exclude or keep is None or keep(path):
            found.append(path)
    unique = dict.fromkeys(found)
    return sorted(unique, key=lambda p: p.as_posix())


def _walk(folder: Path, keep: Callable[[Path], bool] | None, gitignore: bool) -> list[Path]:
    """The supported files under ``folder``; each ``.gitignore`` applies below its folder. A
    folder that cannot be listed (permission denied) is an entry of its own, so that it is
    reported as unreadable rather than skipped without a word."""
    found: list[Path] = []

    def unlisted(error: OSError) -> None:
        if error.filename is not None and not isinstance(error, FileNotFoundError):
            found.append(Path(os.fsdecode(error.filename)))

    specs: list[tuple[Path, Any]] = []  # (folder of a .gitignore, its patterns)

    def ignored(candidate: Path, is_dir: bool) -> bool:
        for base, spec in specs:
            if base in candidate.parents:
                relative = candidate.relative_to(base).as_posix() + ("/" if is_dir else "")
                if spec.match_file(relative):
                    return True
        return False

    for root, dirs, files in os.walk(folder, onerror=unlisted):
        here = Path(root)
        if gitignore and ".gitignore" in files:
            specs.append((here, _gitignore_spec(here / ".gitignore")))
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".")
            and d not in SKIPPED_FOLDERS
            and not _is_virtualenv(here / d)
            and not ignored(here / d, is_dir=True)
        )
        for name in sorted(files):
            candidate = here / name
            if not readers.format_of(candidate) or name.startswith("~$"):
                continue
            if ignored(candidate, is_dir=False) or (keep is not None and not keep(candidate)):
                continue
            found.append(candidate)
    return found


def _is_virtualenv(folder: Path) -> bool:
    """A Python virtual environment (it has a ``pyvenv.cfg``); a folder that cannot be looked
    into is not one (it is reported when the walk fails to list it)."""
    try:
        return (folder / "pyvenv.cfg").exists()
    except OSError:
        return False


def _gitignore_spec(path: Path) -> Any:
    """The patterns of one ``.gitignore`` (pathspec's git semantics); unreadable: none."""
    import pathspec

    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        lines = []
    return pathspec.GitIgnoreSpec.from_lines(lines)


def shown_path(path: Path) -> str:
    """The path as reports show it: a file name that is not valid UTF-8 gets U+FFFD for the
    bytes it cannot show (the file itself is still read by its real name)."""
    text = path.as_posix()
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def in_shard(path: Path, index: int, count: int) -> bool:
    """Whether ``path`` belongs to shard ``index`` of ``count`` (1-based): decided by a hash of
    its path relative to the working directory, so every file has one shard, the same in every
    job of a CI matrix, and adding files moves no other file to another shard."""
    try:
        name = path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        name = path.resolve().as_posix()
    digest = hashlib.sha256(name.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % count == index - 1


def lint_file(path: Path, options: RunOptions) -> FileResult:
    """Check one file; a file that cannot be read gets an error result, never an exception."""
    return finished(analyse_file(path, options), options)


def analyse_file(path: Path, options: RunOptions) -> FileResult:
    """What the file's content says, before anything that depends on its path (the baseline,
    per-file ignores): read → analyse → rules → the document's own directives; findings in the
    order found. This is what the cache keeps. An unreadable file, or a failure of pat-lint
    itself on this file, gives an error result rather than an exception."""
    try:
        return _analysed(path, options)
    except MemoryError:
        return error_result(path, options, "too-large", "the file is too large to check")
    except Exception as exc:  # a bug on this one file must not stop the run
        detail = f"{type(exc).__name__}: {exc}".splitlines()[0][:200]
        message = f"pat-lint failed on this file ({detail}); please report it"
        return error_result(path, options, "internal-error", message)


def finished(result: FileResult, options: RunOptions) -> FileResult:
    """Apply what depends on the file's path (the baseline, per-file ignores) and sort."""
    if options.baseline is not None:
        result.findings = suppress.filter_baseline(result.findings, options.baseline)
    if options.ignore_for is not None:
        dropped = options.ignore_for(result.path)
        result.findings = [f for f in result.findings if f.rule not in dropped]
    result.findings.sort(key=Finding.sort_key)
    return result


def error_result(path: Path, options: RunOptions, code: str, message: str) -> FileResult:
    """The result of a file that could not be checked (with a PL001 finding when enabled)."""
    display = shown_path(path)
    result = FileResult(path=display, format=readers.format_of(path) or path.suffix.lstrip("."))
    result.status = "error"
    result.error = FileError(code, message)
    rule = _rule(options, UNREADABLE_FILE)
    if rule is not None:
        hit = Hit(None, args={"error": message, "code": code})
        result.findings = [_finding(rule, hit, None, Location(display))]
    return result


def _analysed(path: Path, options: RunOptions) -> FileResult:
    display = shown_path(path)
    try:
        document = readers.read(path, options.pdf_backend)
    except readers.ReadError as exc:
        return error_result(path, options, exc.code, exc.message)
    result = FileResult(path=display, format=readers.format_of(path) or path.suffix.lstrip("."))
    document = replace(document, path=display) if document.path != display else document
    analysis = Analysis(document, options.language, options.params_by_check)
    result.words = document.words
    result.pages = document.pages
    result.findings = suppressed(analysis, list(run_rules(analysis, options, result)), options)
    result.language = analysis.known_language
    return result


def suppressed(
    analysis: Analysis, findings: list[tuple[Finding, int | None]], options: RunOptions
) -> list[Finding]:
    """Apply the document's ``pat-lint:`` directives; report bad and unused ones."""
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
    return kept


def run_rules(
    analysis: Analysis, options: RunOptions, result: FileResult
) -> Iterator[tuple[Finding, int | None]]:
    """Run every enabled rule on one document, check types in their declared order (``after``);
    yield each finding with its block index, and fill the ``result`` fields that check types
    produce (from the first enabled rule of each)."""
    checks = registry()
    document = analysis.document
    if document.pages_read is not None and document.pages:
        rule = _rule(options, PARTLY_READ)
        if rule is not None:
            hit = Hit(None, args={"read": document.pages_read, "total": document.pages})
            yield _finding(rule, hit, analysis, Location(document.path)), None
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
    starts, ends = sentence_boundaries(text)
    before = bisect.bisect_right(ends, start) - 1  # the last boundary ending at or before start
    begin = ends[before] if before >= 0 else 0
    after = bisect.bisect_left(starts, end)  # the first boundary starting at or after end
    finish = starts[after] if after < len(starts) else len(text)
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


@lru_cache(maxsize=16)
def sentence_boundaries(text: str) -> tuple[list[int], list[int]]:
    """Where the sentences of ``text`` end: the starts and ends of the gaps between them
    (abbreviations skipped), made once per text so that the many findings of a long block cost
    one pass over it."""
    starts: list[int] = []
    ends: list[int] = []
    for boundary in _SENTENCE_END.finditer(text):
        if not _ABBREVIATION.search(text, max(0, boundary.start() - 8), boundary.start()):
            starts.append(boundary.start())
            ends.append(boundary.end())
    return starts, ends


def fingerprint(rule: str, path: str, match: str, context: str) -> str:
    """A stable hash of rule, file, match and context: survives edits elsewhere in the file."""
    norm = " ".join(f"{rule}\0{path}\0{match}\0{context}".lower().split())
    # surrogateescape: a file name that is not valid UTF-8 still gets a fingerprint
    return hashlib.sha256(norm.encode("utf-8", "surrogateescape")).hexdigest()[:20]


class _Lenient(dict[str, object]):
    """Values for a message template; a placeholder without one stays as written."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _format(template: str, values: dict[str, object]) -> str:
    try:
        return template.format_map(_Lenient(values))
    except (ValueError, IndexError):
        return template


def _rule(options: RunOptions, rule_id: str) -> Rule | None:
    """An engine-raised rule, when it is enabled."""
    return next((rule for rule in options.rules if rule.id == rule_id), None)


#: Fewest files that make a worker process worth starting (it pays an interpreter start-up).
FILES_PER_WORKER = 4


def lint_paths(
    paths: Iterable[Path],
    options: RunOptions,
    progress: Callable[[Path], None] | None = None,
    jobs: int = 1,
    cache: Cache | None = None,
) -> LintResult:
    """Check every file (errors are per file); the result lists them in the order given.

    Files the ``cache`` knows are served from it. The others are checked in this process, or in
    up to ``jobs`` worker processes when there are enough of them (:data:`FILES_PER_WORKER`
    each); either way the result is the same, byte for byte. ``progress`` is called with each
    file as it is done, in the order of completion.
    """
    files = list(paths)
    results: list[PackedResult | None] = [None] * len(files)
    path_free = options.baseline is None and options.ignore_for is None

    def deliver(index: int, result: FileResult | PackedResult) -> None:
        if isinstance(result, PackedResult) and path_free:  # from a worker, finished there
            results[index] = result
        else:
            unpacked = result.unpack() if isinstance(result, PackedResult) else result
            results[index] = PackedResult.of(finished(unpacked, options))
        if progress is not None:
            progress(files[index])

    tasks: list[workers.Task] = []
    for index, path in enumerate(files):
        key = cache.key(path) if cache is not None else None
        hit = cache.load(key, path.as_posix()) if cache is not None and key else None
        if hit is not None:
            deliver(index, hit)
        else:
            tasks.append(workers.Task(index, path, key))
    context = (replace(options, ignore_for=None, baseline=None), cache)
    processes = min(jobs, len(tasks) // FILES_PER_WORKER)
    if processes > 1:

        def crashed(task: workers.Task, exitcode: int | None) -> FileResult:
            return error_result(task.path, options, "crashed", crash_message(exitcode))

        workers.run(tasks, packed_task, context, processes, deliver, crashed)
    else:
        for number, task in enumerate(tasks, 1):
            deliver(task.index, analyse_task(task, context))
            if number < len(tasks):
                collector.release_file()
    return LintResult(FileResults(result for result in results if result is not None))


def analyse_task(task: workers.Task, context: tuple[RunOptions, Cache | None]) -> FileResult:
    """Check one file for :func:`lint_paths` (in this process or a worker) and keep the result
    in the cache when the file still has the content its key was made from."""
    options, cache = context
    result = analyse_file(task.path, options)
    if cache is None or task.key is None or result.status != "ok":
        return result
    if cache.key(task.path) == task.key:  # not edited while it was being checked
        cache.store(task.key, result)
    return result


def packed_task(task: workers.Task, context: tuple[RunOptions, Cache | None]) -> PackedResult:
    """:func:`analyse_task` in a worker: the result finished but for what depends on the run
    (its findings sorted), and packed, so that the run neither unpacks nor holds its objects."""
    return PackedResult.of(finished(analyse_task(task, context), context[0]))


def crash_message(exitcode: int | None) -> str:
    """Why a file whose worker process died has no result."""
    how = f"killed by signal {-exitcode}" if exitcode and exitcode < 0 else f"exit code {exitcode}"
    return f"the process checking this file stopped ({how}; out of memory?)"
