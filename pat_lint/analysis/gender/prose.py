"""Prose: an outline's text cut into units — the sentences of paragraphs and quotes, whole
list items, sub-headings, the cells of gender analysis tables — each cut and matched once per
block and kept for the rest of the search."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from pat_lint.analysis.gender.criteria import Criteria
from pat_lint.analysis.gender.cues import tokenize
from pat_lint.analysis.gender.outlines import FORM_FIELD, Outline
from pat_lint.analysis.gender.units import Unit, make_unit
from pat_lint.analysis.sections import strip_numbering
from pat_lint.model import BlockKind

if TYPE_CHECKING:
    from pat_lint.analysis import Analysis


class Prose:
    """The units of one document's outlines, for one search (cached per block)."""

    def __init__(self, analysis: Analysis, criteria: Criteria) -> None:
        self.analysis = analysis
        self.criteria = criteria
        self.blocks = analysis.blocks
        self._units: dict[tuple[int, str], list[Unit]] = {}
        self._gender_tables: dict[int | None, bool] | None = None

    def of(self, outline: Outline) -> tuple[list[Unit], int]:
        """The units and word count of an outline's text: paragraphs, list items and quotes;
        sub-headings as context; the cells of gender analysis tables (see
        :meth:`is_gender_table`); for a run-in label, the paragraph's text after the label."""
        units: list[Unit] = []
        words = 0
        for index in outline.body:
            block = self.blocks[index]
            kind = block.kind
            if kind is BlockKind.TABLE_CELL and outline.kind == FORM_FIELD:
                units += self.units_of_block(index, as_prose=True)
                words += len(block.text.split())
            elif kind is BlockKind.TABLE_CELL:
                if block.text != block.header and self.is_gender_table(block.location.table):
                    units += self.units_of_cell(index)
                    words += len(block.text.split())
            elif kind is BlockKind.HEADING:
                units += self.units_of_heading(index)
            elif index == outline.heading:
                rest = self.blocks[index].text[outline.title_end :].lstrip(" :.–—-")
                units += self.units_of_text(index, rest)
                words += len(rest.split())
            else:
                units += self.units_of_block(index)
                words += len(self.blocks[index].text.split())
        return units, words

    def units_of_block(self, index: int, as_prose: bool = False) -> list[Unit]:
        """The units of block ``index``: its sentences, or the whole list item (cached).
        ``as_prose`` reads a table cell as a paragraph (the value of a form field)."""
        key = (index, "prose" if as_prose else "block")
        if key not in self._units:
            block = self.blocks[index]
            if block.kind is BlockKind.LIST_ITEM:
                pieces = [block.text]
            else:
                pieces = [sentence.text for sentence in self.analysis.doc(index).sents]
            kind = BlockKind.PARAGRAPH if as_prose else block.kind
            self._units[key] = self._make_units(index, pieces, kind)
        return self._units[key]

    def is_gender_table(self, table: int | None) -> bool:
        """Whether table number ``table`` is a gender analysis matrix: its column headers name
        women, men, girls or boys ("Women and girls", "Hommes"). A results matrix
        ("Indicators", "Target") is not part of the analysis."""
        if self._gender_tables is None:
            language = self.analysis.language
            sex = self.criteria.vocabulary(language).sex
            self._gender_tables = {}
            for block in self.blocks:
                if block.kind is BlockKind.TABLE_CELL and block.header:
                    key = block.location.table
                    found = self._gender_tables.get(key, False)
                    self._gender_tables[key] = found or sex.any(tokenize(block.header, language))
        return self._gender_tables.get(table, False)

    def units_of_cell(self, index: int) -> list[Unit]:
        """A table cell as one unit, read with its column header ("Women and girls: …")."""
        key = (index, "cell")
        if key not in self._units:
            block = self.blocks[index]
            text = f"{block.header}: {block.text}" if block.header else block.text
            self._units[key] = self._make_units(index, [text])
        return self._units[key]

    def units_of_heading(self, index: int) -> list[Unit]:
        """A sub-heading as one unit: it sets the context of what follows (cached)."""
        key = (index, "heading")
        if key not in self._units:
            self._units[key] = self._make_units(index, [strip_numbering(self.blocks[index].text)])
        return self._units[key]

    def units_of_text(self, index: int, text: str) -> list[Unit]:
        """The units of part of block ``index`` (the text after a run-in label)."""
        from pat_lint.analysis import nlp

        language = self.analysis.block_languages[index]
        return self._make_units(index, [s.text for s in nlp.parse(text, language).sents])

    def _make_units(
        self, index: int, pieces: Iterable[str], kind: BlockKind | None = None
    ) -> list[Unit]:
        language = self.analysis.block_languages[index]
        vocabulary = self.criteria.vocabulary(language)
        kind = kind or self.blocks[index].kind
        made = (make_unit(piece, index, language, vocabulary, kind) for piece in pieces)
        return [unit for unit in made if unit is not None]
