"""List numbering (``word/numbering.xml``): bulleted and numbered list levels.

A ``w:num`` points at an abstract numbering whose ``w:lvl``\\s give each level's number format;
a level is numbered unless its format is ``bullet`` or ``none`` (an unknown list or level
counts as bulleted).
"""

from __future__ import annotations

from typing import Any

from pat_lint.readers.docx_parts.xml import W_VAL, w


class Numbering:
    """numId → number format per level, to tell bullets from numbered lists."""

    def __init__(self, numbering_element: Any | None) -> None:
        self.formats: dict[tuple[int, int], str] = {}
        if numbering_element is None:
            return
        abstract: dict[str, dict[int, str]] = {}
        for element in numbering_element.iter(w("abstractNum")):
            levels: dict[int, str] = {}
            for lvl in element.iter(w("lvl")):
                fmt = lvl.find(w("numFmt"))
                ilvl = lvl.get(w("ilvl"))
                if ilvl is not None and ilvl.isdigit():
                    levels[int(ilvl)] = fmt.get(W_VAL, "decimal") if fmt is not None else "decimal"
            abstract[element.get(w("abstractNumId")) or ""] = levels
        for num in numbering_element.iter(w("num")):
            num_id = num.get(w("numId"))
            ref = num.find(w("abstractNumId"))
            if num_id and num_id.isdigit() and ref is not None:
                for ilvl, fmt in abstract.get(ref.get(W_VAL) or "", {}).items():
                    self.formats[(int(num_id), ilvl)] = fmt

    @classmethod
    def of(cls, word: Any) -> Numbering:
        """The numbering definitions of a python-docx document (empty when it has none)."""
        try:
            return cls(word.part.numbering_part.element)
        except (KeyError, NotImplementedError, AttributeError):
            return cls(None)

    def is_numbered(self, num_id: int, ilvl: int) -> bool:
        """True for a numbered (not bulleted) list level."""
        return self.formats.get((num_id, ilvl), "bullet") not in {"bullet", "none"}
