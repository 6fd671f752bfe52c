"""Lines joined into paragraphs, and hyphenated line breaks mended.

**Paragraphs.** Consecutive lines are joined into one paragraph unless the next line starts a
list item, or a numbered sub-section ("6.2. Transmission") in bold or after a full stop; its
size or weight differs; the gap between baselines exceeds the document's usual line pitch for
that size by more than max(2 pt, 0.2 em); it is indented (or, after the paragraph's first line
or after a list item, outdented) by more than 0.8 em; or it starts with a capital, digit or
quote and its first word would have fitted at the end of the previous line (a line that stops
short ends its paragraph: word wrapping would have pulled the word up).
Across a page or column break a paragraph continues only when the previous line has no final
punctuation and the next one starts in lower case. Within a table cell the same rules apply to
the cell's lines, with the cell's inner edge as the line end, so two paragraphs of one cell are
two blocks when the PDF shows a gap between them or the first one stops short.

**Hyphenated line breaks.** A line ending in "word-" followed by a line starting with a
lower-case word is joined without a space. The hyphen is dropped ("man-"/"power" → "manpower",
"disaggre-"/"gated" → "disaggregated") when both sides are lower-case letters, unless the
second part is a word that commonly stands after a hyphen in compounds (*made, based, headed,
related, led, term, level, scale, specific, sensitive, disaggregated, days, hours, months…*:
"man-made", "female-headed", "sex-disaggregated", "man-days") or the first part is "self",
"non" or "cross"; the hyphen is kept when either side is a capital or a digit ("COVID-19",
"non-EU"), and for the explicit hyphen characters U+2010/U+2011. "pre-" followed by "and"/"or"
keeps the hyphen and a space ("pre- and post-test"). A soft hyphen (U+00AD) always joins.
Without a dictionary this is a heuristic: a compound whose second part is not in the list is
joined ("child-care" broken at the hyphen becomes "childcare").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from pat_lint.readers.hyphens import join_lines
from pat_lint.readers.pdf_parts.page import Line, Page

#: final punctuation, possibly followed by closing quotes or brackets
TERMINAL = re.compile(r"[.!?:;][\"'”’)\]]*$")
#: a line starting a numbered sub-section ("6.2. Transmission …", "1.2.3 Scope")
_NUMBERED_TITLE = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+[^\W\d_]*[A-ZÀ-Ý]")


@dataclass
class Para:
    lines: list[Line]

    @property
    def first(self) -> Line:
        return self.lines[0]

    @property
    def text(self) -> str:
        text = ""
        for line in self.lines:
            text = join_lines(text, line.text)
        return text

    @property
    def is_item(self) -> bool:
        return bool(self.first.marker)


class ParagraphRules:
    """Whether a line continues a paragraph, with the document's usual line pitches."""

    def __init__(self, pages: list[Page]) -> None:
        self.pitches = _usual_pitches(pages)

    def within(self, columns: list[list[Line]]) -> ParagraphRules:
        """The rules for columns of lines set tighter than the document's usual pitch (a
        table's cells, in a document where most pitches are between table rows): for each
        size, the smaller of the usual pitch and the smallest pitch between two lines of a
        column."""
        rules = ParagraphRules([])
        rules.pitches = dict(self.pitches)
        for lines in columns:
            ordered = sorted(lines, key=lambda line: -line.baseline)
            for a, b in zip(ordered, ordered[1:], strict=False):
                pitch = round((a.baseline - b.baseline) * 2) / 2
                if a.size == b.size and 0.9 * a.size <= pitch <= 2.6 * a.size:
                    rules.pitches[a.size] = min(rules.pitches.get(a.size, pitch), pitch)
        return rules

    def pitch_limit(self, size: float) -> float:
        """The largest baseline distance that still continues a paragraph at this size."""
        usual = self.pitches.get(size, 1.25 * size)
        return usual + max(2.0, 0.2 * size)

    def continues(self, para: Para, line: Line, right: float | None = None) -> bool:
        """Whether ``line`` continues ``para`` (see the module docstring for the rules)."""
        last = para.lines[-1]
        if line.marker:
            return False
        if _NUMBERED_TITLE.match(line.text) and (line.bold or TERMINAL.search(last.text)):
            return False
        if last.text.endswith(("-", "\u00ad")) and line.text[:1].islower():
            return True
        if abs(line.size - last.size) > 0.6 or line.bold != last.bold:
            return False
        size = max(line.size, last.size)
        if line.page != last.page or line.y1 > last.y0 + 0.5 * size:
            if line.page == last.page and min(line.y1, last.y1) - max(line.y0, last.y0) > 0:
                return line.x0 > last.x1  # the next piece of the same visual line
            return self._carries_over(para, line)
        if last.baseline - line.baseline > self.pitch_limit(size):
            return False
        if line.text_x0 > last.text_x0 + 0.8 * size:
            return False
        outdented = line.text_x0 < last.text_x0 - 0.8 * size
        if outdented and (len(para.lines) > 1 or para.is_item):
            return False
        limit = right if right is not None else max(x.x1 for x in [*para.lines, line])
        starts_new = (
            line.text[:1].isupper() or line.text[:1].isdigit() or line.text[:1] in "\"'“‘(["
        )
        fits = last.x1 + 0.25 * size + line.first_word < limit - 1.0
        return not (starts_new and fits)

    def _carries_over(self, para: Para, line: Line) -> bool:
        """Across a page or column break: the sentence is unfinished, or the last line is
        full (the next line's first word would not have fitted on it) and the next line is
        not indented."""
        last = para.lines[-1]
        if not TERMINAL.search(last.text) and line.text[:1].islower():
            return True
        if para.is_item or len(para.lines) < 2:
            return False
        margin = min(x.text_x0 for x in para.lines[1:])
        if abs(line.text_x0 - margin) > 0.8 * line.size:
            return False
        right = max(x.x1 for x in para.lines)
        return last.x1 + 0.25 * line.size + line.first_word >= right - 1.0


def _usual_pitches(pages: list[Page]) -> dict[float, float]:
    """The most common distance between consecutive baselines, per glyph size."""
    samples: dict[float, Counter[float]] = {}
    for page in pages:
        groups: list[list[Line]] = [page.lines]
        groups += [cell.lines for table in page.tables for cell in table.cells.values()]
        for lines in groups:
            ordered = sorted(lines, key=lambda line: -line.baseline)
            for a, b in zip(ordered, ordered[1:], strict=False):
                pitch = a.baseline - b.baseline
                overlapping = min(a.x1, b.x1) > max(a.x0, b.x0)
                if a.size == b.size and overlapping and 0.9 * a.size <= pitch <= 2.6 * a.size:
                    samples.setdefault(a.size, Counter())[round(pitch * 2) / 2] += 1
    return {
        size: max(counter.items(), key=lambda item: (item[1], -item[0]))[0]
        for size, counter in samples.items()
    }
