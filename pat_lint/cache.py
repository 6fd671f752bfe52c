"""The result cache: what pat-lint found in a file, kept between runs and keyed by content.

Like ruff's cache, an entry is found by what the result depends on, never by a file's name or
date: the file's bytes and format, and a *run key* made of pat-lint's version and code, the
installed packages, the resolved rules (ids, severities, messages, params, which are enabled),
the language setting, the PDF backend (``--pdf-backend``), and the contents of the rule packs,
term lists and lexicons. Change any of them and the entry is simply not found; an edited file
gets a new entry.

Entries are stored path-independently (every location's path is blank) and restamped with the
path of the run that reads them (the fingerprints, which hash the path, are recomputed), so a
cached result is exactly what a fresh run gives. Per-file ignores and the baseline depend on
the path and are applied after the cache, by the engine.

The folder (default ``.pat_lint_cache/`` in the project root, see :func:`default_folder`)::

    .pat_lint_cache/
      .gitignore          "*": never committed
      CACHEDIR.TAG        backup tools skip the folder; `pat-lint clean` checks it is ours
      v1/ab/cdef…         one entry per file result: header, digest, pickled FileResult

Entries are written to a temporary file and renamed into place (readers never see half an
entry; parallel workers may write the same entry safely). A corrupt, truncated or foreign entry
fails its digest or its unpickling and is ignored, then rewritten. Unpickling accepts only the
classes of :mod:`pat_lint.model`, so a planted entry cannot run code.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import pickle
import shutil
import sys
import tempfile
from dataclasses import dataclass, fields, is_dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from pat_lint import __version__, model
from pat_lint.datafiles import data_dir
from pat_lint.model import FileResult, Finding, Location

#: The name of the default cache folder, in the project root.
FOLDER_NAME = ".pat_lint_cache"
#: Environment variable naming the cache folder (``--cache-dir`` wins over it).
FOLDER_ENV = "PAT_LINT_CACHE_DIR"
#: Layout of the entries; a new layout lives in a new ``v<N>`` folder.
LAYOUT = 1
ENTRY_MAGIC = b"pat-lint cache entry 1\n"
DIGEST_BYTES = 32
#: The standard cache-directory tag (https://bford.info/cachedir/).
CACHEDIR_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by pat-lint.\n"
    "# For information about cache directory tags, see https://bford.info/cachedir/\n"
)
GITIGNORE = "# Automatically created by pat-lint.\n*\n"
#: Files larger than this count in the code fingerprint by name and size only (the generated
#: word tables; their SHA-256 is in ``analysis/nlp/data/sources.json``, hashed in full).
LARGE_FILE = 1 << 20


def default_folder(project_root: Path) -> Path:
    """``$PAT_LINT_CACHE_DIR`` if set, else ``.pat_lint_cache`` in the project root (the folder
    of the configuration file, or the working directory when there is none)."""
    configured = os.environ.get(FOLDER_ENV)
    return Path(configured) if configured else project_root / FOLDER_NAME


@dataclass(frozen=True)
class Cache:
    """A cache folder, used with one run key (pickle-safe: worker processes get a copy)."""

    folder: Path
    run_key: str

    def key(self, path: Path) -> str | None:
        """The entry key of a file as it is now, or None when it cannot be hashed (a missing,
        empty or unreadable file: the engine reports it without the cache)."""
        from pat_lint import readers

        file_format = readers.format_of(path)
        try:
            size = path.stat().st_size
            if file_format is None or size == 0 or size > readers.MAX_BYTES:
                return None
            digest = hashlib.sha256()
            with open(path, "rb") as handle:
                while chunk := handle.read(1 << 20):
                    digest.update(chunk)
        except OSError:
            return None
        text = f"{self.run_key}\0{file_format}\0{digest.hexdigest()}"
        return hashlib.sha256(text.encode()).hexdigest()

    def entry(self, key: str) -> Path:
        return self.folder / f"v{LAYOUT}" / key[:2] / key[2:]

    def load(self, key: str, path: str) -> FileResult | None:
        """The cached result for ``key``, restamped with ``path``; None when there is no usable
        entry (missing, truncated, corrupt or from another layout)."""
        try:
            data = self.entry(key).read_bytes()
        except OSError:
            return None
        header = len(ENTRY_MAGIC) + DIGEST_BYTES
        payload = data[header:]
        if (
            len(data) <= header
            or not data.startswith(ENTRY_MAGIC)
            or hashlib.sha256(payload).digest() != data[len(ENTRY_MAGIC) : header]
        ):
            return None
        try:
            result = _ModelUnpickler(io.BytesIO(payload)).load()
        except Exception:  # any damage that the digest did not catch: not an entry
            return None
        return restamped(result, path) if isinstance(result, FileResult) else None

    def store(self, key: str, result: FileResult) -> None:
        """Write the path-independent result for ``key`` (atomically); a folder that cannot be
        written costs the cache, not the run."""
        payload = pickle.dumps(restamped(result, ""), protocol=pickle.HIGHEST_PROTOCOL)
        data = ENTRY_MAGIC + hashlib.sha256(payload).digest() + payload
        target = self.entry(key)
        try:
            prepare(self.folder)
            target.parent.mkdir(parents=True, exist_ok=True)
            write_replacing(target, data)
        except OSError:
            return


def for_run(folder: Path, options: Any) -> Cache:
    """The cache in ``folder`` for a run with these :class:`~pat_lint.engine.RunOptions`."""
    return Cache(folder, run_key(options))


def run_key(options: Any) -> str:
    """A hash of everything besides the file that a result depends on."""
    enabled = {rule.id for rule in options.rules}
    rules = [
        [
            rule.id,
            rule.name,
            rule.check,
            rule.category,
            int(rule.severity),
            rule.message,
            rule.raw_params,
            rule.id in enabled,
        ]
        for rule in options.all_rules
    ]
    shipped = data_dir("rules").resolve()
    packs = {Path(rule.pack) for rule in options.all_rules if rule.pack}
    extra = sorted(_file_digest(p) for p in packs if p.resolve().parent != shipped)
    described = {
        "layout": LAYOUT,
        "pat-lint": __version__,
        "code": code_fingerprint(),
        "environment": environment_fingerprint(),
        "language": options.language,
        "pdf-backend": pdf_backend(options),
        "rules": rules,
        "packs": extra,  # the shipped ones are in the code fingerprint
    }
    text = json.dumps(described, sort_keys=True, ensure_ascii=False, default=repr)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def pdf_backend(options: Any) -> str:
    """The library that reads the run's PDFs (the one asked for, or the fallback): the same
    PDF may be read differently by another."""
    from pat_lint.readers.pdf_parts.backends import backend_in_use

    return backend_in_use(getattr(options, "pdf_backend", None))


@cache
def code_fingerprint() -> str:
    """A hash of pat-lint's own files: the package (code, templates, word tables) and the shipped
    rule packs, lexicons and term lists. The version alone would miss a change in a source
    checkout or an editable install."""
    package = Path(__file__).resolve().parent
    data = [data_dir("rules").resolve(), data_dir("terminology").resolve()]
    return tree_fingerprint([package, *(d for d in data if package not in d.parents)])


def tree_fingerprint(roots: list[Path]) -> str:
    """A hash of every file under ``roots`` (names relative to each root's parent, contents;
    files over :data:`LARGE_FILE` by size; compiled Python left out)."""
    digest = hashlib.sha256()
    for root in roots:
        for folder, dirs, files in os.walk(root):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(files):
                if name.endswith((".pyc", ".pyo")):
                    continue
                path = Path(folder) / name
                relative = path.relative_to(root.parent).as_posix()
                size = path.stat().st_size
                content = f"size {size}" if size > LARGE_FILE else _file_digest(path)
                digest.update(f"{relative}\0{content}\n".encode())
    return digest.hexdigest()


@cache
def environment_fingerprint() -> str:
    """The Python version and every installed distribution with its version (the names of the
    ``*.dist-info`` folders on ``sys.path``): a new spaCy or pdfminer may read a file
    differently."""
    found: set[str] = set()
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        found.update(n for n in names if n.endswith((".dist-info", ".egg-info")))
    return hashlib.sha256("\n".join([sys.version, *sorted(found)]).encode()).hexdigest()


def _file_digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "unreadable"


# -- paths in results --------------------------------------------------------------------------


def restamped(result: FileResult, path: str) -> FileResult:
    """A copy of ``result`` whose path, locations and fingerprints are those of ``path``."""
    from pat_lint.engine import fingerprint

    def visit(value: Any) -> Any:
        if isinstance(value, Location):
            return value if value.path == path else replace(value, path=path)
        if isinstance(value, Finding):
            location = visit(value.location)
            sign = fingerprint(value.rule, path, value.match, value.context or value.message)
            return replace(value, location=location, fingerprint=sign)
        if isinstance(value, list):
            return [visit(item) for item in value]
        if isinstance(value, tuple):
            return tuple(visit(item) for item in value)
        if is_dataclass(value) and not isinstance(value, type):
            changes = {}
            for field in fields(value):
                old = getattr(value, field.name)
                new = visit(old)
                if new is not old:
                    changes[field.name] = new
            return replace(value, **changes) if changes else value
        return value

    copy = visit(result)
    if copy is result:
        copy = replace(result)
    copy.path = path
    return copy


# -- the folder --------------------------------------------------------------------------------


def prepare(folder: Path) -> None:
    """Create the cache folder with its ``.gitignore`` and ``CACHEDIR.TAG`` (once)."""
    tag = folder / "CACHEDIR.TAG"
    if tag.is_file():
        return
    folder.mkdir(parents=True, exist_ok=True)
    (folder / ".gitignore").write_text(GITIGNORE, encoding="utf-8")
    tag.write_text(CACHEDIR_TAG, encoding="utf-8")  # last: a tagged folder is complete


def is_cache_folder(folder: Path) -> bool:
    """Whether ``folder`` is a cache pat-lint made (its tag says so)."""
    try:
        return (folder / "CACHEDIR.TAG").read_text(encoding="utf-8") == CACHEDIR_TAG
    except (OSError, UnicodeDecodeError):
        return False


@dataclass(frozen=True)
class Removed:
    """What :func:`clear` removed."""

    entries: int
    size: int  # bytes


def clear(folder: Path) -> Removed:
    """Remove a cache folder pat-lint made, and only what pat-lint writes in it (entries, the
    tag, the ``.gitignore``); the folder itself goes when nothing else is left in it. Raises
    ValueError for a folder that is not a pat-lint cache."""
    if not is_cache_folder(folder):
        raise ValueError(f"{folder} is not a pat-lint cache (no CACHEDIR.TAG written by pat-lint)")
    entries = size = 0
    for layout in sorted(folder.glob("v[0-9]*")):
        if not layout.is_dir():
            continue
        for root, _, files in os.walk(layout):
            for name in files:
                entries += 1
                with contextlib.suppress(OSError):
                    size += (Path(root) / name).stat().st_size
        shutil.rmtree(layout)
    for name in (".gitignore", "CACHEDIR.TAG"):
        (folder / name).unlink(missing_ok=True)
    with contextlib.suppress(OSError):  # something else lives there: leave it
        folder.rmdir()
    return Removed(entries, size)


def write_replacing(path: Path, data: bytes) -> None:
    """Write through a temporary file in the same folder and a rename: a reader sees the old
    file or the new one, never half of one. Unlike :func:`pat_lint.fileio.write_atomic` there is
    no fsync (it costs milliseconds an entry): an entry lost in a power cut is recomputed, and
    one torn fails its digest."""
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


class _ModelUnpickler(pickle.Unpickler):
    """Unpickles only pat-lint's result classes (no other global can be named, none called)."""

    def find_class(self, module: str, name: str) -> Any:
        if module == model.__name__:
            found = getattr(model, name, None)
            if isinstance(found, type) and found.__module__ == model.__name__:
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not a pat-lint result class")
