"""The docs a newcomer follows stay true: the rules reference is generated from the packs, and
every rule id the docs mention exists."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from pat_lint.cli import cli

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def test_rules_reference_is_up_to_date():
    generated = CliRunner().invoke(cli, ["rules", "--markdown"]).output
    on_disk = (DOCS / "rules.md").read_text(encoding="utf-8")
    assert on_disk == generated, "stale: run `pat-lint rules --markdown > docs/rules.md`"


def test_rule_ids_mentioned_in_docs_exist():
    known = set(re.findall(r"^\| \[([A-Z]{2}\d{3})\]", (DOCS / "rules.md").read_text(), re.M))
    for page in [ROOT / "README.md", *DOCS.glob("*.md")]:
        for rule_id in re.findall(r"\b([A-Z]{2}\d{3})\b", page.read_text(encoding="utf-8")):
            if rule_id.startswith(("GS", "SD", "GT", "GM", "PL")) and not rule_id.endswith("999"):
                assert rule_id in known, f"{page.name} mentions unknown rule {rule_id}"


def test_every_docs_page_is_linked_from_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for page in DOCS.glob("*.md"):
        assert f"docs/{page.name}" in readme, f"README does not link docs/{page.name}"
