"""Text boxes: the boxes anchored in a paragraph, each read once.

Word writes a text box twice: a DrawingML shape (``wps:txbx``) in ``mc:Choice`` and a VML copy
(``v:textbox``) in ``mc:Fallback`` for older readers, both holding a ``w:txbxContent``. The
fallback copy is read only when its ``mc:AlternateContent`` has no text box in its choice; a
VML-only box (older files) is read as it is. A box inside a box is found from the inner box's
own paragraphs, not from the paragraph that anchors the outer one.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pat_lint.readers.docx_parts.xml import MC_NS, W_P, W_TBL, W_TXBX, content

MC_CHOICE = f"{{{MC_NS}}}Choice"
MC_FALLBACK = f"{{{MC_NS}}}Fallback"
MC_ALTERNATE = f"{{{MC_NS}}}AlternateContent"


def text_boxes(p: Any) -> list[Any]:
    """The ``w:txbxContent`` elements anchored in paragraph ``p``, once each, in order."""
    return [box for box in p.iter(W_TXBX) if _read_here(box, p)]


def _read_here(box: Any, p: Any) -> bool:
    """Whether ``box`` belongs to ``p`` itself (not to a box inside it) and is not a fallback
    copy of a box that the alternate content's choice already holds."""
    parent = box.getparent()
    while parent is not None and parent is not p:
        if parent.tag == W_TXBX:
            return False
        if parent.tag == MC_FALLBACK:
            alternate = parent.getparent()
            choices = alternate.iter(MC_CHOICE) if alternate is not None else iter(())
            if any(next(choice.iter(W_TXBX), None) is not None for choice in choices):
                return False
        parent = parent.getparent()
    return parent is p


def story_paragraphs(story: Any) -> Iterator[Any]:
    """The paragraphs of a story (a text box, a note) in order, its tables' paragraphs
    included, each followed by the paragraphs of the text boxes it anchors."""
    for child in content(story, {W_P, W_TBL}):
        if child.tag == W_P:
            paragraphs = [child]
        else:
            paragraphs = [p for p in child.iter(W_P) if _outside_boxes(p, child)]
        for p in paragraphs:
            yield p
            for box in text_boxes(p):
                yield from story_paragraphs(box)


def _outside_boxes(p: Any, top: Any) -> bool:
    """Whether no text box lies between ``p`` and ``top`` (an ancestor of ``p``)."""
    parent = p.getparent()
    while parent is not None and parent is not top:
        if parent.tag == W_TXBX:
            return False
        parent = parent.getparent()
    return True
