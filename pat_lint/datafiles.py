"""The data files pat-lint ships (``rules/``, ``terminology/``) and how YAML data is read.

This is the ground floor, beside :mod:`pat_lint.model`: rule packs, term lists, lexicons and word
lists all load through :func:`load_yaml`, which names the file and line in every error.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

try:  # libyaml parses pat-lint's data ~8× faster than PyYAML's pure-Python parser
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader  # type: ignore[assignment]


class DataFileError(ValueError):
    """A data file cannot be read or parsed; the message names the file (and line)."""


def data_dir(name: str) -> Path:
    """A data folder shipped with pat-lint (``rules`` or ``terminology``).

    In an installed wheel it sits inside the package; in a source checkout, beside it.
    """
    inside = Path(__file__).parent / name
    if inside.is_dir():
        return inside
    return Path(__file__).parent.parent / name


def load_yaml(path: Path) -> Any:
    """Parse a YAML data file, once per process for each version of it (path and mtime)."""
    try:
        stamp = path.stat().st_mtime_ns
    except OSError as exc:
        raise DataFileError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return _parse_yaml(path, stamp)


@cache
def _parse_yaml(path: Path, stamp: int) -> Any:
    """Parse a YAML file; errors name the file and the line. ``stamp`` keys the cache."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataFileError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise DataFileError(
            f"{path}: not UTF-8 text (byte 0x{exc.object[exc.start]:02x} at offset {exc.start});"
            " save it as UTF-8"
        ) from None
    try:
        return yaml.load(text, Loader=SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise DataFileError(f"{path}{where}: invalid YAML: {problem}") from None
