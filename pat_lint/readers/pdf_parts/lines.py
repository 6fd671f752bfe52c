"""Glyphs grouped into visual lines, cut into pieces at table rulings and column gutters.

Glyphs are grouped into visual lines by vertical overlap (a superscript joins its line),
ordered left to right. Words are separated where the PDF draws a space glyph between two
glyphs, or where the gap between them exceeds the line's usual gap between letters by more than
0.15 em. The usual gap is 0, or the lowest quarter of the line's gaps when that is clearly
negative (text set with condensed letter spacing, as slides often are, where the gap between
words can be far smaller than a space). A line
is cut into separate pieces where a table ruling crosses it or where the gap exceeds 1.5 em (a
column gutter), except after a list marker or a number ("•", "1.", "6.1.") within 3 em.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter

from pat_lint.readers.pdf_parts.lists import MARKER, marker_of
from pat_lint.readers.pdf_parts.page import TOLERANCE, Glyph, Line, Segment

#: a word space: this much wider than the usual gap between letters (em)
WORD_GAP = 0.15
#: a multi-level number ("6.1.", "1.2.3") set off from its title by a tab
_NUMBERING = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,3}\.?$")
#: a glyph printed again this near (em) is over-printed (fake bold), not a double letter
FAKE_BOLD = 0.06
#: a column gutter (em)
GUTTER_GAP = 1.5


def make_lines(page: int, glyphs: list[Glyph], cuts: list[Segment]) -> list[Line]:
    """Visual lines from glyphs, cut at table rulings and wide gaps.

    A glyph joins a row when it overlaps the row's core (its largest glyph so far) by 30 % of
    the smaller height: a superscript joins its line, the next line down does not. A space
    glyph joins a row it overlaps but never starts one.
    """
    rows: list[list[Glyph]] = []
    bottoms: list[float] = []  # each row's core: its bottom and top
    tops: list[float] = []
    for glyph in sorted(glyphs, key=lambda g: (-(g.y0 + g.y1) / 2, g.x0)):
        # a page has thousands of glyphs: min and max written out, the rows' cores in lists
        low, high = glyph.y0, glyph.y1
        height = high - low
        k = len(rows) - 1
        stop = k - 3 if k > 2 else -1
        while k > stop:
            bottom, top = bottoms[k], tops[k]
            core = top - bottom
            overlap = (top if top < high else high) - (bottom if bottom > low else low)
            if overlap >= 0.3 * (core if core < height else height):
                rows[k].append(glyph)
                if height > core and glyph.text != " ":
                    bottoms[k], tops[k] = low, high
                break
            k -= 1
        else:
            if glyph.text != " ":
                rows.append([glyph])
                bottoms.append(low)
                tops.append(high)
    lines: list[Line] = []
    for row in rows:
        row.sort(key=_x0)
        visible, spaced = _visible(row)
        if not visible:
            continue
        xs: list[float] = []
        if cuts:
            middle = statistics.median((g.y0 + g.y1) / 2 for g in visible)
            xs = sorted(s.x0 for s in cuts if s.y0 - TOLERANCE <= middle <= s.y1 + TOLERANCE)
        lines.extend(_split_row(page, visible, spaced, xs))
    return lines


def _x0(glyph: Glyph) -> float:
    return glyph.x0


def _visible(row: list[Glyph]) -> tuple[list[Glyph], set[int]]:
    """A row's visible glyphs without those printed twice at the same place (fake bold by
    over-printing), and the indices of those a space glyph precedes (a space of the line's
    size whose middle lies between the two glyphs' middles)."""
    kept: list[Glyph] = []
    spaced: set[int] = set()
    space: Glyph | None = None
    last: Glyph | None = None  # the last glyph kept
    for glyph in row:
        if glyph.text == " ":
            if (
                last is not None
                and glyph.size >= 0.5 * last.size
                and glyph.x0 + glyph.x1 > last.x0 + last.x1  # middles, doubled
            ):
                space = glyph
            continue
        if space is None:
            if (
                last is not None
                and last.text == glyph.text
                and abs(last.x0 - glyph.x0) < FAKE_BOLD * glyph.size
            ):
                continue
        elif space.x0 + space.x1 < glyph.x0 + glyph.x1:
            spaced.add(len(kept))
        space = None
        kept.append(glyph)
        last = glyph
    return kept, spaced


def _split_row(page: int, row: list[Glyph], spaced: set[int], cuts: list[float]) -> list[Line]:
    """One visual line cut into pieces at rulings and gutters; word spaces from space glyphs
    and gaps."""
    pieces: list[list[int]] = [[0]]
    previous = row[0]
    for k in range(1, len(row)):
        glyph = row[k]
        size = previous.size if previous.size > glyph.size else glyph.size
        if size < 1.0:
            size = 1.0
        gap = glyph.x0 - previous.x1
        ruled = bool(cuts) and any(
            (previous.x0 + previous.x1) / 2 < x < (glyph.x0 + glyph.x1) / 2 for x in cuts
        )
        wide = gap > GUTTER_GAP * size
        if wide and gap < 3.0 * size and len(pieces[-1]) <= 6:
            first = "".join(row[i].text for i in pieces[-1])
            wide = not (MARKER.match(first) or _NUMBERING.match(first))  # a marker's tab
        if ruled or wide:
            pieces.append([k])
        else:
            pieces[-1].append(k)
        previous = glyph
    if len(pieces) == 1:
        return [line_of(page, row, _word_breaks(row, spaced))]
    lines = []
    for piece in pieces:
        glyphs = [row[i] for i in piece]
        lines.append(
            line_of(
                page, glyphs, _word_breaks(glyphs, {i - piece[0] for i in piece if i in spaced})
            )
        )
    return lines


def _word_breaks(glyphs: list[Glyph], spaced: set[int]) -> set[int]:
    """Indices of the glyphs a word space precedes: after a space glyph, or after a gap wider
    than the piece's usual letter gap by more than WORD_GAP em."""
    gaps = []
    previous = glyphs[0]
    for glyph in glyphs[1:]:
        size = previous.size if previous.size > glyph.size else glyph.size
        gaps.append((glyph.x0 - previous.x1) / (size if size > 1.0 else 1.0))
        previous = glyph
    usual = 0.0
    # the lowest quartile is at least the lowest gap: only a gap below -0.05 em can make it so
    if len(gaps) >= 4 and min(gaps) < -0.049:
        quartile = statistics.quantiles(gaps, n=4)[0]
        usual = max(quartile, -0.5) if quartile < -0.05 else 0.0  # condensed letter spacing
    breaks = {k for k in spaced if k}
    limit = usual + WORD_GAP
    breaks.update(k for k, gap in enumerate(gaps, start=1) if gap > limit)
    return breaks


def line_of(page: int, glyphs: list[Glyph], breaks: set[int] | frozenset[int]) -> Line:
    """A piece of line from its glyphs and the indices of the glyphs a word space precedes:
    text with spaces, size, weight, list marker and first word."""
    parts: list[str] = []
    for k, glyph in enumerate(glyphs):
        if k in breaks:
            parts.append(" ")
        parts.append(glyph.text)
    text = " ".join("".join(parts).split())
    size = glyphs[0].size
    if any(g.size != size for g in glyphs):
        sizes = Counter(g.size for g in glyphs)
        size = max(sizes.items(), key=lambda item: (item[1], item[0]))[0]
    letters = bold = 0
    x1, y0, y1 = glyphs[0].x1, glyphs[0].y0, glyphs[0].y1
    for g in glyphs:  # one pass: a page has thousands of glyphs
        if g.text.isalpha():
            letters += 1
            bold += g.bold
        if g.x1 > x1:
            x1 = g.x1
        if g.y0 < y0:
            y0 = g.y0
        if g.y1 > y1:
            y1 = g.y1
    if not letters:
        letters, bold = len(glyphs), sum(g.bold for g in glyphs)
    space_at = sorted(breaks)
    first_end = space_at[0] if space_at else len(glyphs)
    first_word = "".join(g.text for g in glyphs[:first_end])
    gap = glyphs[first_end].x0 - glyphs[first_end - 1].x1 if space_at else 0.0
    marker = marker_of(first_word, gap, size, bool(space_at))
    numbered = MARKER.match(first_word) or _NUMBERING.match(first_word)
    start = first_end if numbered and space_at else 0
    word_end = next((k for k in space_at if k > start), len(glyphs))
    return Line(
        page=page,
        text=text,
        x0=glyphs[0].x0,
        x1=x1,
        y0=y0,
        y1=y1,
        baseline=statistics.median(g.y0 for g in glyphs if g.size == size),
        size=size,
        bold=bold >= 0.9 * letters,
        text_x0=glyphs[start].x0,
        first_word=glyphs[word_end - 1].x1 - glyphs[start].x0,
        marker=marker,
        glyphs=glyphs,
        breaks=frozenset(breaks),
    )
