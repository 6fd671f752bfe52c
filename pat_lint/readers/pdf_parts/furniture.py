"""Running headers, footers and page numbers, dropped from the flowing text.

Candidates are the two topmost and two bottommost rows of text of each page that lie within
15 % of the page's top or bottom edge (outside tables). A candidate is dropped when it is a
page number ("3", "- 3 -", "Page 3", "Page 3 of 12", "Página 3 de 12", "p. 3", "3/12", "iv")
or when its text, digits ignored, recurs among the candidates of at least half of the pages
(and at least two) and it stands apart from the body: the nearest line on the body's side
(below a header, above a footer) is at least half a line away or recurs too. (The first line
of a paragraph that happens to open two pages with the same words is body text.)
"""

from __future__ import annotations

import re
from collections import Counter

from pat_lint.readers.pdf_parts.page import Line, Page, unique

PAGE_NUMBER = re.compile(
    r"^[-–—\s]*(?:(?:page|p\.|pg\.?|página|pagina|seite)\s*)?"
    r"(?:\d{1,4}|(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))"
    r"(?:\s*(?:of|sur|de|von|/)\s*\d{1,4})?[-–—\s]*$",
    re.IGNORECASE,
)


def drop_running_lines(pages: list[Page]) -> None:
    """Remove page numbers and lines repeated at the top or bottom of most pages."""
    candidates = {page.number: _edge_lines(page) for page in pages}
    counts: Counter[str] = Counter()
    for lines in candidates.values():
        counts.update({_normalise(line.text) for line in lines})
    needed = max(2, (len(pages) + 1) // 2)
    for page in pages:
        recurring = {
            id(line) for line in candidates[page.number] if counts[_normalise(line.text)] >= needed
        }
        drop = {
            id(line)
            for line in candidates[page.number]
            if PAGE_NUMBER.match(line.text)
            or (id(line) in recurring and _apart(line, page, recurring))
        }
        page.lines = [line for line in page.lines if id(line) not in drop]


def _apart(line: Line, page: Page, recurring: set[int]) -> bool:
    """Whether the nearest line on the body's side of a running line is half a line away (or
    recurs too)."""
    top = line.y0 - page.bottom > page.height / 2
    gaps = [
        (line.y0 - other.y1 if top else other.y0 - line.y1, other)
        for other in page.lines
        if other is not line
        and min(other.x1, line.x1) > max(other.x0, line.x0)
        and (other.y1 <= line.y0 + 1.0 if top else other.y0 >= line.y1 - 1.0)
    ]
    if not gaps:
        return True
    gap, nearest = min(gaps, key=lambda item: item[0])
    return gap >= 0.5 * line.size or id(nearest) in recurring


def _edge_lines(page: Page) -> list[Line]:
    """Lines in the two topmost and two bottommost rows, within 15 % of the page edges."""
    if not page.lines or page.height <= 0:
        return []
    rows = unique(round(line.baseline, 1) for line in page.lines)
    top_rows, bottom_rows = set(rows[-2:]), set(rows[:2])
    zone = 0.15 * page.height
    top_edge = page.bottom + page.height
    return [
        line
        for line in page.lines
        if (round(line.baseline, 1) in top_rows and top_edge - line.y1 <= zone)
        or (round(line.baseline, 1) in bottom_rows and line.y0 - page.bottom <= zone)
    ]


def _normalise(text: str) -> str:
    """Text compared across pages: digits replaced, case and spacing ignored."""
    return " ".join(re.sub(r"\d+", "#", text.lower()).split())
