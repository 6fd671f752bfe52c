"""How the verdict reads a proposal: what it takes from a ``marker`` rule's params, the cue lists
(matched with :mod:`pat_lint.analysis.cues`), the sentences it counts statements in, the role of
each block (needs, activities, objectives, skip), and what one sentence says (a sex-differentiated
fact, an activity that names women, men, girls or boys)."""

from __future__ import annotations

import re
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

from pat_lint.analysis.cues import CueSet
from pat_lint.analysis.nlp import pieces
from pat_lint.model import BlockKind

if TYPE_CHECKING:
    from pat_lint.analysis import Analysis

# --- what the verdict reads from a rule's params --------------------------------------------

#: Cue-list params: language → list of cues (the syntax of :mod:`pat_lint.analysis.cues`).
CUE_PARAMS = (
    "female_terms",
    "male_terms",
    "gender_terms",
    "not_sex_terms",
    "difference_cues",
    "tailored_cues",
    "measure_cues",
    "principal_cues",
    "target_terms",
    "objective_labels",
    "needs_headings",
    "activity_headings",
    "objective_headings",
    "skip_headings",
)


class MarkerSettings(Protocol):
    """The params the verdict reads (see :class:`pat_lint.checks.marker.MarkerParams`)."""

    @property
    def min_words(self) -> int: ...

    @property
    def analysis_min(self) -> int: ...

    @property
    def activities_min(self) -> int: ...

    @property
    def indicator_share(self) -> float: ...

    @property
    def require_outside_gender_section(self) -> bool: ...

    @property
    def dac(self) -> Mapping[str, str]: ...

    def cues(self, name: str, language: str) -> tuple[str, ...]:
        """The cue list ``name`` (one of :data:`CUE_PARAMS`) for ``language``."""
        ...


def settings_key(params: MarkerSettings, language: str) -> Hashable:
    """Everything of ``params`` the criteria and the code read for a document in ``language``,
    as a key: rules whose params differ only in what the verdict does not read (``fire_on``, or
    ``min_words`` once the text is long enough) share one verdict."""
    return (
        params.analysis_min,
        params.activities_min,
        params.indicator_share,
        params.require_outside_gender_section,
        tuple(sorted(params.dac.items())),
        tuple(params.cues(name, language) for name in CUE_PARAMS),
    )


@lru_cache(maxsize=256)
def _compiled(entries: tuple[str, ...]) -> CueSet:
    return CueSet.of(entries, lemmas=False)


def cues(params: MarkerSettings, name: str, language: str) -> CueSet:
    """The cue list ``name`` of ``params`` for ``language``, compiled once. The marker's lists
    are written form by form ("hold" is a measure verb, "held" a report of the past), so they
    match surface forms."""
    return _compiled(params.cues(name, language))


_ENUMERATOR = re.compile(r"(?:^|(?<=[\s;:,]))\(?(?:[a-h]|[ivx]{1,4}|\d{1,2})\)\s+")


def enumerated_items(sentence: str) -> list[str]:
    """The items of a sentence that enumerates measures ("Measures: (a) separate search rooms
    …; (b) a target of 35% women …", "L'action prévoit : un quota …; des formations …"), or the
    sentence itself."""
    starts = [m.start() for m in _ENUMERATOR.finditer(sentence)]
    if len(starts) < 2:
        lead, colon, rest = sentence.partition(":")
        items = [item.strip(" .") for item in rest.split(";")] if colon else []
        if len(items) >= 2 and len(lead.split()) <= 12:
            return [item for item in items if item]
        return [sentence]
    bounds = [*starts, len(sentence)]
    return [sentence[a:b].strip(" ;,.") for a, b in zip(bounds, bounds[1:], strict=False)]


#: A sentence longer than this (text with no full stop: a table pasted as one line, a run of
#: keywords) is read in pieces cut at a space: every cue is a phrase of a few words, and a piece
#: costs each cue list one short pass, where the whole would be matched again at every cue.
SENTENCE_CHARACTERS = 2_000


def sentences(analysis: Analysis, index: int) -> list[str]:
    """The sentences of block ``index``, from the analysis's shared spaCy sentencizer (made once
    per block; a very long one in pieces, see :data:`SENTENCE_CHARACTERS`)."""
    return analysis.memo(("marker-sentences", index), lambda: _sentences(analysis, index))


