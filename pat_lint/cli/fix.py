"""``pat-lint fix``: terminology findings with one safe replacement, fixed (Word: tracked
changes)."""

from __future__ import annotations

import codecs
from pathlib import Path
from typing import Any

import click

from pat_lint.cli.common import (
    apply_cli_overrides,
    fail,
    lint,
    load_configuration,
)
from pat_lint.cli.options import one_file_rule_options


@click.command()
@click.argument("path", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write the fixed copy here (.docx: tracked changes); never the input itself.",
)
@click.option("--diff", is_flag=True, help="Print what would change; write nothing.")
@click.option(
    "--write",
    is_flag=True,
    help="Fix a .md or .txt file in place (a Word file always gets a copy: use -o).",
)
@one_file_rule_options
def fix(
    path: Path,
    output: Path | None,
    diff: bool,
    write: bool,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    language: str | None,
    config_path: Path | None,
) -> None:
    """Fix the terminology findings that have one safe replacement.

    A .docx gets a copy (-o) in which each fix is a tracked change by "pat-lint" to accept or
    reject in Word, and each generic pronoun a comment; a .md or .txt gets a fixed copy (-o),
    a diff (--diff) or, when asked, the fix in place (--write). Terms with several
    suggestions, or whose replacement would change the grammar around them, are left.
    """
    from pat_lint import fix as fixing
    from pat_lint.readers import format_of

    fmt = format_of(path)
    if not path.is_file():
        fail(f"{path}: no such file")
    if fmt not in fixing.FIXABLE:
        kind = fmt or path.suffix or "this file"
        fail(f"{path}: pat-lint fix works on .docx, .md and .txt files, not {kind}")
    if not (output or diff or write):
        fail("say where the fix goes: -o FILE (a fixed copy), --diff (print it) or --write")
    if write and fmt not in fixing.TEXT_FORMATS:
        fail(f"{path}: a Word file is never changed in place; write a copy with -o FILE")
    if write and output:
        fail("--write fixes the file in place; -o writes a copy: choose one")
    if output is not None:
        if output.resolve() == path.resolve():
            fail(f"{output}: refusing to overwrite the proposal; use --write for .md/.txt")
        if fmt == "docx" and output.suffix.lower() != ".docx":
            fail(f"{output}: the fixed copy of a Word file must be a .docx file")

    config = load_configuration(config_path)
    apply_cli_overrides(config, select=select, ignore=ignore, language=language)
    result, options = lint(config, (path,), progress=False)
    file = result.files[0]
    if file.status == "error" and file.error is not None:
        fail(f"{path}: {file.error.message} [{file.error.code}]")
    checks = {rule.id: rule.check for rule in options.all_rules}

    if fmt == "docx":
        try:
            data, plan = fixing.fix_docx(path, file, checks)
        except Exception as exc:  # python-docx on a damaged part: one line, no traceback
            fail(f"{path}: cannot fix this Word file: {exc}")
            return
        if diff:
            click.echo(fixing.paragraph_diff(plan, path.name), nl=False)
        if output is not None:
            _write(output, data)
    else:
        raw = path.read_bytes()
        from pat_lint.readers.text import read_source

        source = read_source(path)
        fixed, plan = fixing.fix_text(source, file, checks)
        if diff:
            click.echo(fixing.unified_diff(source, fixed, path.name), nl=False)
        data = _encoded(fixed, raw)
        if output is not None:
            _write(output, data)
        if write and plan.applied:
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError:
                fail(f"{path}: not UTF-8, so not changed in place; write a UTF-8 copy with -o")
            _write(path, data)
    _report(path, plan, output or (path if write and plan.applied else None), fmt == "docx")


def _encoded(text: str, original: bytes) -> bytes:
    """``text`` as UTF-8 with the original's line endings and byte-order mark."""
    if b"\r\n" in original:
        text = text.replace("\n", "\r\n")
    bom = codecs.BOM_UTF8 if original.startswith(codecs.BOM_UTF8) else b""
    return bom + text.encode("utf-8")


def _write(target: Path, data: bytes) -> None:
    from pat_lint.fileio import write_atomic

    try:
        write_atomic(target, data)
    except OSError as exc:
        fail(f"{target}: cannot write: {exc.strerror or exc}")


def _report(path: Path, plan: Any, written: Path | None, comments: bool) -> None:
    """What was done, on stderr (stdout holds the diff)."""
    fixed, pronouns = len(plan.applied), len(plan.comments)
    line = f"{path}: fixed {fixed} term{'s' * (fixed != 1)}"
    if comments and pronouns:
        line += f", commented {pronouns} generic pronoun{'s' * (pronouns != 1)}"
    line += f"; wrote {written}." if written else "; nothing written."
    lines = [line]
    for item in plan.applied:
        where = item.finding.location.short()
        lines.append(f"  fixed {where}: '{item.finding.match}' -> '{item.replacement}'")
    for finding, why in plan.left:
        lines.append(f"  left  {finding.location.short()}: '{finding.match}' ({why})")
    what = "generic pronoun: commented" if comments else "generic pronoun: rephrase it"
    for finding in plan.comments:
        lines.append(f"  left  {finding.location.short()}: '{finding.match}' ({what})")
    click.echo("\n".join(lines), err=True)
