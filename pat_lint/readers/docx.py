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
  the XML; ``vMerge``/``hMerge`` continuation cells are skipped); a merged cell's location has
  ``row_end``/``col_end``, the last row and grid column it covers, so a vertically merged
  "Outcome 1" cell is known to govern the rows beside it. ``header`` is, for every cell
  including the first row's, the text of the header-row cell over that column: the first row,
  or the second one when the first is a single cell spanning the whole table (a title row).
  A table nested in a cell is read as more paragraphs of the outer cell, in order.
- **Paragraph numbers**: ``Location.paragraph`` counts the non-empty body paragraphs (headings
  and list items included, table paragraphs not). A cell carries the number of the last body
  paragraph before its table (``None`` when the table comes first), so "¶17 T2 R3 C1" reads
  "the table after paragraph 17" and findings sort in reading order.
- **Tables of contents** are skipped, title included: they repeat the headings, numbered, and
  must never be taken for them. Word's and LibreOffice's (a ``TOC`` field, the "Table of
  Contents" content control, "toc 1"/"TOC Heading"/"Contents 1" styles) and typed ones (lines
  ending in dot leaders or a tab and a page number, under a "Contents" title); see
  :mod:`~pat_lint.readers.docx_parts.toc`. They still count as paragraphs.
- **Text boxes** are read once (Word writes each twice: a DrawingML box and a VML fallback copy),
  as paragraphs or list items right after the paragraph that anchors them, located at it (in a
  table cell: more paragraphs of that cell). A box's bold title is not a heading.
- **Footnotes and endnotes** are read once, as paragraphs (style "footnote text"…) at the end
  of the section that refers to them — just before the next heading, or at the end of the
  document — located at the paragraph that refers to them; notes nobody refers to are not read.
- **Text**: runs, hyperlinks, fields' results and tracked insertions; tabs and line breaks become
  spaces; whitespace is collapsed; deleted text, drawings and hidden text are left out; empty
  paragraphs are skipped. Headers, footers and comments' text are not body.
