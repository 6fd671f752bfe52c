"""Every rule documents itself, and its examples fail and pass as stated (proselint-style).

An example is Markdown text (a string, English) or ``{text: ..., language: fr}``; it is written
to a real .md file and checked with only that rule enabled.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pat_lint.config import Config, resolve_rules
from pat_lint.engine import RunOptions, lint_file
from pat_lint.packs import DOC_KEYS

ALL_RULES, _ = resolve_rules(Config())
CASES = [
    pytest.param(rule, verdict, example, id=f"{rule.id}-{verdict}-{n}")
    for rule in ALL_RULES
    for verdict in ("fail", "pass")
    for n, example in enumerate(rule.examples.get(verdict) or [])
]


@pytest.mark.parametrize("rule", ALL_RULES, ids=[r.id for r in ALL_RULES])
def test_rule_has_docs(rule):
    for key in DOC_KEYS:
        assert rule.docs.get(key), f"{rule.id} has no docs.{key}"
    if rule.check != "builtin":
        assert rule.examples.get("fail"), f"{rule.id} has no failing example"
        assert rule.examples.get("pass"), f"{rule.id} has no passing example"


@pytest.mark.parametrize(("rule", "verdict", "example"), CASES)
def test_rule_example(rule, verdict, example, tmp_path: Path):
    text = example if isinstance(example, str) else example["text"]
    language = "en" if isinstance(example, str) else example.get("language", "en")
    path = tmp_path / "example.md"
    path.write_text(text, encoding="utf-8")
    result = lint_file(path, RunOptions((rule,), tuple(ALL_RULES), language))
    fired = [f for f in result.findings if f.rule == rule.id]
    if verdict == "fail":
        assert fired, f"{rule.id} should fire on: {text!r}"
    else:
        assert not fired, f"{rule.id} should not fire on: {text!r} but said {fired[0].message!r}"
