"""Text that runs on across a block boundary: a paragraph cut by a page break, a line a reader
could not join to the one before, a table cell whose text goes on in the row below (a row split
across two pages). A name cut in two ("… des droits de" / "l'Homme", "Brightwell Manpower" /
"Services Ltd") is only recognised with both halves, so the name checks read a match near a
block's edge in a Doc that carries the neighbouring words on."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pat_lint.analysis.nlp import parse
from pat_lint.analysis.terms.lexicon import context_words
from pat_lint.model import Block, BlockKind

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from pat_lint.analysis import Analysis

#: How many words of a neighbouring block are carried over.
CARRIED_WORDS = 10
_ENDS_SENTENCE = re.compile(r"[.!?:;…)\]»”\"]\s*$")
_ELISION = re.compile(r"^[a-zà-ÿ]{1,5}['’]", re.IGNORECASE)


def joined_doc(analysis: Analysis, index: int) -> tuple[Doc, int] | None:
    """A Doc of block ``index`` with the last words of the block it runs on from before it and
    the first words of the block it runs on into after it, and the character offset of the
    block's own text in that Doc; None when the text runs on across neither edge."""
    return analysis.memo(("joined_doc", index), lambda: _joined_doc(analysis, index))


def _joined_doc(analysis: Analysis, index: int) -> tuple[Doc, int] | None:
    before, after = runs_on_from(analysis, index), runs_on_from(analysis, index, forward=True)
    if before is None and after is None:
        return None
    text = analysis.blocks[index].text
    head = tail = ""
    if before is not None:
        head = " ".join(analysis.blocks[before].text.split()[-CARRIED_WORDS:]) + " "
    if after is not None:
        tail = " " + " ".join(analysis.blocks[after].text.split()[:CARRIED_WORDS])
    return parse(head + text + tail, analysis.block_languages[index]), len(head)


def runs_on_from(analysis: Analysis, index: int, forward: bool = False) -> int | None:
    """The block whose text block ``index`` continues (or, ``forward``, the block that
    continues it), if any."""
    blocks = analysis.blocks
    block = blocks[index]
    other = _table_neighbour(blocks, index, forward) if block.location.table else None
    if other is None and not block.location.table:
        other = index + (1 if forward else -1)
        if not 0 <= other < len(blocks) or blocks[other].kind is not block.kind:
            return None
    if other is None or analysis.block_languages[other] != analysis.block_languages[index]:
        return None
    first, second = (index, other) if forward else (other, index)
    language = analysis.block_languages[index]
    return other if _runs_on(blocks[first], blocks[second], language) else None


def _runs_on(first: Block, second: Block, language: str) -> bool:
    """Whether ``second`` reads as the continuation of ``first``: ``first`` ends without
    punctuation and ``second`` starts in lower case, with an elision ("l'Homme"), or after a
    word that cannot end a phrase ("… des droits de" / "L'Homme"); a table cell continued in
    the row below may also go on with a capitalised word ("Brightwell Manpower" / "Services")."""
    if first.kind is BlockKind.HEADING or not first.text.strip() or not second.text.strip():
        return False
    if _ENDS_SENTENCE.search(first.text):
        return False
    start = second.text.lstrip()
    if start[:1].islower() or _ELISION.match(start):
        return True
    last = first.text.split()[-1].lower()
    return last in context_words(language).connectors or bool(first.location.table)


def _table_neighbour(blocks: tuple[Block, ...], index: int, forward: bool) -> int | None:
    """The cell in the same column of the row below (or above) when that lower row holds
    nothing but this column: a row split in two, as a PDF table cut by a page break reads."""
    here = blocks[index].location
    row = (here.row or 0) + (1 if forward else -1)
    same_row = [
        i
        for i, b in enumerate(blocks)
        if b.location.table == here.table and b.location.row == row and b.text.strip()
    ]
    lower_row = (
        same_row
        if forward
        else [
            i
            for i, b in enumerate(blocks)
            if b.location.table == here.table and b.location.row == here.row and b.text.strip()
        ]
    )
    if len(lower_row) != 1:
        return None
    found = [i for i in same_row if blocks[i].location.col == here.col]
    return found[0] if found else None
