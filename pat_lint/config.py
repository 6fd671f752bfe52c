"""Configuration: discovery, validation, layering through ``extends:``, and provenance.

Sources, lowest to highest: built-in defaults → the nearest ``.pat-lint.yaml`` /
``.pat-lint.yml`` / ``pyproject.toml [tool.pat-lint]`` walking up from the working directory
to the repository root (layering only through ``extends:``) → command-line flags.
"""

from __future__ import annotations

import fnmatch
import os
import reprlib
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any

from pat_lint.checks import ParamError, build_params, registry
from pat_lint.datafiles import DataFileError, load_yaml
from pat_lint.model import FAIL_LEVELS, LANGUAGES, Severity
from pat_lint.packs import PackError, Rule, load_rules
from pat_lint.readers.pdf_parts.backends import BACKENDS, DEFAULT_BACKEND
from pat_lint.reporters import FORMATS

CONFIG_NAMES = (".pat-lint.yaml", ".pat-lint.yml")
LANGUAGE_CHOICES = ("auto", *LANGUAGES)

#: key → (what is expected, validator)
KEYS: dict[str, str] = {
    "extends": "a path to another configuration file",
    "select": "a list of rule ids, prefixes or names (or ALL)",
    "extend-select": "a list of rule ids, prefixes or names",
    "ignore": "a list of rule ids, prefixes or names",
    "fail-on": "one of " + ", ".join(FAIL_LEVELS),
    "language": "one of " + ", ".join(LANGUAGE_CHOICES),
    "format": "one of " + ", ".join(FORMATS),
    "rules": "a mapping of rule id or name to {severity, params}",
    "per-file-ignores": "a mapping of glob to a list of rule ids, prefixes or names",
    "include": "a list of glob patterns",
    "exclude": "a list of glob patterns",
    "packs": "a list of paths to extra rule packs",
    "baseline": "a path to a baseline file",
    "pdf-backend": "one of " + ", ".join(BACKENDS),
}
DEFAULTS: dict[str, Any] = {
    "select": ["ALL"],
    "extend-select": [],
    "ignore": [],
    "fail-on": "warning",
    "language": "auto",
    "format": "text",
    "rules": {},
    "per-file-ignores": {},
    "include": [],
    "exclude": [],
    "packs": [],
    "baseline": None,
    "pdf-backend": DEFAULT_BACKEND,
}


class ConfigError(ValueError):
    """Bad configuration; the message names the file, the key and what was expected."""


@dataclass
class Config:
    """The resolved configuration and where each value came from."""

    values: dict[str, Any] = field(default_factory=lambda: dict(DEFAULTS))
    origin: dict[str, str] = field(default_factory=lambda: {key: "default" for key in DEFAULTS})
    root: Path = field(default_factory=Path.cwd)  # folder that globs are relative to
    files: list[Path] = field(default_factory=list)

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    def set(self, key: str, value: Any, origin: str) -> None:
        self.values[key] = value
        self.origin[key] = origin


def find_config_file(start: Path) -> Path | None:
    """The nearest configuration file from ``start`` up to the repository root."""
    for folder in [start, *start.parents]:
        for name in CONFIG_NAMES:
            if (folder / name).is_file():
                return folder / name
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _pyproject_section(pyproject) is not None:
            return pyproject
        if (folder / ".git").exists():
            return None
    return None


def _pyproject_section(path: Path) -> dict[str, Any] | None:
    import tomllib

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot parse TOML: {exc}") from None
    section = data.get("tool", {}).get("pat-lint")
    if section is not None and not isinstance(section, dict):
        raise ConfigError(f"{path}: [tool.pat-lint] must be a table")
    return section


def _read_file(path: Path) -> dict[str, Any]:
    if path.name == "pyproject.toml":
        return _pyproject_section(path) or {}
    try:
        data = load_yaml(path.resolve())
    except DataFileError as exc:
        raise ConfigError(str(exc)) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: a configuration file is a mapping of keys to values")
    return data


def load_config(explicit: Path | None = None, cwd: Path | None = None) -> Config:
    """Defaults, then the explicit or discovered file (and what it extends)."""
    config = Config(root=(cwd or Path.cwd()).resolve())
    path = explicit if explicit is not None else find_config_file(config.root)
    if path is None:
        return config
    if not path.is_file():
        raise ConfigError(f"{path}: configuration file not found")
    _apply_file(config, path.resolve(), seen=())
    config.root = path.resolve().parent
    return config


def _apply_file(config: Config, path: Path, seen: tuple[Path, ...]) -> None:
    if path in seen:
        raise ConfigError(f"{path}: 'extends' makes a cycle")
    data = _read_file(path)
    base = data.get("extends")
    if base is not None:
        if not isinstance(base, str):
            raise ConfigError(f"{path}: key 'extends' must be {KEYS['extends']}")
        base_path = (path.parent / base).resolve()
        if not base_path.is_file():
            raise ConfigError(f"{path}: key 'extends': {base_path} not found")
        _apply_file(config, base_path, (*seen, path))
    config.files.append(path)
    for key, value in data.items():
        if key == "extends":
            continue
        normalised = key.replace("_", "-")
        if normalised not in KEYS:
            raise ConfigError(f"{path}: unknown key {key!r} (known: {', '.join(sorted(KEYS))})")
        value = validate_value(normalised, value, str(path))
        if normalised in ("packs", "baseline") and value:
            value = _relative_paths(normalised, value, path.parent)
        config.set(normalised, value, str(path))


def _relative_paths(key: str, value: Any, folder: Path) -> Any:
    if key == "baseline":
        return str((folder / value).resolve())
    return [str((folder / item).resolve()) for item in value]


