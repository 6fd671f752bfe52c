"""Layout analysis for the PDF reader (private to :mod:`pat_lint.readers.pdf`).

One module per step, from a page's glyphs to the document's blocks:

- :mod:`.backends` — the libraries that read a page (``--pdf-backend``): :mod:`.pdfium_source`
  (pypdfium2, the default) and :mod:`.pdfminer_source` (pdfminer.six, the fallback), each giving
  a page's glyphs and rulings as drawn, in the same coordinates;
- :mod:`.page` — the shapes the steps share (glyphs, lines, rulings, cells, tables, pages);
- :mod:`.glyphs` — a page's glyphs turned upright, text as the steps read it (spaces, ligatures,
  symbol-font bullets), bold from the font;
- :mod:`.rulings` — ruling segments from drawn lines, rectangles and shapes (not shading);
- :mod:`.lines` — glyphs grouped into visual lines, cut at rulings and gutters;
- :mod:`.tables` — ruled tables found from the rulings, and lines placed in their cells;
- :mod:`.furniture` — running headers, footers and page numbers dropped;
- :mod:`.footnotes` — footnotes at the foot of a page taken out of the body text;
- :mod:`.aligned` — tables without rulings found from the alignment of their text;
- :mod:`.order` — reading order by recursive XY-cut, columns kept together;
- :mod:`.paragraphs` — lines joined into paragraphs, hyphenated line breaks mended;
- :mod:`.lists` — list markers and list levels;
- :mod:`.headings` — the body style, and headings from fonts, numbering and capitals (a
  heading wrapped over lines is one heading; levels by size, at most six);
- :mod:`.names` — a person's name on its own line, which is not a heading;
- :mod:`.cells` — table cells turned into blocks, tables continued across pages;
- :mod:`.assemble` — the pages' paragraphs and tables put together as blocks.

Only the two source modules import pypdfium2 or pdfminer, and only when a PDF is read.
"""
