"""The style sheet (``word/styles.xml``): what a paragraph's style says about it.

A style's properties are looked up along its ``basedOn`` chain, nearest first. The reader
needs, per style: its name, its outline level, its list numbering (``numId``/``ilvl``) and the
run toggles bold, capitals and hidden. Style *names* say a paragraph is a heading ("Heading 2",
localised "Titre 2"/"Überschrift 2", ``Title``), a list item ("List Bullet 2"), a quote, a
table-of-contents line ("TOC 1", "Contents 1") or its title ("TOC Heading").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from pat_lint.readers.docx_parts.xml import W_PPR, W_RPR, W_VAL, int_val, is_on, is_on_attr, w

_HEADING_NAME = re.compile(
    r"^(?:heading|titre|t[ií]tulo|encabezado|[üu]berschrift|kop|intestazione|rubrik)\s*(\d)$",
    re.IGNORECASE,
)
_TITLE_NAME = re.compile(r"^(?:title|titre|t[ií]tulo|titel)$", re.IGNORECASE)
_QUOTE_NAME = re.compile(r"^(?:(?:intense )?quote|citation|cita|zitat|block text)$", re.IGNORECASE)
_LIST_NAME = re.compile(r"^list (?:bullet|number)(?: (\d))?$", re.IGNORECASE)
_TOC_NAME = re.compile(r"^(?:toc|tdm|índice|verzeichnis|contents)\s*\d{1,2}$", re.IGNORECASE)
_TOC_HEADING_NAME = re.compile(r"^(?:toc|contents) heading$", re.IGNORECASE)


@dataclass
class Style:
    """What the reader needs of one style from styles.xml."""

    name: str
    based_on: str | None
    outline: int | None = None
    num_id: int | None = None
    ilvl: int | None = None
    toggles: dict[str, bool] = field(default_factory=dict)


class StyleSheet:
    """Style lookups with ``basedOn`` inheritance."""

    def __init__(self, styles_element: Any) -> None:
        self.styles: dict[str, Style] = {}
        self.default_paragraph: str | None = None
        for element in styles_element.iter(w("style")):
            self._add(element)

    def _add(self, element: Any) -> None:
        style_id = element.get(w("styleId")) or ""
        name_el = element.find(w("name"))
        based = element.find(w("basedOn"))
        style = Style(
            name=(name_el.get(W_VAL) if name_el is not None else style_id) or style_id,
            based_on=based.get(W_VAL) if based is not None else None,
        )
        ppr = element.find(W_PPR)
        if ppr is not None:
            style.outline = int_val(ppr.find(w("outlineLvl")))
            num_pr = ppr.find(w("numPr"))
            if num_pr is not None:
                style.num_id = int_val(num_pr.find(w("numId")))
                style.ilvl = int_val(num_pr.find(w("ilvl")))
        rpr = element.find(W_RPR)
        if rpr is not None:
            for prop in ("b", "caps", "vanish"):
                found = rpr.find(w(prop))
                if found is not None:
                    style.toggles[prop] = is_on(found)
        self.styles[style_id] = style
        if element.get(w("type")) == "paragraph" and is_on_attr(element.get(w("default"))):
            self.default_paragraph = style_id

    # -- lookups -----------------------------------------------------------------------------

    def chain(self, style_id: str | None) -> Iterator[Style]:
        """The style and the styles it is based on, nearest first (cycles are cut)."""
        seen: set[str] = set()
        while style_id and style_id in self.styles and style_id not in seen:
            seen.add(style_id)
            style = self.styles[style_id]
            yield style
            style_id = style.based_on

    def first(self, style_id: str | None, attribute: str) -> Any:
        """The nearest non-None value of ``attribute`` along the style's chain."""
        for style in self.chain(style_id):
            value = getattr(style, attribute)
            if value is not None:
                return value
        return None

    def toggle(self, style_id: str | None, prop: str) -> bool | None:
        """The nearest setting of a run toggle property (bold, caps, hidden) along the chain."""
        for style in self.chain(style_id):
            if prop in style.toggles:
                return style.toggles[prop]
        return None

    def name(self, style_id: str | None) -> str:
        """The style's name as written in styles.xml ("heading 1"), or its id."""
        style = self.styles.get(style_id or "")
        return style.name if style else (style_id or "")

    def paragraph_style(self, p: Any) -> str | None:
        """The style id of a ``w:p`` (its ``pStyle``, else the default paragraph style)."""
        ppr = p.find(W_PPR)
        style = ppr.find(w("pStyle")) if ppr is not None else None
        return style.get(W_VAL) if style is not None else self.default_paragraph

    def run_toggle(self, run: Any, prop: str, para_style: str | None) -> bool:
        """Effective bold/caps/hidden of a run: direct, then character style, then paragraph."""
        rpr = run.find(W_RPR)
        if rpr is not None:
            direct = rpr.find(w(prop))
            if direct is not None:
                return is_on(direct)
            char_style = rpr.find(w("rStyle"))
            if char_style is not None:
                value = self.toggle(char_style.get(W_VAL), prop)
                if value is not None:
                    return value
        return bool(self.toggle(para_style, prop))

    # -- what style names say ----------------------------------------------------------------

    def heading_level(self, style_id: str | None) -> int | None:
        """Heading level from a heading/title style name along the chain ("Heading 2" is 2,
        ``Title`` is 1), else None."""
        for style in self.chain(style_id):
            match = _HEADING_NAME.match(style.name.strip())
            if match and match.group(1) != "0":
                return int(match.group(1))
            if _TITLE_NAME.match(style.name.strip()):
                return 1
        return None

    def is_quote(self, style_id: str | None) -> bool:
        """The style itself (not the styles it is based on) is a quote style."""
        return _QUOTE_NAME.match(self.name(style_id).strip()) is not None

    def is_list(self, style_id: str | None) -> bool:
        """A List Bullet/List Number style, or one based on it."""
        return any(_LIST_NAME.match(style.name) for style in self.chain(style_id))

    def list_level(self, style_id: str | None) -> int:
        """The level a "List Bullet 2"-style name gives (1 for other styles)."""
        for style in self.chain(style_id):
            match = _LIST_NAME.match(style.name)
            if match:
                return int(match.group(1) or 1)
        return 1

    def is_toc(self, style_id: str | None) -> bool:
        """A table-of-contents style ("TOC 1"…, LibreOffice's "Contents 1"…), or one based on
        it."""
        return any(_TOC_NAME.match(style.name) for style in self.chain(style_id))

    def is_toc_heading(self, style_id: str | None) -> bool:
        """The title style of a table of contents ("TOC Heading", "Contents Heading"), which
        Word bases on "Heading 1" although it heads no section."""
        return any(_TOC_HEADING_NAME.match(style.name) for style in self.chain(style_id))
