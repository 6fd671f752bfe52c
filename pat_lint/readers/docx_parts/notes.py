"""Footnotes and endnotes (``word/footnotes.xml``, ``word/endnotes.xml``).

A note is read once, where it is referred to: the walker collects the references of the
paragraphs it reads and emits each note's paragraphs at the end of the section that refers to
it (just before the next heading, or at the end of the document), so that a note never cuts a
list or a table in two and is judged with the section it belongs to. A note nobody refers to is
not shown by Word and is not read; separator "notes" are not notes.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pat_lint.readers.docx_parts.boxes import story_paragraphs
from pat_lint.readers.docx_parts.xml import w

_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
#: note kind → (relationship type of its part, note element, reference element)
KINDS = {
    "footnote": (_RT + "footnotes", w("footnote"), w("footnoteReference")),
    "endnote": (_RT + "endnotes", w("endnote"), w("endnoteReference")),
}
_REFERENCES = {reference: kind for kind, (_, _, reference) in KINDS.items()}


class Notes:
    """The document's footnotes and endnotes by kind and id."""

    def __init__(self, notes: dict[tuple[str, str], Any]) -> None:
        self.notes = notes

    @classmethod
    def of(cls, word: Any) -> Notes:
        """The notes of a python-docx document (none when it has no notes part)."""
        from lxml import etree

        notes: dict[tuple[str, str], Any] = {}
        for kind, (relationship, tag, _) in KINDS.items():
            try:
                part = word.part.part_related_by(relationship)
            except KeyError:
                continue
            try:
                root = etree.fromstring(part.blob)
            except etree.XMLSyntaxError:  # a damaged notes part costs the notes, not the body
                continue
            for note in root.iter(tag):
                if note.get(w("type")) in (None, "normal"):
                    notes[(kind, note.get(w("id")) or "")] = note
        return cls(notes)

    def references(self, p: Any) -> list[tuple[str, str]]:
        """The notes a paragraph refers to, in order, as ``(kind, id)`` keys of known notes."""
        found = []
        for reference in p.iter(*_REFERENCES):
            key = (_REFERENCES[reference.tag], reference.get(w("id")) or "")
            if key in self.notes:
                found.append(key)
        return found

    def paragraphs(self, key: tuple[str, str]) -> Iterator[Any]:
        """A note's paragraphs in order (its tables' and text boxes' paragraphs included)."""
        return story_paragraphs(self.notes[key])
