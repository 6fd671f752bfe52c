"""What text the terminology checks read: blocks in a language with a term list, minus
reference lists, citation-shaped entries, quotations and reproduced legal text (the words of
others)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from pat_lint.analysis.cues import tokenize
from pat_lint.analysis.terms.lexicon import any_language, context_words
from pat_lint.model import LANGUAGES, Block, BlockKind

if TYPE_CHECKING:
    from pat_lint.analysis import Analysis

_DOUBLE_QUOTES = re.compile(
    r"“[^”\n]{1,400}”|«[^»\n]{1,400}»|\"[^\"\n]{1,400}\"|„[^“”\n]{1,400}[“”]"
)
_SINGLE_QUOTES = re.compile(r"(?<![\w'’])['‘](?=\S)([^'’‘\n]{1,300}?)(?<=\S)['’](?!\w)")
_REFERENCE_HEADING = re.compile(
    r"\b(references|reference list|reference documents|bibliograph\w*|works cited"
    r"|literature cited|sources consulted|further reading"
    r"|documents consulted|références|ouvrages cités|documents consultés|sources documentaires"
    r"|referencias|bibliografía|obras citadas|fuentes consultadas)\b",
    re.IGNORECASE,
)
_TERMS_OF_REFERENCE = re.compile(
    r"\b(terms of reference|termes de référence|términos de referencia)\b", re.IGNORECASE
)
_CITATION = re.compile(
    r"^\s*(?:[-•*]\s*)?(?P<authors>[A-ZÀ-ÝŒ][^()\n]{0,120}?)\s*"
    r"\(\s*(?:19|20)\d{2}[a-z]?(?:,[^)]{0,30})?\)\s*[.:]"
)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
#: The start of a numbered provision: "(2)", "14.", "(b)", "b)", "§ 3".
_PROVISION = re.compile(r"^\s*(?:\(\d{1,3}[a-z]?\)|\d{1,3}\.(?:\d+\.?)*\s|\([a-z]\)|[a-z]\)|§)")
#: Where the lead-in to a citation starts: after the previous sentence.
_SENTENCE_START = re.compile(r"(?:^|[.!?;]\s+)(?=[^.!?;]*$)")


def iter_blocks(analysis: Analysis, languages: Iterable[str]) -> Iterator[int]:
    """Indices of the blocks whose own language is one of ``languages`` (all supported when
    empty) and that hold some text."""
    wanted = set(languages) or set(LANGUAGES)
    for index, block in enumerate(analysis.blocks):
        if analysis.block_languages[index] in wanted and block.text.strip():
            yield index


# --- quotations --------------------------------------------------------------------------------


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of text in quotation marks (double, guillemets, or single quotes that are
    not apostrophes)."""
    spans = [m.span() for m in _DOUBLE_QUOTES.finditer(text)]
    spans += [m.span() for m in _SINGLE_QUOTES.finditer(text)]
    return spans


def others_words(analysis: Analysis, index: int) -> list[tuple[int, int]]:
    """Character spans of block ``index`` written in someone else's words: quotations and
    reproduced legal text."""
    return quoted_spans(analysis.blocks[index].text) + cited_spans(analysis).get(index, [])


