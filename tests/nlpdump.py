"""What the NLP layer gives on every fixture, written to a folder, so that a change to the
pipelines or the word tables can prove it changed nothing: ``python -m tests.nlpdump OUT``
before and after, then ``diff -r``.

For each block of each fixture (sample, readers, corpus, held-out, prose), in the block's
language (:attr:`pat_lint.analysis.Analysis.block_languages`): every spaCy token with its
whitespace, sentence start, lexical attributes and lookup lemma; the words the cue matcher reads
(:func:`pat_lint.analysis.cues.tokenize`) with their lemmas; and, for capitalised words, what the
word tables say about them (a known French form; more often capitalised in English and Spanish).
Rules and their findings play no part, so changes others make to them meanwhile do not show.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _known_form(word: str, language: str) -> bool:
    from pat_lint.analysis import nlp

    if hasattr(nlp, "is_known_form"):
        return nlp.is_known_form(word, language)
    return word in nlp._lemma_table(language)  # before the word tables: spaCy's own table


def _capitalised_more_often(word: str, language: str) -> bool | None:
    from pat_lint.analysis import nlp

    if hasattr(nlp, "capitalised_more_often"):
        return nlp.capitalised_more_often(word, language)
    from pat_lint.analysis.terms.persons import _word_probs  # before: spaCy's lexeme_prob

    probs = _word_probs(language)
    if probs is None:
        return None
    cap, low = probs.get(word), probs.get(word.lower())
    return True if low is None else (cap is not None and cap > low)


def dump_text(text: str, language: str) -> list[str]:
    """The lines for one block."""
    from pat_lint.analysis import nlp
    from pat_lint.analysis.cues import tokenize

    lines = []
    for token in nlp.parse(text, language):
        flags = "".join(
            flag if value else "-"
            for flag, value in (
                ("S", token.is_sent_start),
                ("a", token.is_alpha),
                ("p", token.is_punct),
                ("s", token.is_space),
                ("n", token.like_num),
                ("t", token.is_stop),
            )
        )
        lemma = nlp.lemma(token.text, language)
        line = f"  {token.text!r} {token.whitespace_!r} {flags} {token.lower_} {token.norm_}"
        line += f" {lemma}"
        word = token.text
        if word[:1].isupper() and word.isalpha():
            lower = word.lower()
            line += f" known={_known_form(lower, language)}"
            line += f" capitalised={_capitalised_more_often(word, language)}"
        lines.append(line)
    words = tokenize(text, language)
    lines.append("  cue words: " + " ".join(f"{w}/{lemma}" for w, lemma in words))
    return lines


def write_dump(out: Path) -> int:
    """Write the NLP dump of every fixture under ``out``; return how many files were read."""
    import os

    from pat_lint.analysis import Analysis
    from pat_lint.readers import ReadError, read
    from tests.snapshot import fixture_files

    out.mkdir(parents=True, exist_ok=True)
    os.chdir(ROOT)
    files = fixture_files()
    for path in files:
        relative = path.relative_to(ROOT)
        name = str(relative).replace("/", "__")
        try:
            document = read(relative)
        except ReadError as exc:
            (out / f"{name}.nlp.txt").write_text(f"error {exc.code}\n", encoding="utf-8")
            continue
        analysis = Analysis(document)
        lines = []
        languages = analysis.block_languages
        for index, (block, language) in enumerate(zip(document.blocks, languages, strict=True)):
            lines.append(f"block {index} {language}")
            lines += dump_text(block.text, language)
        (out / f"{name}.nlp.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(files)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    if len(sys.argv) != 2:
        sys.exit("usage: python -m tests.nlpdump OUT_FOLDER")
    count = write_dump(Path(sys.argv[1]).resolve())
    print(f"{count} fixtures dumped to {sys.argv[1]}")
