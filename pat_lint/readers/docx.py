"""Read Word ``.docx`` files into a :class:`~pat_lint.model.Document`.

What comes out, in body order (the children of ``w:body`` are walked directly, so paragraphs
and tables keep the order a person sees):

- **Headings** from heading styles (``Heading 1``…, ``Title``, any style or paragraph with an
  outline level — which covers localised style names such as "Titre 1" or "Überschrift 2" — and
  names like "heading 2"/"titre 2"/"título 2") *and* from faked headings written in ``Normal``
  style. Levels:

  1. a style or paragraph outline level gives the level (``Title`` is 1, ``Heading 2`` is 2);
  2. otherwise a numbered title line ("4. Gender analysis", "6.2 Gender") takes the level of
     its numbering (see :func:`pat_lint.readers.headings.numbered_heading_level`);
  3. otherwise a short, title-shaped paragraph that is entirely bold or all capitals is a
     heading; when a styled or numbered heading came before it, it is a sub-heading of that one
     (its level + 1); before any such heading, all-caps headings are level 1 and bold ones are
     level 1, or 2 when the document also fakes headings in capitals.

  A short title-shaped paragraph that ends with a colon ("Indicators:") is a label, not a
  heading. A paragraph of a *numbered* Word list that is entirely bold and title-shaped is a
  heading with the list level (people number their section headings that way); Word's own
  automatic numbers ("4.") are not part of the text.
- **List items** (``List Bullet``/``List Number`` styles or ``w:numPr``) with
  ``level = ilvl + 1``, or the digit of a ``List Bullet 2``-style name when higher. A plain
  paragraph typed as a list item ("• text", "- text", "1. text", "a) text") is a level-1 list
  item too; a typed bullet glyph is dropped from the text, typed numbers are kept.
- **Quotes** from ``Quote``/``Intense Quote`` (and localised "Citation", "Cita", "Zitat").
- **Table cells**: every non-empty paragraph of a cell is its own ``TABLE_CELL`` block with the
  table (top-level tables counted in body order), row and column (1-based, ``col`` is the grid
  column where the cell starts). Merged cells are read once (a ``gridSpan`` cell appears once in
  the XML; ``vMerge``/``hMerge`` continuation cells are skipped). ``header`` is, for every cell
  including the first row's, the text of the header-row cell over that column: the first row,
  or the second one when the first is a single cell spanning the whole table (a title row).
  A table nested in a cell is read as more paragraphs of the outer cell, in order.
- **Paragraph numbers**: ``Location.paragraph`` counts the non-empty body paragraphs (headings
  and list items included, table paragraphs not). A cell carries the number of the last body
  paragraph before its table (``None`` when the table comes first), so "¶17 T2 R3 C1" reads
  "the table after paragraph 17" and findings sort in reading order.
- **Tables of contents** (paragraphs in a "TOC 1"… style, or lines ending in dot leaders and a
  page number) are skipped: they repeat the headings. They still count as paragraphs.
- **Text**: runs, hyperlinks, fields' results and tracked insertions; tabs and line breaks become
  spaces; whitespace is collapsed; deleted text, drawings, text boxes and hidden text are left
  out; empty paragraphs are skipped. Headers, footers, footnotes and comments' text are not body.
- **Review comments** (``word/comments.xml``, anchored by ``commentRangeStart``/``End``) become
  :class:`~pat_lint.model.Comment`\\s whose ``first_block``/``last_block`` index the blocks the
  range touches; they carry suppression directives.

The input file is only ever opened for reading.
"""

from __future__ import annotations

import copy
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pat_lint.model import Block, BlockKind, Comment, Document, Location
from pat_lint.readers import ReadError, headings

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: Refuse packages whose XML parts unpack to more than this (a zip bomb, not a proposal).
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
RT_COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"


def _w(tag: str) -> str:
    """Clark notation for a WordprocessingML tag."""
    return f"{{{W_NS}}}{tag}"