def in_spans(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether ``[start, end)`` lies inside one of ``spans``."""
    return any(s <= start and end <= e for s, e in spans)


# --- reproduced legal text ------------------------------------------------------------------


def cited_spans(analysis: Analysis) -> dict[int, list[tuple[int, int]]]:
    """Block index → character spans of legal or regulatory text the document reproduces
    (once per document).

    A lead-in is a sentence ending with a colon that names a legal instrument and says it is
    quoting it ("Article 14 of the Overseas Employment Act 2011 provides:", "Son article 52
    dispose :", "El artículo 9 de la Ley … establece:"). What follows the colon in the same
    block is cited; when the colon ends its block, the next block is, and the blocks after it
    that continue it (more block quotes after a block quote, numbered provisions after a
    provision).
    """
    return analysis.memo("cited_spans", lambda: _cited_spans(analysis))


def _cited_spans(analysis: Analysis) -> dict[int, list[tuple[int, int]]]:
    found: dict[int, list[tuple[int, int]]] = {}
    blocks = analysis.blocks
    for index, block in enumerate(blocks):
        language = analysis.block_languages[index]
        colon = _lead_in_end(block.text, language)
        if colon is None:
            continue
        if block.text[colon:].strip():
            found.setdefault(index, []).append((colon, len(block.text)))
            continue
        first = index + 1
        later = first
        while later < len(blocks) and _continues_citation(blocks, first, later, language):
            found.setdefault(later, []).append((0, len(blocks[later].text)))
            later += 1
    return found


def _lead_in_end(text: str, language: str) -> int | None:
    """The offset just after the colon that ends a lead-in to a citation in ``text``, if any."""
    lexicon = context_words(language)
    for colon in (m.end() for m in re.finditer(r":", text)):
        before = text[: colon - 1]
        start = _SENTENCE_START.search(before)
        clause = tokenize(before[start.end() if start else 0 :], language)
        if lexicon.legal_references.any(clause) and lexicon.citing_verbs.any(clause):
            return colon
    return None


def _continues_citation(blocks: tuple[Block, ...], first: int, later: int, language: str) -> bool:
    """Whether block ``later`` belongs to the citation that starts at block ``first``."""
    block = blocks[later]
    if block.kind is BlockKind.HEADING or not block.text.strip():
        return False
    if later == first:
        return True
    if blocks[first].kind is BlockKind.QUOTE:
        return block.kind is BlockKind.QUOTE and blocks[later - 1].kind is BlockKind.QUOTE
    return _starts_provision(block.text, language) and _starts_provision(
        blocks[later - 1].text, language
    )


def _starts_provision(text: str, language: str) -> bool:
    """Whether a block starts like a provision of a legal text: "(2)", "14.", "(b)", "§ 3",
    or a numbered reference ("Article 10.", "Section 4")."""
    if _PROVISION.match(text):
        return True
    words = tokenize(" ".join(text.split()[:3]), language)
    return any(
        start == 0 and words[end - 1][0].isdigit()
        for start, end in context_words(language).legal_references.spans(words)
    )


# --- references --------------------------------------------------------------------------------


def is_citation(text: str) -> bool:
    """Whether a block looks like a reference-list entry: "Author, A. (2019). Title. Place.".

    The authors are names, initials and organisations (capitalised words joined by "and",
    "de"…), so a sentence such as "This was confirmed by the Ministry (2021)." is not one.
    """
    found = _CITATION.match(text)
    if not found:
        return False
    authors = found.group("authors").replace(",", " ").split()
    joining = any_language("author_words")
    return len(authors) <= 14 and all(
        w[:1].isupper() or w.lower() in joining or not w[:1].isalpha() for w in authors
    )


def _is_reference_title(text: str) -> bool:
    """A short heading or label naming a reference list ("7. References", "Bibliografía:"), not
    terms of reference ("Annex 3: Terms of Reference", "Termes de référence")."""
    if len(text.split()) > 6 or _TERMS_OF_REFERENCE.search(text):
        return False
    return bool(_REFERENCE_HEADING.search(text))


def _after_reference_label(blocks: tuple[Block, ...]) -> Iterator[int]:
    """Blocks of a reference list introduced by a label paragraph rather than a heading
    ("References:" followed by list items or by paragraphs that cite a year)."""
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.HEADING or not _is_reference_title(block.text):
            continue
        if not block.text.rstrip().endswith(":") and len(block.text.split()) > 2:
            continue
        for later in range(index + 1, len(blocks)):
            item = blocks[later]
            if item.kind is BlockKind.LIST_ITEM or _YEAR.search(item.text):
                yield later
            else:
                break


def reference_blocks(analysis: Analysis) -> frozenset[int]:
    """Indices of the blocks under a References / Bibliography / Références / Bibliografía
    heading (at any level), plus blocks shaped like a citation anywhere (once per document)."""
    return analysis.memo("reference_blocks", lambda: _reference_blocks(analysis))


def _reference_blocks(analysis: Analysis) -> frozenset[int]:
    found: set[int] = set()
    for section in analysis.sections:
        if _is_reference_title(section.title):
            found.update(range(section.start, section.end))
    found.update(_after_reference_label(analysis.blocks))
    found.update(i for i, block in enumerate(analysis.blocks) if is_citation(block.text))
    return frozenset(found)
