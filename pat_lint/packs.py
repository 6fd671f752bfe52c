"""Rule packs: YAML files of rules, validated with errors that name the file and the rule."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pat_lint.checks import ParamError, build_params, registry
from pat_lint.datafiles import DataFileError, data_dir, load_yaml
from pat_lint.model import Severity

ID_PATTERN = re.compile(r"^[A-Z]{2}\d{3}$")
NAME_PATTERN = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
CATEGORIES = (
    "gender-section",
    "sex-disaggregation",
    "terminology",
    "gender-marker",
    "parse-error",
    "suppression",
    "configuration",
)
RULE_KEYS = {
    "id",
    "name",
    "check",
    "category",
    "severity",
    "message",
    "params",
    "docs",
    "examples",
    "languages",
}
DOC_KEYS = ("why", "example", "instead", "references")


class PackError(DataFileError):
    """A rule pack is malformed; the message names the file and the rule."""


@dataclass(frozen=True)
class Rule:
    """One rule: a check type with params, and the metadata the engine stamps on its hits."""

    id: str
    name: str
    check: str
    category: str
    severity: Severity
    message: str
    params: Any
    raw_params: dict[str, Any] = field(default_factory=dict)
    docs: dict[str, Any] = field(default_factory=dict)
    examples: dict[str, Any] = field(default_factory=dict)
    pack: str = ""

    def selected_by(self, selector: str) -> bool:
        """Whether a selector (ALL, an id prefix like GT or GT00, an id, or a name) picks it."""
        selector = selector.strip()
        if selector.upper() == "ALL" or self.name == selector.lower():
            return True
        prefix, digits = selector[:2], selector[2:]
        is_code = len(prefix) == 2 and prefix.isalpha() and (digits == "" or digits.isdigit())
        return is_code and self.id.startswith(selector.upper())


def builtin_pack_paths() -> list[Path]:
    """The rule packs that ship with pat-lint, in a stable order."""
    return sorted(data_dir("rules").glob("*.yaml"))


def load_pack(path: Path) -> list[Rule]:
    """Load and validate one rule pack."""
    try:
        data = load_yaml(path)
    except DataFileError as exc:
        raise PackError(str(exc)) from None
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise PackError(f"{path}: a rule pack is a mapping with a 'rules' list")
    return [_load_rule(path, index, raw) for index, raw in enumerate(data["rules"], 1)]


def _load_rule(path: Path, index: int, raw: Any) -> Rule:
    where = f"{path}: rule #{index}"
    if not isinstance(raw, dict):
        raise PackError(f"{where}: a rule is a mapping")
    if isinstance(raw.get("id"), str):
        where = f"{path}: rule {raw['id']}"
    unknown = sorted(set(raw) - RULE_KEYS)
    if unknown:
        known = ", ".join(sorted(RULE_KEYS))
        raise PackError(f"{where}: unknown key {unknown[0]!r} (known: {known})")
    for key in ("id", "name", "check", "category", "severity", "message"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise PackError(f"{where}: missing or empty {key!r}")
    if not ID_PATTERN.match(raw["id"]):
        raise PackError(f"{where}: id must be two capitals and three digits, like GT001")
    if not NAME_PATTERN.match(raw["name"]):
        raise PackError(f"{where}: name must be kebab-case, like gendered-noun")
    if raw["category"] not in CATEGORIES:
        raise PackError(f"{where}: category must be one of {', '.join(CATEGORIES)}")
    try:
        severity = Severity.parse(raw["severity"])
    except ValueError as exc:
        raise PackError(f"{where}: {exc}") from None
    check_type = registry().get(raw["check"])
    if check_type is None:
        known = ", ".join(sorted(registry()))
        raise PackError(f"{where}: unknown check {raw['check']!r} (known: {known})")
    try:
        params = build_params(check_type, raw.get("params"), where)
    except ParamError as exc:
        raise PackError(str(exc)) from None
    docs = raw.get("docs") or {}
    if not isinstance(docs, dict) or any(key not in docs for key in DOC_KEYS):
        raise PackError(f"{where}: docs must give {', '.join(DOC_KEYS)}")
    examples = raw.get("examples") or {}
    if not isinstance(examples, dict) or set(examples) - {"fail", "pass"}:
        raise PackError(f"{where}: examples is a mapping with 'fail' and 'pass' lists")
    return Rule(
        id=raw["id"],
        name=raw["name"],
        check=raw["check"],
        category=raw["category"],
        severity=severity,
        message=raw["message"].strip(),
        params=params,
        raw_params=dict(raw.get("params") or {}),
        docs=docs,
        examples=examples,
        pack=str(path),
    )


def load_rules(extra_packs: tuple[Path, ...] = ()) -> list[Rule]:
    """Built-in rules plus those of extra packs; ids and names must be unique across packs."""
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for path in [*builtin_pack_paths(), *extra_packs]:
        for rule in load_pack(path):
            for key in (rule.id, rule.name):
                if key in seen:
                    raise PackError(
                        f"{path}: rule {rule.id}: {key!r} is already defined in {seen[key]}"
                    )
                seen[key] = str(path)
            rules.append(rule)
    return sorted(rules, key=lambda rule: rule.id)
