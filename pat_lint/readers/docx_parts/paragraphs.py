"""A ``w:p``'s text and the properties that decide what kind of block it is.

The text is the visible text of the paragraph's runs with hidden runs left out, whitespace
collapsed. Outline level and list numbering come from the paragraph's own properties, else from
its style. A paragraph is bold (or in capitals) when every run with some text is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pat_lint.readers.docx_parts.styles import StyleSheet
from pat_lint.readers.docx_parts.xml import W_PPR, collapse, has_text, int_val, runs, text_of, w


@dataclass
class Para:
    """A body paragraph's text and the properties that decide its kind."""

    text: str
    style_id: str | None
    style_name: str
    outline: int | None
    num_id: int | None
    ilvl: int | None
    bold: bool
    caps: bool


def read_paragraph(p: Any, styles: StyleSheet) -> Para:
    """Text and properties of a paragraph element."""
    ppr = p.find(W_PPR)
    style_id = styles.paragraph_style(p)
    outline = num_id = ilvl = None
    if ppr is not None:
        outline = int_val(ppr.find(w("outlineLvl")))
        num_pr = ppr.find(w("numPr"))
        if num_pr is not None:
            num_id = int_val(num_pr.find(w("numId")))
            ilvl = int_val(num_pr.find(w("ilvl")))
    shown = unhidden_runs(p, styles, style_id)
    text = collapse("".join(text_of(run) for run in shown))
    shown = [run for run in shown if has_text(run)]
    return Para(
        text=text,
        style_id=style_id,
        style_name=styles.name(style_id),
        outline=outline if outline is not None else styles.first(style_id, "outline"),
        num_id=num_id if num_id is not None else styles.first(style_id, "num_id"),
        ilvl=ilvl if ilvl is not None else styles.first(style_id, "ilvl"),
        bold=bool(shown) and all(styles.run_toggle(run, "b", style_id) for run in shown),
        caps=bool(shown) and all(styles.run_toggle(run, "caps", style_id) for run in shown),
    )


def unhidden_runs(p: Any, styles: StyleSheet, style_id: str | None) -> list[Any]:
    """The ``w:r`` runs of a paragraph in style ``style_id`` that are not hidden."""
    return [run for run in runs(p) if not styles.run_toggle(run, "vanish", style_id)]