W_P, W_TBL, W_TR, W_TC, W_R, W_T = _w("p"), _w("tbl"), _w("tr"), _w("tc"), _w("r"), _w("t")
W_SDT, W_SDT_CONTENT, W_CUSTOM_XML = _w("sdt"), _w("sdtContent"), _w("customXml")
W_RPR, W_PPR, W_VAL = _w("rPr"), _w("pPr"), _w("val")
COMMENT_START, COMMENT_END = _w("commentRangeStart"), _w("commentRangeEnd")
COMMENT_REF = _w("commentReference")
#: Elements whose text is not body text: deletions, drawings and text boxes, properties.
_SKIP_SUBTREES = frozenset(
    {
        _w("del"),
        _w("moveFrom"),
        _w("pPr"),
        _w("rPr"),
        _w("drawing"),
        _w("pict"),
        _w("object"),
        _w("txbxContent"),
        _w("footnoteReference"),
        _w("endnoteReference"),
        f"{{{MC_NS}}}AlternateContent",
    }
)
_SPACE_TAGS = frozenset({_w("tab"), _w("br"), _w("cr"), _w("ptab")})
_WRAPPERS = frozenset({W_SDT, W_SDT_CONTENT, W_CUSTOM_XML, _w("ins"), _w("moveTo")})
_FALSE_VALUES = {"0", "false", "off", "none"}

_HEADING_NAME = re.compile(
    r"^(?:heading|titre|t[ií]tulo|encabezado|[üu]berschrift|kop|intestazione|rubrik)\s*(\d)$",
    re.IGNORECASE,
)
_TITLE_NAME = re.compile(r"^(?:title|titre|t[ií]tulo|titel)$", re.IGNORECASE)
_QUOTE_NAME = re.compile(r"^(?:(?:intense )?quote|citation|cita|zitat|block text)$", re.IGNORECASE)
_LIST_NAME = re.compile(r"^list (?:bullet|number)(?: (\d))?$", re.IGNORECASE)
_TOC_NAME = re.compile(r"^(?:toc|tdm|índice|verzeichnis)\s*\d$", re.IGNORECASE)
#: a table-of-contents line: dot leaders then a page number ("4. Gender analysis ..... 7")
_DOT_LEADER = re.compile(r"(?:\.\s*){4,}\d{1,4}$|…{2,}\s*\d{1,4}$")
#: a list item typed by hand: "• text", "- text", "1. text", "a) text"
_MANUAL_ITEM = re.compile(r"^(?:[•▪◦●‣∙·\-–—*o]|\d{1,2}[.)]|[a-z][.)])\s+\S")
#: the bullet glyph of a hand-typed bullet, dropped from the text (numbers are kept)
_MANUAL_BULLET = re.compile(r"^[•▪◦●‣∙·\-–—*o]\s+(?=\S)")


# --------------------------------------------------------------------------------------------
# Opening the package


def read(path: Path) -> Document:
    """Read a .docx file; raise :class:`ReadError` with a precise code when it is not one."""
    _check_package(path)
    import docx  # python-docx, imported only when a .docx is read
    from docx.opc.exceptions import PackageNotFoundError

    try:
        word = docx.Document(str(path))
    except PackageNotFoundError:
        raise ReadError(
            "corrupt", "the .docx package is damaged (no Word document inside)"
        ) from None
    except ValueError as exc:  # python-docx: "file '…' is not a Word file, content type is …"
        raise ReadError("not-docx", f"not a Word document: {exc}"[:300]) from None
    except (zipfile.BadZipFile, zlib.error, OSError, KeyError, EOFError) as exc:
        detail = "its zip structure is broken" if isinstance(exc, OSError) else str(exc)
        raise ReadError("corrupt", f"the .docx file is damaged: {detail}"[:300]) from None
    walker = walk(word, str(path))
    comments = walker.comments(_comment_elements(word))
    return Document(path=str(path), format="docx", blocks=tuple(walker.blocks), comments=comments)


def walk(word: Any, path: str) -> _Walker:
    """Walk a python-docx document's body: ``.blocks`` and, per block, ``.elements`` (its
    ``w:p``). Also used by ``pat-lint annotate`` to find a finding's paragraph again."""
    walker = _Walker(path, _StyleSheet(word.styles.element), _Numbering.of(word))
    walker.walk_body(word.element.body)
    return walker


def visible_runs(walker: _Walker, paragraph: Any) -> list[Any]:
    """The ``w:r`` runs whose text makes up a paragraph's block text (hidden runs left out)."""
    ppr = paragraph.find(W_PPR)
    style = ppr.find(_w("pStyle")) if ppr is not None else None
    style_id = style.get(W_VAL) if style is not None else walker.styles.default_paragraph
    return [run for run in _runs(paragraph) if not walker._run_toggle(run, "vanish", style_id)]


