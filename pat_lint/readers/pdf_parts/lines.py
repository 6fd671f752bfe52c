"""Glyphs grouped into visual lines, cut into pieces at table rulings and column gutters.

Glyphs are grouped into visual lines by vertical overlap (a superscript joins its line),
ordered left to right; a space is inserted where the gap between glyphs exceeds 0.15 em. A line
is cut into separate pieces where a table ruling crosses it or where the gap exceeds 1.5 em (a
column gutter), except after a list marker ("•", "1.") within 3 em.
"""

from __future__ import annotations

import statistics
from collections import Counter

from pat_lint.readers.pdf_parts.lists import MARKER
from pat_lint.readers.pdf_parts.page import TOLERANCE, Glyph, Line, Segment


def make_lines(page: int, glyphs: list[Glyph], cuts: list[Segment]) -> list[Line]:
    """Visual lines from glyphs, cut at table rulings and wide gaps.

    A glyph joins a row when it overlaps the row's core (its largest glyph so far) by 30 % of
    the smaller height: a superscript joins its line, the next line down does not.
    """
    rows: list[list[Glyph]] = []
    cores: list[Glyph] = []
    for glyph in sorted(glyphs, key=lambda g: (-(g.y0 + g.y1) / 2, g.x0)):
        for k in range(len(rows) - 1, max(len(rows) - 4, -1), -1):
            core = cores[k]
            overlap = min(core.y1, glyph.y1) - max(core.y0, glyph.y0)
            if overlap >= 0.3 * min(core.y1 - core.y0, glyph.y1 - glyph.y0):
                rows[k].append(glyph)
                if glyph.y1 - glyph.y0 > core.y1 - core.y0:
                    cores[k] = glyph
                break
        else:
            rows.append([glyph])
            cores.append(glyph)
    lines: list[Line] = []
    for row in rows:
        row.sort(key=lambda g: g.x0)
        middle = statistics.median((g.y0 + g.y1) / 2 for g in row)
        xs = sorted(s.x0 for s in cuts if s.y0 - TOLERANCE <= middle <= s.y1 + TOLERANCE)
        lines.extend(_split_row(page, _dedupe(row), xs))
    return lines


def _dedupe(row: list[Glyph]) -> list[Glyph]:
    """Drop glyphs printed twice at the same place (fake bold by over-printing)."""
    kept: list[Glyph] = []
    for glyph in row:
        if kept:
            last = kept[-1]
            if last.text == glyph.text and abs(last.x0 - glyph.x0) < 0.3 * glyph.size / 2:
                continue
        kept.append(glyph)
    return kept


def _split_row(page: int, row: list[Glyph], cuts: list[float]) -> list[Line]:
    """One visual line cut into pieces at rulings and gutters; spaces from gaps."""
    pieces: list[list[Glyph]] = [[row[0]]]
    for previous, glyph in zip(row, row[1:], strict=False):
        size = max(previous.size, glyph.size, 1.0)
        gap = glyph.x0 - previous.x1
        ruled = any((previous.x0 + previous.x1) / 2 < x < (glyph.x0 + glyph.x1) / 2 for x in cuts)
        after_marker = gap < 3.0 * size and MARKER.match("".join(g.text for g in pieces[-1]))
        wide = gap > 1.5 * size and not after_marker
        if ruled or wide:
            pieces.append([glyph])
        else:
            pieces[-1].append(glyph)
    return [_line_of(page, piece) for piece in pieces]


def _line_of(page: int, glyphs: list[Glyph]) -> Line:
    """A piece of line from its glyphs: text with spaces, size, weight, marker and first word."""
    parts: list[str] = []
    space_at: list[int] = []
    for k, glyph in enumerate(glyphs):
        if k and glyph.x0 - glyphs[k - 1].x1 > 0.15 * max(glyph.size, glyphs[k - 1].size):
            parts.append(" ")
            space_at.append(k)
        parts.append(glyph.text)
    text = " ".join("".join(parts).split())
    sizes = Counter(g.size for g in glyphs)
    size = max(sizes.items(), key=lambda item: (item[1], item[0]))[0]
    letters = [g for g in glyphs if g.text.isalpha()] or glyphs
    start = space_at[0] if space_at and MARKER.match(text.split(" ", 1)[0]) else 0
    word_end = next((k for k in space_at if k > start), len(glyphs))
    return Line(
        page=page,
        text=text,
        x0=glyphs[0].x0,
        x1=max(g.x1 for g in glyphs),
        y0=min(g.y0 for g in glyphs),
        y1=max(g.y1 for g in glyphs),
        baseline=statistics.median(g.y0 for g in glyphs if g.size == size),
        size=size,
        bold=sum(g.bold for g in letters) >= 0.9 * len(letters),
        text_x0=glyphs[start].x0,
        first_word=glyphs[word_end - 1].x1 - glyphs[start].x0,
    )
