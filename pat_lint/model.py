"""The data model shared by readers, analysis, checks, engine and reporters.

Data flows one way: a reader turns a file into a :class:`Document` of :class:`Block`s; checks
yield :class:`Hit`s; the engine turns hits into :class:`Finding`s and gathers them in a
:class:`FileResult`; reporters render a :class:`LintResult`.
"""

from __future__ import annotations

import bisect
import pickle
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields, replace
from enum import Enum, IntEnum
from functools import cached_property
from typing import Any, overload


class Severity(IntEnum):
    """How serious a finding is; ordered so that ``>=`` compares with a fail level."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls[value.strip().upper()]
        except KeyError:
            expected = "expected info, warning or error"
            raise ValueError(f"unknown severity {value!r} ({expected})") from None


#: The languages pat-lint reads (detected per document, or given with ``--language``).
LANGUAGES = ("en", "fr", "es")
#: What ``--fail-on`` accepts: a severity, or ``never``.
FAIL_LEVELS = (*(severity.label for severity in Severity), "never")


class BlockKind(str, Enum):
    """What a block of text is in the document's structure."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE_CELL = "table_cell"
    QUOTE = "quote"


@dataclass(frozen=True)
class Location:
    """Where something is, in terms a person can follow in the original file.

    Only the fields that make sense for the format are set: ``page`` for pdf, ``line`` and
    ``column`` (1-based) for md/txt, ``paragraph`` (1-based body paragraph number) for docx,
    ``table``/``row``/``col`` (1-based) for table cells in every format. A merged cell is read
    once, where it starts; ``row_end``/``col_end`` are the last row and column it covers when it
    spans more than one (a vertically merged "Outcome 1" cell governs rows ``row``..``row_end``).
    """

    path: str
    page: int | None = None
    line: int | None = None
    column: int | None = None
    end_line: int | None = None
    end_column: int | None = None
    paragraph: int | None = None
    section: str | None = None
    table: int | None = None
    row: int | None = None
    col: int | None = None
    row_end: int | None = None
    col_end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "page": self.page,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "paragraph": self.paragraph,
            "section": self.section,
            "table": self.table,
            "row": self.row,
            "col": self.col,
        }

    def short(self) -> str:
        """A compact position for text output: ``12:5``, ``p3``, ``¶17``, ``T2 R3 C1``; empty for
        the document as a whole."""
        parts: list[str] = []
        if self.line is not None:
            parts.append(f"{self.line}:{self.column or 1}")
        elif self.page is not None:
            parts.append(f"p{self.page}")
        elif self.paragraph is not None:
            parts.append(f"¶{self.paragraph}")
        if self.table is not None:
            parts.append(f"T{self.table} R{self.row} C{self.col}")
        return " ".join(parts)


@dataclass(frozen=True)
class Block:
    """One structural piece of a document: a heading, paragraph, list item, table cell or quote.

    ``text`` is the plain text (markup stripped, whitespace collapsed). ``source_map`` maps
    offsets in ``text`` back to the source for line-based formats: a sorted tuple of
    ``(text_offset, line, column)`` anchors; characters after an anchor advance the column.
    ``level`` is the heading level (1 = top) or the list depth (1 = top level).
    ``header`` is, for a table cell, the text of its column's header cell.
    """

    kind: BlockKind
    text: str
    location: Location
    level: int = 0
    header: str | None = None
    style: str | None = None
    source_map: tuple[tuple[int, int, int], ...] = ()

    def position(self, offset: int) -> tuple[int | None, int | None]:
        """Source (line, column) of the character at ``offset`` in ``text``."""
        if not self.source_map:
            return self.location.line, self.location.column
        keys = [anchor[0] for anchor in self.source_map]
        i = max(0, bisect.bisect_right(keys, offset) - 1)
        start, line, column = self.source_map[i]
        return line, column + (offset - start)

    def span_location(self, start: int, end: int) -> Location:
        """The location of ``text[start:end]``: exact line/column where the format has them."""
        if not self.source_map:
            return self.location
        line, column = self.position(start)
        end_line, end_column = self.position(max(start, end - 1))
        return replace(
            self.location,
            line=line,
            column=column,
            end_line=end_line,
            end_column=None if end_column is None else end_column + 1,
        )


