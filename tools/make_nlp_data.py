"""Generate the NLP data pat-lint ships in ``pat_lint/analysis/nlp/data/``, from
spacy-lookups-data and spaCy:

    python tools/make_nlp_data.py          # write the files
    python tools/make_nlp_data.py --check  # exit 1 if a shipped file differs from a fresh one

- ``<lang>.words`` (English, French, Spanish): a word table
  (:mod:`pat_lint.analysis.nlp.wordtable`) of every lower-case form of spaCy's lemma lookup
  table with its lemma and, for English and Spanish, what pat-lint reads from spaCy's
  word-frequency table (``lexeme_prob``): which lower-case words of letters it holds, and which
  capitalised spellings are more frequent than the same word in lower case.
- ``fr-tokenizer.json``: spaCy's French tokenizer exceptions and its ``token_match`` regex
  rewritten to compile in milliseconds (see :func:`factored_alternatives`), with a digest of
  the spaCy sources they come from.
- ``sources.json``: the versions and SHA-256 of every input and output.

Run it after upgrading spacy-lookups-data or spaCy; ``tests/test_nlp.py`` fails until then.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib.metadata
import json
import re
import sys
import tempfile
import unicodedata
from pathlib import Path

from pat_lint.analysis.nlp import DATA, TABLE_LANGUAGES, WORD_FREQUENCIES, french, wordtable

ROOT = Path(__file__).resolve().parent.parent

#: A character class longer than this is one of spaCy's big letter classes (ALPHA, ...).
BIG_CLASS = 64
#: The licence of the English lemma table (WordNet), shipped beside it.
LICENCES = {"en_license.txt": "en-lemma-licence.txt"}


# -- inputs ----------------------------------------------------------------------------------


def lookups_dir() -> Path:
    import spacy_lookups_data

    return Path(spacy_lookups_data.__file__).parent / "data"


def inputs() -> list[Path]:
    """The spacy-lookups-data files the word tables are made from."""
    names = [f"{language}_lemma_lookup" for language in TABLE_LANGUAGES]
    names += [f"{language}_lexeme_prob" for language in sorted(WORD_FREQUENCIES)]
    return [lookups_dir() / f"{name}.json.gz" for name in names]


def load(name: str) -> dict:
    with gzip.open(lookups_dir() / f"{name}.json.gz", "rt", encoding="utf-8") as handle:
        return json.load(handle)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# -- word tables -----------------------------------------------------------------------------


def letters_only(word: str) -> bool:
    """Letters and combining marks only (what a lower-cased word of letters is made of)."""
    return bool(word) and all(unicodedata.category(ch)[0] in "LM" for ch in word)


def table_entries(language: str) -> list[tuple[str, int, str | None]]:
    """The entries of one language's word table."""
    flags: dict[str, int] = {}
    lemmas: dict[str, str] = {}
    for form, value in load(f"{language}_lemma_lookup").items():
        if form != form.lower():
            continue  # pat-lint looks words up in lower case
        if isinstance(value, list):  # French lists lemmas; spaCy's lookup takes the first
            value = value[0] if value else form
        flags[form] = wordtable.FORM
        lemmas[form] = str(value)
    if language in WORD_FREQUENCIES:
        probs = load(f"{language}_lexeme_prob")
        for word, prob in probs.items():
            lower = word.lower()
            if word == lower:
                if letters_only(word):
                    flags[word] = flags.get(word, 0) | wordtable.SEEN
            elif word.isalpha() and lower in probs and prob > probs[lower]:
                flags[word] = flags.get(word, 0) | wordtable.CAPITALISED_MORE_OFTEN
    return [(word, flag, lemmas.get(word)) for word, flag in flags.items()]


# -- the French tokenizer ----------------------------------------------------------------------


def regex_atoms(pattern: str) -> list[str]:
    """A regex as its top-level atoms (a character, escape, class or group, with its
    quantifier), so that a run of atoms is a regex of its own."""
    atoms: list[str] = []
    i = 0
    while i < len(pattern):
        start = i
        if pattern[i] == "\\":
            i += {"u": 6, "U": 10, "x": 4}.get(pattern[i + 1], 2)
            if pattern[start + 1] == "N":
                i = pattern.index("}", i) + 1
        elif pattern[i] == "[":
            i = _class_end(pattern, i)
        elif pattern[i] == "(":
            depth = 0
            while True:
                if pattern[i] == "\\":
                    i += 1
                elif pattern[i] == "[":
                    i = _class_end(pattern, i) - 1
                elif pattern[i] == "(":
                    depth += 1
                elif pattern[i] == ")":
                    depth -= 1
                    if depth == 0:
                        break
                i += 1
            i += 1
        else:
            i += 1
        quantifier = re.match(r"(?:[*+?]|\{\d*,?\d*\})[?+]?", pattern[i:])
        if quantifier and pattern[start] not in "^$|":
            i += quantifier.end()
        atoms.append(pattern[start:i])
    if "|" in atoms:
        raise ValueError(f"not a concatenation: {pattern[:60]}")
    return atoms


