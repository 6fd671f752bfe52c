"""The body style, and which paragraphs are headings (from fonts, numbering and capitals).

The body size is the most common glyph size. A paragraph is a heading when it is set larger
than the body (by 1 pt) or in bold (font name) while the body is not, is shaped like a title
(see :mod:`pat_lint.readers.headings`; up to 30 words when set at 1.5 times the body size, as
cover titles are; no final colon; a word of two letters at least) and is not a person's name
(:mod:`.names`).

A heading wrapped over several lines is one heading: a line in the same heading font continues
it when the previous line has no final punctuation, follows within 1.7 em (2.2 em after a line
ending in a comma or a joining word, or before one starting in lower case) and starts where
the heading starts, or shares its centre or right edge, or (after a number) starts between the
number and the title (a hanging indent); under a cover title (1.5 times the body size) any
line that overlaps it.

Levels: the distinct (size, weight) styles of the document's headings are ranked, largest
first, bold before regular (sizes within 0.5 pt of each other are one style), and the rank is
the level, at most :data:`MAX_LEVEL` (the smaller styles share the last level). A body-font
numbered title ("4. Gender analysis") takes the level of the styled headings numbered to the
same depth, or else its numbering level, unless it runs over more than one line or belongs to
a run of consecutively numbered paragraphs ("2. The project will …" after "1. …"): those are
list items. An all-capitals title is level 1 before any other heading and one below the
previous styled or numbered heading after it. Other paragraphs are list items (see
:mod:`.lists`) or plain paragraphs; a table-of-contents line (ending in dot leaders and a page
number) is skipped.
"""

from __future__ import annotations

import re
from collections import Counter

from pat_lint.model import Block, BlockKind, Location
from pat_lint.readers import headings
from pat_lint.readers.pdf_parts.lists import without_bullet
from pat_lint.readers.pdf_parts.names import is_person_name
from pat_lint.readers.pdf_parts.page import Line
from pat_lint.readers.pdf_parts.paragraphs import TERMINAL, Para

#: the deepest heading level
MAX_LEVEL = 6
#: a cover title (set at this many times the body size) may have this many words
TITLE_SIZE, TITLE_WORDS = 1.5, 30
#: a table-of-contents line: dot leaders then a page number ("4. Gender analysis ..... 7")
_DOT_LEADER = re.compile(r"(?:\.\s*){4,}\d{1,4}$|…{2,}\s*\d{1,4}$")
#: the numbering of a numbered paragraph: "3.", "3)", "2.1"
_NUMBER = re.compile(r"^(\d{1,3}(?:\.\d{1,3})*)[.)]?\s")
_LETTERS = re.compile(r"[^\W\d_]+")
#: words after which a title goes on ("Analysis of", "Women and")
_JOINING = frozenset(
    """and or of for in on to the a an with by from at et ou de des du la le les en pour par y o
    e del los las para con""".split()  # noqa: SIM905 - a word list reads better as text
)


def body_style(lines: list[Line]) -> tuple[float, bool]:
    """The most common glyph size (weighted by text length) and whether the body is bold."""
    sizes: Counter[float] = Counter()
    bold = 0
    for line in lines:
        sizes[line.size] += len(line.text)
        bold += len(line.text) if line.bold else 0
    if not sizes:
        return 10.0, False
    size = max(sizes.items(), key=lambda item: (item[1], -item[0]))[0]
    return size, bold > 0.5 * sum(sizes.values())