@dataclass(frozen=True)
class Comment:
    """A comment carried by the document, which may hold a ``pat-lint:`` directive.

    docx: a Word review comment anchored on blocks ``first_block..last_block``. md: an HTML
    comment; txt: a ``pat-lint:`` line of its own — both with the source ``line`` they sit on
    and ``first_block`` = the block that follows them (``last_block`` the same).
    """

    text: str
    first_block: int
    last_block: int
    author: str = ""
    line: int | None = None


@dataclass(frozen=True)
class Document:
    """What a reader produced: the file's blocks in reading order, and facts about the file."""

    path: str
    format: str
    blocks: tuple[Block, ...]
    pages: int | None = None
    comments: tuple[Comment, ...] = ()
    #: How many of ``pages`` were read, when a limit stopped the reader before the end.
    pages_read: int | None = None

    @cached_property
    def words(self) -> int:
        """How many words the blocks hold (counted once)."""
        return sum(len(block.text.split()) for block in self.blocks)


@dataclass(frozen=True)
class Hit:
    """A bare result of a check: where, what matched, and the values its message needs.

    ``block`` is the index of the block in the document (``None`` for a document-level hit);
    ``start``/``end`` are offsets in that block's text.
    """

    block: int | None
    start: int = 0
    end: int = 0
    args: dict[str, Any] = field(default_factory=dict)
    suggestions: tuple[str, ...] = ()
    message: str | None = None


@dataclass(frozen=True)
class Finding:
    """A hit stamped with its rule's id, name, category, severity and message."""

    rule: str
    name: str
    category: str
    severity: Severity
    message: str
    location: Location
    match: str = ""
    suggestions: tuple[str, ...] = ()
    context: str = ""
    context_span: tuple[int, int] = (0, 0)
    fingerprint: str = ""

    def sort_key(self) -> tuple:
        loc = self.location
        return (
            loc.path,
            loc.page or 0,
            loc.line or 0,
            loc.paragraph or 0,
            loc.table or 0,
            loc.row or 0,
            loc.col or 0,
            loc.column or 0,
            self.rule,
            self.match,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "name": self.name,
            "category": self.category,
            "severity": self.severity.label,
            "message": self.message,
            "match": self.match,
            "suggestions": list(self.suggestions),
            "location": self.location.to_dict(),
            "context": self.context,
            "context_span": list(self.context_span),
            "fingerprint": self.fingerprint,
        }


@dataclass(frozen=True)
class FileError:
    """Why a file could not be checked: a stable code and a one-line message."""

    code: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


@dataclass(frozen=True)
class GenderSectionResult:
    """What the report says about the proposal's gender section (JSON ``gender_section``).

    ``matched_by`` says how the section was found (heading, weak-heading, content);
    ``differences`` and ``measures`` count what its text names; ``lacking`` says why it is not
    adequate; ``location`` is its heading's.
    """

    found: bool
    heading: str | None = None
    words: int = 0
    adequate: bool = False
    matched_by: str | None = None
    differences: int = 0
    measures: int = 0
    lacking: tuple[str, ...] = ()
    location: Location | None = None

    def to_dict(self) -> dict[str, Any]:
        if not self.found:
            return {"found": False, "heading": None, "words": 0, "adequate": False}
        return {
            "found": True,
            "heading": self.heading,
            "words": self.words,
            "adequate": self.adequate,
            "matched_by": self.matched_by,
            "differences": self.differences,
            "measures": self.measures,
            "lacking": list(self.lacking),
            "location": self.location.to_dict() if self.location else None,
        }