def run_pieces(run: Any) -> list[tuple[Any, str]]:
    """A run's content children with the text each contributes, as the reader reads it."""
    return [(child, _text_of(_holder(child))) for child in _visible(run)]


def _holder(child: Any) -> Any:
    """A throwaway parent holding a copy of ``child``, so that :func:`_text_of` (which reads an
    element's children) reads ``child`` itself."""
    from lxml import etree

    holder = etree.Element("holder")
    holder.append(copy.deepcopy(child))
    return holder


def _check_package(path: Path) -> None:
    """Recognise what the file really is before python-docx sees it."""
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(OLE_MAGIC):
        if _is_encrypted_ole(path):
            raise ReadError(
                "encrypted", "the document is password-protected; save an unprotected copy"
            )
        raise ReadError("not-docx", "this is a legacy Word 97-2003 (.doc) file; save it as .docx")
    if not head.startswith(b"PK"):
        raise ReadError("not-docx", "not a Word .docx file (the content is not a zip package)")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, EOFError, ValueError):
        raise ReadError(
            "corrupt", "the .docx file is truncated or damaged (incomplete zip archive)"
        ) from None
    names = {info.filename for info in infos}
    if "[Content_Types].xml" not in names:
        raise ReadError("not-docx", "a zip archive, but not a Word document")
    if sum(info.file_size for info in infos if info.filename.endswith(".xml")) > MAX_UNPACKED_BYTES:
        raise ReadError("too-large", "the document unpacks to more than 1 GiB of XML")


def _is_encrypted_ole(path: Path) -> bool:
    """An OLE compound file holding an encrypted OOXML package (Office password protection)."""
    marker = "EncryptedPackage".encode("utf-16-le")
    with path.open("rb") as handle:
        previous = b""
        while chunk := handle.read(1 << 20):
            if marker in previous + chunk:
                return True
            previous = chunk[-len(marker) :]
    return False


# --------------------------------------------------------------------------------------------
# Styles and numbering


def _on(element: Any) -> bool:
    """Value of an OOXML on/off property element (``<w:b/>`` is on, ``w:val="0"`` off)."""
    value = element.get(W_VAL)
    return value is None or value.lower() not in _FALSE_VALUES


def _int_val(element: Any) -> int | None:
    """The integer ``w:val`` of an element, or None."""
    if element is None:
        return None
    try:
        return int(element.get(W_VAL))
    except (TypeError, ValueError):
        return None


@dataclass
class _Style:
    """What the reader needs of one style from styles.xml."""

    name: str
    based_on: str | None
    outline: int | None = None
    num_id: int | None = None
    ilvl: int | None = None
    toggles: dict[str, bool] = field(default_factory=dict)


class _StyleSheet:
    """Style lookups with ``basedOn`` inheritance."""

    def __init__(self, styles_element: Any) -> None:
        self.styles: dict[str, _Style] = {}
        self.default_paragraph: str | None = None
        for element in styles_element.iter(_w("style")):
            self._add(element)

    def _add(self, element: Any) -> None:
        style_id = element.get(_w("styleId")) or ""
        name_el = element.find(_w("name"))
        based = element.find(_w("basedOn"))
        style = _Style(
            name=(name_el.get(W_VAL) if name_el is not None else style_id) or style_id,
            based_on=based.get(W_VAL) if based is not None else None,
        )
        ppr = element.find(W_PPR)
        if ppr is not None:
            style.outline = _int_val(ppr.find(_w("outlineLvl")))
            num_pr = ppr.find(_w("numPr"))
            if num_pr is not None:
                style.num_id = _int_val(num_pr.find(_w("numId")))
                style.ilvl = _int_val(num_pr.find(_w("ilvl")))
        rpr = element.find(W_RPR)
        if rpr is not None:
            for prop in ("b", "caps", "vanish"):
                found = rpr.find(_w(prop))
                if found is not None:
                    style.toggles[prop] = _on(found)
        self.styles[style_id] = style
        if element.get(_w("type")) == "paragraph" and _on_attr(element.get(_w("default"))):
            self.default_paragraph = style_id

    def chain(self, style_id: str | None) -> Iterator[_Style]:
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


def _on_attr(value: str | None) -> bool:
    """An on/off XML attribute value ("1", "true", "on")."""
    return value is not None and value.lower() in {"1", "true", "on"}


