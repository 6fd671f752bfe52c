"""Judgement: is a section an adequate gender section? Its text is cut into *units* — the
sentences of paragraphs and quotes, whole list items, sub-headings, the cells of gender
analysis tables — each matched once against the cue lists; the units then say whether the
section names differences between women and men, states measures, and is long enough.

Adequate means: it names differences between women and men, states a measure the project
will take, and is long enough not to be a token line (thresholds from :class:`SectionSettings`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pat_lint.analysis.cues import tokenize
from pat_lint.analysis.gender.outlines import FORM_FIELD, Outline
from pat_lint.analysis.gender.settings import SectionSettings, Vocabulary
from pat_lint.analysis.sections import strip_numbering
from pat_lint.model import BlockKind

if TYPE_CHECKING:
    from pat_lint.analysis import Analysis

# --- units: what one sentence, list item, sub-heading or cell signals ------------------------


@dataclass(frozen=True)
class Unit:
    """A sentence of a paragraph or quote, a whole list item, or a sub-heading, with what its
    words signal.

    ``lead_in`` is true for a unit ending with ":" that introduces what follows; a ``heading``
    unit (a sub-heading inside the section) only sets the context of what follows it; a
    ``cell`` unit is a cell of a gender analysis table, read with its column header; ``sex``,
    ``gender``, ``difference``, ``commitment`` and ``concrete`` say which cue lists of its
    language it matches (see :class:`Vocabulary`; ``difference`` is asked only of a unit with
    a ``sex`` word, the only one it counts for).
    """

    block: int
    list_item: bool
    lead_in: bool
    heading: bool
    cell: bool
    sex: bool
    gender: bool
    difference: bool
    commitment: bool
    concrete: bool

    @property
    def about_gender(self) -> bool:
        return self.sex or self.gender


def make_unit(
    text: str, block: int, language: str, vocabulary: Vocabulary, kind: BlockKind
) -> Unit | None:
    """The unit for one sentence, list item or sub-heading; None when it has no word."""
    tokens = tokenize(text, language)
    if not tokens:
        return None
    sex = vocabulary.sex.any(tokens)
    return Unit(
        block=block,
        list_item=kind is BlockKind.LIST_ITEM,
        lead_in=text.rstrip().endswith(":"),
        heading=kind is BlockKind.HEADING,
        cell=kind is BlockKind.TABLE_CELL,
        sex=sex,
        gender=vocabulary.gender.any(tokens),
        difference=sex and vocabulary.difference.any(tokens),  # only with a sex word
        commitment=vocabulary.commitment.any(tokens),
        concrete=vocabulary.measure.any(tokens),
    )


def is_measure(unit: Unit, under_measures: bool) -> bool:
    """A measure: a commitment naming women/men or a concrete measure ("The project will hold
    women-only sessions"), a concrete measure naming women/men or gender ("quota of 40%
    women", "data disaggregated by sex"), or an item of a list that a commitment introduces
    ("The project will therefore:", a heading "Gender action plan")."""
    return (
        (unit.commitment and (unit.sex or unit.concrete))
        or (unit.concrete and unit.about_gender)
        or (unit.list_item and under_measures)
    )


def is_difference(unit: Unit, under_measures: bool) -> bool:
    """A difference: a sentence naming women/men with a difference cue that is not a promise
    (what the project will do, or an item of a list of measures)."""
    promise = unit.commitment or (unit.list_item and under_measures)
    return unit.sex and unit.difference and not promise


# --- prose: a section's text cut into units -----------------------------------------------


class Prose:
    """The units of one document's outlines, for one search (cached per block)."""

    def __init__(self, analysis: Analysis, settings: SectionSettings) -> None:
        self.analysis = analysis
        self.settings = settings
        self.blocks = analysis.blocks
        self._units: dict[tuple[int, str], list[Unit]] = {}
        self._gender_tables: dict[int | None, bool] | None = None

    def of(self, outline: Outline, all_tables: bool = False) -> tuple[list[Unit], int]:
        """The units and word count of an outline's text: paragraphs, list items and quotes;
        sub-headings as context; the cells of gender analysis tables (see
        :meth:`is_gender_table`), or of every table when the outline's heading names gender
        (``all_tables``: a gender action plan laid out as a table is part of the section); for
        a run-in label, the paragraph's text after the label."""
        units: list[Unit] = []
        words = 0
        for index in outline.body:
            block = self.blocks[index]
            kind = block.kind
            if kind is BlockKind.TABLE_CELL and outline.kind == FORM_FIELD:
                units += self.units_of_block(index, as_prose=True)
                words += len(block.text.split())
            elif kind is BlockKind.TABLE_CELL:
                gender_table = all_tables or self.is_gender_table(block.location.table)
                if block.text != block.header and gender_table:
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
            sex = self.settings.vocabulary(language).sex
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
        vocabulary = self.settings.vocabulary(language)
        kind = kind or self.blocks[index].kind
        made = (make_unit(piece, index, language, vocabulary, kind) for piece in pieces)
        return [unit for unit in made if unit is not None]


# --- judgement: adequate or not, and what is lacking ----------------------------------------


@dataclass(frozen=True)
class Judgement:
    """What a section's text does, and what it lacks to be an adequate gender section."""

    words: int
    units: int
    gender_units: int
    differences: int
    measures: int
    lacking: tuple[str, ...]

    @property
    def adequate(self) -> bool:
        return not self.lacking

    @property
    def density(self) -> float:
        """Share of the prose units that name women/men or gender."""
        return self.gender_units / self.units if self.units else 0.0


def judge(units: Sequence[Unit], words: int, settings: SectionSettings, language: str) -> Judgement:
    """Count differences and measures in ``units`` and say what is lacking."""
    differences = measures = gender_units = prose = 0
    under_measures = False
    for unit in units:
        if unit.heading:  # "5.2 Gender action plan": what follows are measures
            under_measures = unit.commitment or unit.concrete
            continue
        measures += is_measure(unit, under_measures)
        differences += is_difference(unit, under_measures)
        if unit.cell:  # tables count for the analysis, not for what the prose is about
            continue
        prose += 1
        gender_units += unit.about_gender
        if unit.lead_in:
            under_measures = unit.commitment or unit.concrete
        elif not unit.list_item:
            under_measures = False
    lacking = []
    if differences < settings.min_differences:
        lacking.append(
            "names no difference between women and men"
            if differences == 0
            else f"names only {differences} difference{'s' * (differences != 1)} between "
            "women and men"
        )
    if measures < settings.min_measures:
        lacking.append("states no measure the project will take")
    if words < settings.words_needed(language):
        lacking.append(f"has only {words} words")
    return Judgement(words, prose, gender_units, differences, measures, tuple(lacking))


def describe_lacking(lacking: Sequence[str]) -> str:
    """Join what is lacking: "names no difference…, states no measure… and has only 9 words"."""
    if len(lacking) <= 1:
        return "".join(lacking)
    return ", ".join(lacking[:-1]) + " and " + lacking[-1]