@dataclass(frozen=True)
class IndicatorResult:
    """One indicator as the report lists it (JSON ``indicators[]``), flagged or not."""

    text: str
    people: bool
    disaggregated_by: tuple[str, ...]
    location: Location

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "people": self.people,
            "disaggregated_by": list(self.disaggregated_by),
            "location": self.location.to_dict(),
        }


@dataclass(frozen=True)
class DisaggregationStatement:
    """A proposal-wide statement that every indicator or all data will be broken down ("All
    indicators will be disaggregated by sex and age"): the sentence, the breakdowns it names,
    where it is (JSON ``disaggregation_statement``)."""

    text: str
    disaggregated_by: tuple[str, ...]
    location: Location

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "disaggregated_by": list(self.disaggregated_by),
            "location": self.location.to_dict(),
        }


@dataclass(frozen=True)
class Criterion:
    """One criterion of the gender marker: what was asked, how it came out, the evidence."""

    id: str
    label: str
    status: str
    detail: str
    evidence: tuple[str, ...] = ()
    evidence_title: str = "for example"

    def reason(self) -> str:
        return f"{self.label}: {self.status} — {self.detail}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "status": self.status,
            "detail": self.detail,
            "evidence": list(self.evidence),
            "evidence_title": self.evidence_title,
        }


@dataclass(frozen=True)
class MarkerResult:
    """The indicative gender marker (JSON ``marker``): the code, its scheme and DAC equivalent,
    the reasons, each criterion, and the note that the reviewer decides."""

    code: str
    scheme: str
    dac: str
    reasons: tuple[str, ...]
    criteria: tuple[Criterion, ...]
    note: str

    def criterion(self, id: str) -> Criterion:
        return next(c for c in self.criteria if c.id == id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "scheme": self.scheme,
            "dac": self.dac,
            "reasons": list(self.reasons),
            "criteria": [criterion.to_dict() for criterion in self.criteria],
            "note": self.note,
        }


#: Field metadata marking a :class:`FileResult` field that a check type produces.
PRODUCED = {"produced_by_check": True}


def produced_fields() -> frozenset[str]:
    """The :class:`FileResult` fields that check types fill (``produces`` in their registration)."""
    return frozenset(f.name for f in fields(FileResult) if f.metadata.get("produced_by_check"))


@dataclass
class FileResult:
    """Everything pat-lint found out about one file.

    ``gender_section``, ``indicators`` and ``marker`` are set by the check types that produce
    them (see ``produces`` in :func:`pat_lint.checks.check`), when one of their rules is enabled.
    """

    path: str
    format: str
    status: str = "ok"
    error: FileError | None = None
    language: str | None = None
    words: int = 0
    pages: int | None = None
    gender_section: GenderSectionResult | None = field(default=None, metadata=PRODUCED)
    indicators: list[IndicatorResult] = field(default_factory=list, metadata=PRODUCED)
    disaggregation_statement: DisaggregationStatement | None = field(
        default=None, metadata=PRODUCED
    )
    marker: MarkerResult | None = field(default=None, metadata=PRODUCED)
    findings: list[Finding] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "format": self.format,
            "language": self.language,
            "status": self.status,
            "error": self.error.to_dict() if self.error else None,
            "stats": {"words": self.words, "pages": self.pages},
            "gender_section": self.gender_section.to_dict() if self.gender_section else None,
            "indicators": [indicator.to_dict() for indicator in self.indicators],
            "disaggregation_statement": (
                self.disaggregation_statement.to_dict() if self.disaggregation_statement else None
            ),
            "marker": self.marker.to_dict() if self.marker else None,
            "findings": [finding.to_dict() for finding in self.findings],
        }


#: What a run's summary and exit code need of a file's findings: (rule, name, severity) and how
#: many findings have them.
Tally = tuple[tuple[tuple[str, str, Severity], int], ...]