class _Numbering:
    """numId → number format per level, to tell bullets from numbered lists."""

    def __init__(self, numbering_element: Any | None) -> None:
        self.formats: dict[tuple[int, int], str] = {}
        if numbering_element is None:
            return
        abstract: dict[str, dict[int, str]] = {}
        for element in numbering_element.iter(_w("abstractNum")):
            levels: dict[int, str] = {}
            for lvl in element.iter(_w("lvl")):
                fmt = lvl.find(_w("numFmt"))
                ilvl = lvl.get(_w("ilvl"))
                if ilvl is not None and ilvl.isdigit():
                    levels[int(ilvl)] = fmt.get(W_VAL, "decimal") if fmt is not None else "decimal"
            abstract[element.get(_w("abstractNumId")) or ""] = levels
        for num in numbering_element.iter(_w("num")):
            num_id = num.get(_w("numId"))
            ref = num.find(_w("abstractNumId"))
            if num_id and num_id.isdigit() and ref is not None:
                for ilvl, fmt in abstract.get(ref.get(W_VAL) or "", {}).items():
                    self.formats[(int(num_id), ilvl)] = fmt

    @classmethod
    def of(cls, word: Any) -> _Numbering:
        """The numbering definitions of a python-docx document (empty when it has none)."""
        try:
            return cls(word.part.numbering_part.element)
        except (KeyError, NotImplementedError, AttributeError):
            return cls(None)

    def is_numbered(self, num_id: int, ilvl: int) -> bool:
        """True for a numbered (not bulleted) list level."""
        return self.formats.get((num_id, ilvl), "bullet") not in {"bullet", "none"}


# --------------------------------------------------------------------------------------------
# Paragraph text and properties


def _visible(element: Any) -> Iterator[Any]:
    """Children of ``element`` that can carry body text (skipping deletions, drawings…)."""
    for child in element:
        if isinstance(child.tag, str) and child.tag not in _SKIP_SUBTREES:
            yield child


def _text_of(element: Any) -> str:
    """The visible text under ``element``, tabs and breaks as spaces, not collapsed."""
    parts: list[str] = []
    _collect_text(element, parts)
    return "".join(parts)


def _collect_text(element: Any, parts: list[str]) -> None:
    """Append the visible text under ``element`` to ``parts``, in document order."""
    for child in _visible(element):
        tag = child.tag
        if tag == W_T:
            parts.append(child.text or "")
        elif tag in _SPACE_TAGS:
            parts.append(" ")
        elif tag == _w("noBreakHyphen"):
            parts.append("-")
        else:
            _collect_text(child, parts)


def _collapse(text: str) -> str:
    """Whitespace (spaces, tabs, no-break spaces, breaks) collapsed to single spaces."""
    return " ".join(text.split())


def _runs(element: Any) -> Iterator[Any]:
    """The ``w:r`` runs under ``element`` that can be seen (not deleted, not in drawings)."""
    for child in _visible(element):
        if child.tag == W_R:
            yield child
        else:
            yield from _runs(child)


def _has_text(run: Any) -> bool:
    """A run holding some non-blank text."""
    return any((t.text or "").strip() for t in run.iter(W_T))


@dataclass
class _Para:
    """A body paragraph's text and the properties that decide its kind."""

    text: str
    style_id: str | None
    style_name: str
    outline: int | None
    num_id: int | None
    ilvl: int | None
    bold: bool
    caps: bool


# --------------------------------------------------------------------------------------------
# The walk


