"""Review comments (``word/comments.xml``) and the blocks their ranges are anchored on.

While the body is walked, each ``commentRangeStart``/``commentRangeEnd`` marker and each
``commentReference`` is recorded against the blocks of the element it sits in. A start marker
in an element that produced no block (an empty paragraph, a body-level marker) anchors on the
next block produced; an end marker or reference there anchors on the last block produced so
far. A comment without a start marker starts at its reference, one without an end marker ends
at its reference (or its start); block indexes are clamped to the document's blocks.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pat_lint.model import Comment
from pat_lint.readers.docx_parts.xml import (
    COMMENT_END,
    COMMENT_REF,
    COMMENT_START,
    W_P,
    collapse,
    text_of,
    w,
)

RT_COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"


class Anchors:
    """Comment id → first and last block index, as recorded during the walk."""

    def __init__(self) -> None:
        self.starts: dict[str, int] = {}
        self.ends: dict[str, int] = {}
        self.refs: dict[str, int] = {}
        self.pending_starts: list[str] = []

    def mark(self, element: Any, emitted: tuple[int, int] | None, block_count: int) -> None:
        """Record comment range markers in ``element`` against the blocks it produced
        (``emitted``: first and last index, None for none) out of ``block_count`` so far."""
        if emitted is not None:
            for comment_id in self.pending_starts:
                self.starts.setdefault(comment_id, emitted[0])
            self.pending_starts = []
        for marker in _iter_markers(element):
            comment_id = marker.get(w("id")) or ""
            if marker.tag == COMMENT_START:
                if emitted is None:
                    self.pending_starts.append(comment_id)
                else:
                    self.starts.setdefault(comment_id, emitted[0])
            else:
                index = emitted[1] if emitted is not None else block_count - 1
                target = self.ends if marker.tag == COMMENT_END else self.refs
                target[comment_id] = max(index, 0)

    def comments(self, elements: list[Any], block_count: int) -> tuple[Comment, ...]:
        """Comments from comments.xml with the block range each one is anchored on."""
        if not block_count:
            return ()
        last = block_count - 1
        result: list[Comment] = []
        for element in elements:
            comment_id = element.get(w("id")) or ""
            start = self.starts.get(comment_id, self.refs.get(comment_id))
            end = self.ends.get(comment_id, self.refs.get(comment_id, start))
            if start is None:
                start = end if end is not None else 0
            end = start if end is None else end
            first, final = sorted((min(start, last), min(end, last)))
            texts = [collapse(text_of(p)) for p in element.iter(W_P)]
            result.append(
                Comment(
                    text="\n".join(t for t in texts if t),
                    first_block=first,
                    last_block=final,
                    author=element.get(w("author")) or "",
                )
            )
        return tuple(result)


def _iter_markers(element: Any) -> Iterator[Any]:
    """Comment range markers and references in ``element`` (itself included), in order."""
    return element.iter(COMMENT_START, COMMENT_END, COMMENT_REF)


def comment_elements(word: Any) -> list[Any]:
    """The ``w:comment`` elements of the document's comments part (none when it has none)."""
    try:
        part = word.part.part_related_by(RT_COMMENTS)
    except KeyError:
        return []
    element = getattr(part, "element", None)
    if element is None:
        from lxml import etree

        element = etree.fromstring(part.blob)
    return list(element.iter(w("comment")))
