"""Whether a term match is part of a name or describes named people, the one question the
substitution check asks of a match's capitals: an institution, company or publication
(:mod:`.institutions`), a proper name in capitals ("The Coastal Fisherman"), a person's name
(:mod:`.persons`), or a role in apposition to a name ("The current Ombudsman, Mr Andrei
Vasko"). A match near the edge of a block whose text runs on into the next one is also read
with the neighbouring words (:mod:`.joins`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pat_lint.analysis.terms.institutions import (
    in_capitalised_name,
    in_institution_name,
    is_title_case,
)
from pat_lint.analysis.terms.joins import CARRIED_WORDS, joined_doc
from pat_lint.analysis.terms.persons import in_apposition_to_name, is_person_name
from pat_lint.model import BlockKind

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from pat_lint.analysis import Analysis


def in_name(analysis: Analysis, index: int, start: int, end: int) -> bool:
    """Whether tokens ``[start, end)`` of block ``index`` belong to a name or describe named
    people (see the module docstring)."""
    block = analysis.blocks[index]
    language = analysis.block_languages[index]
    heading = block.kind is BlockKind.HEADING
    title_case = heading or is_title_case(block.text, language)
    doc = analysis.doc(index)
    if _names(doc, start, end, language, heading, title_case):
        return True
    if start > CARRIED_WORDS and len(doc) - end > CARRIED_WORDS:
        return False
    joined = joined_doc(analysis, index)
    if joined is None:
        return False
    other, offset = joined
    span = other.char_span(offset + doc[start].idx, offset + doc[end - 1].idx + len(doc[end - 1]))
    if span is None:
        return False
    return _names(other, span.start, span.end, language, heading, title_case)


def _names(doc: Doc, start: int, end: int, language: str, heading: bool, title_case: bool) -> bool:
    return (
        in_institution_name(doc, start, end, language, heading)
        or is_person_name(doc, start, end, language, heading)
        or in_capitalised_name(doc, start, end, language, title_case)
        or in_apposition_to_name(doc, start, end, language)
    )
