"""A rule's docs rendered for every place that shows them: ``pat-lint explain`` (text),
``docs/rules.md`` (``pat-lint rules --markdown``), JSON (``rules``/``explain --format json``) and
the SARIF rule descriptors' help.

The docs are data in the packs (``why``, ``example``, ``instead``, ``references``); this is the
one module that turns them into text.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pat_lint.packs import Rule

#: The prose sections of a rule's docs, in order: (heading, key).
SECTIONS = (("Why", "why"), ("Example", "example"), ("Instead", "instead"))


def references(rule: Rule) -> list[str]:
    """The rule's references as a list of strings."""
    refs = rule.docs.get("references") or []
    return [str(ref) for ref in (refs if isinstance(refs, list) else [refs])]


def section(rule: Rule, key: str) -> str:
    """One prose section of the docs, stripped."""
    return str(rule.docs.get(key, "")).strip()


def examples(rule: Rule) -> list[str]:
    """The rule's examples (the ones its test runs), one line each: "flagged: …", "not
    flagged: …"."""
    found = []
    for verdict, label in (("fail", "flagged"), ("pass", "not flagged")):
        for example in rule.examples.get(verdict) or []:
            text = example if isinstance(example, str) else str(example.get("text", ""))
            language = "" if isinstance(example, str) else f" [{example.get('language', 'en')}]"
            lines = [line for line in text.strip().splitlines() if line.strip()]
            found.append(f"{label}{language}: {' / '.join(lines)}")
    return found


def rule_dict(rule: Rule, enabled: bool | None = None) -> dict[str, Any]:
    """The rule as JSON (``rules --format json``, ``explain --format json``): metadata, params
    as configured, docs and examples."""
    entry: dict[str, Any] = {
        "id": rule.id,
        "name": rule.name,
        "category": rule.category,
        "severity": rule.severity.label,
        "check": rule.check,
        "pack": Path(rule.pack).name if rule.pack else "",
        "message": rule.message,
        "params": rule.raw_params,
        "why": section(rule, "why"),
        "example": section(rule, "example"),
        "instead": section(rule, "instead"),
        "references": references(rule),
        "examples": examples(rule),
    }
    if enabled is not None:
        entry["enabled"] = enabled
    return entry


def explain_text(rule: Rule) -> str:
    """The rule's docs under fixed headings, like ``ruff rule``, with its examples."""
    lines = [f"{rule.id} {rule.name} ({rule.category}, {rule.severity.label})", ""]
    for heading, key in SECTIONS:
        lines += [f"## {heading}", section(rule, key), ""]
    if examples(rule):
        lines += ["## Examples", *(f"- {line}" for line in examples(rule)), ""]
    lines.append("## References")
    lines += [f"- {ref}" for ref in references(rule)]
    return "\n".join(lines)


def help_text(rule: Rule) -> str:
    """Plain help for SARIF (``help.text``)."""
    parts = [f"{heading}: {rule.docs.get(key, '')}" for heading, key in SECTIONS]
    return "\n\n".join(parts) + "\n\nReferences: " + "; ".join(references(rule))


def help_markdown(rule: Rule) -> str:
    """Markdown help for SARIF (``help.markdown``)."""
    parts = [f"**{heading}.** {rule.docs.get(key, '')}" for heading, key in SECTIONS]
    refs = "\n".join(f"- {ref}" for ref in references(rule))
    return "\n\n".join(parts) + "\n\n**References.**\n" + refs


def reference_markdown(rules: Iterable[Rule]) -> str:
    """The rules reference (docs/rules.md), generated from the packs."""
    from pat_lint.checks import registry

    rules = list(rules)
    lines = [
        "# Rules reference",
        "",
        "Generated from the rule packs by `pat-lint rules --markdown`; do not edit by hand.",
        "",
        "| id | name | category | severity | check |",
        "|---|---|---|---|---|",
    ]
    lines += [
        f"| [{r.id}](#{r.id.lower()}) | {r.name} | {r.category} | {r.severity.label} | "
        f"`{r.check}` |"
        for r in rules
    ]
    for rule in rules:
        lines += [
            "",
            explain_text(rule)
            .replace(f"{rule.id} {rule.name}", f"## {rule.id}", 1)
            .replace("\n## ", "\n### "),
            "",
        ]
        if rule.raw_params:
            keys = ", ".join(f"`{key}`" for key in sorted(rule.raw_params))
            lines.append(f"Params (check type `{rule.check}`): {keys}.")
        doc = registry()[rule.check].doc
        if doc:
            lines.append(f"Check type `{rule.check}`: {doc.splitlines()[0]}")
    return "\n".join(lines).rstrip() + "\n"
