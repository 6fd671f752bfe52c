"""Outlines: every section of a document as found, before judging — the section tree's
sections (the document's title left out) and the paragraphs and form fields standing for a
heading (a "Gender" line, a run-in "Gender: …" label, a "Gender analysis | …" table row).

Nothing here knows about gender: which outlines are about it is for the search.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pat_lint.analysis.sections import Section, numbering
from pat_lint.model import Block, BlockKind

if TYPE_CHECKING:
    from pat_lint.analysis import Analysis

#: What an outline's title is (see :class:`Outline`).
SECTION, LABEL, RUN_IN, RUN_IN_SENTENCE = "section", "label", "run-in", "run-in-sentence"
FORM_FIELD = "form-field"

#: A run-in label: "Gender: text", "Gender. Text", "Gender – text".
_RUN_IN = re.compile(r"^(?P<label>[^\W\d_][^.:;!?–—]{0,60}?)\s*(?P<sep>[:.]|\s[–—-])\s+(?=\S)")
_SENTENCE_END = (".", "!", "?", ";")
MAX_LABEL_WORDS = 6
#: A run-in label must be followed by at least this many words ("Gender marker: 2a" is not one).
MIN_RUN_IN_WORDS = 6
MAX_PSEUDO_HEADING_WORDS = 8


@dataclass(frozen=True)
class Outline:
    """A section as found in the document, before judging it.

    ``heading`` is the index of the block holding the title (a heading, or a paragraph used as
    one) and ``title_end`` where the title ends in that block's text (a run-in label ends
    before the paragraph's text); ``body`` the blocks it governs. ``kind`` says what the
    title is: a heading (SECTION), a paragraph standing alone as a title (LABEL), the label
    that opens a paragraph (RUN_IN, or RUN_IN_SENTENCE when it ends with a full stop:
    "Gender. The project…"), or the first cell of a row of a two-column form (FORM_FIELD:
    "Gender analysis | text").
    """

    heading: int
    title: str
    title_end: int
    body: tuple[int, ...]
    kind: str = SECTION

    @property
    def real(self) -> bool:
        """Whether the title is a heading of the section tree (not a paragraph used as one)."""
        return self.kind == SECTION


def outlines(analysis: Analysis, continues: Callable[[str], bool]) -> Iterator[Outline]:
    """Every section of the document — the section tree's, except the document's title — then
    paragraphs standing for headings (see :func:`pseudo_outlines`)."""
    sections = analysis.sections
    title = document_title(sections)
    for position, section in enumerate(sections):
        if position != title:
            body = tuple(range(section.start, section.end))
            yield Outline(section.heading, section.title, len(section.title), body, SECTION)
    yield from pseudo_outlines(analysis.blocks, continues)


def document_title(sections: Sequence[Section]) -> int | None:
    """The position of the section that is the document's title, if any: the only top-level
    section, holding all the others, or an unnumbered heading that opens the document and is
    followed by others. "Empowering migrant women in Senegal" names women, but it is the
    proposal's title, not its gender section."""
    if len(sections) < 2:
        return None
    roots = [position for position, section in enumerate(sections) if section.parent is None]
    if len(roots) == 1 and len(sections) > 2:
        return roots[0]
    first = sections[0]
    if first.heading == 0 and numbering(first.title) is None:
        return 0
    return None