class _Walker:
    """Walks the body in order, producing blocks and recording comment anchors."""

    def __init__(self, path: str, styles: _StyleSheet, numbering: _Numbering) -> None:
        self.path = path
        self.styles = styles
        self.numbering = numbering
        self.blocks: list[Block] = []
        self.elements: list[Any] = []  # per block: the w:p it came from
        self.paragraphs = 0
        self.tables = 0
        self.last_explicit_level: int | None = None
        self.uses_caps_headings = False
        self.starts: dict[str, int] = {}
        self.ends: dict[str, int] = {}
        self.refs: dict[str, int] = {}
        self.pending_starts: list[str] = []

    # -- body --------------------------------------------------------------------------------

    def walk_body(self, body: Any) -> None:
        """Read every paragraph and table of the body, in order."""
        elements = list(_content(body, {W_P, W_TBL}))
        self.uses_caps_headings = any(
            element.tag == W_P and self._is_caps_fake(self._para(element)) for element in elements
        )
        for element in elements:
            if element.tag == W_P:
                self._body_paragraph(element)
            elif element.tag == W_TBL:
                self._table(element)
            else:
                self._markers(element, emitted=None)

    def _para(self, p: Any) -> _Para:
        """Text and properties of a paragraph element."""
        ppr = p.find(W_PPR)
        style_el = ppr.find(_w("pStyle")) if ppr is not None else None
        style_id = style_el.get(W_VAL) if style_el is not None else self.styles.default_paragraph
        outline = num_id = ilvl = None
        if ppr is not None:
            outline = _int_val(ppr.find(_w("outlineLvl")))
            num_pr = ppr.find(_w("numPr"))
            if num_pr is not None:
                num_id = _int_val(num_pr.find(_w("numId")))
                ilvl = _int_val(num_pr.find(_w("ilvl")))
        runs = [run for run in _runs(p) if not self._run_toggle(run, "vanish", style_id)]
        text = _collapse("".join(_text_of(run) for run in runs))
        runs = [run for run in runs if _has_text(run)]
        return _Para(
            text=text,
            style_id=style_id,
            style_name=self.styles.name(style_id),
            outline=outline if outline is not None else self.styles.first(style_id, "outline"),
            num_id=num_id if num_id is not None else self.styles.first(style_id, "num_id"),
            ilvl=ilvl if ilvl is not None else self.styles.first(style_id, "ilvl"),
            bold=bool(runs) and all(self._run_toggle(run, "b", style_id) for run in runs),
            caps=bool(runs) and all(self._run_toggle(run, "caps", style_id) for run in runs),
        )

    def _run_toggle(self, run: Any, prop: str, para_style: str | None) -> bool:
        """Effective bold/caps/hidden of a run: direct, then character style, then paragraph."""
        rpr = run.find(W_RPR)
        if rpr is not None:
            direct = rpr.find(_w(prop))
            if direct is not None:
                return _on(direct)
            char_style = rpr.find(_w("rStyle"))
            if char_style is not None:
                value = self.styles.toggle(char_style.get(W_VAL), prop)
                if value is not None:
                    return value
        return bool(self.styles.toggle(para_style, prop))

    def _body_paragraph(self, p: Any) -> None:
        """One body paragraph: a heading, list item, quote or paragraph (or nothing if empty)."""
        para = self._para(p)
        if not para.text:
            self._markers(p, emitted=None)
            return
        self.paragraphs += 1
        if self._is_toc_entry(para):
            self._markers(p, emitted=None)
            return
        kind, level = self._classify(para)
        text = _MANUAL_BULLET.sub("", para.text) if kind is BlockKind.LIST_ITEM else para.text
        location = Location(path=self.path, paragraph=self.paragraphs)
        self._emit(p, [Block(kind, text, location, level=level, style=para.style_name)])

    def _classify(self, para: _Para) -> tuple[BlockKind, int]:
        """Kind and level of a body paragraph (see the module docstring for the rules)."""
        level = self._styled_heading_level(para)
        if level is not None:
            self.last_explicit_level = level
            return BlockKind.HEADING, level
        if self._is_list(para):
            ilvl = max(para.ilvl or 0, self._list_name_level(para) - 1)
            if (
                para.num_id
                and self.numbering.is_numbered(para.num_id, ilvl)
                and para.bold
                and _title_shaped(para.text)
            ):
                self.last_explicit_level = ilvl + 1
                return BlockKind.HEADING, ilvl + 1
            return BlockKind.LIST_ITEM, ilvl + 1
        if _QUOTE_NAME.match(para.style_name.strip()):
            return BlockKind.QUOTE, 0
        numbered = headings.numbered_heading_level(para.text)
        if numbered is not None:
            self.last_explicit_level = numbered
            return BlockKind.HEADING, numbered
        if _MANUAL_ITEM.match(para.text):
            return BlockKind.LIST_ITEM, 1
        if self._is_caps_fake(para) or (para.bold and _title_shaped(para.text)):
            return BlockKind.HEADING, self._fake_level(para)
        return BlockKind.PARAGRAPH, 0

    def _styled_heading_level(self, para: _Para) -> int | None:
        """Heading level from an outline level or a heading/title style name, else None."""
        if para.outline is not None and 0 <= para.outline <= 8:
            return para.outline + 1
        for style in self.styles.chain(para.style_id):
            match = _HEADING_NAME.match(style.name.strip())
            if match and match.group(1) != "0":
                return int(match.group(1))
            if _TITLE_NAME.match(style.name.strip()):
                return 1
        return None

    def _is_toc_entry(self, para: _Para) -> bool:
        """A line of a table of contents (style "TOC 1"…, or "Title ....... 7")."""
        named = any(_TOC_NAME.match(style.name) for style in self.styles.chain(para.style_id))
        return named or _DOT_LEADER.search(para.text) is not None

    def _is_list(self, para: _Para) -> bool:
        """A paragraph of a Word list (numbering, or a List Bullet/List Number style)."""
        if para.num_id:
            return True
        return any(_LIST_NAME.match(style.name) for style in self.styles.chain(para.style_id))

    def _list_name_level(self, para: _Para) -> int:
        """The level a "List Bullet 2"-style name gives (1 for other styles)."""
        for style in self.styles.chain(para.style_id):
            match = _LIST_NAME.match(style.name)
            if match:
                return int(match.group(1) or 1)
        return 1

    def _is_caps_fake(self, para: _Para) -> bool:
        """A short title-shaped line written (or formatted) in capitals, not a list item."""
        if not para.text or para.num_id or not _title_shaped(para.text):
            return False
        if headings.numbered_heading_level(para.text) is not None:
            return False
        return headings.is_all_caps(para.text) or para.caps

    def _fake_level(self, para: _Para) -> int:
        """Level of an unnumbered bold or capitals heading (see the module docstring)."""
        if self.last_explicit_level is not None:
            return min(self.last_explicit_level + 1, 9)
        if self._is_caps_fake(para) or not self.uses_caps_headings:
            return 1
        return 2

    # -- tables ------------------------------------------------------------------------------

    def _table(self, tbl: Any) -> None:
        """A top-level table: one block per non-empty paragraph of each cell, row by row."""
        self.tables += 1
        rows = _table_rows(tbl)
        header_of = _header_map(rows)
        paragraph = self.paragraphs or None
        for row_no, row in enumerate(rows, start=1):
            for cell in row:
                if cell.continuation:
                    self._markers(cell.element, emitted=None)
                    continue
                location = Location(
                    path=self.path,
                    paragraph=paragraph,
                    table=self.tables,
                    row=row_no,
                    col=cell.grid_col + 1,
                )
                self._cell(cell.element, location, header_of.get(cell.grid_col))

    def _cell(self, tc: Any, location: Location, header: str | None) -> None:
        """The paragraphs of a cell, nested tables' paragraphs included, each its own block."""
        for p in _cell_paragraphs(tc):
            para = self._para(p)
            if not para.text:
                self._markers(p, emitted=None)
                continue
            block = Block(
                BlockKind.TABLE_CELL, para.text, location, header=header, style=para.style_name
            )
            self._emit(p, [block])

    # -- comments ----------------------------------------------------------------------------

    def _emit(self, element: Any, blocks: list[Block]) -> None:
        """Append blocks produced by ``element`` and anchor the comment markers inside it."""
        first = len(self.blocks)
        self.blocks.extend(blocks)
        self.elements.extend([element] * len(blocks))
        self._markers(element, emitted=(first, len(self.blocks) - 1))

    def _markers(self, element: Any, emitted: tuple[int, int] | None) -> None:
        """Record comment range markers in ``element`` against the blocks it produced."""
        if emitted is not None:
            for comment_id in self.pending_starts:
                self.starts.setdefault(comment_id, emitted[0])
            self.pending_starts = []
        for marker in _iter_markers(element):
            comment_id = marker.get(_w("id")) or ""
            if marker.tag == COMMENT_START:
                if emitted is None:
                    self.pending_starts.append(comment_id)
                else:
                    self.starts.setdefault(comment_id, emitted[0])
            else:
                index = emitted[1] if emitted is not None else len(self.blocks) - 1
                target = self.ends if marker.tag == COMMENT_END else self.refs
                target[comment_id] = max(index, 0)

    def comments(self, elements: list[Any]) -> tuple[Comment, ...]:
        """Comments from comments.xml with the block range each one is anchored on."""
        if not self.blocks:
            return ()
        last = len(self.blocks) - 1
        result: list[Comment] = []
        for element in elements:
            comment_id = element.get(_w("id")) or ""
            start = self.starts.get(comment_id, self.refs.get(comment_id))
            end = self.ends.get(comment_id, self.refs.get(comment_id, start))
            if start is None:
                start = end if end is not None else 0
            end = start if end is None else end
            first, final = sorted((min(start, last), min(end, last)))
            texts = [_collapse(_text_of(p)) for p in element.iter(W_P)]
            result.append(
                Comment(
                    text="\n".join(t for t in texts if t),
                    first_block=first,
                    last_block=final,
                    author=element.get(_w("author")) or "",
                )
            )
        return tuple(result)