def _brief(value: Any) -> str:
    """A value for a message, cut short: a structure of YAML aliases is never expanded."""
    brief = reprlib.Repr()
    brief.maxlevel, brief.maxlist, brief.maxdict, brief.maxstring, brief.maxother = 2, 4, 3, 40, 40
    return brief.repr(value)


def validate_value(key: str, value: Any, where: str) -> Any:
    """Check one configuration value; raise :class:`ConfigError` naming key and expectation."""

    def bad() -> ConfigError:
        # reprlib: a value built from YAML aliases is never expanded into the message
        return ConfigError(f"{where}: key {key!r} must be {KEYS[key]}, got {_brief(value)}")

    if key in ("select", "extend-select", "ignore", "include", "exclude", "packs"):
        if isinstance(value, str):
            value = [part.strip() for part in value.split(",") if part.strip()]
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise bad()
        return value
    if key in ("fail-on", "language", "format", "pdf-backend"):
        allowed = {
            "fail-on": FAIL_LEVELS,
            "language": LANGUAGE_CHOICES,
            "format": FORMATS,
            "pdf-backend": BACKENDS,
        }[key]
        if not isinstance(value, str) or value.lower() not in allowed:
            raise bad()
        return value.lower()
    if key == "baseline":
        if value is not None and not isinstance(value, str):
            raise bad()
        return value
    if key == "per-file-ignores":
        if not isinstance(value, dict):
            raise bad()
        return {str(glob): validate_value("ignore", ids, where) for glob, ids in value.items()}
    if key == "rules":
        if not isinstance(value, dict):
            raise bad()
        for rule, override in value.items():
            if not isinstance(override, dict) or set(override) - {"severity", "params"}:
                raise ConfigError(
                    f"{where}: key 'rules.{rule}' must be a mapping with 'severity' and/or 'params'"
                )
        return value
    return value


def check_selectors(selectors: list[str], rules: list[Rule], where: str) -> None:
    """Every selector must pick at least one rule: a typo is an error, not a silent no-op."""
    for selector in selectors:
        if not any(rule.selected_by(selector) for rule in rules):
            raise ConfigError(f"{where}: {selector!r} matches no rule (see `pat-lint rules`)")


def resolve_rules(config: Config) -> tuple[list[Rule], list[Rule]]:
    """(all rules with overrides applied, enabled rules) for this configuration."""
    try:
        rules = load_rules(tuple(Path(p) for p in config["packs"]))
    except PackError as exc:
        raise ConfigError(str(exc)) from None
    for key in ("select", "extend-select", "ignore"):
        check_selectors(config[key], rules, f"{config.origin[key]}: {key}")
    check_rule_overrides(config, rules)
    for pattern, ids in config["per-file-ignores"].items():
        where = f"{config.origin['per-file-ignores']}: per-file-ignores {pattern}"
        check_selectors(ids, rules, where)
    rules = [_override(rule, config) for rule in rules]
    selected = [*config["select"], *config["extend-select"]]
    ignored = config["ignore"]
    enabled = [
        rule
        for rule in rules
        if any(map(rule.selected_by, selected)) and not any(map(rule.selected_by, ignored))
    ]
    return rules, enabled


def _override(rule: Rule, config: Config) -> Rule:
    overrides = config["rules"]
    where = config.origin["rules"]
    for key in (rule.id, rule.name):
        if key not in overrides:
            continue
        override = overrides[key]
        if "severity" in override:
            try:
                rule = replace(rule, severity=Severity.parse(str(override["severity"])))
            except ValueError as exc:
                raise ConfigError(f"{where}: key 'rules.{key}.severity': {exc}") from None
        if "params" in override:
            raw = {**rule.raw_params, **(override["params"] or {})}
            try:
                params = build_params(registry()[rule.check], raw, f"{where}: rules.{key}")
            except ParamError as exc:
                raise ConfigError(str(exc)) from None
            rule = replace(rule, params=params, raw_params=raw)
    return rule


def check_rule_overrides(config: Config, rules: list[Rule]) -> None:
    """Every key under ``rules:`` must name a rule."""
    names = {rule.id for rule in rules} | {rule.name for rule in rules}
    for key in config["rules"]:
        if key not in names:
            raise ConfigError(f"{config.origin['rules']}: key 'rules.{key}' names no rule")


def ignored_for(config: Config, rules: list[Rule]) -> Any:
    """A function path → rule ids ignored there by ``per-file-ignores``."""
    patterns = config["per-file-ignores"]

    def ignored(path: str) -> frozenset[str]:
        relative = _relative(path, config.root)
        dropped: set[str] = set()
        for pattern, selectors in patterns.items():
            if _glob(relative, pattern):
                dropped.update(r.id for r in rules if any(r.selected_by(s) for s in selectors))
        return frozenset(dropped)

    return ignored


def keeps(config: Config) -> Any:
    """A function path → whether include/exclude globs keep it (for folder walks)."""
    include, exclude = config["include"], config["exclude"]

    def keep(path: Path) -> bool:
        relative = _relative(path.as_posix(), config.root)
        if include and not any(_glob(relative, pattern) for pattern in include):
            return False
        return not any(_glob(relative, pattern) for pattern in exclude)

    return keep


def _relative(path: str, root: Path) -> str:
    try:
        absolute = Path(path).resolve()
    except (RuntimeError, OSError):  # a symlink loop: judged by its own name, read later
        absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(root).as_posix()
    except ValueError:
        return Path(path).as_posix()


def _glob(path: str, pattern: str) -> bool:
    """Glob match where ``**`` spans folders and a bare pattern matches the file name too."""
    if fnmatch.fnmatch(path, pattern) or PurePosixPath(path).match(pattern):
        return True
    return "/" not in pattern and fnmatch.fnmatch(PurePosixPath(path).name, pattern)
