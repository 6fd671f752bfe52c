"""Plain-text reader: decode the bytes, then recover headings, paragraphs and list items.

Plain text has no grammar, so structure is inferred from the conventions people use in
proposals written in a text editor or exported from one:

- headings are underlined (``===`` level 1, ``---`` level 2, ``~~~`` level 3, ``***`` level 4),
  written in capitals ("GENDER ANALYSIS", level 1) or numbered ("4. Gender analysis" level 1,
  "4.1 Context" level 2); a short line ending with ":" ("Indicators:") is a label, kept as a
  paragraph of its own;
- bullets (``-``, ``*``, ``•``, ``–``, ``o``, ``1.``, ``1)``, ``a)``, ...) start list items whose
  level follows the indentation; wrapped continuation lines are joined to their item; lines
  numbered "1.1.1" one after another (blank lines between allowed) are items of a numbered
  list, not headings (:func:`~pat_lint.readers.headings.follows`);
- blank lines separate paragraphs; hard-wrapped lines are joined with a single space, a word
  broken with a hyphen at a line end mended (:mod:`pat_lint.readers.hyphens`);
- labelled lines ("Indicator 1.1: ...") each start a paragraph of their own after a sentence;
  several labels run into one wrapped paragraph stay in it, whole;
- in text pasted from a PDF, where no blank line separates anything, a numbered heading or a
  "1.1.1" item starts on its own after a line that ends its sentence or stops short of the
  width the text is wrapped at; page marks ("Page 2 of 7") are dropped;
- tables drawn with characters — ``+----+`` grid tables with wrapped cells and ``| a | b |``
  pipe or org tables — are table cells (:mod:`pat_lint.readers.ascii_tables`).

Every block keeps the line and column (1-based, in characters of the decoded text) of its first
character and a ``source_map`` from which :meth:`~pat_lint.model.Block.span_location` finds any
substring in the file (:mod:`pat_lint.readers.mapped`); :func:`decode` is shared with the Markdown
reader.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from charset_normalizer import from_bytes

from pat_lint.model import Block, BlockKind, Comment, Document
from pat_lint.readers import ReadError, check_blocks
from pat_lint.readers.ascii_tables import SourceLine, read_table, table_extent
from pat_lint.readers.grid import place, table_blocks
from pat_lint.readers.headings import (
    follows,
    is_all_caps,
    is_short_title,
    numbered_heading_level,
    outline_number,
)
from pat_lint.readers.hyphens import join_lines
from pat_lint.readers.mapped import MappedText, make_block

# --------------------------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------------------------

#: Characters that Western European text (en/fr/es) really uses above ASCII in Windows-1252.
_WESTERN = set(
    "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿŒœŸ‘’‚“”„–—…•€«»¿¡°ºª§©®™\u00a0·"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\x80-\x9f]")


def decode(data: bytes) -> str:
    """Decode a text file's bytes; raise :class:`ReadError` for binary or undecodable data.

    Order: a byte-order mark (UTF-8, UTF-32, UTF-16); UTF-16 without a BOM when every other byte
    is NUL; any other NUL means a binary file; strict UTF-8; then a legacy single-byte encoding —
    Windows-1252 when it decodes to plausible Western European text, else charset-normalizer's
    best guess. Windows-1252 is preferred because charset-normalizer labels short French or
    Spanish cp1252 text as cp1250 or even cp1006 (which decodes "é" as an Arabic letter).
    """
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    if b"\x00" in data:
        return _decode_utf16_without_bom(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = _decode_legacy(data)
    if len(_CONTROL.findall(text)) > max(2, len(text) // 100):
        raise ReadError("corrupt", "binary file, not text")
    return text


def _decode_utf16_without_bom(data: bytes) -> str:
    """UTF-16 text without a BOM (mostly-ASCII text has a NUL in every other byte), else binary."""
    even, odd = data[0::2], data[1::2]
    codec = None
    if odd and odd.count(0) > 0.3 * len(odd) and even.count(0) < 0.05 * len(even):
        codec = "utf-16-le"
    elif even and even.count(0) > 0.3 * len(even) and odd.count(0) < 0.05 * len(odd):
        codec = "utf-16-be"
    if codec is not None and len(data) % 2 == 0:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            text = ""
        if text and len(_CONTROL.findall(text)) <= len(text) // 100:
            return text
    raise ReadError("corrupt", "binary file, not text")


def _decode_legacy(data: bytes) -> str:
    """Decode bytes that are not UTF-8: Windows-1252 if plausible, else the detector's guess."""
    try:
        cp1252 = data.decode("cp1252")
    except UnicodeDecodeError:
        cp1252 = None
    if cp1252 is not None and _looks_western(cp1252):
        return cp1252
    best = from_bytes(data).best()
    if best is not None:
        return str(best)
    if cp1252 is not None:
        return cp1252
    raise ReadError("encoding", "cannot determine the text encoding (not UTF-8 or UTF-16)")