def _title_shaped(text: str) -> bool:
    """Short and title-like, and not a label ending in a colon ("Indicators:")."""
    return headings.is_short_title(text) and not text.rstrip().endswith(":")


def _content(element: Any, wanted: set[str]) -> Iterator[Any]:
    """Children of ``element`` in order, unwrapping content controls; other tags passed too."""
    for child in element:
        if not isinstance(child.tag, str):
            continue
        if child.tag in _WRAPPERS:
            yield from _content(child, wanted)
        elif child.tag in wanted or child.tag in (COMMENT_START, COMMENT_END):
            yield child


def _iter_markers(element: Any) -> Iterator[Any]:
    """Comment range markers and references in ``element`` (itself included), in order."""
    if element.tag in (COMMENT_START, COMMENT_END, COMMENT_REF):
        yield element
        return
    yield from element.iter(COMMENT_START, COMMENT_END, COMMENT_REF)


@dataclass
class _Cell:
    """One ``w:tc`` with the grid column where it starts and how many it spans."""

    element: Any
    grid_col: int
    span: int
    continuation: bool


def _table_rows(tbl: Any) -> list[list[_Cell]]:
    """The table's rows, each a list of cells placed on the table grid."""
    rows: list[list[_Cell]] = []
    for tr in _content(tbl, {W_TR}):
        if tr.tag != W_TR:
            continue
        trpr = tr.find(_w("trPr"))
        col = (_int_val(trpr.find(_w("gridBefore"))) or 0) if trpr is not None else 0
        cells: list[_Cell] = []
        for tc in _content(tr, {W_TC}):
            if tc.tag != W_TC:
                continue
            tcpr = tc.find(_w("tcPr"))
            span = max(_int_val(tcpr.find(_w("gridSpan"))) or 1, 1) if tcpr is not None else 1
            cells.append(_Cell(tc, col, span, _is_continuation(tcpr)))
            col += span
        rows.append(cells)
    return rows


