"""WordprocessingML names, and the text and runs of an element as the reader reads them.

Text is what a person sees in the body: ``w:t`` text, tabs and breaks as spaces, a
non-breaking hyphen as "-"; deleted text (``w:del``, ``w:moveFrom``), drawings, pictures,
embedded objects, text boxes, note references, alternate content and run/paragraph properties
are left out of a paragraph's text (text boxes and notes are read as paragraphs of their own,
see :mod:`.boxes` and :mod:`.notes`). Content controls, custom XML, tracked insertions and
moves are unwrapped.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def w(tag: str) -> str:
    """Clark notation for a WordprocessingML tag."""
    return f"{{{W_NS}}}{tag}"


W_P, W_TBL, W_TR, W_TC, W_R, W_T = w("p"), w("tbl"), w("tr"), w("tc"), w("r"), w("t")
W_SDT, W_SDT_CONTENT, W_CUSTOM_XML = w("sdt"), w("sdtContent"), w("customXml")
W_RPR, W_PPR, W_VAL, W_TAB = w("rPr"), w("pPr"), w("val"), w("tab")
W_TXBX = w("txbxContent")
COMMENT_START, COMMENT_END = w("commentRangeStart"), w("commentRangeEnd")
COMMENT_REF = w("commentReference")
#: Elements whose text is not body text: deletions, drawings and text boxes, properties.
SKIP_SUBTREES = frozenset(
    {
        w("del"),
        w("moveFrom"),
        w("pPr"),
        w("rPr"),
        w("drawing"),
        w("pict"),
        w("object"),
        W_TXBX,
        w("footnoteReference"),
        w("endnoteReference"),
        f"{{{MC_NS}}}AlternateContent",
    }
)
SPACE_TAGS = frozenset({w("tab"), w("br"), w("cr"), w("ptab")})
#: Elements whose children are read as if they were the wrapper's siblings.
WRAPPERS = frozenset({W_SDT, W_SDT_CONTENT, W_CUSTOM_XML, w("ins"), w("moveTo")})
_FALSE_VALUES = {"0", "false", "off", "none"}


# --------------------------------------------------------------------------------------------
# Property values


def is_on(element: Any) -> bool:
    """Value of an OOXML on/off property element (``<w:b/>`` is on, ``w:val="0"`` off)."""
    value = element.get(W_VAL)
    return value is None or value.lower() not in _FALSE_VALUES


def is_on_attr(value: str | None) -> bool:
    """An on/off XML attribute value ("1", "true", "on")."""
    return value is not None and value.lower() in {"1", "true", "on"}


def int_val(element: Any) -> int | None:
    """The integer ``w:val`` of an element, or None."""
    if element is None:
        return None
    try:
        return int(element.get(W_VAL))
    except (TypeError, ValueError):
        return None


# --------------------------------------------------------------------------------------------
# Children, text and runs


def content(element: Any, wanted: set[str]) -> Iterator[Any]:
    """Children of ``element`` in order, unwrapping content controls; the ``wanted`` tags and
    comment range markers are passed, other tags are not."""
    for child in element:
        if not isinstance(child.tag, str):
            continue
        if child.tag in WRAPPERS:
            yield from content(child, wanted)
        elif child.tag in wanted or child.tag in (COMMENT_START, COMMENT_END):
            yield child


def visible(element: Any) -> Iterator[Any]:
    """Children of ``element`` that can carry body text (skipping deletions, drawings…)."""
    for child in element:
        if isinstance(child.tag, str) and child.tag not in SKIP_SUBTREES:
            yield child


def text_of(element: Any, tab: str = " ") -> str:
    """The visible text under ``element``, breaks as spaces and tabs as ``tab``, not collapsed."""
    parts: list[str] = []
    _collect_text(element, parts, tab)
    return "".join(parts)


def _collect_text(element: Any, parts: list[str], tab: str) -> None:
    """Append the visible text under ``element`` to ``parts``, in document order."""
    for child in visible(element):
        tag = child.tag
        if tag == W_T:
            parts.append(child.text or "")
        elif tag == W_TAB:
            parts.append(tab)
        elif tag in SPACE_TAGS:
            parts.append(" ")
        elif tag == w("noBreakHyphen"):
            parts.append("-")
        else:
            _collect_text(child, parts, tab)


def collapse(text: str) -> str:
    """Whitespace (spaces, tabs, no-break spaces, breaks) collapsed to single spaces."""
    return " ".join(text.split())


def runs(element: Any) -> Iterator[Any]:
    """The ``w:r`` runs under ``element`` that can be seen (not deleted, not in drawings)."""
    for child in visible(element):
        if child.tag == W_R:
            yield child
        else:
            yield from runs(child)


def has_text(run: Any) -> bool:
    """A run holding some non-blank text."""
    return any((t.text or "").strip() for t in run.iter(W_T))