def _sentences(analysis: Analysis, index: int) -> list[str]:
    found: list[str] = []
    for sent in analysis.doc(index).sents:
        text = sent.text
        if not text.strip():
            continue
        found.extend(
            pieces(text, SENTENCE_CHARACTERS) if len(text) > SENTENCE_CHARACTERS else [text]
        )
    return found


# --- the role of each block -----------------------------------------------------------------


@dataclass(frozen=True)
class Layout:
    """What each block is for: its roles (needs, activities, objectives, skip) and whether it
    belongs to the gender section, is an indicator, or is the title."""

    roles: tuple[frozenset[str], ...]
    gender_blocks: frozenset[int]
    indicator_blocks: frozenset[int]
    title: int | None


_ROLE_PARAMS = {
    "needs": "needs_headings",
    "activities": "activity_headings",
    "objectives": "objective_headings",
    "skip": "skip_headings",
}


def _heading_roles(text: str, params: MarkerSettings, language: str) -> frozenset[str]:
    """The roles a heading's words give the text under it."""
    return frozenset(
        role
        for role, name in _ROLE_PARAMS.items()
        if cues(params, name, language).first(text, language)
    )


def layout(
    analysis: Analysis,
    params: MarkerSettings,
    gender_blocks: frozenset[int],
    indicator_blocks: frozenset[int],
) -> Layout:
    """Assign roles to blocks from the section tree, table headers and the other analyses."""
    blocks = analysis.blocks
    language = analysis.language
    roles: list[set[str]] = [set() for _ in blocks]
    for section in analysis.sections:
        span = range(section.start, section.end)
        if len(span) >= 0.8 * len(blocks):
            continue  # the document's title: it spans everything and names no part
        section_roles = _heading_roles(section.title, params, language)
        for index in span:
            roles[index] |= section_roles
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.TABLE_CELL:
            skip = {"skip"} & roles[index]
            roles[index] = set(_heading_roles(block.header or "", params, language)) | skip
            if block.header == block.text:
                roles[index] = set()  # the header cell itself
    title = next((i for i, b in enumerate(blocks[:3]) if b.kind is BlockKind.HEADING), None)
    return Layout(tuple(frozenset(r) for r in roles), gender_blocks, indicator_blocks, title)


# --- what one sentence says ------------------------------------------------------------------

_QUOTED = re.compile(r"«[^»]{1,200}»|“[^”]{1,200}”|\"[^\"]{1,200}\"|(?<!\w)'[^']{3,200}'(?!\w)")
_PERCENT = re.compile(r"\d\s?%")


def sex_term(sentence: str, params: MarkerSettings, language: str) -> str | None:
    """A word naming women, men, girls or boys as such: not inside a quoted title, not part of
    a phrase listed in ``not_sex_terms`` ("women and children", "man-hours", "droits de
    l'homme"), not a capitalised word inside the sentence (a name: "Madre de Dios")."""
    text = cues(params, "not_sex_terms", language).strip(_QUOTED.sub(" ", sentence), language)
    letters = [c for c in text if c.isalpha()]
    shouting = bool(letters) and sum(c.isupper() for c in letters) > 0.6 * len(letters)
    first = next((i for i, c in enumerate(text) if c.isalpha()), 0)
    for name in ("female_terms", "male_terms"):
        for start, end in cues(params, name, language).find(text, language):
            if start > first and text[start].isupper() and not shouting:
                continue
            return text[start:end]
    return None


def is_sex_differentiated(sentence: str, params: MarkerSettings, language: str) -> bool:
    """A gender-analysis statement: a gender term, or women/men named with a percentage, a
    comparison or a named barrier ("Women own land in only 8 per cent of households")."""
    if cues(params, "gender_terms", language).first(sentence, language):
        return True
    if sex_term(sentence, params, language) is None:
        return False
    return bool(_PERCENT.search(sentence)) or bool(
        cues(params, "difference_cues", language).first(sentence, language)
    )


def is_tailored(sentence: str, params: MarkerSettings, language: str) -> bool:
    """An activity statement that names women/men/girls/boys or is tailored by sex or age."""
    return bool(
        sex_term(sentence, params, language)
        or cues(params, "tailored_cues", language).first(sentence, language)
    )