def _is_continuation(tcpr: Any) -> bool:
    """A cell continuing a vertical (``vMerge``) or legacy horizontal (``hMerge``) merge."""
    if tcpr is None:
        return False
    for tag in ("vMerge", "hMerge"):
        merge = tcpr.find(_w(tag))
        if merge is not None and (merge.get(W_VAL) or "continue") != "restart":
            return True
    return False


def _cell_paragraphs(tc: Any) -> Iterator[Any]:
    """Paragraphs of a cell in order, descending into nested tables."""
    for child in _content(tc, {W_P, W_TBL}):
        if child.tag == W_P:
            yield child
        elif child.tag == W_TBL:
            for row in _table_rows(child):
                for cell in row:
                    if not cell.continuation:
                        yield from _cell_paragraphs(cell.element)


def _header_map(rows: list[list[_Cell]]) -> dict[int, str]:
    """Grid column → text of the header-row cell over it (see the module docstring)."""
    if not rows:
        return {}
    header_row = rows[0]
    width = sum(cell.span for cell in header_row)
    if len(rows) > 1 and len(header_row) == 1 and width > 1 and width >= _grid_width(rows):
        header_row = rows[1]
    mapping: dict[int, str] = {}
    for cell in header_row:
        text = _collapse(" ".join(_text_of(p) for p in _cell_paragraphs(cell.element)))
        if text:
            for col in range(cell.grid_col, cell.grid_col + cell.span):
                mapping[col] = text
    return mapping


def _grid_width(rows: list[list[_Cell]]) -> int:
    """Number of grid columns the widest row covers."""
    return max((row[-1].grid_col + row[-1].span for row in rows if row), default=0)


def _comment_elements(word: Any) -> list[Any]:
    """The ``w:comment`` elements of the document's comments part (none when it has none)."""
    try:
        part = word.part.part_related_by(RT_COMMENTS)
    except KeyError:
        return []
    element = getattr(part, "element", None)
    if element is None:
        from lxml import etree

        element = etree.fromstring(part.blob)
    return list(element.iter(_w("comment")))
