"""Markdown reader: markdown-it-py's token stream turned into located blocks.

Structure comes from markdown-it-py (CommonMark plus pipe tables and strikethrough), never from
regular expressions: ATX and setext headings, paragraphs, list items at any depth (a list
item's own first paragraph is its block; nested lists are blocks of their own), pipe-table cells
(``<br>`` inside a cell splits it into several blocks of the same table/row/col; the header row
is the first, or the second under a title row), HTML tables (``<table>``) as converters write them
(read by :mod:`pat_lint.readers.html_tables`, with their row and column spans), and block quotes
(everything inside a quote is a ``QUOTE`` block). A pipe-table row broken over several lines —
a cell pasted from a PDF with its line breaks — is joined back into one row before parsing
(:class:`ParseLines`). Code blocks, other HTML blocks, HTML comments and YAML front matter are
skipped; suppression directives in HTML comments are read from the raw lines by the
suppression module.

Inline markup is stripped (emphasis, code backticks, links → their text, images → their alt
text, inline HTML → a space) and each block keeps a ``source_map`` so that
:meth:`~pat_lint.model.Block.span_location` gives the exact line and column of any substring.
markdown-it-py gives line ranges for blocks but no columns for inline content, so the text of
each inline token is found again, in order, in the raw source of its block.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import overload

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

from pat_lint.model import Block, BlockKind, Document
from pat_lint.readers import MAX_BLOCKS, check_blocks, check_table, too_large
from pat_lint.readers.grid import place, table_blocks
from pat_lint.readers.html_tables import BLOCK_TAGS, opens_table, read_table, table_end
from pat_lint.readers.mapped import MappedText, Position, make_block
from pat_lint.readers.text import anchor_comments, read_source

_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
#: A tag's name ("<strong>", "</span>", "<br/>").
_TAG_NAME = re.compile(r"</?([A-Za-z][\w-]*)")
#: A code span that names something a program reads — a variable or field code ("`EMPL`",
#: "`HH_SIZE`", "`q1.2`"): at either end of a table cell (a data dictionary's title and its
#: code), it is not the cell's text.
_CODE_NAME = re.compile(r"(?=[\w.-]*[A-Za-z])(?:[A-Z0-9][A-Z0-9.-]*|[\w.-]*[_\d][\w.-]*)")
#: Tags that part words inside a line beside those that end a paragraph: a footnote's number
#: ("Femmes<sup>1</sup> formées").
_FOOTNOTE_TAGS = frozenset({"sup", "sub"})


def _parts_words(tag: str) -> bool:
    """Whether an inline tag parts the words around it (a paragraph's tag, as the HTML-table
    reader reads them, or a footnote's) rather than formatting them ("d'<strong>hommes")."""
    name = _TAG_NAME.match(tag)
    return name is None or name.group(1).lower() in BLOCK_TAGS | _FOOTNOTE_TAGS


_FRONT_MATTER_END = ("---", "...")
#: how far the aligner looks ahead for a character that markdown-it rewrote
_LOOKAHEAD = 8
#: the most lines a broken pipe-table row is joined from
_MAX_ROW_LINES = 12


@lru_cache(maxsize=1)
def parser() -> MarkdownIt:
    """The shared markdown-it-py parser.

    ``text_join`` is disabled so that entities and backslash escapes stay separate
    ``text_special`` tokens whose ``markup`` is the source as written.
    """
    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    md.disable("text_join")
    md.block.ruler.before("table", "token_budget", _block_budget)
    md.inline.ruler.before("text", "token_budget", _inline_budget)
    md.core.ruler.at("inline", _inline_counted)
    return md


#: markdown-it tokens a file may make, block and inline (~800 bytes each with their maps and
#: attributes): a paragraph makes three, a list item or a table cell four to six, a piece of
#: inline markup one or two. Past this the file is ``too-large`` while it is parsed, before its
#: tokens take the memory (2 MB of list items make 1.5 million tokens, ~500 MiB): it has more
#: blocks or markup than a document may have.
MAX_TOKENS = 6 * MAX_BLOCKS
_USED = "pat_lint_tokens"  # tokens made before the inline content being parsed


def _within_budget(used: int) -> None:
    if used > MAX_TOKENS:
        raise too_large(f"{MAX_TOKENS:,} Markdown elements (blocks and inline markup)")


def _block_budget(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """A block rule that matches nothing: it stops the parse once the budget is spent."""
    _within_budget(len(state.tokens))
    return False


def _inline_budget(state: StateInline, silent: bool) -> bool:
    """An inline rule that matches nothing: it stops the parse once the budget is spent."""
    _within_budget(state.env.get(_USED, 0) + len(state.tokens))
    return False


def _inline_counted(state: StateCore) -> None:
    """markdown-it's core ``inline`` rule, keeping count of the tokens made so far."""
    used = len(state.tokens)
    for token in state.tokens:
        if token.type == "inline":
            state.env[_USED] = used
            if token.children is None:
                token.children = []
            state.md.inline.parse(token.content, state.md, state.env, token.children)
            used += len(token.children)
    _within_budget(used)


def blank_front_matter(lines: list[str]) -> list[str]:
    """The lines with a leading YAML front-matter block (``---`` ... ``---``) blanked out.

    Blanking rather than removing keeps every other line at its own number.
    """
    if not lines or lines[0].rstrip() != "---":
        return lines
    for end in range(1, len(lines)):
        if lines[end].rstrip() in _FRONT_MATTER_END:
            return [""] * (end + 1) + lines[end + 1 :]
    return lines


_PIPE_ROW = re.compile(r"^ {0,3}\|")
_DELIMITER_CELL = re.compile(r"\s*:?-+:?\s*")
_FENCE = re.compile(r"^ {0,3}(?:```|~~~)")
#: "# of women" (a number sign, not a heading), "> 15 minutes" or "> 40%" (a comparison, not
#: a quote; "> 14. (1) …" stays a quoted article), also after a list marker
_NOT_A_BLOCK = re.compile(
    r"^ {0,3}(?:(?:[-*+]|\d{1,9}[.)]) +)?"
    r"(?P<sign>#(?= +[a-zà-ÿ])|>(?= *\d+(?:[.,]\d+)? *(?:%|[a-zà-ÿ])))"
)


@dataclass
class ParseLines:
    """The lines given to markdown-it, and where each of their characters is in the file.

    Usually the file's own lines, with two repairs for text pasted from PDFs, where a line
    break falls anywhere:

    - a pipe-table row broken across lines (a cell's text pasted with its line breaks, so the
      row's first line does not end with the ``|`` that every other row of the table ends with)
      is joined into one line (with a space), so that it stays one row instead of starting rows
      of its own;
    - a line that starts with ``#`` and a lower-case word ("# of women trained": "#" read as
      "number") or with ``>`` and a number ("> 15 minutes") is not a heading or a quote: its
      first character is escaped, so an indicator is not cut there.

    ``pieces[i]`` lists, for parse line ``i``, ``(column, source line index, source column)``
    where each piece of it starts; ``source`` keeps the file's lines as they are.

    A pipe table over the table limits is ``too-large`` here, before markdown-it (which reads
    a whole table at once) makes its tokens.
    """

    lines: list[str]
    pieces: list[list[tuple[int, int, int]]]
    source: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, lines: list[str]) -> ParseLines:
        """The parse lines of a file's lines (see the class docstring)."""
        out: list[str] = []
        pieces: list[list[tuple[int, int, int]]] = []
        index, in_table, in_fence = 0, False, False
        tables = rows = columns = 0
        while index < len(lines):
            line = lines[index]
            if _FENCE.match(line):
                in_fence = not in_fence
            was_in_table = in_table
            in_table = not in_fence and _in_pipe_table(lines, index, in_table)
            if in_table:
                tables, rows = (tables, rows + 1) if was_in_table else (tables + 1, 1)
                width = line.count("|") - 1  # "| a | b |": two columns (escaped bars too)
                columns = max(columns if was_in_table else 0, width)
                check_table(tables, columns, rows * columns)
            joined = _broken_row(lines, index) if in_table else 0
            text, where = line, [(0, index, 0)]
            sign = None if in_fence else _NOT_A_BLOCK.match(line)
            if sign is not None:  # "# of …", "> 15 …": escape the sign
                at = sign.start("sign")
                text = line[:at] + "\\" + line[at:]
                where.append((at + 1, index, at))
            for extra in range(index + 1, index + 1 + joined):
                where.append((len(text) + 1, extra, 0))
                text = text + " " + lines[extra]
            out.append(text)
            pieces.append(where)
            index += 1 + joined
        return cls(out, pieces, lines)

    def source_span(self, first: int, last: int) -> tuple[int, int]:
        """The file's line indexes (first, last) that parse lines ``first``..``last`` come from."""
        if not self.pieces:
            return first, last
        return self.pieces[first][0][1], self.pieces[last][-1][1]

    def position(self, index: int, column: int) -> Position:
        """Source (line, column), 1-based, of column ``column`` (0-based) of parse line
        ``index``."""
        if not self.pieces:
            return (index + 1, column + 1)
        index = min(max(index, 0), len(self.pieces) - 1)
        start, line, source_column = self.pieces[index][0]
        for piece in self.pieces[index]:
            if piece[0] <= column:
                start, line, source_column = piece
        return (line + 1, source_column + column - start + 1)

    def line_number(self, index: int) -> int:
        """Source line number (1-based) where parse line ``index`` starts."""
        if not self.pieces:
            return index + 1
        index = min(max(index, 0), len(self.pieces) - 1)
        return self.pieces[index][0][1] + 1


def _in_pipe_table(lines: list[str], index: int, in_table: bool) -> bool:
    """Whether line ``index`` is a row of a pipe table written with outer pipes (a header row
    ``| ... |`` over a delimiter row ``|---|---|``, and the rows after it up to a blank line)."""
    line = lines[index]
    if not line.strip():
        return False
    if in_table:
        return True
    following = lines[index + 1] if index + 1 < len(lines) else ""
    closed = line.rstrip().endswith("|")
    return bool(_PIPE_ROW.match(line) and closed and _is_delimiter_row(following))


def _is_delimiter_row(line: str) -> bool:
    """``|---|:--:|``: a pipe table's delimiter row, matched in time and memory linear in the
    line (a regular expression with a repeated group keeps ~100 bytes a cell)."""
    text = line.rstrip()
    indent = len(text) - len(text.lstrip(" "))
    if indent > 3 or not text[indent:].startswith("|") or len(text) - indent < 2:
        return False
    if not text.endswith("|"):
        return False
    start = indent + 1
    while start < len(text):
        end = text.index("|", start)
        if not _DELIMITER_CELL.fullmatch(text, start, end):
            return False
        start = end + 1
    return True


def _broken_row(lines: list[str], index: int) -> int:
    """How many lines after ``index`` continue a table row that line ``index`` leaves open (it
    starts with ``|`` but does not end with one): lines that do not start a row, up to the one
    that closes it with ``|``. 0 when the row is whole or is never closed."""
    line = lines[index]
    if not _PIPE_ROW.match(line) or _closes_row(line):
        return 0
    for extra in range(index + 1, min(index + 1 + _MAX_ROW_LINES, len(lines))):
        following = lines[extra]
        if not following.strip() or _PIPE_ROW.match(following):
            return 0
        if _closes_row(following):
            return extra - index
    return 0


def _closes_row(line: str) -> bool:
    """A row line that ends with an unescaped ``|``."""
    stripped = line.rstrip()
    return stripped.endswith("|") and not stripped.endswith("\\|")


def line_offset(content_line: str, source_line: str) -> int:
    """Index in ``source_line`` where ``content_line`` starts (may be negative, see below).

    markdown-it removes quote markers, list indentation and heading marks from the left of a
    line, strips its ends, and may turn a tab into spaces; what remains of the line's text is
    the last occurrence of its stripped core in the source line. Leading whitespace that
    markdown-it produced from a tab gives a negative offset: callers clamp each column.
    """
    core = content_line.strip()
    found = source_line.rfind(core) if core else -1
    if found < 0:
        return len(source_line) - len(source_line.lstrip())
    return found - (len(content_line) - len(content_line.lstrip()))


def align(text: str, raw: str, cursor: int) -> tuple[list[int], int]:
    """Indexes in ``raw`` of the characters of ``text``, matched in order from ``cursor``.

    For text that markdown-it rewrote (escapes, percent-decoded autolinks, newlines in code
    spans): equal characters and whitespace match, a backslash escape is skipped, a short
    lookahead resynchronises on a visible character, and an unmatched character keeps the
    current index.
    """
    indexes: list[int] = []
    for char in text:
        here = raw[cursor] if cursor < len(raw) else ""
        if here and (here == char or (char.isspace() and here.isspace())):
            indexes.append(cursor)
            cursor += 1
        elif raw.startswith("\\" + char, cursor):
            indexes.append(cursor + 1)
            cursor += 2
        else:
            found = -1 if char.isspace() else raw.find(char, cursor, cursor + _LOOKAHEAD + 1)
            indexes.append(found if found >= 0 else min(cursor, max(len(raw) - 1, 0)))
            if found >= 0:
                cursor = found + 1
    return indexes, cursor


def matching_paren(raw: str, start: int) -> int:
    """Index just past the ``)`` closing the ``(`` at ``start`` (escapes and nesting honoured)."""
    depth = 0
    index = start
    while index < len(raw):
        char = raw[index]
        if char == "\\":
            index += 2
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    return start


@dataclass(frozen=True)
class _ContentLine:
    """One line of a block's inline content: where it starts in the content, its width (with
    its newline), the source column of its first character (negative when markdown-it made
    spaces from a tab: those columns are clamped), its parse line and, when the parse line is
    the file's own line, the source (line, column) of that line's column 0."""

    start: int
    width: int
    offset: int
    index: int
    origin: Position | None


class ContentPositions(Sequence[Position]):
    """The source (line, column) of each character of a block's inline content, worked out
    from its lines when asked rather than stored for every character."""

    def __init__(self, lines: list[_ContentLine], source: ParseLines) -> None:
        self.lines = lines
        self.starts = [line.start for line in lines]
        self.source = source
        self.size = sum(line.width for line in lines)

    def __len__(self) -> int:
        return self.size

    @overload
    def __getitem__(self, index: int) -> Position: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Position]: ...
    def __getitem__(self, index: int | slice) -> Position | Sequence[Position]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self.size))]
        line = self.lines[max(bisect.bisect_right(self.starts, index) - 1, 0)]
        column = max(line.offset + index - line.start, 0)
        if line.origin is None:
            return self.source.position(line.index, column)
        return line.origin[0], line.origin[1] + column

    def runs(self, start: int, length: int) -> Iterator[tuple[int, int, Position]]:
        """``(offset, count, position)``: the characters ``start .. start + length`` in runs
        that sit in consecutive source columns, ``offset`` counted from ``start``."""
        end = start + length
        at = start
        for line in self.lines[max(bisect.bisect_right(self.starts, start) - 1, 0) :]:
            if at >= end:
                return
            stop = min(end, line.start + line.width)
            clamped = line.start - line.offset  # characters before this sit at column 0
            while at < stop and (line.origin is None or at < clamped):
                yield at - start, 1, self[at]
                at += 1
            if at < stop:
                yield at - start, stop - at, self[at]
                at = stop
        for index in range(at, end):  # past the content: clamped, as characters are
            yield index - start, 1, self[min(index, self.size - 1)]


