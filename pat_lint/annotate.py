"""``pat-lint annotate``: the proposal back as a Word copy with a review comment per finding.

Each finding becomes a Word review comment (author "pat-lint", initials "PL") anchored on the
exact text it is about: the runs of the matched range inside its paragraph, split where the
match starts or ends inside a run (the split halves keep the run's formatting). A table-cell
finding is anchored in the cell's paragraph; a document-level finding on the first paragraph.
One summary comment at the top gives the indicative gender marker and the counts (and stands
for the GM001 verdict, which is not repeated).

Findings are mapped back to paragraphs through their location (``paragraph`` number for body
paragraphs, ``table``/``row``/``col`` for cells) using the docx reader's own walk over the
body, so that numbering is the reader's by construction. The input is only read; the copy is
written atomically and never over the input.
"""

from __future__ import annotations

import copy
import io
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pat_lint.model import Block, FileResult, Finding, Severity

AUTHOR = "pat-lint"
INITIALS = "PL"
#: Findings of this rule name are the marker verdict, which the summary comment carries.
VERDICT_RULE = "gender-marker"


class AnnotateError(Exception):
    """Annotating is not possible; the message is one line for the user."""


# --------------------------------------------------------------------------------------------
# The reader's walk, with the paragraph element behind each block


@dataclass(frozen=True)
class Body:
    """The reader's blocks of a python-docx document and, for each, its ``w:p`` element."""

    blocks: tuple[Block, ...]
    paragraphs: tuple[Any, ...]
    walker: Any


def walk(word: Any, path: str) -> Body:
    """Walk ``word`` (a python-docx Document) exactly as the docx reader does, so that the
    numbering of paragraphs and cells is the reader's by construction."""
    from pat_lint.readers import docx as reader

    walker = reader.walk(word, path)
    return Body(tuple(walker.blocks), tuple(walker.elements), walker)


def visible_runs(body: Body, paragraph: Any) -> list[Any]:
    """The ``w:r`` runs whose text makes up the block text (visible, not hidden)."""
    from pat_lint.readers import docx as reader

    return reader.visible_runs(body.walker, paragraph)


def _pieces(run: Any) -> list[tuple[Any, str]]:
    """A run's content children with the text each contributes (as the reader reads it)."""
    from pat_lint.readers import docx as reader

    return reader.run_pieces(run)


# --------------------------------------------------------------------------------------------
# From an offset range of the block text to runs


def _run_texts(runs: Sequence[Any]) -> list[str]:
    return ["".join(text for _, text in _pieces(run)) for run in runs]


def _collapsed_offsets(raw: str) -> list[int]:
    """For each character of ``" ".join(raw.split())``, its index in ``raw``."""
    offsets: list[int] = []
    pending_space: int | None = None
    for index, char in enumerate(raw):
        if char.isspace():
            if offsets and pending_space is None:
                pending_space = index
            continue
        if pending_space is not None:
            offsets.append(pending_space)
            pending_space = None
        offsets.append(index)
    return offsets


def split_run(run: Any, at: int) -> Any:
    """Split ``run`` after ``at`` characters of its text; return the new right-hand run.

    Both halves keep the run properties (``w:rPr``); a ``w:t`` crossing the split is cut, and
    an element without text (a field character, a page-break mark) stays on one side only.
    """
    from pat_lint.readers import docx as reader

    right = copy.deepcopy(run)
    run.addnext(right)
    twins = [child for child, _ in reader.run_pieces(right)]
    position = 0
    for (child, text), twin in zip(_pieces(run), twins, strict=True):
        begin, end = position, position + len(text)
        position = end
        if (not text and begin < at) or (text and end <= at):
            right.remove(twin)
        elif begin >= at:
            run.remove(child)
        else:  # the split falls inside this piece: a w:t
            child.text, twin.text = text[: at - begin], text[at - begin :]
            for element in (child, twin):
                element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return right


def _boundary(body: Body, paragraph: Any, raw_offset: int) -> None:
    """Make ``raw_offset`` (in the paragraph's raw run text) fall between two runs."""
    runs = visible_runs(body, paragraph)
    position = 0
    for run, run_text in zip(runs, _run_texts(runs), strict=True):
        if position < raw_offset < position + len(run_text):
            split_run(run, raw_offset - position)
            return
        position += len(run_text)


def anchor_runs(body: Body, paragraph: Any, text: str, start: int, end: int) -> list[Any]:
    """The runs covering ``text[start:end]`` of the block, split at the range's ends.

    The whole paragraph when the range is empty, or when the paragraph's runs do not give back
    the block's text (then an exact anchor could land on the wrong words).
    """
    runs = visible_runs(body, paragraph)
    texts = _run_texts(runs)
    raw = "".join(texts)
    whole = [run for run, run_text in zip(runs, texts, strict=True) if run_text.strip()]
    offsets = _collapsed_offsets(raw)
    if start >= end or " ".join(raw.split()) != text or end > len(offsets):
        return whole
    raw_start, raw_end = offsets[start], offsets[end - 1] + 1
    _boundary(body, paragraph, raw_start)
    _boundary(body, paragraph, raw_end)
    runs = visible_runs(body, paragraph)
    selected, position = [], 0
    for run, run_text in zip(runs, _run_texts(runs), strict=True):
        begin, position = position, position + len(run_text)
        if run_text and raw_start <= begin and position <= raw_end:
            selected.append(run)
    return selected or whole


