"""The parts of the docx reader (private to :mod:`pat_lint.readers.docx`).

One module per job, from a python-docx document's XML to the document's blocks:

- :mod:`.xml` — WordprocessingML names, on/off and integer values, an element's visible text
  and runs;
- :mod:`.styles` — the style sheet: ``basedOn`` chains, run toggles (bold, capitals, hidden),
  and what style names say (heading level, list, quote, table of contents);
- :mod:`.numbering` — list numbering: numbered or bulleted list levels;
- :mod:`.paragraphs` — a paragraph's text and the properties that decide its kind;
- :mod:`.classify` — a paragraph's kind and level: headings (faked ones too), list items,
  quotes; a text box's or note's paragraph (never a heading);
- :mod:`.tables` — tables on their grid: merged cells (and the rows a vertical merge covers),
  nested tables, the header row;
- :mod:`.toc` — which paragraphs make up a table of contents (fields, styles, typed ones);
- :mod:`.boxes` — text boxes anchored in a paragraph, each read once;
- :mod:`.notes` — footnotes and endnotes, read where they are referred to;
- :mod:`.strict` — Strict Open XML packages read as transitional ones;
- :mod:`.comments` — review comments and the blocks their ranges are anchored on;
- :mod:`.walker` — the body walk, in order, producing blocks.

Nothing here imports python-docx; lxml is imported only where an element must be made or a
part parsed.
"""
