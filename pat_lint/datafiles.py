"""The data files pat-lint ships (``rules/``, ``terminology/``) and how YAML data is read.

This is the ground floor, beside :mod:`pat_lint.model`: rule packs, term lists, lexicons and word
lists all load through :func:`load_yaml`, which names the file and line in every error.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
from functools import cache
from pathlib import Path
from typing import Any


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
    """Parse a YAML file; errors name the file and the line. ``stamp`` keys the cache.

    pat-lint's own data files are parsed once per version of them and kept, parsed, in the
    user's cache folder (:func:`_kept`): reading them back costs ~1 ms instead of ~70 ms of
    YAML parsing at every start."""
    kept = _kept(path, stamp)
    if kept is not None:
        try:
            return marshal.loads(kept.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            pass
    data = _parse_yaml_text(path)
    if kept is not None:
        _keep(kept, data)
    return data


def _kept(path: Path, stamp: int) -> Path | None:
    """Where the parsed form of one of pat-lint's own data files is kept (by path, version
    of the file and of pat-lint), or None for other files or when ``PAT_LINT_NO_DATA_CACHE``
    is set. The folder is ``$XDG_CACHE_HOME/pat-lint`` (``~/.cache/pat-lint``)."""
    if os.environ.get("PAT_LINT_NO_DATA_CACHE"):
        return None
    package = Path(__file__).resolve().parent
    if not (path.is_relative_to(package) or path.is_relative_to(package.parent)):
        return None
    from pat_lint import __version__

    home = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    key = hashlib.sha256(f"{path}\0{stamp}\0{__version__}".encode()).hexdigest()[:24]
    return Path(home) / "pat-lint" / "data" / f"{key}.marshal"


def _keep(kept: Path, data: Any) -> None:
    """Write the parsed data beside the others, atomically; a cache that cannot be written
    (read-only home, data marshal cannot hold) is simply not kept."""
    partial = kept.with_name(f"{kept.name}.{os.getpid()}.tmp")
    try:
        payload = marshal.dumps(data)
        kept.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(payload)
        os.replace(partial, kept)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)


def _parse_yaml_text(path: Path) -> Any:
    """Parse a YAML file; errors name the file and the line."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataFileError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise DataFileError(
            f"{path}: not UTF-8 text (byte 0x{exc.object[exc.start]:02x} at offset {exc.start});"
            " save it as UTF-8"
        ) from None
    import yaml  # only when a file is not kept parsed: most runs never import PyYAML

    try:  # libyaml parses pat-lint's data ~8× faster than PyYAML's pure-Python parser
        from yaml import CSafeLoader as SafeLoader
    except ImportError:  # pragma: no cover - PyYAML built without libyaml
        from yaml import SafeLoader  # type: ignore[assignment]
    try:
        return yaml.load(text, Loader=SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise DataFileError(f"{path}{where}: invalid YAML: {problem}") from None