def _class_end(pattern: str, start: int) -> int:
    """The index after the character class starting at ``start``."""
    j = start + 1
    j += pattern[j] == "^"
    j += pattern[j] == "]"
    while pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


def is_big_class(atom: str) -> bool:
    return atom.startswith("[") and len(atom) > BIG_CLASS


def factored(options: list[tuple[str, ...]]) -> str:
    """One regex for alternatives given as atoms: common leading and trailing atoms written
    once, then the rest grouped by their last atom, recursively (``^ab[-]|^cd[-]`` →
    ``^(?:ab|cd)[-]``). It accepts the same strings: concatenation distributes over
    alternation."""
    options = list(dict.fromkeys(options))
    if len(options) == 1:
        return "".join(options[0])
    shortest = min(len(o) for o in options)
    head = 0
    while head < shortest and len({o[head] for o in options}) == 1:
        head += 1
    tail = 0
    while tail < shortest - head and len({o[len(o) - 1 - tail] for o in options}) == 1:
        tail += 1
    middles = [o[head : len(o) - tail] for o in options]
    by_last: dict[str | None, list[tuple[str, ...]]] = {}
    for middle in middles:
        by_last.setdefault(middle[-1] if middle else None, []).append(middle)
    parts: list[str] = []
    for last_atom, group in by_last.items():
        if last_atom is not None and len(group) > 1:
            parts.append(factored(group))
        else:
            parts += ["".join(middle) for middle in group]
    first, last = "".join(options[0][:head]), "".join(options[0][len(options[0]) - tail :])
    return f"{first}(?:{'|'.join(parts)}){last}"


def grouped_alternatives(alternatives: list[str]) -> list[str]:
    """spaCy's alternatives in fewer, equivalent ones: alternatives alike but for one run of
    atoms between spaCy's big letter classes become one (see :func:`factored`), so that each
    big class is compiled a few times instead of hundreds."""
    runs: list[list[tuple[str, ...]]] = []
    for alternative in alternatives:
        split: list[tuple[str, ...]] = [()]
        for atom in regex_atoms(alternative):
            if is_big_class(atom):
                split += [(atom,), ()]
            else:
                split[-1] += (atom,)
        runs.append(split)
    out: list[str] = []
    remaining = list(range(len(runs)))
    slot = 0
    while remaining:
        groups: dict[tuple, list[int]] = {}
        alone: list[int] = []
        for index in remaining:
            holes = range(0, len(runs[index]), 2)  # the runs between big classes
            if slot >= len(holes):
                alone.append(index)
                continue
            masked = tuple(None if k == holes[slot] else r for k, r in enumerate(runs[index]))
            groups.setdefault(masked, []).append(index)
        remaining = []
        for masked, members in groups.items():
            if len(members) == 1:
                remaining += members
                continue
            hole = masked.index(None)
            middle = factored([runs[m][hole] for m in members])
            out.append("".join(middle if k == hole else "".join(r) for k, r in enumerate(masked)))
        out += ["".join("".join(r) for r in runs[index]) for index in alone]
        slot += 1
    return out


def case_closed(alternatives: list[str]) -> list[str]:
    """The alternatives with each big class written as exactly the characters it matches under
    spaCy's ``(?iu)`` flags, compiled case-sensitively (``(?-i:[...])``): the same matches,
    without the case folding that makes a big class slow to compile."""
    closed: dict[str, str] = {}

    def close(atom: str) -> str:
        end = _class_end(atom, 0)
        klass, quantifier = atom[:end], atom[end:]
        if klass not in closed:
            matches = re.compile(f"(?iu){klass}").fullmatch
            points = [c for c in range(sys.maxunicode + 1) if matches(chr(c))]
            ranges: list[list[int]] = []
            for point in points:
                if ranges and ranges[-1][1] == point - 1:
                    ranges[-1][1] = point
                else:
                    ranges.append([point, point])
            body = "".join(
                _escape(a) if a == b else f"{_escape(a)}-{_escape(b)}" for a, b in ranges
            )
            closed[klass] = f"(?-i:[{body}])"
        return closed[klass] + quantifier

    return [
        "".join(close(atom) if is_big_class(atom) else atom for atom in regex_atoms(alternative))
        for alternative in alternatives
    ]


def _escape(point: int) -> str:
    return f"\\U{point:08x}" if point > 0xFFFF else f"\\u{point:04x}"


