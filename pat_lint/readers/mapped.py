"""Text collected from a line-based source (Markdown, plain text) with a map back to it.

Each character keeps the (line, column) it came from; :meth:`MappedText.finish` collapses
whitespace and compresses the positions into the ``source_map`` anchors of a
:class:`~pat_lint.model.Block`, from which :meth:`~pat_lint.model.Block.span_location` finds
any substring in the file.
"""

from __future__ import annotations

import re

from pat_lint.model import Block, BlockKind, Location

#: (line, column) in the source, both 1-based
Position = tuple[int, int]
Anchor = tuple[int, int, int]


class _Run:
    """Characters that came from consecutive columns of one source line."""

    __slots__ = ("line", "column", "parts", "length")

    def __init__(self, line: int, column: int, text: str) -> None:
        self.line, self.column, self.parts, self.length = line, column, [text], len(text)


_SPACE_OR_WORD = re.compile(r"\s+|\S+")


class MappedText:
    """Characters collected from the source, each with the (line, column) it came from.

    They are kept as runs of consecutive columns (a line's text is one run, however long), so
    that a block costs memory in proportion to its text, not a position object per character.
    :meth:`finish` collapses whitespace and turns the positions into ``source_map`` anchors.
    """

    def __init__(self) -> None:
        self.runs: list[_Run] = []
        self.size = 0

    def __len__(self) -> int:
        """How many characters were collected."""
        return self.size

    def append(self, char: str, position: Position) -> None:
        """Add one character that came from ``position``."""
        self.extend(char, *position)

    def extend(self, text: str, line: int, column: int) -> None:
        """Add ``text`` written on ``line`` from ``column`` on, one column per character."""
        if not text:
            return
        self.size += len(text)
        last = self.runs[-1] if self.runs else None
        if last is not None and last.line == line and last.column + last.length == column:
            last.parts.append(text)
            last.length += len(text)
        else:
            self.runs.append(_Run(line, column, text))

    def pop(self) -> None:
        """Take back the last character collected."""
        last = self.runs[-1]
        last.parts[-1] = last.parts[-1][:-1]
        last.length -= 1
        self.size -= 1
        if not last.parts[-1]:
            last.parts.pop()
        if not last.length:
            self.runs.pop()

    @property
    def last_position(self) -> Position:
        """Where the last character collected came from."""
        last = self.runs[-1]
        return last.line, last.column + last.length - 1

    def finish(self) -> tuple[str, tuple[Anchor, ...]]:
        """The text with whitespace runs collapsed to one space and ends stripped, and its anchors.

        A collapsed run keeps the position of its first whitespace character.
        """
        out: list[str] = []
        result: list[Anchor] = []
        offset = 0
        following: Position | None = None  # where a character continuing the last one is
        pending: Position | None = None  # where the space before the next word came from

        def emit(text: str, line: int, column: int) -> None:
            nonlocal offset, following
            if following != (line, column):
                result.append((offset, line, column))
            out.append(text)
            offset += len(text)
            following = (line, column + len(text))

        for run in self.runs:
            text = "".join(run.parts)
            for match in _SPACE_OR_WORD.finditer(text):
                column = run.column + match.start()
                if match.group()[0].isspace():
                    if pending is None and offset:
                        pending = (run.line, column)
                    continue
                if pending is not None:
                    emit(" ", *pending)
                    pending = None
                emit(match.group(), run.line, column)
        return "".join(out), tuple(result)


def anchors(positions: list[Position]) -> tuple[Anchor, ...]:
    """Compress per-character positions into ``(offset, line, column)`` anchors.

    An anchor is written at offset 0 and wherever the next character is not the one to the right
    of the previous character on the same line (a new line, or markup removed in between).
    """
    result: list[Anchor] = []
    previous: Position | None = None
    for offset, (line, column) in enumerate(positions):
        if previous is None or previous != (line, column - 1):
            result.append((offset, line, column))
        previous = (line, column)
    return tuple(result)


def make_block(
    kind: BlockKind,
    mapped: MappedText,
    path: str,
    level: int = 0,
    header: str | None = None,
    cell: tuple[int, int, int] | None = None,
) -> Block | None:
    """A block from collected text, located at its first character; None when it has no text.

    ``cell`` is ``(table, row, col)`` for a table cell.
    """
    text, source_map = mapped.finish()
    if not text:
        return None
    _, line, column = source_map[0]
    table, row, col = cell if cell is not None else (None, None, None)
    location = Location(path=path, line=line, column=column, table=table, row=row, col=col)
    return Block(
        kind=kind, text=text, location=location, level=level, header=header, source_map=source_map
    )
