"""The garbage-collector policy of a pat-lint process (:mod:`pat_lint.collector`): start-up
collects rarely, and once a pipeline is built the usual collection resumes, so a long run (a
portfolio, the web app) still frees the cyclic garbage of every file it checks."""

from __future__ import annotations

import contextlib
import gc
import json
import subprocess
import sys
import textwrap

from pat_lint import collector


def test_start_up_defers_collection_and_settling_restores_it() -> None:
    collector.finish()  # whatever ran before in this process
    usual = gc.get_threshold()
    try:
        collector.defer()
        assert gc.get_threshold()[0] == collector.STARTING_THRESHOLD
        collector.settle()
        assert gc.get_threshold() == usual
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.set_threshold(*usual)


def test_a_command_without_a_pipeline_leaves_the_usual_thresholds(monkeypatch, capsys) -> None:
    """``pat-lint rules`` builds no pipeline; a program that runs it in-process and goes on
    collects as usual afterwards."""
    from pat_lint.cli import main

    collector.finish()
    usual = gc.get_threshold()
    monkeypatch.setattr(sys, "argv", ["pat-lint", "rules"])
    with contextlib.suppress(SystemExit):
        main()
    assert "SD001" in capsys.readouterr().out
    assert gc.get_threshold() == usual


def test_a_run_collects_as_usual_once_its_pipeline_is_built(tmp_path) -> None:
    """In a real process: once the file's pipeline is built, the thresholds are Python's own
    again, and what start-up built is out of the way of every later collection."""
    proposal = tmp_path / "proposal.md"
    proposal.write_text("# Gender analysis\n\nWomen and men will take part equally.\n")
    # lint through the command line's own entry point, then inspect the collector
    script = textwrap.dedent(
        f"""
        import gc, json, sys
        usual = gc.get_threshold()
        sys.argv = ["pat-lint", "check", "--no-cache", "--jobs", "1", "-q",
                    "--fail-on", "never", {str(proposal)!r}]
        from pat_lint import cli
        try:
            cli.main()
        except SystemExit:
            pass
        print(json.dumps({{"usual": usual, "after": gc.get_threshold(),
                           "frozen": gc.get_freeze_count()}}))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    facts = json.loads(out.stdout.strip().splitlines()[-1])
    assert facts["after"] == facts["usual"]
    assert facts["frozen"] > 100_000  # spaCy and the word tables, kept out of collections
