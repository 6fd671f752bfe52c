"""The command line: ``pat-lint check | dump | rules | explain | config | baseline | annotate |
clean``, one module per command.

Heavy modules (spaCy, pdfminer, python-docx, the engine) are imported inside the commands so
that ``pat-lint --version`` and ``--help`` stay fast.
"""

from __future__ import annotations

import click

from pat_lint import __version__
from pat_lint.cli.annotate import annotate
from pat_lint.cli.baseline import baseline
from pat_lint.cli.check import check
from pat_lint.cli.clean import clean
from pat_lint.cli.config import config_command
from pat_lint.cli.dump import dump
from pat_lint.cli.fix import fix
from pat_lint.cli.rules import explain, list_rules
from pat_lint.cli.serve import serve


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="pat-lint")
def cli() -> None:
    """A gender-review linter for project proposals (.docx, .pdf, .md, .txt; EN/FR/ES)."""


for command in (check, baseline, dump, list_rules, explain, config_command, annotate, clean):
    cli.add_command(command)
cli.add_command(fix)
cli.add_command(serve)


#: Exit status after Ctrl-C, as shells report a process ended by SIGINT (128 + 2).
INTERRUPTED = 130


def _interrupted(signum: int, frame: object) -> None:
    """Ctrl-C: unwind (a report being written is removed, never left half-written), exit 130."""
    raise SystemExit(INTERRUPTED)


def _flush_stdout() -> None:
    """Push out what is left on standard output; a full disk or a closed pipe is an error
    with exit 2, not a report lost with exit 0."""
    from pat_lint.fileio import write_stdout

    try:
        write_stdout(b"")
    except OSError as exc:
        message = exc.strerror or str(exc)
        click.echo(f"pat-lint: error: cannot write to standard output: {message}", err=True)
        raise SystemExit(2) from None


def main() -> None:
    """Console-script entry point."""
    import signal

    from pat_lint import collector

    collector.defer()
    signal.signal(signal.SIGINT, _interrupted)
    try:
        cli(prog_name="pat-lint")
    except SystemExit as exit:
        if exit.code != INTERRUPTED:
            _flush_stdout()
        raise
    except Exception as exc:  # a bug in pat-lint: one line, the traceback only when asked
        _internal_error(exc)
    finally:
        collector.finish()
    _flush_stdout()


#: Where to report a bug.
ISSUES_HINT = "please report it with the command and the file (run with --verbose for details)"


def _internal_error(exc: Exception) -> None:
    """Print a one-line message for an unexpected error (the traceback with ``--verbose``)
    and exit 2, not 1 like findings."""
    import sys
    import traceback

    if "-v" in sys.argv[1:] or "--verbose" in sys.argv[1:]:
        traceback.print_exception(exc)
    detail = str(exc).splitlines()[0][:200] if str(exc) else ""
    message = f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__
    click.echo(f"pat-lint: internal error: {message}; {ISSUES_HINT}", err=True)
    raise SystemExit(2)


__all__ = ["check", "cli", "main"]
