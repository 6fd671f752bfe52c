"""Every output on every fixture, written to a folder, so that a refactor can prove it changed
nothing: ``python -m tests.snapshot OUT`` before and after, then ``diff -r``.

For each fixture file (sample, readers, corpus, held-out, prose): the block dump, and the JSON,
SARIF and text reports with every rule enabled and the default configuration.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = (
    "fixtures/sample",
    "fixtures/readers",
    "fixtures/corpus",
    "fixtures/holdout",
    "fixtures/prose",
)


def fixture_files() -> list[Path]:
    """Every fixture pat-lint reads, in a stable order."""
    from pat_lint.readers import format_of

    files: list[Path] = []
    for folder in FOLDERS:
        base = ROOT / folder
        if base.is_dir():
            files += sorted(p for p in base.iterdir() if p.is_file() and format_of(p))
    return files


def write_snapshot(out: Path) -> int:
    """Write the outputs of every fixture under ``out``; return how many files were read."""
    import os

    from pat_lint.config import Config, resolve_rules
    from pat_lint.engine import RunOptions, lint_file
    from pat_lint.model import LintResult
    from pat_lint.readers import ReadError, read
    from pat_lint.reporters import ReportContext, render
    from tests.blockdump import dump as dump_document

    all_rules, enabled = resolve_rules(Config())
    options = RunOptions(tuple(enabled), tuple(all_rules))
    context = ReportContext(rules=tuple(all_rules))
    out.mkdir(parents=True, exist_ok=True)
    os.chdir(ROOT)
    files = fixture_files()
    for path in files:
        relative = path.relative_to(ROOT)
        name = str(relative).replace("/", "__")
        try:
            dump = dump_document(read(relative))
        except ReadError as exc:
            dump = f"error {exc.code}: {exc.message}\n"
        (out / f"{name}.blocks.txt").write_text(dump, encoding="utf-8")
        result = LintResult([lint_file(relative, options)])
        for fmt in ("json", "sarif", "text"):
            (out / f"{name}.{fmt}").write_text(render(fmt, result, context), encoding="utf-8")
    return len(files)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    if len(sys.argv) != 2:
        sys.exit("usage: python -m tests.snapshot OUT_FOLDER")
    count = write_snapshot(Path(sys.argv[1]).resolve())
    print(f"{count} fixtures written to {sys.argv[1]}")