class Headings:
    """Turns paragraphs into heading, list-item or paragraph blocks, given the body style and
    the words the document writes in lower case (to tell names from title-case headings)."""

    def __init__(
        self, path: str, body_size: float, body_bold: bool, lower_words: frozenset[str]
    ) -> None:
        self.path = path
        self.body_size = body_size
        self.body_bold = body_bold
        self.lower_words = lower_words
        self.levels: dict[tuple[float, bool], int] = {}
        self.by_depth: dict[int, int] = {}
        self.names: set[int] = set()
        self.in_runs: set[int] = set()

    def heading_font(self, line: Line) -> bool:
        """Set larger than the body, or in bold while the body is not."""
        larger = line.size >= self.body_size + 1.0
        bolder = line.bold and not self.body_bold and line.size >= self.body_size - 0.5
        return larger or bolder

    def continues(self, para: Para, line: Line) -> bool:
        """Whether ``line`` carries on a heading wrapped over several lines (module docstring)."""
        last, first = para.lines[-1], para.first
        if not self.heading_font(line) or line.marker or line.page != last.page:
            return False
        if len(para.lines) >= 6 or any(
            abs(x.size - line.size) > 0.6 or x.bold != line.bold for x in para.lines
        ):
            return False
        if TERMINAL.search(last.text) or headings.numbered_heading_level(line.text) is not None:
            return False
        words = last.text.split()
        open_end = (
            line.text[:1].islower() or last.text.endswith(",") or words[-1].lower() in _JOINING
        )
        drop = last.baseline - line.baseline
        if not 0 < drop <= (2.2 if open_end else 1.7) * line.size:
            return False
        text = f"{para.text} {line.text}"
        if (
            not self._title_shaped(text, line.size)
            or self._name(para.text)
            or self._name(line.text)
        ):
            return False
        if line.size >= TITLE_SIZE * self.body_size:  # a cover title: any line under it
            return min(line.x1, last.x1) > max(line.x0, last.x0)
        numbered = _NUMBER.match(para.text) or headings.numbering_level(para.text) is not None
        words = sorted(
            x
            for piece in para.lines
            if abs(piece.baseline - first.baseline) < 1.0
            for x, _ in piece.words()
        )
        title_x0 = words[1] if len(words) > 1 else first.x0
        return (
            abs(line.x0 - first.x0) <= 2.0
            or abs((line.x0 + line.x1) - (first.x0 + first.x1)) <= 6.0
            or abs(line.x1 - first.x1) <= 2.0
            or bool(numbered and first.x0 < line.x0 <= title_x0 + 2.0)
        )

    def prepare(self, entries: list[object]) -> None:
        """Work out what depends on a paragraph's neighbours (names followed by a role line,
        runs of numbered paragraphs) and the heading levels, before :meth:`classify`."""
        paras = [entry for entry in entries if isinstance(entry, Para)]
        for k, entry in enumerate(entries):
            if not isinstance(entry, Para):
                continue
            following = entries[k + 1] if k + 1 < len(entries) else None
            role = isinstance(following, Para) and self._role_line(entry, following)
            if self.heading_font(entry.first) and is_person_name(
                entry.text, self.lower_words, role
            ):
                self.names.add(id(entry))
            previous = entries[k - 1] if k else None
            if isinstance(previous, Para) and _consecutive(previous, entry):
                self.in_runs.update((id(previous), id(entry)))
        styles = {(p.first.size, p.first.bold) for p in paras if self.styled(p)}
        ranked = sorted(styles, key=lambda style: (-style[0], not style[1]))
        rank = 0
        for k, style in enumerate(ranked):
            previous = ranked[k - 1] if k else None
            if previous and (previous[0] - style[0] > 0.5 or previous[1] != style[1]):
                rank += 1  # sizes within 0.5 pt of the same weight are one style
            self.levels[style] = min(rank + 1, MAX_LEVEL)
        for para in paras:  # the level styled headings of each numbering depth have
            depth = headings.numbered_heading_level(para.text)
            if depth is not None and self.styled(para):
                self.by_depth.setdefault(depth, self.levels[(para.first.size, para.first.bold)])

    def styled(self, para: Para) -> bool:
        """Set apart by size or weight, shaped like a title, and not a person's name."""
        numbered = headings.numbered_heading_level(para.text) is not None
        return (
            self.heading_font(para.first)
            and self._title_shaped(para.text, para.first.size)
            and (numbered or not para.is_item)
            and id(para) not in self.names
        )

    def classify(self, para: Para, last_level: int | None) -> tuple[Block | None, int | None]:
        """The block for a paragraph, and the level of the last styled/numbered heading."""
        text = para.text
        if not text or _DOT_LEADER.search(text):  # empty, or a table-of-contents line
            return None, last_level
        location = Location(path=self.path, page=para.first.page)
        if self.styled(para):
            level = self.levels[(para.first.size, para.first.bold)]
            return Block(BlockKind.HEADING, text, location, level=level), level
        numbered = headings.numbered_heading_level(text)
        one_line = all(abs(x.baseline - para.first.baseline) < 1.0 for x in para.lines)
        if numbered is not None and one_line and id(para) not in self.in_runs:
            level = self.by_depth.get(numbered, min(numbered, MAX_LEVEL))
            return Block(BlockKind.HEADING, text, location, level=level), level
        if para.is_item:
            text = without_bullet(text, para.first.marker)
            return Block(BlockKind.LIST_ITEM, text, location, level=1), last_level
        if headings.is_all_caps(text) and self._title_shaped(text, para.first.size):
            level = 1 if last_level is None else min(last_level + 1, MAX_LEVEL)
            return Block(BlockKind.HEADING, text, location, level=level), last_level
        return Block(BlockKind.PARAGRAPH, text, location), last_level

    def _title_shaped(self, text: str, size: float) -> bool:
        """Short and title-like, and not a label ending in a colon ("Indicators:")."""
        words = TITLE_WORDS if size >= TITLE_SIZE * self.body_size else headings.MAX_HEADING_WORDS
        return (
            headings.is_short_title(text, words)
            and not text.rstrip().endswith(":")
            and any(len(word) > 1 for word in _LETTERS.findall(text))  # not "x x x" (a chart)
        )

    def _name(self, text: str) -> bool:
        return is_person_name(text, self.lower_words, followed_by_role=False)

    def _role_line(self, para: Para, following: Para) -> bool:
        """A short line right under a name that says who the person is."""
        line, last = following.first, para.lines[-1]
        text = following.text
        return (
            line.page == last.page
            and 0 < last.baseline - line.baseline <= 2.5 * max(line.size, last.size)
            and not self.heading_font(line)
            and not following.is_item
            and len(text.split()) <= 12
            and not text.rstrip().endswith(".")
        )


def _consecutive(previous: Para, para: Para) -> bool:
    """Two paragraphs numbered one after the other ("2." then "3.", "1.4" then "1.5"), at the
    same indentation."""
    a, b = _NUMBER.match(previous.text), _NUMBER.match(para.text)
    if a is None or b is None or abs(previous.first.x0 - para.first.x0) > 2.0:
        return False
    first = [int(n) for n in a.group(1).split(".")]
    second = [int(n) for n in b.group(1).split(".")]
    return len(first) == len(second) and first[:-1] == second[:-1] and second[-1] == first[-1] + 1
