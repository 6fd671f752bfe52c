"""Footnotes at the foot of a page, taken out of the body text.

A footnote starts with a line set smaller than the body (at most 90 % of its size) whose first
glyph is a note mark — one to three digits, or "*", "†", "‡" — set raised or at another size
than the text after it, as Word and LibreOffice set the numbers of their notes ("¹ Border
survey 2023 …"). The start line must lie in the lower half of the page, and it and every line
below it in its column (the lines that overlap it horizontally) must be small: a note sits at
the foot of its column, under all the body text. Each note runs from one mark to the next.

The assembler reads each note as a paragraph block with ``style="footnote"``, its text without
the mark, placed after the body text of its page: just before the first heading that follows
that page, or at the end of the document. A note therefore never cuts a paragraph that runs on
to the next page, nor a list or a table, and stays in the section where the page ends.
"""

from __future__ import annotations

from pat_lint.readers.pdf_parts.page import Line, Page

#: a note is set at most this share of the body size
NOTE_SIZE = 0.9


def take_footnotes(pages: list[Page], body_size: float) -> dict[int, list[list[Line]]]:
    """Remove each page's footnotes from its lines; page number → its notes (lines each)."""
    notes: dict[int, list[list[Line]]] = {}
    for page in pages:
        taken: set[int] = set()
        found: list[list[Line]] = []
        starts = sorted(
            (line for line in page.lines if _starts_note(line, page, body_size)),
            key=lambda line: (line.x0, -line.y1),
        )
        for start in starts:
            if id(start) in taken:
                continue
            area = [
                line
                for line in page.lines
                if line.y1 <= start.y1 + 1.0
                and min(line.x1, start.x1) > max(line.x0, start.x0)
                and id(line) not in taken
            ]
            if any(line.size > NOTE_SIZE * body_size for line in area):
                continue
            area.sort(key=lambda line: (-line.baseline, line.x0))
            for line in area:
                if line is start or (_is_mark_line(line) and line.x0 <= start.x0 + 1.0):
                    found.append([line])
                elif found:
                    found[-1].append(line)
                taken.add(id(line))
        if found:
            page.lines = [line for line in page.lines if id(line) not in taken]
            notes[page.number] = found
    return notes


def note_text(lines: list[Line], text: str) -> str:
    """A note's text without its mark."""
    mark = "".join(glyph.text for glyph in lines[0].glyphs[: _mark_length(lines[0])])
    return text[len(mark) :].lstrip() if mark and text.startswith(mark) else text


def _starts_note(line: Line, page: Page, body_size: float) -> bool:
    """A small line in the lower half of the page that starts with a note mark."""
    return (
        line.size <= NOTE_SIZE * body_size
        and line.y1 - page.bottom <= page.height / 2
        and _is_mark_line(line)
    )


def _is_mark_line(line: Line) -> bool:
    """A line that starts with a note mark set raised or at another size, text after it."""
    length = _mark_length(line)
    if not length or length >= len(line.glyphs):
        return False
    mark, rest = line.glyphs[0], line.glyphs[length]
    if not (rest.text[:1].isalnum() or rest.text in "(\"'“‘["):
        return False
    raised = mark.y0 > rest.y0 + 0.2 * rest.size
    return raised or abs(mark.size - rest.size) >= 1.0


def _mark_length(line: Line) -> int:
    """How many glyphs the note mark at the start of a line has (0 for none)."""
    glyphs = line.glyphs
    if glyphs and glyphs[0].text in "*†‡":
        return 1
    length = 0
    while length < min(3, len(glyphs)) and glyphs[length].text.isdigit():
        if length and glyphs[length].size != glyphs[0].size:
            break
        length += 1
    return length
