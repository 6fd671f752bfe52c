"""One syntax for every word list: the GS/GM cue lists and the SD lexicons read the same entries
(``word*``, ``*ending``, ``<num>``, several words), through :mod:`pat_lint.analysis.cues`."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pat_lint.analysis.cues import CueSet, pattern

ROOT = Path(__file__).resolve().parent.parent


def test_an_entry_is_held_as_written_or_through_its_wildcard() -> None:
    words = CueSet.of(["*smith", "ludotecari*", "head of household", "&", "<num> ans"], False)
    assert "blacksmith" in words and "goldsmith" in words
    assert "smith" not in words  # "*ending" needs something before the ending
    assert "ludotecarias" in words and "ludotecario" in words
    assert "head of household" in words and "head" not in words
    assert "&" in words  # an entry without a word is still an entry
    assert "12 ans" in words and "douze ans" not in words


def test_a_list_embedded_in_a_pattern_reads_the_same_syntax() -> None:
    alternation = re.compile(
        rf"\b{pattern(['discriminat*', '*smith', 'head of household', '<num> ans'])}\b"
    )
    assert alternation.search("discriminatory practices")
    assert alternation.search("the village blacksmith")
    assert alternation.search("head  of\nhousehold")  # any white space between words
    assert alternation.search("enfants de 5 ans")
    assert not alternation.search("smith")
    assert not alternation.search("headed households")


def _classify_with(lexicon_edit: dict[str, tuple[str, ...]], texts: list[tuple[str, str]]):
    """Classify ``texts`` with pat-lint's lexicons after appending entries (``"lang:key"`` or
    ``"lang:disaggregation.dimensions.age"`` → entries) to copies of them."""
    return subprocess.run(
        [sys.executable, "-c", _SCRIPT, json.dumps(lexicon_edit), json.dumps(texts)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout


_SCRIPT = r"""
import json, shutil, sys, tempfile, yaml
from pathlib import Path
import pat_lint.analysis.indicators.lexicons as lexicons
edits, texts = json.loads(sys.argv[1]), json.loads(sys.argv[2])
rules = Path(tempfile.mkdtemp()) / "rules"
shutil.copytree(lexicons.data_dir("rules"), rules)
for where, entries in edits.items():
    language, key = where.split(":")
    path = rules / "lexicons" / f"indicators-{language}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    node = data
    *parents, last = key.split(".")
    for part in parents:
        node = node[part]
    node[last] = [*node[last], *entries]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
lexicons.data_dir = lambda name: rules
from pat_lint.analysis.indicators.classification import classify
for text, language in texts:
    found = classify(text, language)
    print(json.dumps([found.people, list(found.disaggregated_by)]))
"""

_TEXTS = [
    ("Number of blacksmiths in the district", "en"),
    ("Número de ludotecarias en las escuelas", "es"),
    ("Número de personas atendidas, desglosado por sexo y por tramo etario", "es"),
]


@pytest.mark.slow
def test_wildcard_entries_in_the_sd_lexicons_change_the_verdict() -> None:
    before = [json.loads(line) for line in _classify_with({}, _TEXTS).splitlines()]
    after = [
        json.loads(line)
        for line in _classify_with(
            {
                "en:person": ("*smith",),
                "es:person": ("ludotecari*",),
                "es:disaggregation.dimensions.age": ("tramo* etario*",),
            },
            _TEXTS,
        ).splitlines()
    ]
    assert before == [[False, []], [False, []], [True, ["sex"]]]
    assert after == [[True, []], [True, []], [True, ["sex", "age"]]]


def _lists(data: object, where: str = "") -> list[tuple[str, list[object]]]:
    """Every list of strings in a YAML document, with the keys that lead to it."""
    if isinstance(data, dict):
        return [found for key, value in data.items() for found in _lists(value, f"{where}/{key}")]
    if isinstance(data, list) and all(isinstance(item, str) for item in data):
        return [(where, data)]
    return []


@pytest.mark.parametrize("path", sorted((ROOT / "rules" / "lexicons").glob("*.yaml")), ids=str)
def test_no_lexicon_list_names_an_entry_twice(path: Path) -> None:
    """An entry added twice to a list (often years apart, with different comments) says
    nothing more the second time and makes the list harder to keep."""
    import yaml

    twice = {}
    for where, entries in _lists(yaml.safe_load(path.read_text(encoding="utf-8"))):
        lower = [entry.lower() for entry in entries]
        repeated = sorted({entry for entry in lower if lower.count(entry) > 1})
        if repeated:
            twice[where] = repeated
    assert twice == {}
