"""Text collected from a line-based source (Markdown, plain text) with a map back to it.

Each character keeps the (line, column) it came from; :meth:`MappedText.finish` collapses
whitespace and compresses the positions into the ``source_map`` anchors of a
:class:`~pat_lint.model.Block`, from which :meth:`~pat_lint.model.Block.span_location` finds
any substring in the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pat_lint.model import Block, BlockKind, Location

#: (line, column) in the source, both 1-based
Position = tuple[int, int]
Anchor = tuple[int, int, int]


@dataclass
class MappedText:
    """Characters collected from the source, each with the (line, column) it came from.

    :meth:`finish` collapses whitespace and turns the positions into ``source_map`` anchors.
    """

    chars: list[str] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)

    def append(self, char: str, position: Position) -> None:
        """Add one character that came from ``position``."""
        self.chars.append(char)
        self.positions.append(position)

    def extend(self, text: str, line: int, column: int) -> None:
        """Add ``text`` written on ``line`` from ``column`` on, one column per character."""
        for offset, char in enumerate(text):
            self.append(char, (line, column + offset))

    def finish(self) -> tuple[str, tuple[Anchor, ...]]:
        """The text with whitespace runs collapsed to one space and ends stripped, and its anchors.

        A collapsed run keeps the position of its first whitespace character.
        """
        out: list[str] = []
        where: list[Position] = []
        pending: Position | None = None
        for char, position in zip(self.chars, self.positions, strict=True):
            if char.isspace():
                if pending is None and out:
                    pending = position
                continue
            if pending is not None:
                out.append(" ")
                where.append(pending)
                pending = None
            out.append(char)
            where.append(position)
        return "".join(out), anchors(where)


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
