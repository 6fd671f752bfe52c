"""A readable, stable text dump of a reader's output, for golden-file tests.

One line per block::

    007 table_cell L0 ¶3 T1 R2 C2 [Indicators] | Number of women and men counselled

index, kind, level, location (``p`` page, ``¶`` paragraph, ``line:col``, ``T R C`` table/row/
column, ``R3-5``/``C2-4`` for the rows/columns of a merged cell), ``[header]`` for table cells,
then the text. Comments follow, one line each, with the range of blocks they are anchored on.
Set ``PAT_LINT_UPDATE_GOLDEN=1`` to rewrite golden files (then read the diff: a golden file is a
statement of what is right, not of what came out).
"""

from __future__ import annotations

import os
from pathlib import Path

from pat_lint.model import Block, Document

GOLDEN = Path(__file__).parent / "golden"


def location_text(block: Block) -> str:
    """The block's location in a compact form: ``p2 ¶14 12:1 T1 R2 C3``."""
    loc = block.location
    parts = []
    if loc.page is not None:
        parts.append(f"p{loc.page}")
    if loc.paragraph is not None:
        parts.append(f"¶{loc.paragraph}")
    if loc.line is not None:
        parts.append(f"{loc.line}:{loc.column}")
    if loc.table is not None:
        rows = f"{loc.row}-{loc.row_end}" if loc.row_end is not None else f"{loc.row}"
        cols = f"{loc.col}-{loc.col_end}" if loc.col_end is not None else f"{loc.col}"
        parts.append(f"T{loc.table} R{rows} C{cols}")
    return " ".join(parts) or "-"


def dump_block(index: int, block: Block) -> str:
    """One line for one block."""
    header = f" [{block.header}]" if block.header is not None else ""
    return (
        f"{index:03d} {block.kind.value:<10} L{block.level} {location_text(block)}{header}"
        f" | {block.text}"
    )


def dump(document: Document) -> str:
    """The whole document: a header line, the blocks, then the comments."""
    lines = [f"format={document.format} pages={document.pages} blocks={len(document.blocks)}"]
    lines += [dump_block(i, block) for i, block in enumerate(document.blocks)]
    for comment in document.comments:
        text = comment.text.replace("\n", "\\n")
        lines.append(
            f"comment blocks {comment.first_block}-{comment.last_block}"
            f" author={comment.author!r} | {text}"
        )
    return "\n".join(lines) + "\n"


def check_golden(name: str, document: Document) -> None:
    """Compare the dump with ``tests/golden/<name>.blocks.txt`` (or rewrite it when asked)."""
    path = GOLDEN / f"{name}.blocks.txt"
    actual = dump(document)
    if os.environ.get("PAT_LINT_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return
    assert path.exists(), f"no golden file {path}; run with PAT_LINT_UPDATE_GOLDEN=1"
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"{name}: reader output differs from {path.name}"