def pseudo_outlines(blocks: Sequence[Block], continues: Callable[[str], bool]) -> Iterator[Outline]:
    """Paragraphs that stand for a heading, with the blocks they govern.

    - a short title-shaped paragraph ("Gender", "Gender:" — a bold line a reader kept as a
      paragraph, or a label line in plain text) governs the blocks after it, up to the next
      heading or the next such paragraph — unless ``continues`` says that paragraph goes on
      with the same subject (a "Measures:" label after "Gender analysis:");
    - a run-in label ("Gender: the project…", "Genre. Le projet…") governs its own paragraph
      (after the label) and the list items right after it;
    - in a two-column table (a proposal template written as a form), a short title-shaped
      first cell ("Gender analysis") governs the other cell of its row.

    Every paragraph or cell of that shape is yielded; whether it is about gender is for the
    caller.
    """
    yield from form_fields(blocks)
    for index, block in enumerate(blocks):
        if block.kind is not BlockKind.PARAGRAPH:
            continue
        if is_pseudo_heading(block.text):
            title = block.text.rstrip(" :")
            body = tuple(_governed(blocks, index, continues))
            if body and not _in_a_list_of_names(blocks, index):
                yield Outline(index, title, len(title), body, LABEL)
            continue
        found = run_in_label(block.text)
        if found is not None:
            label, kind = found
            items = []
            for later in range(index + 1, len(blocks)):
                if blocks[later].kind is not BlockKind.LIST_ITEM:
                    break
                items.append(later)
            yield Outline(index, label, len(label), (index, *items), kind)


def form_fields(blocks: Sequence[Block]) -> Iterator[Outline]:
    """The rows of two-column tables whose first cell is a title: (title, value cells)."""
    tables: dict[int | None, list[int]] = {}
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.TABLE_CELL:
            tables.setdefault(block.location.table, []).append(index)
    for cells in tables.values():
        if max(blocks[i].location.col or 0 for i in cells) != 2:
            continue
        rows: dict[int | None, list[int]] = {}
        for index in cells:
            rows.setdefault(blocks[index].location.row, []).append(index)
        for row in rows.values():
            labels = [i for i in row if blocks[i].location.col == 1]
            values = tuple(i for i in row if blocks[i].location.col == 2)
            if len(labels) == 1 and values and is_pseudo_heading(blocks[labels[0]].text):
                title = blocks[labels[0]].text.rstrip(" :")
                yield Outline(labels[0], title, len(title), values, FORM_FIELD)


def is_pseudo_heading(text: str) -> bool:
    """A short paragraph shaped like a title: few words, no sentence-final punctuation."""
    stripped = text.strip()
    words = stripped.split()
    if not words or len(words) > MAX_PSEUDO_HEADING_WORDS:
        return False
    if stripped.endswith(_SENTENCE_END) or not (stripped[0].isupper() or stripped[0].isdigit()):
        return False
    if ":" in stripped.rstrip(" :"):  # "Gender marker: 2a" is a field, not a title
        return False
    return any(ch.isalpha() for ch in stripped)


def run_in_label(text: str) -> tuple[str, str] | None:
    """The label of a run-in heading and its kind ("Gender: the project will…" → ("Gender",
    RUN_IN); "Gender. The project…" → ("Gender", RUN_IN_SENTENCE)), or None.

    The label is short and capitalised, and some text follows it ("Gender marker: 2a" is a
    field of a summary, not a run-in heading).
    """
    match = _RUN_IN.match(text)
    if not match:
        return None
    label = match.group("label").strip()
    if len(label.split()) > MAX_LABEL_WORDS or not label[:1].isupper():
        return None
    if len(text[match.end() :].split()) < MIN_RUN_IN_WORDS:
        return None
    return label, RUN_IN_SENTENCE if match.group("sep") == "." else RUN_IN


def _in_a_list_of_names(blocks: Sequence[Block], index: int) -> bool:
    """Whether a title-shaped paragraph is one of a run of such lines — a list of partners,
    names or terms ("Ministry of Women and Social Affairs" / "Ministry of the Interior"), not a
    heading: something must be under a heading."""
    before = blocks[index - 1] if index > 0 else None
    return (
        before is not None
        and before.kind is BlockKind.PARAGRAPH
        and is_pseudo_heading(before.text)
        and not before.text.rstrip().endswith(":")
    )


def _governed(
    blocks: Sequence[Block], index: int, continues: Callable[[str], bool]
) -> Iterator[int]:
    """Blocks after a pseudo-heading, up to the next heading or pseudo-heading that does not
    continue the subject."""
    for later in range(index + 1, len(blocks)):
        block = blocks[later]
        if block.kind is BlockKind.HEADING:
            return
        is_title = block.kind is BlockKind.PARAGRAPH and is_pseudo_heading(block.text)
        if is_title and not continues(block.text):
            return
        yield later