def _looks_western(text: str) -> bool:
    """True when nearly all non-ASCII characters are ones Western European text uses."""
    high = [char for char in text if ord(char) > 127]
    if not high:
        return True
    return sum(char in _WESTERN for char in high) >= 0.8 * len(high)


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF; a stray BOM at the start is dropped."""
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def read_source(path: Path) -> str:
    """The decoded, newline-normalised text of ``path``; the file is only ever read."""
    data = path.read_bytes()
    if not data:
        raise ReadError("empty", "the file is empty")
    return normalise_newlines(decode(data))


# --------------------------------------------------------------------------------------------
# Line shapes
# --------------------------------------------------------------------------------------------

_STRONG_MARKERS = "-*•–▪◦●■‣➢►·"
_BULLET = re.compile(
    r"(?P<marker>[-*•–▪◦●■‣➢►·]|o|\d{1,2}[.)]|[ivx]{2,4}[.)]|[a-zA-Z][.)]"
    r"|\((?:\d{1,2}|[a-zA-Z]|[ivx]{1,4})\))"
    r"[ \t]+(?=[\w\"'“‘(%#€$£])"
    r"|(?P<outline>\d{1,2}(?:\.\d{1,2}){1,3})\.?[ \t]+(?=[A-ZÀ-Ý\"'“‘(%#])"
)
_UNDERLINE_LEVELS = {"=": 1, "-": 2, "~": 3, "*": 4}
_LABELLED = re.compile(
    r"(?P<label>[^\W\d_][\w’'\-]*(?:[ \t]+[\w.’'\-()/]+){0,3}?)[ \t\u00a0\u202f]?:"
    r"(?:[ \t]+(?P<rest>\S.*))?$"
)
_TOC_ENTRY = re.compile(r"(?:\.{3,}|…+)\s*\d+$")
#: a page number or "Page 3 of 12" on a line of its own: page furniture pasted from a PDF
_PAGE_MARK = re.compile(
    r"(?:page|p[aá]gina|p[aá]g\.|p\.)\s*\d{1,4}(?:\s*(?:of|de|sur|/)\s*\d{1,4})?$",
    re.IGNORECASE,
)
_DIRECTIVE = re.compile(r"(?:#|//|--|;)?\s*pat-lint\s*:", re.IGNORECASE)
_SENTENCE_END = (".", ";", ":", "!", "?")
MAX_UNDERLINED_WORDS = 20
MAX_LABEL_WORDS = 8


@dataclass(frozen=True)
class Line:
    """One line of the decoded text."""

    number: int
    text: str

    @property
    def content(self) -> str:
        """The line without leading and trailing whitespace."""
        return self.text.strip()

    @property
    def blank(self) -> bool:
        return not self.content

    @property
    def start(self) -> int:
        """Index of the first non-whitespace character."""
        return len(self.text) - len(self.text.lstrip())

    @property
    def indent(self) -> int:
        """Visual indentation, tabs counting to the next multiple of 4."""
        return len(self.text[: self.start].expandtabs(4))


@dataclass(frozen=True)
class Bullet:
    """A list marker starting a line: its style, number (if any) and where its text starts."""

    style: str
    number: int | None
    text_start: int
    strong: bool
    outline: tuple[int, ...] | None = None


def parse_bullet(line: Line) -> Bullet | None:
    """The list marker that starts ``line``, if any, followed by some text."""
    match = _BULLET.match(line.text, line.start)
    if not match:
        return None
    outline = match.group("outline")
    if outline is not None:  # "1.1.1 Number of ..."
        parts = tuple(int(part) for part in outline.split("."))
        return Bullet(f"outline{len(parts)}", parts[-1], match.end(), strong=False, outline=parts)
    marker = match.group("marker")
    strong = marker in _STRONG_MARKERS
    number = int(marker.rstrip(".)")) if marker[0].isdigit() else None
    if strong:
        style = "bullet" + marker
    elif marker == "o":
        style = "o"
    elif number is not None:
        style = "decimal" + marker[-1]
    elif marker.startswith("("):
        style = "paren"
    else:
        style = "alpha" + marker[-1]
    return Bullet(style=style, number=number, text_start=match.end(), strong=strong)


def is_rule(content: str) -> bool:
    """A line of three or more ``=``, ``-``, ``~``, ``*`` or ``_`` (an underline or separator),
    spaces and tabs between them allowed."""
    if not content or content[0] not in "-=~*_":
        return False
    marks = content.replace(" ", "").replace("\t", "")
    return len(marks) >= 3 and not marks.strip(content[0])


def underline_level(content: str) -> int | None:
    """Heading level of an underline (``===`` → 1, ``---`` → 2, ``~~~`` → 3, ``***`` → 4)."""
    if len(content) >= 3 and len(set(content)) == 1:
        return _UNDERLINE_LEVELS.get(content[0])
    return None


def is_label(content: str) -> bool:
    """A short line ending with ':' that introduces what follows ("Indicators:")."""
    return content.endswith(":") and is_short_title(content, max_words=MAX_LABEL_WORDS)


def is_labelled_line(content: str) -> bool:
    """A line that starts with a short capitalised label and a colon ("Indicator 1.1: ...")."""
    match = _LABELLED.match(content)
    return bool(match and match.group("rest") and content[0].isupper())


def is_directive(content: str) -> bool:
    """A suppression directive on a line of its own; the suppression module reads those."""
    return bool(_DIRECTIVE.match(content))


# --------------------------------------------------------------------------------------------
# Structure
# --------------------------------------------------------------------------------------------


@dataclass
class _Open:
    """The block being collected: its kind, level, text, and the marker that started it."""

    kind: BlockKind
    level: int
    text: MappedText
    lines: list[Line]
    bullet: Bullet | None = None
    indent: int = 0
    labelled: bool = False


@dataclass
class TextParser:
    """Turns the lines of a plain-text file into blocks (see the module docstring)."""

    path: str
    lines: list[Line]
    blocks: list[Block] = field(default_factory=list)
    current: _Open | None = None
    list_indents: list[int] = field(default_factory=list)
    last_item: Bullet | None = None
    after_label: bool = False
    tables: int = 0

    def parse(self) -> list[Block]:
        """Run over every line and return the blocks in reading order."""
        index = 0
        while index < len(self.lines):
            index = self._step(index)
        self._flush()
        return self.blocks

    # -- one line -------------------------------------------------------------------------

    def _step(self, index: int) -> int:
        """Handle the line at ``index``; return the index of the next line to look at."""
        line = self.lines[index]
        if line.blank or is_directive(line.content):
            self._flush()
            return index + 1
        following = self.lines[index + 1] if index + 1 < len(self.lines) else None
        if following is not None and self._is_underlined_title(line, following):
            self._flush()
            self._heading(line, underline_level(following.content) or 2)
            return index + 2
        table = table_extent(self.table_lines, index)
        if table:
            self._flush()
            self._reset_list()
            self._table(index, index + table)
            return index + table
        if is_rule(line.content):
            self._flush()
            return index + 1
        if _PAGE_MARK.match(line.content):
            return index + 1
        if self.current is None or self._previous_line_ends(line):
            level = self._heading_level(index)
            if level is not None:
                self._flush()
                self._heading(line, level)
                return index + 1
        if _TOC_ENTRY.search(line.content):
            self._flush()
            self._start_paragraph(line)
            self._flush()
            return index + 1
        bullet = parse_bullet(line)
        if bullet is not None and self._bullet_allowed(bullet, line):
            self._flush()
            self._start_item(line, bullet)
            return index + 1
        if self.current is not None and self._breaks_paragraph(line):
            self._flush()
        if self.current is None:
            self._start_paragraph(line)
        else:
            self._continue(line, line.start)
        if self.current is not None and len(self.current.lines) == 1 and is_label(line.content):
            self._flush()
            self.after_label = True
        return index + 1

    # -- headings -------------------------------------------------------------------------

    def _is_underlined_title(self, line: Line, following: Line) -> bool:
        """``line`` is a title when the next line underlines it (and it is shaped like one)."""
        if underline_level(following.content) is None or is_rule(line.content):
            return False
        bullet = parse_bullet(line)
        if bullet is not None and bullet.strong:
            return False
        if self.current is None:
            return len(line.content.split()) <= MAX_UNDERLINED_WORDS
        return self.current.kind is BlockKind.PARAGRAPH and is_short_title(line.content)

    def _heading_level(self, index: int) -> int | None:
        """Level of the line at ``index`` if it is an all-caps or numbered heading, else None."""
        line = self.lines[index]
        content = line.content
        if content.endswith(":") or _TOC_ENTRY.search(content):
            return None
        bullet = parse_bullet(line)
        if bullet is not None and bullet.strong:
            return None
        level = numbered_heading_level(content)
        if level is not None:
            return level if self._numbered_is_heading(index, bullet) else None
        return 1 if is_all_caps(content) else None

    def _numbered_is_heading(self, index: int, bullet: Bullet | None) -> bool:
        """A numbered title is a list item when a label precedes it or it is part of a sequence."""
        if self.after_label:
            return False
        if bullet is None or bullet.number is None:
            return True
        last = self.last_item
        if last is not None and last.style == bullet.style and last.number == bullet.number - 1:
            return False
        if bullet.style.startswith("outline"):
            return not self._in_outline(index)
        if index + 1 < len(self.lines):
            following = parse_bullet(self.lines[index + 1])
            if following is not None and following.style == bullet.style:
                return following.number != bullet.number + 1
        return True

    def _in_outline(self, index: int) -> bool:
        """Whether the "1.1.2"-numbered line at ``index`` is an item of a numbered list: the
        item before it or the next numbered line (blank lines between allowed) carries the
        number before or after it at the same depth (:func:`~pat_lint.readers.headings.follows`)."""
        number = outline_number(self.lines[index].content)
        last = self.last_item
        if last is not None and follows(last.outline, number):
            return True
        following = index + 1
        while following < len(self.lines) and self.lines[following].blank:
            following += 1
        return following < len(self.lines) and follows(
            number, outline_number(self.lines[following].content)
        )

    def _heading(self, line: Line, level: int) -> None:
        """Emit ``line`` as a heading and end any list."""
        mapped = MappedText()
        mapped.extend(line.text.rstrip(), line.number, 1)
        self._emit(make_block(BlockKind.HEADING, mapped, self.path, level=level))
        self._reset_list()

    # -- tables ---------------------------------------------------------------------------

    @cached_property
    def table_lines(self) -> list[SourceLine]:
        return [SourceLine(line.number, line.text) for line in self.lines]

    def _table(self, start: int, end: int) -> None:
        """Emit the cells of the table drawn on lines ``start``..``end`` (exclusive)."""
        rows = read_table(self.table_lines[start:end])
        if not any(rows):
            return
        self.tables += 1
        width = place(rows, self.tables)
        for block in table_blocks(rows, self.tables, self.path, width):
            self._emit(block)

    # -- list items -----------------------------------------------------------------------

    def _bullet_allowed(self, bullet: Bullet, line: Line) -> bool:
        """Whether a marker starts an item here rather than being part of a wrapped line.

        Strong markers (``-``, ``*``, ``•``...) always start an item. Weak ones (``o``,
        ``1.``, ``a)``) do at the start of a block, after an item of the same style, or in a
        list when a capital or digit follows; elsewhere they are ordinary words (Spanish "o",
        "or", starting a wrapped line).
        """
        current = self.current
        if bullet.strong or current is None:
            return True
        if bullet.style.startswith("outline") and self._previous_line_ends(line):
            return True  # "1.1.2 Number of ..." after a line that ended where it had to
        if current.kind is not BlockKind.LIST_ITEM or current.bullet is None:
            return False
        if current.bullet.style == bullet.style:
            return True
        first = line.text[bullet.text_start : bullet.text_start + 1]
        return first.isupper() or first.isdigit()

    def _start_item(self, line: Line, bullet: Bullet) -> None:
        """Open a list item whose level follows the marker's indentation."""
        indent = line.indent
        while self.list_indents and self.list_indents[-1] > indent:
            self.list_indents.pop()
        if not self.list_indents or self.list_indents[-1] < indent:
            self.list_indents.append(indent)
        self.current = _Open(
            kind=BlockKind.LIST_ITEM,
            level=len(self.list_indents),
            text=MappedText(),
            lines=[],
            bullet=bullet,
            indent=indent,
        )
        self.last_item = bullet
        self._continue(line, bullet.text_start)

    def _reset_list(self) -> None:
        """The list ended: the next item starts a new list at level 1."""
        self.list_indents = []
        self.last_item = None

    # -- paragraphs -----------------------------------------------------------------------

    def _previous_line_ends(self, line: Line) -> bool:
        """Whether the open block's last line ends its sentence, or stops short of the width
        the text is wrapped at (a wrapped line would have taken ``line``'s first word): then a
        heading or a numbered item may start on ``line`` without a blank line before it, as in
        text pasted from a PDF."""
        current = self.current
        if current is None or not current.lines:
            return current is None
        previous = current.lines[-1]
        if previous.content.endswith(_SENTENCE_END):
            return True
        first_word = line.content.split(maxsplit=1)[0]
        return len(previous.text.rstrip()) + 1 + len(first_word) <= self.wrap_width

    @cached_property
    def wrap_width(self) -> int:
        """The width the text is wrapped at: its longest line (tables left out)."""
        widths = [len(line.text.rstrip()) for line in self.lines if line.content[:1] not in "+|"]
        return max(widths, default=0)

    def _breaks_paragraph(self, line: Line) -> bool:
        """A labelled line ("Indicator 1.2: ...") or a label starts a new block after a sentence."""
        current = self.current
        assert current is not None
        content = line.content
        if not (is_labelled_line(content) or is_label(content)) or not content[0].isupper():
            return False
        previous = current.lines[-1].content
        return current.labelled or previous.endswith(_SENTENCE_END)

    def _start_paragraph(self, line: Line) -> None:
        """Open a paragraph; one that is not indented into a list ends the list."""
        if not self.list_indents or line.indent <= self.list_indents[0]:
            self._reset_list()
        self.current = _Open(
            kind=BlockKind.PARAGRAPH,
            level=0,
            text=MappedText(),
            lines=[],
            indent=line.indent,
            labelled=is_labelled_line(line.content),
        )
        self._continue(line, line.start)

    def _continue(self, line: Line, start: int) -> None:
        """Append ``line`` from ``start`` to the open block, joined by a space — or by nothing
        when the line before ends in a word broken with a hyphen (see
        :func:`pat_lint.readers.hyphens.join_lines`)."""
        current = self.current
        assert current is not None
        added = line.text[start:].rstrip()
        if current.lines:
            previous = current.lines[-1]
            before = previous.text.rstrip()
            joined = join_lines(before, added.lstrip())
            if before.endswith("-") and joined == before[:-1] + added.lstrip():
                current.text.pop()
            elif joined != before + added.lstrip():
                current.text.append(" ", (previous.number, len(before) + 1))
        current.text.extend(added, line.number, start + 1)
        current.lines.append(line)

    def _flush(self) -> None:
        """Emit the open block, if any."""
        current, self.current = self.current, None
        if current is not None:
            block = make_block(current.kind, current.text, self.path, level=current.level)
            self._emit(block)

    def _emit(self, block: Block | None) -> None:
        """Keep a block that has text; anything after a label is no longer "after" it."""
        if block is not None:
            self.blocks.append(block)
            check_blocks(len(self.blocks))
            self.after_label = False


def anchor_comments(blocks: list[Block], comments: list[tuple[str, int]]) -> tuple[Comment, ...]:
    """Comments (text, source line) anchored on the block that follows each of them."""
    anchored = []
    for text, line in comments:
        following = next(
            (i for i, block in enumerate(blocks) if (block.location.line or 0) > line),
            max(len(blocks) - 1, 0),
        )
        anchored.append(Comment(text, following, following, line=line))
    return tuple(anchored)


def split_lines(text: str) -> list[Line]:
    """The lines of newline-normalised text, numbered from 1."""
    return [Line(number, raw) for number, raw in enumerate(text.split("\n"), start=1)]


def read(path: Path) -> Document:
    """Read a plain-text file into a :class:`Document` of headings, paragraphs and list items."""
    lines = split_lines(read_source(path))
    blocks = TextParser(path=str(path), lines=lines).parse()
    directives = [(line.content, line.number) for line in lines if is_directive(line.content)]
    return Document(
        path=str(path),
        format="txt",
        blocks=tuple(blocks),
        comments=anchor_comments(blocks, directives),
    )