@dataclass(frozen=True)
class PackedResult:
    """A :class:`FileResult` pickled and compressed: a few KB instead of the ~30 KB its objects
    take, with what a run's summary and exit code need kept beside it (its status, a tally of
    its findings), so that these are known without unpacking it."""

    data: bytes
    status: str
    tally: Tally

    @classmethod
    def of(cls, result: FileResult) -> PackedResult:
        data = zlib.compress(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL), 1)
        counts = Counter((f.rule, f.name, f.severity) for f in result.findings)
        return cls(data, result.status, tuple(counts.items()))

    def unpack(self) -> FileResult:
        result: FileResult = pickle.loads(zlib.decompress(self.data))
        return result


class FileResults(Sequence[FileResult]):
    """The results of a run in order, each kept packed (:class:`PackedResult`) and unpacked
    when read, so that a run over thousands of files holds a few KB per file. A result read
    from here is a fresh copy: to change one, assign it back (``results[i] = changed``)."""

    def __init__(self, results: Iterable[FileResult | PackedResult] = ()) -> None:
        self._packed = [_packed(result) for result in results]

    def packed(self) -> Sequence[PackedResult]:
        """The packed results, in order (read only)."""
        return self._packed

    def __len__(self) -> int:
        return len(self._packed)

    @overload
    def __getitem__(self, index: int) -> FileResult: ...

    @overload
    def __getitem__(self, index: slice) -> list[FileResult]: ...

    def __getitem__(self, index: int | slice) -> FileResult | list[FileResult]:
        if isinstance(index, slice):
            return [packed.unpack() for packed in self._packed[index]]
        return self._packed[index].unpack()

    def __setitem__(self, index: int, result: FileResult | PackedResult) -> None:
        self._packed[index] = _packed(result)

    def __iter__(self) -> Iterator[FileResult]:
        for packed in self._packed:
            yield packed.unpack()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, FileResults):
            return [p.data for p in self._packed] == [p.data for p in other._packed]
        return isinstance(other, Sequence) and list(self) == list(other)

    def __repr__(self) -> str:
        return f"FileResults({list(self)!r})"


def _packed(result: FileResult | PackedResult) -> PackedResult:
    if isinstance(result, PackedResult):
        return result
    return PackedResult.of(result)


@dataclass
class LintResult:
    """The result of one run over many files (kept packed: :class:`FileResults`)."""

    files: FileResults = field(default_factory=FileResults)

    def __post_init__(self) -> None:
        if not isinstance(self.files, FileResults):
            self.files = FileResults(self.files)

    @property
    def findings(self) -> list[Finding]:
        return [finding for file in self.files for finding in file.findings]

    def tally(self) -> Counter[tuple[str, str, Severity]]:
        """How many findings each (rule, name, severity) has, over every file (no file
        unpacked)."""
        counts: Counter[tuple[str, str, Severity]] = Counter()
        for packed in self.files.packed():
            for key, n in packed.tally:
                counts[key] += n
        return counts

    @property
    def errors(self) -> int:
        """How many files could not be checked."""
        return sum(1 for packed in self.files.packed() if packed.status == "error")

    def unchecked(self) -> list[FileResult]:
        """The files that could not be checked (only these unpacked)."""
        return [packed.unpack() for packed in self.files.packed() if packed.status == "error"]

    def summary(self) -> dict[str, Any]:
        by_severity = {severity.label: 0 for severity in sorted(Severity, reverse=True)}
        by_rule: dict[str, int] = {}
        tally = self.tally()
        for (rule, _, severity), n in tally.items():
            by_severity[severity.label] += n
            by_rule[rule] = by_rule.get(rule, 0) + n
        return {
            "files": len(self.files),
            "errors": self.errors,
            "findings": sum(tally.values()),
            "by_severity": by_severity,
            "by_rule": dict(sorted(by_rule.items())),
        }
