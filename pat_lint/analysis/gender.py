"""Finding a proposal's gender section and judging whether it is adequate (SPEC.md §1).

A gender section is a section whose subject is gender. It is found, in this order:

1. **by heading** — a heading (or a label standing for one: a short "Gender" paragraph, a
   "Gender:" line, a run-in "Gender: ..." paragraph) that names gender, women, girls… in any
   of the supported languages ("4. Gender analysis", "6.2 Genre", "Perspectiva de género",
   "Women's participation and empowerment", "Gender, age and diversity (AGD)");
2. **by a weaker heading and content** — a heading such as "Social inclusion" or "Équité"
   whose body is largely about women and men;
3. **by content alone** — a section whose prose is mostly about women and men and which is
   a complete gender analysis (a context section about maternal health is not). Gender
   mentioned in passing elsewhere never makes a section.

The document's title is never its gender section. A gender section may be a sub-section
("6.2 Gender"), a row of a proposal form written as a two-column table ("Gender analysis |
…"), or split in consecutive parts ("5. Gender analysis", "6. Gender action plan"), which are
then judged together and reported under the first heading.

A section is **adequate** when its text names differences between women and men (or girls
and boys) — comparisons, sex-specific barriers, risks, needs, roles, figures by sex — says
what the project will do about them, and is long enough not to be a token line. All word
lists and thresholds come from the rule's params (see :class:`Criteria`); nothing here is
specific to a language.

Text is cut into *units*: the sentences of paragraphs and quotes, whole list items, and the
cells of gender analysis tables (tables whose column headers name women or men); other table
cells (results matrices) are left out. Each unit is matched against the cue lists, on the
lower-case surface form and the spaCy lookup lemma of each word (:mod:`pat_lint.analysis.nlp`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from pat_lint.analysis.sections import Section, numbering, strip_numbering
from pat_lint.model import Block, BlockKind

if TYPE_CHECKING:
    from pat_lint.analysis import Analysis

#: A word of the text: (lower-case surface form, lower-case lemma).
Token = tuple[str, str]

_WORD = re.compile(r"[^\W_]+|%")
_NUMBER = re.compile(r"\d+")
#: A run-in label: "Gender: text", "Gender. Text", "Gender – text".
_RUN_IN = re.compile(
    r"^(?P<label>[^\W\d_][^.:;!?–—]{0,60}?)\s*(?P<sep>[:.]|\s[–—-])\s+(?=\S)"
)
_SENTENCE_END = (".", "!", "?", ";")
MAX_LABEL_WORDS = 6
#: A run-in label must be followed by at least this many words ("Gender marker: 2a" is not one).
MIN_RUN_IN_WORDS = 6
MAX_PSEUDO_HEADING_WORDS = 8
#: Heading words shorter than this that match no term do not count against the heading share
#: ("and", "of", "de", "la"…).
MIN_CONTENT_WORD = 4


# --------------------------------------------------------------------------------------------
# Cue lists
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cue:
    """One entry of a word list, matched on consecutive words of the text.

    Each part matches a word's surface form or lemma; ``word*`` matches words starting with
    ``word``, ``*ending`` words ending with ``ending`` (surface form only), ``<num>`` a number.
    Hyphens and apostrophes separate words, in cues as in the text ("women-only" is two words).
    """

    text: str
    parts: tuple[str, ...]

    @classmethod
    def parse(cls, text: str) -> Cue | None:
        """Compile a cue; None for an entry with no word in it."""
        parts = tuple(_cue_parts(text.lower()))
        return cls(text, parts) if parts else None

    def matches_at(self, tokens: Sequence[Token], start: int) -> bool:
        """Whether the cue matches the words from ``start`` on."""
        if start + len(self.parts) > len(tokens):
            return False
        return all(_part_matches(part, tokens[start + i]) for i, part in enumerate(self.parts))


def _cue_parts(text: str) -> list[str]:
    """The parts of a cue: words as the text tokenizer sees them, keeping ``*`` and ``<num>``."""
    return re.findall(r"<num>|\*?[^\W_]+\*?|%", text)


def _part_matches(part: str, token: Token) -> bool:
    surface, lemma = token
    if part == "<num>":
        return bool(_NUMBER.fullmatch(surface))
    if len(part) > 1 and part.endswith("*"):
        stem = part[:-1]
        return surface.startswith(stem) or lemma.startswith(stem)
    if len(part) > 1 and part.startswith("*"):
        return surface.endswith(part[1:]) and len(surface) > len(part)
    return part in (surface, lemma)


class CueSet:
    """A compiled word list, indexed by how each cue starts so that matching stays fast."""

    PREFIX_KEY = 3

    def __init__(self, cues: Iterable[Cue] = ()) -> None:
        self.cues = tuple(cues)
        self._exact: dict[str, list[Cue]] = {}  # first word → cues
        self._prefix: dict[str, list[Cue]] = {}  # first letters of a "stem*" first word → cues
        self._other: list[Cue] = []  # short stems, "*ending", "<num>"
        for cue in self.cues:
            first = cue.parts[0]
            if first.endswith("*") and len(first) > self.PREFIX_KEY:
                self._prefix.setdefault(first[: self.PREFIX_KEY], []).append(cue)
            elif "*" in first or first == "<num>":
                self._other.append(cue)
            else:
                self._exact.setdefault(first, []).append(cue)

    @classmethod
    def of(cls, entries: Iterable[str]) -> CueSet:
        compiled = (Cue.parse(entry) for entry in entries)
        return cls(cue for cue in compiled if cue is not None)

    def _starting(self, token: Token) -> Iterator[Cue]:
        """The cues that may match from ``token`` on."""
        surface, lemma = token
        yield from self._exact.get(surface, ())
        yield from self._prefix.get(surface[: self.PREFIX_KEY], ())
        if lemma != surface:
            yield from self._exact.get(lemma, ())
            if lemma[: self.PREFIX_KEY] != surface[: self.PREFIX_KEY]:
                yield from self._prefix.get(lemma[: self.PREFIX_KEY], ())
        yield from self._other

    def spans(self, tokens: Sequence[Token]) -> list[tuple[int, int]]:
        """Token spans ``(start, end)`` where some cue matches."""
        return [
            (start, start + len(cue.parts))
            for start, token in enumerate(tokens)
            for cue in self._starting(token)
            if cue.matches_at(tokens, start)
        ]

    def any(self, tokens: Sequence[Token]) -> bool:
        """Whether any cue matches anywhere in ``tokens``."""
        return any(
            cue.matches_at(tokens, start)
            for start, token in enumerate(tokens)
            for cue in self._starting(token)
        )


@dataclass(frozen=True)
class Vocabulary:
    """The cue lists of one language.

    - ``heading``: a heading naming one of these is about gender ("gender", "genre", "mujeres");
    - ``weak_heading``: a heading naming one of these may be, if its body is ("inclusion");
    - ``sex``: words naming women, men, girls, boys ("woman", "femme", "niña*");
    - ``gender``: words naming gender itself ("gender", "sexe", "género");
    - ``difference``: with a ``sex`` word, the sentence names a difference (comparisons,
      barriers, risks, needs, roles, figures);
    - ``commitment``: the sentence says what the project will do ("will", "*ront", "*rá");
    - ``measure``: concrete gender measures ("quota", "childcare", "disaggregated by sex").
    """

    heading: CueSet = field(default_factory=CueSet)
    weak_heading: CueSet = field(default_factory=CueSet)
    sex: CueSet = field(default_factory=CueSet)
    gender: CueSet = field(default_factory=CueSet)
    difference: CueSet = field(default_factory=CueSet)
    commitment: CueSet = field(default_factory=CueSet)
    measure: CueSet = field(default_factory=CueSet)


@dataclass(frozen=True)
class Criteria:
    """Everything the search and the judgement need: cue lists per language and thresholds.

    ``min_words`` is per language. ``content_share`` is the share of prose units about women
    and men above which a section with no gender heading is a gender section (it must also
    have ``min_content_units`` such units and be adequate); ``weak_heading_share`` is the
    lower share asked of a section with a weak heading.
    """

    vocabularies: Mapping[str, Vocabulary]
    min_words: Mapping[str, int]
    min_differences: int = 2
    min_measures: int = 1
    content_share: float = 0.5
    weak_heading_share: float = 0.3
    min_content_units: int = 3

    def vocabulary(self, language: str) -> Vocabulary:
        """The cue lists for ``language`` (English when it has none)."""
        return self.vocabularies.get(language) or self.vocabularies.get("en") or Vocabulary()

    def words_needed(self, language: str) -> int:
        return self.min_words.get(language, self.min_words.get("en", 0))


# --------------------------------------------------------------------------------------------
# Units of text and what they say
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    """A sentence of a paragraph or quote, a whole list item, or a sub-heading, with what its
    words signal.

    ``lead_in`` is true for a unit ending with ":" that introduces what follows; a ``heading``
    unit (a sub-heading inside the section) only sets the context of what follows it; a
    ``cell`` unit is a cell of a gender analysis table, read with its column header; ``sex``,
    ``gender``, ``difference``, ``commitment`` and ``concrete`` say which cue lists of its
    language it matches (see :class:`Vocabulary`).
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