def french_tokenizer(check: bool = True) -> dict:
    """spaCy's French tokenizer exceptions and token_match, from its sources; ``check``: make
    sure the grouped token_match accepts the same words (see :func:`check_same_matches`)."""
    from spacy.attrs import NAMES
    from spacy.lang.fr import FrenchDefaults
    from spacy.lang.fr import tokenizer_exceptions as source

    alternatives = list(source._regular_exp)
    pattern = "(?iu)" + "|".join(f"(?:{a})" for a in alternatives)
    if pattern != source.TOKEN_MATCH.__self__.pattern:
        raise SystemExit("spaCy's French TOKEN_MATCH is no longer built from _regular_exp")
    if FrenchDefaults.token_match is not source.TOKEN_MATCH:
        raise SystemExit("spaCy's French token_match is no longer TOKEN_MATCH")
    fast = case_closed(grouped_alternatives(alternatives))
    if check:
        grouped = re.compile(french.token_match_regex(fast))
        check_same_matches(re.compile(pattern).match, grouped.match)
    exceptions = {
        orth: [{NAMES[attr]: value for attr, value in piece.items()} for piece in pieces]
        for orth, pieces in sorted(source.TOKENIZER_EXCEPTIONS.items())
    }
    return {
        "spacy_sources": french.spacy_sources_digest(),
        "token_match": fast,
        "exceptions": exceptions,
    }


def check_same_matches(original, fast) -> None:
    """Both regexes accept the same words, over every French and English form of the lemma
    tables (hyphenated and elided words included) and their capitalised spellings."""
    words = set(load("fr_lemma_lookup")) | set(load("en_lemma_lookup"))
    words |= {w.title() for w in words} | {w.upper() for w in words}
    differ = [w for w in sorted(words) if bool(original(w)) != bool(fast(w))]
    if differ:
        raise SystemExit(f"the fast token_match differs on {differ[:10]}")


# -- writing -----------------------------------------------------------------------------------


def one_item_a_line(data: dict) -> str:
    """JSON with each item of a top-level list or object on a line of its own (readable diffs)."""

    def dumps(value: object) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)

    lines = ["{"]
    for number, (key, value) in enumerate(sorted(data.items())):
        if isinstance(value, list):
            items = [dumps(item) for item in value]
            body, open_, close = items, "[", "]"
        elif isinstance(value, dict):
            body = [f"{dumps(k)}: {dumps(v)}" for k, v in sorted(value.items())]
            open_, close = "{", "}"
        else:
            lines.append(f" {dumps(key)}: {dumps(value)}" + ("," if number < len(data) - 1 else ""))
            continue
        lines.append(f" {dumps(key)}: {open_}")
        lines += [f"  {item}," for item in body[:-1]] + [f"  {item}" for item in body[-1:]]
        lines.append(f" {close}" + ("," if number < len(data) - 1 else ""))
    return "\n".join([*lines, "}"]) + "\n"


def generate(out: Path) -> None:
    """Write every data file into ``out``."""
    import spacy

    out.mkdir(parents=True, exist_ok=True)
    for language in TABLE_LANGUAGES:
        wordtable.write(out / f"{language}.words", table_entries(language))
    (out / "fr-tokenizer.json").write_text(one_item_a_line(french_tokenizer()), encoding="utf-8")
    for source, target in LICENCES.items():
        (out / target).write_bytes((lookups_dir() / source).read_bytes())
    outputs = sorted(p.name for p in out.iterdir() if p.name not in ("sources.json", "README.md"))
    manifest = {
        "generator": "tools/make_nlp_data.py",
        "spacy": spacy.__version__,
        "spacy-lookups-data": importlib.metadata.version("spacy-lookups-data"),
        "inputs": {p.name: sha256(p.read_bytes()) for p in inputs()},
        "outputs": {name: sha256((out / name).read_bytes()) for name in outputs},
    }
    text = json.dumps(manifest, indent=1, sort_keys=True)
    (out / "sources.json").write_text(text + "\n", encoding="utf-8")


def stale_files(shipped: Path = DATA) -> list[str]:
    """The shipped files a fresh generation would change (empty when all are fresh)."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp)
        generate(fresh)
        names = sorted(p.name for p in fresh.iterdir())
        return [
            name
            for name in names
            if not (shipped / name).is_file()
            or (shipped / name).read_bytes() != (fresh / name).read_bytes()
        ]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    if args.check:
        stale = stale_files()
        if stale:
            raise SystemExit(f"stale: {', '.join(stale)}; run python tools/make_nlp_data.py")
        print("fresh")
        return
    generate(DATA)
    print(f"written to {DATA.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