- **Strict Open XML** packages (Word's "Strict Open XML Document" save) are read like the
  usual ones, from an in-memory copy with their XML names rewritten.
- **Review comments** (``word/comments.xml``, anchored by ``commentRangeStart``/``End``) become
  :class:`~pat_lint.model.Comment`\\s whose ``first_block``/``last_block`` index the blocks the
  range touches; they carry suppression directives.

This module recognises what the file really is (a legacy or password-protected Word file, a
zip that is not a Word package, a damaged or oversized one), opens it with python-docx and
reads its body with the steps of :mod:`pat_lint.readers.docx_parts`, one module per job: XML
text and runs, the style sheet, list numbering, paragraphs and their kinds, tables, review
comments, and the walk that puts them together. :func:`walk`, :func:`visible_runs` and
:func:`run_pieces` are also used by ``pat-lint annotate``.

The input file is only ever opened for reading.
"""

from __future__ import annotations

import copy
import zipfile
import zlib
from pathlib import Path
from typing import Any

from pat_lint.model import Document
from pat_lint.readers import ReadError, too_large
from pat_lint.readers.docx_parts.comments import comment_elements
from pat_lint.readers.docx_parts.notes import Notes
from pat_lint.readers.docx_parts.numbering import Numbering
from pat_lint.readers.docx_parts.paragraphs import unhidden_runs
from pat_lint.readers.docx_parts.strict import is_strict, transitional_copy
from pat_lint.readers.docx_parts.styles import StyleSheet
from pat_lint.readers.docx_parts.walker import Walker
from pat_lint.readers.docx_parts.xml import text_of, visible

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: XML the package's parts may unpack to, all together: a 600-page Word proposal has ~10-30 MB.
#: A single paragraph may be as long as this allows (its text is bounded by the document limit).
MAX_XML_BYTES = 64 * 1024 * 1024
#: XML elements of the package's parts, all together: a 600-page Word proposal has ~0.5
#: million. Parsed, an element costs ~150 bytes: this bounds what python-docx holds in memory
#: however small the elements (a 470 KB file can unpack to 150 MB of tiny paragraphs).
MAX_XML_ELEMENTS = 1_500_000
_CHUNK = 1 << 20


# --------------------------------------------------------------------------------------------
# Opening the package


def read(path: Path) -> Document:
    """Read a .docx file; raise :class:`ReadError` with a precise code when it is not one."""
    strict = _check_package(path)
    import docx  # python-docx, imported only when a .docx is read
    from docx.opc.exceptions import PackageNotFoundError

    try:
        word = docx.Document(transitional_copy(path) if strict else str(path))
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
    comments = walker.anchors.comments(comment_elements(word), len(walker.blocks))
    return Document(path=str(path), format="docx", blocks=tuple(walker.blocks), comments=comments)


def _check_package(path: Path) -> bool:
    """Recognise what the file really is before python-docx sees it; True for a Strict Open
    XML package (read through :func:`transitional_copy`)."""
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
            strict = is_strict(archive)
    except (zipfile.BadZipFile, EOFError, ValueError):
        raise ReadError(
            "corrupt", "the .docx file is truncated or damaged (incomplete zip archive)"
        ) from None
    names = {info.filename for info in infos}
    if "[Content_Types].xml" not in names:
        raise ReadError("not-docx", "a zip archive, but not a Word document")
    _check_xml_size(path, [info for info in infos if info.filename.lower().endswith(_XML)])
    return strict


_XML = (".xml", ".rels")


def _check_xml_size(path: Path, parts: list[zipfile.ZipInfo]) -> None:
    """Raise ``too-large`` for a package whose XML is beyond :data:`MAX_XML_BYTES` or
    :data:`MAX_XML_ELEMENTS`, before anything is parsed: the parts are unpacked a megabyte at a
    time and their elements counted, so the check itself costs no more
    memory than a megabyte and stops as soon as a limit is passed — the sizes the zip
    declares are not trusted, and a part that holds more or less than it declares is damaged
    (zipfile would hand it to python-docx whole). Elements are counted as their start tags
    (``<`` not followed by ``/``)."""
    unpacked = elements = 0
    try:
        with zipfile.ZipFile(path) as archive:
            for info in parts:
                with archive.open(info) as member:
                    while chunk := member.read(_CHUNK):
                        unpacked += len(chunk)
                        elements += chunk.count(b"<") - chunk.count(b"</")
                        if unpacked > MAX_XML_BYTES:
                            raise too_large(f"{MAX_XML_BYTES >> 20} MiB of XML unpacked")
                        if elements > MAX_XML_ELEMENTS:
                            raise too_large(f"{MAX_XML_ELEMENTS:,} XML elements")
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        # a part that is not what its header declares (a checksum or a size that does not
        # match): python-docx would unpack all of it at once before finding out
        raise ReadError("corrupt", f"the .docx file is damaged: {exc}"[:300]) from None
    except (NotImplementedError, RuntimeError, ValueError):
        return  # an encrypted part or an unknown compression: python-docx says what is wrong


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
# Helpers shared with ``pat-lint annotate``


def walk(word: Any, path: str) -> Walker:
    """Walk a python-docx document's body: ``.blocks`` and, per block, ``.elements`` (its
    ``w:p``). Also used by ``pat-lint annotate`` to find a finding's paragraph again."""
    walker = Walker(path, StyleSheet(word.styles.element), Numbering.of(word), Notes.of(word))
    walker.walk_body(word.element.body)
    return walker


def visible_runs(walker: Walker, paragraph: Any) -> list[Any]:
    """The ``w:r`` runs whose text makes up a paragraph's block text (hidden runs left out)."""
    return unhidden_runs(paragraph, walker.styles, walker.styles.paragraph_style(paragraph))


def run_pieces(run: Any) -> list[tuple[Any, str]]:
    """A run's content children with the text each contributes, as the reader reads it."""
    return [(child, text_of(_holder(child))) for child in visible(run)]


def _holder(child: Any) -> Any:
    """A throwaway parent holding a copy of ``child``, so that :func:`text_of` (which reads an
    element's children) reads ``child`` itself."""
    from lxml import etree

    holder = etree.Element("holder")
    holder.append(copy.deepcopy(child))
    return holder