# --------------------------------------------------------------------------------------------
# Findings to comments


def block_of(finding: Finding, blocks: Sequence[Block]) -> int | None:
    """The block a finding sits in, from its location and its sentence (None: document-level)."""
    loc = finding.location
    if loc.table is not None:
        candidates = [
            i
            for i, b in enumerate(blocks)
            if (b.location.table, b.location.row, b.location.col) == (loc.table, loc.row, loc.col)
        ]
    elif loc.paragraph is not None:
        candidates = [
            i
            for i, b in enumerate(blocks)
            if b.location.paragraph == loc.paragraph and b.location.table is None
        ]
    else:
        return None
    for index in candidates:
        if finding.context and finding.context in blocks[index].text:
            return index
    return candidates[0] if candidates else None


def match_range(finding: Finding, block: Block) -> tuple[int, int]:
    """Offsets of the finding's match in the block text ((0, 0) when it has none)."""
    if not finding.context or finding.context_span == (0, 0):
        return 0, 0
    begin = block.text.find(finding.context)
    if begin < 0:
        return 0, 0
    start, end = finding.context_span
    return begin + start, begin + end


def comment_lines(finding: Finding) -> list[str]:
    """The text of a finding's comment: rule and message, then suggestions."""
    lines = [f"[{finding.rule} {finding.name} · {finding.severity.label}] {finding.message}"]
    if finding.suggestions:
        lines.append("Instead: " + ", ".join(finding.suggestions))
    return lines


def summary_lines(file: FileResult) -> list[str]:
    """The summary comment: the marker with its reasons, then what was found."""
    lines = ["pat-lint review of this proposal"]
    marker = file.marker
    if marker:
        lines.append(
            f"Indicative gender marker: {marker.code} ({marker.scheme}) ≈ OECD DAC "
            f"{marker.dac}. Indicative only: the reviewer decides."
        )
        lines += [f"• {reason}" for reason in marker.reasons]
    else:
        lines.append("Gender marker: not computed.")
    findings = [f for f in file.findings if f.name != VERDICT_RULE]
    by_severity = Counter(f.severity for f in findings)
    counts = ", ".join(
        f"{by_severity[s]} {s.label}" for s in sorted(Severity, reverse=True) if by_severity[s]
    )
    lines.append(f"Findings: {len(findings)}" + (f" ({counts})" if counts else "") + ".")
    by_rule = Counter(f"{f.rule} {f.name}" for f in findings)
    if by_rule:
        lines.append("By rule: " + "; ".join(f"{rule} ×{n}" for rule, n in sorted(by_rule.items())))
    section = file.gender_section
    if section is not None:
        quality = "adequate" if section.adequate else "not adequate"
        state = f"“{section.heading}” ({quality})" if section.found else "none"
        lines.append(f"Gender section: {state}.")
    people = [i for i in file.indicators if i.people]
    if file.indicators:
        by_sex = sum(1 for i in people if "sex" in i.disaggregated_by)
        lines.append(
            f"Indicators: {len(file.indicators)}, {len(people)} counting people, "
            f"{by_sex} of them disaggregated by sex."
        )
    return lines


def add_comment(word: Any, runs: list[Any], lines: list[str]) -> None:
    """One Word comment on ``runs`` with one paragraph per line."""
    from docx.text.run import Run

    anchors = [Run(run, word) for run in runs]
    comment = word.add_comment(anchors, text=lines[0], author=AUTHOR, initials=INITIALS)
    for line in lines[1:]:
        comment.add_paragraph(line)


def annotate_docx(source: Path, file: FileResult) -> tuple[bytes, int]:
    """The annotated copy of ``source`` (as bytes) and the number of comments added."""
    import docx

    word = docx.Document(str(source))
    body = walk(word, str(source))
    if not body.blocks:
        raise AnnotateError("the document has no text to comment on")
    top = body.paragraphs[0]
    add_comment(word, anchor_runs(body, top, body.blocks[0].text, 0, 0), summary_lines(file))
    added = 1
    for finding in file.findings:
        if finding.name == VERDICT_RULE:
            continue
        index = block_of(finding, body.blocks)
        block = body.blocks[index if index is not None else 0]
        paragraph = body.paragraphs[index if index is not None else 0]
        start, end = match_range(finding, block) if index is not None else (0, 0)
        runs = anchor_runs(body, paragraph, block.text, start, end)
        if runs:
            add_comment(word, runs, comment_lines(finding))
            added += 1
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue(), added


# --------------------------------------------------------------------------------------------
# The command


def check_paths(path: Path, output: Path) -> None:
    """Refuse what cannot work: not a .docx, missing input, output over the input."""
    if path.suffix.lower() != ".docx":
        raise AnnotateError(
            f"{path}: annotate works on Word .docx files only "
            f"(got {path.suffix or 'no extension'!r}); use `pat-lint check` for other formats"
        )
    if not path.is_file():
        raise AnnotateError(f"{path}: no such file")
    if output.suffix.lower() != ".docx":
        raise AnnotateError(f"{output}: the annotated copy must be a .docx file")
    same = output.resolve() == path.resolve() or (output.exists() and output.samefile(path))
    if same:
        raise AnnotateError(
            f"{output}: refusing to overwrite the proposal itself; choose another --output"
        )