def _code_names(children: list[Token]) -> set[int]:
    """The ids of the code spans that a table cell's words begin or end with, set apart by a
    space ("Employed `EMPL`", "`HH_SIZE` Household size"): a variable's code beside its title,
    not its text. A cell of code alone, or code followed by a comma, is kept."""
    shown = [t for t in children if t.type != "text" or t.content.strip()]
    if len(shown) < 2:
        return set()
    names = set()
    for code, beside, parted in (
        (shown[0], shown[1], str.startswith),
        (shown[-1], shown[-2], str.endswith),
    ):
        named = code.type == "code_inline" and _CODE_NAME.fullmatch(code.content)
        if named and beside.type == "text" and parted(beside.content, " "):
            names.add(id(code))
    return names


@dataclass
class InlineWalk:
    """Collects the plain text of one inline token, mapping every character to the source.

    ``raw`` is the token's content as markdown-it saw it and ``raw_positions`` the source
    (line, column) of each of its characters. In table cells (``split_br``) a ``<br>`` starts a
    new segment; elsewhere inline HTML becomes a space. HTML comments are dropped.
    """

    raw: str
    raw_positions: Sequence[Position]
    split_br: bool = False
    cursor: int = 0
    segments: list[MappedText] = field(default_factory=lambda: [MappedText()])
    code_names: set[int] = field(default_factory=set)

    def run(self, children: list[Token]) -> list[MappedText]:
        """Walk ``children`` and return the text segments (one unless ``<br>`` split a cell)."""
        if self.split_br:
            self.code_names = _code_names(children)
        for token in children:
            handler = getattr(self, "_on_" + token.type, None)
            if handler is not None:
                handler(token)
        return self.segments

    def _position(self, index: int) -> Position:
        """Source position of ``raw[index]``, clamped to the content."""
        if not self.raw_positions:
            return (1, 1)
        return self.raw_positions[min(max(index, 0), len(self.raw_positions) - 1)]

    def _add(self, char: str, index: int) -> None:
        self.segments[-1].append(char, self._position(index))

    def _find(self, needle: str) -> int:
        """Index of ``needle`` at or after the cursor, or -1."""
        return self.raw.find(needle, self.cursor) if needle else -1

    def _text(self, text: str) -> None:
        """Literal text: find it in order; fall back to a character alignment."""
        found = self._find(text)
        if found >= 0 and isinstance(self.raw_positions, ContentPositions):
            self.cursor = found + len(text)
            for offset, count, (line, column) in self.raw_positions.runs(found, len(text)):
                self.segments[-1].extend(text[offset : offset + count], line, column)
            return
        if found >= 0:
            indexes = list(range(found, found + len(text)))
            self.cursor = found + len(text)
        else:
            indexes, self.cursor = align(text, self.raw, self.cursor)
        for char, index in zip(text, indexes, strict=True):
            self._add(char, index)

    def _on_text(self, token: Token) -> None:
        self._text(token.content)

    def _on_code_inline(self, token: Token) -> None:
        """Code text without its backticks (which may span lines: newlines read as spaces); the
        code name of a variable or field at an end of a table cell (``_CODE_NAME``) is a
        space."""
        opening = self._find(token.markup)
        if opening >= 0:
            self.cursor = opening + len(token.markup)
        if id(token) in self.code_names:
            self._add(" ", self.cursor)
            closing = self._find(token.content + token.markup)
            if closing >= 0:
                self.cursor = closing + len(token.content) + len(token.markup)
            return
        indexes, self.cursor = align(token.content, self.raw, self.cursor)
        for char, index in zip(token.content, indexes, strict=True):
            self._add(char, index)

    def _on_text_special(self, token: Token) -> None:
        """An entity or backslash escape: the decoded characters point at the entity's ``&`` or
        at the escaped character (after its backslash)."""
        found = self._find(token.markup)
        index = found if found >= 0 else self.cursor
        if found >= 0 and token.info == "escape":
            index += 1
        for char in token.content:
            self._add(char, index)
        if found >= 0:
            self.cursor = found + len(token.markup)

    def _on_softbreak(self, token: Token) -> None:
        """A wrapped line: one space, at the end of the line it ends."""
        found = self._find("\n")
        self._add(" ", found if found >= 0 else self.cursor)
        if found >= 0:
            self.cursor = found + 1

    _on_hardbreak = _on_softbreak

    def _on_html_inline(self, token: Token) -> None:
        """Inline HTML: comments and tags that format words vanish, ``<br>`` splits a cell,
        other tags become a space."""
        found = self._find(token.content)
        index = found if found >= 0 else self.cursor
        if found >= 0:
            self.cursor = found + len(token.content)
        if token.content.startswith("<!--") or not _parts_words(token.content):
            return
        if self.split_br and _BR.fullmatch(token.content):
            self.segments.append(MappedText())
        else:
            self._add(" ", index)

    def _on_image(self, token: Token) -> None:
        """An image contributes its alt text."""
        self.run(token.children or [])
        self._skip_link_tail(autolink=False)

    def _on_link_close(self, token: Token) -> None:
        self._skip_link_tail(autolink=token.markup == "autolink")

    def _skip_link_tail(self, autolink: bool) -> None:
        """Move the cursor past a link's ``](destination "title")`` or ``][label]`` or ``>``."""
        raw = self.raw
        if autolink:
            found = self._find(">")
            self.cursor = found + 1 if found >= 0 else self.cursor
            return
        found = self._find("]")
        if found < 0:
            return
        after = found + 1
        if raw.startswith("(", after):
            after = max(after, matching_paren(raw, after))
        elif raw.startswith("[", after):
            close = raw.find("]", after)
            after = close + 1 if close >= 0 else after
        self.cursor = after


