"""List markers, and list items' levels.

A paragraph starting with a bullet glyph or a number ("1.", "a)") is a list item, its level
the rank of its marker's indentation among the document's list markers. Bullet glyphs are
dropped from the text; numbers are kept.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pat_lint.model import Block
from pat_lint.readers.pdf_parts.page import index, unique

_BULLET_CHARS = "•▪◦●‣∙·○■□➢➤►▶✓✔\u2043\u25aa\u25cf\u2022\u2013\u2014*-o"
#: a list marker on its own ("•", "1.", "a)", "iv.")
MARKER = re.compile(
    rf"^(?:[{re.escape(_BULLET_CHARS)}\ue000-\uf8ff]|\d{{1,2}}[.)]|[a-z][.)]|\(?[ivx]{{1,4}}[.)])$"
)
#: a bullet glyph and the space after it, at the start of an item (dropped from its text)
BULLET_START = re.compile(rf"^[{re.escape(_BULLET_CHARS)}\ue000-\uf8ff]\s+(?=\S)")
#: text starting with a list marker
ITEM_START = re.compile(
    rf"^(?:[{re.escape(_BULLET_CHARS)}\ue000-\uf8ff]|\d{{1,2}}[.)]|[a-z][.)])\s+\S"
)


def with_list_levels(blocks: list[Block], item_x: list[float]) -> list[Block]:
    """List items' levels: the rank of their marker's indentation among all list markers."""
    positions = unique(x for x in item_x if x >= 0)
    return [
        replace(block, level=index(positions, x) + 1) if x >= 0 else block
        for block, x in zip(blocks, item_x, strict=True)
    ]
