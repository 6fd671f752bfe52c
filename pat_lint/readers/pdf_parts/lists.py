"""List markers, and list items' levels.

A line starts a list item when its first word is a list marker followed by text: a bullet glyph
("•", "▪", "➢", "⮚", "", "–", "*"…), a number or letter ("1.", "a)"). A letter that is also a
word ("o", Word's second-level bullet, is Spanish and Portuguese for "or") and the codes of
symbol-font bullets that reach the text unmapped ("Ø", "§") are markers only when set off from
the text by a tab-sized gap (at least 0.4 em), as list formatting sets them. Bullet glyphs are
dropped from an item's text; numbers are kept. An item's level is the rank of its marker's
indentation among the markers of its list (consecutive items).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pat_lint.model import Block
from pat_lint.readers.pdf_parts.page import index, unique

#: bullet glyphs (and the private use area, where symbol fonts' bullets often land): a marker
#: whenever text follows
_BULLETS = "[" + re.escape("•▪◦●‣∙·○■□◆◇❖❑➢➤⮚►▶▸▹➔→⇒✓✔\u2043–—*-") + "\ue000-\uf8ff]"
#: characters that are bullets only when a tab-sized gap follows
_TAB_BULLETS = frozenset("oØ§")
#: the gap (em) after a tab-set marker
TAB_GAP = 0.4
_ANY_BULLET = f"(?:{_BULLETS}|[{''.join(sorted(_TAB_BULLETS))}])"
#: a list marker on its own ("•", "1.", "a)", "iv.")
MARKER = re.compile(rf"^(?:{_ANY_BULLET}|\d{{1,2}}[.)]|[a-z][.)]|\(?[ivx]{{1,4}}[.)])$")
_SURE_MARKER = re.compile(rf"^(?:{_BULLETS}|\d{{1,2}}[.)]|[a-z][.)])$")


def marker_of(first_word: str, gap: float, size: float, rest: bool) -> str:
    """The list marker a line starts with ("" for none), from its first word, the gap after
    that word and whether text follows it."""
    if not rest:
        return ""
    if _SURE_MARKER.match(first_word):
        return first_word
    if first_word in _TAB_BULLETS and gap >= TAB_GAP * size:
        return first_word
    return ""


def without_bullet(text: str, marker: str) -> str:
    """An item's text without its bullet glyph (numbers and letters are kept)."""
    if marker and (not marker[0].isalnum() or marker in _TAB_BULLETS):
        return text[len(marker) :].lstrip() if text.startswith(marker) else text
    return text


def with_list_levels(blocks: list[Block], item_x: list[float]) -> list[Block]:
    """List items' levels: the rank of their marker's indentation among the markers of their
    list (a run of consecutive items); ``item_x`` is -1 for blocks that are not items."""
    levels = [0] * len(blocks)
    k = 0
    while k < len(blocks):
        if item_x[k] < 0:
            k += 1
            continue
        end = k
        while end < len(blocks) and item_x[end] >= 0:
            end += 1
        positions = unique(item_x[k:end])
        for i in range(k, end):
            levels[i] = index(positions, item_x[i]) + 1
        k = end
    return [
        replace(block, level=level) if x >= 0 else block
        for block, x, level in zip(blocks, item_x, levels, strict=True)
    ]
