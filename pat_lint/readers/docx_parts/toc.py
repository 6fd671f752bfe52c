"""Tables of contents: which body paragraphs belong to one, so that its lines (which repeat the
headings, often numbered: "4. Gender analysis  7") are never taken for the document's headings.

The evidence, strongest first:

- what Word and LibreOffice write: a ``TOC`` field (``fldChar``/``instrText`` or
  ``fldSimple``), from the paragraph where it begins to the one where it ends; a content
  control of the "Table of Contents" gallery (which also holds the title); the styles
  "toc 1"…"toc 9" and "TOC Heading", LibreOffice's "Contents 1"… and "Contents Heading";
- typed by hand: a line ending in dot leaders and a page number ("4. Gender analysis ..... 7");
  a line ending in a tab and a page number when its tab stop draws a leader, when another such
  line is next to it, or when it follows a "Contents" title; and that title ("Contents", "Table
  of contents", "Table des matières", "Sommaire", "Índice", "Contenido") when the line after it
  belongs to the table of contents.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pat_lint.readers.docx_parts.paragraphs import Para
from pat_lint.readers.docx_parts.styles import StyleSheet
from pat_lint.readers.docx_parts.xml import W_PPR, W_SDT, W_VAL, text_of, w

#: dot leaders then a page number ("4. Gender analysis ..... 7")
_DOT_LEADER = re.compile(r"(?:\.\s*){4,}\d{1,4}$|…{2,}\s*\d{1,4}$")
#: what follows the last tab of a contents line: (drawn leader characters and) a page number
_PAGE_AFTER_TAB = re.compile(r"[\s.·…_\-]*(?:\d{1,4}|[ivxlc]{1,7})\s*", re.IGNORECASE)
_TITLE = re.compile(
    r"^(?:table of contents|contents|table des mati[eè]res|sommaire|"
    r"[ií]ndice(?: general)?|contenidos?|tabla de contenidos?)\s*:?$",
    re.IGNORECASE,
)
_LEADERS = {"dot", "hyphen", "underscore", "middleDot", "heavy"}
FLD_CHAR, INSTR_TEXT, FLD_SIMPLE = w("fldChar"), w("instrText"), w("fldSimple")


@dataclass
class _Line:
    """What decides whether one body paragraph is part of a table of contents."""

    index: int
    para: Para
    in_field: bool
    in_control: bool
    tab_page: bool
    leader: bool


def toc_paragraphs(elements: Sequence[Any], paras: dict[int, Para], styles: StyleSheet) -> set[int]:
    """Indexes (into ``elements``, the body's paragraphs and tables in order) of the paragraphs
    that make up a table of contents; ``paras`` holds each paragraph element's reading."""
    in_field = _toc_field_paragraphs(elements)
    lines: list[_Line | None] = []
    for index, element in enumerate(elements):
        para = paras.get(index)
        if para is None or not para.text:
            lines.append(None if para is None else _Line(index, para, False, False, False, False))
            continue
        lines.append(
            _Line(
                index=index,
                para=para,
                in_field=index in in_field,
                in_control=_in_toc_control(element),
                tab_page=_ends_in_tab_and_page(element, para.text),
                leader=_has_leader_tab(element),
            )
        )
    found: set[int] = set()
    texted = [line for line in lines if line is not None and line.para.text]
    for k, line in enumerate(texted):
        before = texted[k - 1] if k else None
        after = texted[k + 1] if k + 1 < len(texted) else None
        if _is_entry(line, before, after, styles) or styles.is_toc_heading(line.para.style_id):
            found.add(line.index)
    for k, line in enumerate(texted[:-1]):
        if _TITLE.match(line.para.text) and texted[k + 1].index in found:
            found.add(line.index)
    return found


def _is_entry(line: _Line, before: _Line | None, after: _Line | None, styles: StyleSheet) -> bool:
    """A line of a table of contents (see the module docstring)."""
    if line.in_field or line.in_control or styles.is_toc(line.para.style_id):
        return True
    if _DOT_LEADER.search(line.para.text):
        return True
    if not line.tab_page:
        return False
    if line.leader or any(other is not None and other.tab_page for other in (before, after)):
        return True
    return before is not None and bool(_TITLE.match(before.para.text))


def _ends_in_tab_and_page(p: Any, text: str) -> bool:
    """The paragraph's text, then a tab and a page number ("2. Gender analysis<tab>7")."""
    if not text[-1:].isalnum():
        return False
    head, tab, tail = text_of(p, tab="\t").rstrip().rpartition("\t")
    return bool(tab and head.strip() and _PAGE_AFTER_TAB.fullmatch(tail))


def _toc_field_paragraphs(elements: Sequence[Any]) -> set[int]:
    """Indexes of the paragraphs that a ``TOC`` field covers, wholly or in part."""
    found: set[int] = set()
    stack: list[list[str]] = []  # open complex fields: [instruction so far]
    for index, element in enumerate(elements):
        inside = any(_is_toc(field[0]) for field in stack)
        for node in element.iter(FLD_CHAR, INSTR_TEXT, FLD_SIMPLE):
            if node.tag == FLD_SIMPLE:
                inside = inside or _is_toc(node.get(w("instr")) or "")
            elif node.tag == INSTR_TEXT:
                if stack:
                    stack[-1][0] += node.text or ""
                    inside = inside or _is_toc(stack[-1][0])
            elif node.get(w("fldCharType")) == "begin":
                stack.append([""])
            elif node.get(w("fldCharType")) == "end" and stack:
                stack.pop()
        if inside:
            found.add(index)
    return found


def _is_toc(instruction: str) -> bool:
    return re.match(r"\s*TOC\b", instruction, re.IGNORECASE) is not None


def _in_toc_control(element: Any) -> bool:
    """Inside a content control of Word's "Table of Contents" building-block gallery."""
    for sdt in element.iterancestors(W_SDT):
        gallery = sdt.find(f"{w('sdtPr')}/{w('docPartObj')}/{w('docPartGallery')}")
        if gallery is not None and "table of contents" in (gallery.get(W_VAL) or "").lower():
            return True
    return False


def _has_leader_tab(p: Any) -> bool:
    """The paragraph sets a tab stop that draws a leader (dots, hyphens, a line)."""
    ppr = p.find(W_PPR)
    tabs = ppr.find(w("tabs")) if ppr is not None else None
    if tabs is None:
        return False
    return any(tab.get(w("leader")) in _LEADERS for tab in tabs.iter(w("tab")))