def tokenize(text: str, language: str) -> tuple[Token, ...]:
    """Words of ``text`` with their lemmas (spaCy lookup tables; loaded on first use)."""
    from pat_lint.analysis.nlp import lemma

    return tuple((word, lemma(word, language)) for word in _WORD.findall(text.lower()))


def make_unit(
    text: str, block: int, language: str, vocabulary: Vocabulary, kind: BlockKind
) -> Unit | None:
    """The unit for one sentence, list item or sub-heading; None when it has no word."""
    tokens = tokenize(text, language)
    if not tokens:
        return None
    return Unit(
        block=block,
        list_item=kind is BlockKind.LIST_ITEM,
        lead_in=text.rstrip().endswith(":"),
        heading=kind is BlockKind.HEADING,
        cell=kind is BlockKind.TABLE_CELL,
        sex=vocabulary.sex.any(tokens),
        gender=vocabulary.gender.any(tokens),
        difference=vocabulary.difference.any(tokens),
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


# --------------------------------------------------------------------------------------------
# Judging a section
# --------------------------------------------------------------------------------------------


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


def judge(units: Sequence[Unit], words: int, criteria: Criteria, language: str) -> Judgement:
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
    if differences < criteria.min_differences:
        lacking.append(
            "names no difference between women and men"
            if differences == 0
            else f"names only {differences} difference{'s' * (differences != 1)} between "
            "women and men"
        )
    if measures < criteria.min_measures:
        lacking.append("states no measure the project will take")
    if words < criteria.words_needed(language):
        lacking.append(f"has only {words} words")
    return Judgement(words, prose, gender_units, differences, measures, tuple(lacking))


def describe_lacking(lacking: Sequence[str]) -> str:
    """Join what is lacking: "names no difference…, states no measure… and has only 9 words"."""
    if len(lacking) <= 1:
        return "".join(lacking)
    return ", ".join(lacking[:-1]) + " and " + lacking[-1]


# --------------------------------------------------------------------------------------------
# Candidate sections
# --------------------------------------------------------------------------------------------

HEADING, WEAK_HEADING, CONTENT = "heading", "weak-heading", "content"
SECTION, LABEL, RUN_IN, RUN_IN_SENTENCE = "section", "label", "run-in", "run-in-sentence"
FORM_FIELD = "form-field"
_TIERS = (HEADING, WEAK_HEADING, CONTENT)


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


@dataclass(frozen=True)
class Candidate:
    """A section that qualifies as the gender section, with how it qualified and its judgement.

    ``share`` is how much of the title is gender words (0 when found by content).
    """

    outline: Outline
    match: str
    share: float
    judgement: Judgement


@dataclass(frozen=True)
class GenderSection:
    """The outcome of the search: the chosen section, if any."""

    candidate: Candidate | None = None

    @property
    def found(self) -> bool:
        return self.candidate is not None

    @property
    def adequate(self) -> bool:
        return self.candidate is not None and self.candidate.judgement.adequate

    def facts(self, blocks: Sequence[Block]) -> dict[str, Any]:
        """The report's ``gender_section`` object (``found``, ``heading``, ``words`` and more)."""
        if self.candidate is None:
            return {"found": False, "heading": None, "words": 0, "adequate": False}
        outline, judgement = self.candidate.outline, self.candidate.judgement
        return {
            "found": True,
            "heading": outline.title,
            "words": judgement.words,
            "adequate": judgement.adequate,
            "matched_by": self.candidate.match,
            "differences": judgement.differences,
            "measures": judgement.measures,
            "lacking": list(judgement.lacking),
            "location": blocks[outline.heading].location.to_dict(),
        }


def heading_match(title: str, language: str, criteria: Criteria) -> tuple[str | None, float]:
    """Whether a title names gender (HEADING), only a weak term (WEAK_HEADING) or neither,
    and the share of its content words that are such terms.

    The terms of every language are tried: a French proposal may carry an English heading.
    """
    tokens = tokenize(strip_numbering(title), language)
    strong: set[int] = set()
    weak: set[int] = set()
    for vocabulary in criteria.vocabularies.values():
        for start, end in vocabulary.heading.spans(tokens):
            strong.update(range(start, end))
        for start, end in vocabulary.weak_heading.spans(tokens):
            weak.update(range(start, end))
    matched = strong | weak
    content = [
        i for i, (word, _) in enumerate(tokens) if i in matched or len(word) >= MIN_CONTENT_WORD
    ]
    share = len(matched) / len(content) if content else 0.0
    if strong:
        return HEADING, share
    return (WEAK_HEADING, share) if weak else (None, 0.0)


def outlines(
    analysis: Analysis, continues: Callable[[str], bool] | None = None
) -> Iterator[Outline]:
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


def pseudo_outlines(
    blocks: Sequence[Block], continues: Callable[[str], bool] | None = None
) -> Iterator[Outline]:
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


def _governed(
    blocks: Sequence[Block], index: int, continues: Callable[[str], bool] | None
) -> Iterator[int]:
    """Blocks after a pseudo-heading, up to the next heading or pseudo-heading that does not
    continue the subject."""
    for later in range(index + 1, len(blocks)):
        block = blocks[later]
        if block.kind is BlockKind.HEADING:
            return
        is_title = block.kind is BlockKind.PARAGRAPH and is_pseudo_heading(block.text)
        if is_title and (continues is None or not continues(block.text)):
            return
        yield later


# --------------------------------------------------------------------------------------------
# The search
# --------------------------------------------------------------------------------------------


class _Search:
    """One search over one document: units are cut and matched once per block."""

    def __init__(self, analysis: Analysis, criteria: Criteria) -> None:
        self.analysis = analysis
        self.criteria = criteria
        self.blocks = analysis.blocks
        self._units: dict[tuple[int, str], list[Unit]] = {}
        self._gender_tables: dict[int | None, bool] | None = None

    def run(self) -> GenderSection:
        """Try headings, then weak headings with gender content, then content alone."""
        by_tier: dict[str, list[Candidate]] = {tier: [] for tier in _TIERS}
        for outline in outlines(self.analysis, self.is_measures_label):
            candidate = self.candidate(outline)
            if candidate is not None:
                by_tier[candidate.match].append(candidate)
        if not any(candidate.judgement.adequate for candidate in by_tier[HEADING]):
            by_tier[HEADING] += self.merged(by_tier[HEADING])
        for tier in _TIERS:
            if by_tier[tier]:
                return GenderSection(max(by_tier[tier], key=_rank))
        return GenderSection()

    def is_measures_label(self, text: str) -> bool:
        """A label that introduces measures ("Measures:", "Mesures prévues", "Acciones")."""
        vocabulary = self.criteria.vocabulary(self.analysis.language)
        tokens = tokenize(text, self.analysis.language)
        return vocabulary.commitment.any(tokens) or vocabulary.measure.any(tokens)

    def merged(self, candidates: list[Candidate]) -> list[Candidate]:
        """Gender sections split in consecutive parts ("5. Gender analysis" then "6. Gender
        action plan"; two rows of a form) judged as one, when together they are adequate.
        The merged section is reported with the first part's heading."""
        ordered = sorted(candidates, key=lambda candidate: candidate.outline.heading)
        runs: list[list[Candidate]] = []
        for candidate in ordered:
            if runs and _follows(runs[-1][-1].outline, candidate.outline):
                runs[-1].append(candidate)
            else:
                runs.append([candidate])
        found = []
        for run in runs:
            if len(run) < 2:
                continue
            first, last = run[0], run[-1]
            body = tuple(range(first.outline.heading + 1, _end(last.outline)))
            outline = replace(first.outline, body=body)
            candidate = self.candidate(outline)
            if candidate is not None and candidate.judgement.adequate:
                found.append(replace(candidate, share=first.share))
        return found

    def candidate(self, outline: Outline) -> Candidate | None:
        """The outline as a candidate, when it qualifies as a gender section."""
        language = self.analysis.language
        match, share = heading_match(outline.title[: outline.title_end], language, self.criteria)
        units, words = self.prose(outline)
        judgement = judge(units, words, self.criteria, language)
        candidate = Candidate(outline, match or CONTENT, share, judgement)
        return candidate if self.qualifies(candidate) else None

    def qualifies(self, candidate: Candidate) -> bool:
        """A gender section by its heading, or by what its text is about.

        A paragraph standing for a heading qualifies only by its title; a first sentence
        ("Gender. The project…") only when it is nothing but gender terms — otherwise any
        paragraph opening with a short sentence about women would be a heading. A section
        with no gender heading qualifies by content only when it is mostly about women and men
        *and* is a full gender analysis: a context section about maternal health, or women
        mentioned in passing, is not a gender section.
        """
        judgement, criteria, kind = candidate.judgement, self.criteria, candidate.outline.kind
        if kind == RUN_IN_SENTENCE and candidate.share < 1:
            return False
        if kind == FORM_FIELD and judgement.words < MIN_RUN_IN_WORDS:
            return False  # "Gender marker | 2a" is a field of a summary table
        if kind != SECTION and candidate.match == CONTENT:
            return False
        if candidate.match == HEADING:
            return True
        if candidate.match == WEAK_HEADING:
            return judgement.gender_units > 0 and judgement.density >= criteria.weak_heading_share
        return (
            judgement.adequate
            and judgement.density >= criteria.content_share
            and judgement.gender_units >= criteria.min_content_units
        )

    def prose(self, outline: Outline) -> tuple[list[Unit], int]:
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


def _end(outline: Outline) -> int:
    """The index after the last block an outline covers (its title included)."""
    return max((outline.heading, *outline.body)) + 1


def _follows(before: Outline, after: Outline) -> bool:
    """Whether ``after`` starts right where ``before`` ends, with the same kind of title."""
    return before.kind == after.kind and after.heading == _end(before)


def _rank(candidate: Candidate) -> tuple[bool, bool, float, float, int]:
    """Prefer an adequate section, then a real heading over a paragraph standing for one, then
    the title most about gender, then the text most about gender, then the earliest."""
    judgement, outline = candidate.judgement, candidate.outline
    return (judgement.adequate, outline.real, candidate.share, judgement.density, -outline.heading)


def find_gender_section(analysis: Analysis, criteria: Criteria) -> GenderSection:
    """The document's gender section, if any, and its judgement (computed once per criteria)."""
    return analysis.memo(("gender_section", id(criteria)), _Search(analysis, criteria).run)