@dataclass
class _Table:
    """The table being read: its number, the current row and column, its cells' texts and
    blocks (given their column headers when the table closes)."""

    number: int
    row: int = 0
    col: int = 0
    line: int = 0
    cursor: int = 0
    texts: dict[tuple[int, int], str] = field(default_factory=dict)
    blocks: list[Block] = field(default_factory=list)

    def headers(self) -> dict[int, str]:
        """Column → header text: the first row's, or the second row's when the first is a
        title row (text in its first cell only, as a pipe table writes a merged title row)."""
        width = max((col for _, col in self.texts), default=0)
        first = {col: text for (row, col), text in self.texts.items() if row == 1 and text}
        header_row = 1
        if width > 1 and list(first) == [1] and any(row == 2 for row, _ in self.texts):
            header_row = 2
        return {col: text for (row, col), text in self.texts.items() if row == header_row and text}


@dataclass
class MarkdownWalker:
    """Turns markdown-it-py block tokens into :class:`Block`s."""

    path: str
    source: ParseLines
    blocks: list[Block] = field(default_factory=list)
    items: list[bool] = field(default_factory=list)
    quotes: int = 0
    tables: int = 0
    table: _Table | None = None
    pending: tuple[BlockKind, int] | None = None
    #: parse lines before this one belong to an HTML table already read
    html_until: int = 0
    skipped_depth: int = 0

    @property
    def lines(self) -> list[str]:
        return self.source.lines

    def walk(self, tokens: list[Token]) -> list[Block]:
        """Run over the token stream and return the blocks in reading order."""
        for token in tokens:
            if self._inside_html_table(token):
                continue
            handler = getattr(self, "_on_" + token.type, None)
            if handler is not None:
                handler(token)
            elif token.nesting >= 0 and token.type != "inline":
                self._not_fresh()
        return self.blocks

    def _inside_html_table(self, token: Token) -> bool:
        """Whether ``token`` is part of an HTML table already read: tokens that start on its
        lines (markdown-it splits a table with blank lines into several blocks) and what they
        contain."""
        if self.skipped_depth:
            self.skipped_depth += token.nesting
            return True
        if token.map and token.map[0] < self.html_until and token.type != "inline":
            self.skipped_depth = max(token.nesting, 0)
            return True
        return False

    def _not_fresh(self) -> None:
        """Something other than a paragraph opened inside the current list item."""
        if self.items:
            self.items[-1] = False

    # -- containers -----------------------------------------------------------------------

    def _on_list_item_open(self, token: Token) -> None:
        self.items.append(True)

    def _on_list_item_close(self, token: Token) -> None:
        self.items.pop()

    def _on_blockquote_open(self, token: Token) -> None:
        self._not_fresh()
        self.quotes += 1

    def _on_blockquote_close(self, token: Token) -> None:
        self.quotes -= 1

    # -- headings and paragraphs ----------------------------------------------------------

    def _on_heading_open(self, token: Token) -> None:
        self._not_fresh()
        if self.quotes:
            self.pending = (BlockKind.QUOTE, 0)
        else:
            self.pending = (BlockKind.HEADING, int(token.tag[1:]))

    def _on_paragraph_open(self, token: Token) -> None:
        """A paragraph is a quote inside a block quote, a list item's own first paragraph, or
        a plain paragraph (including a list item's later paragraphs)."""
        if self.quotes:
            self.pending = (BlockKind.QUOTE, 0)
        elif self.items and self.items[-1]:
            self.pending = (BlockKind.LIST_ITEM, len(self.items))
            self.items[-1] = False
        else:
            self.pending = (BlockKind.PARAGRAPH, 0)

    def _on_inline(self, token: Token) -> None:
        """The text of the block opened just before: one block, or one per ``<br>`` in a cell."""
        if self.pending is None:
            return
        kind, level = self.pending
        self.pending = None
        if kind is BlockKind.TABLE_CELL:
            self._cell(token)
            return
        positions = self._content_positions(token.content, token.map)
        segments = InlineWalk(token.content, positions).run(token.children or [])
        for segment in segments:
            self._emit(make_block(kind, segment, self.path, level=level))

    def _content_positions(self, content: str, line_map: list[int] | None) -> ContentPositions:
        """Source position of every character of a block's inline content (newlines included)."""
        first = line_map[0] if line_map else 0
        lines: list[_ContentLine] = []
        start = 0
        content_lines = content.split("\n")
        for number, content_line in enumerate(content_lines):
            index = first + number
            source = self.lines[index] if index < len(self.lines) else ""
            offset = line_offset(content_line, source)
            width = len(content_line) + (1 if number < len(content_lines) - 1 else 0)
            pieces = self.source.pieces[index] if index < len(self.source.pieces) else []
            origin = None
            if len(pieces) == 1:  # the usual case: the file's own line, column for column
                _, line, shift = pieces[0]
                origin = (line + 1, shift + 1)
            lines.append(_ContentLine(start, width, offset, index, origin))
            start += width
        return ContentPositions(lines, self.source)

    # -- HTML tables ----------------------------------------------------------------------

    def _on_html_block(self, token: Token) -> None:
        """An HTML block that opens a ``<table>``: read the whole table, up to its closing tag
        (see :mod:`pat_lint.readers.html_tables`); other HTML blocks are skipped."""
        self._not_fresh()
        if not token.map or not opens_table(token.content):
            return
        first = token.map[0]
        last = table_end(self.lines, first, fallback=max(token.map[1] - 1, first))
        start, end = self.source.source_span(first, last)
        text = "\n".join(self.source.source[start : end + 1])
        table = read_table(text, lambda line, column: (start + line + 1, column + 1))
        self.html_until = last + 1
        for caption in table.captions:
            self._emit(make_block(BlockKind.PARAGRAPH, caption, self.path))
        if table.rows:
            self.tables += 1
            width = place(table.rows, self.tables)
            self.blocks.extend(table_blocks(table.rows, self.tables, self.path, width))
            check_blocks(len(self.blocks))

    # -- tables ---------------------------------------------------------------------------

    def _on_table_open(self, token: Token) -> None:
        self._not_fresh()
        self.tables += 1
        self.table = _Table(number=self.tables)

    def _on_table_close(self, token: Token) -> None:
        """Emit the table's cells with their column headers."""
        table, self.table = self.table, None
        if table is None:
            return
        headers = table.headers()
        for block in table.blocks:
            self._emit(replace(block, header=headers.get(block.location.col or 0)))

    def _on_tr_open(self, token: Token) -> None:
        """A new row: its cells are looked for in its (single) source line."""
        table = self.table
        if table is not None:
            table.row += 1
            table.col = 0
            table.line = token.map[0] if token.map else 0
            table.cursor = 0

    def _on_th_open(self, token: Token) -> None:
        if self.table is not None:
            self.table.col += 1
            self.pending = (BlockKind.TABLE_CELL, 0)

    _on_td_open = _on_th_open

    def _cell(self, token: Token) -> None:
        """Read a table cell: one block per ``<br>``-separated part."""
        table = self.table
        if table is None:
            return
        source = self.lines[table.line] if table.line < len(self.lines) else ""
        indexes, table.cursor = self._locate_cell(token.content, source, table.cursor)
        positions = [self.source.position(table.line, index) for index in indexes]
        segments = InlineWalk(token.content, positions, split_br=True).run(token.children or [])
        texts = [segment.finish()[0] for segment in segments]
        table.texts[(table.row, table.col)] = " ".join(text for text in texts if text)
        cell = (table.number, table.row, table.col)
        for segment in segments:
            block = make_block(BlockKind.TABLE_CELL, segment, self.path, cell=cell)
            if block is not None:
                table.blocks.append(block)
                check_blocks(len(self.blocks) + len(table.blocks))

    @staticmethod
    def _locate_cell(content: str, source: str, cursor: int) -> tuple[list[int], int]:
        """Indexes in the row's source line of a cell's content (markdown-it unescapes ``\\|``)."""
        if not content:
            return [], cursor
        found = source.find(content, cursor)
        if found >= 0:
            return list(range(found, found + len(content))), found + len(content)
        start = source.find(content[0], cursor)
        if content[0] == "|":
            start = source.find("\\|", cursor)
        return align(content, source, start if start >= 0 else cursor)

    def _emit(self, block: Block | None) -> None:
        """Keep a block that has text."""
        if block is not None:
            self.blocks.append(block)
            check_blocks(len(self.blocks))


_HTML_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)


def html_comments(tokens: list[Token]) -> list[tuple[str, int]]:
    """Every HTML comment's text and the source line it starts on (for suppression)."""
    found: list[tuple[str, int]] = []
    for token in tokens:
        if token.type == "html_block" and token.map:
            for match in _HTML_COMMENT.finditer(token.content):
                line = token.map[0] + 1 + token.content.count("\n", 0, match.start())
                found.append((match.group(1).strip(), line))
        elif token.type == "inline" and token.map:
            for child in token.children or []:
                if child.type == "html_inline" and child.content.startswith("<!--"):
                    found.append((child.content[4:-3].strip(), token.map[0] + 1))
    return found


def read(path: Path) -> Document:
    """Read a Markdown file into a :class:`Document` of located blocks."""
    lines = ParseLines.of(blank_front_matter(read_source(path).split("\n")))
    tokens = parser().parse("\n".join(lines.lines))
    blocks = MarkdownWalker(path=str(path), source=lines).walk(tokens)
    found = [(text, lines.line_number(line - 1)) for text, line in html_comments(tokens)]
    comments = anchor_comments(blocks, found)
    return Document(path=str(path), format="md", blocks=tuple(blocks), comments=comments)
