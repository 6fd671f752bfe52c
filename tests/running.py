"""Running pat-lint as a user does: a separate process, its JSON report on standard output."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def check_json(
    *paths: Path, env: dict[str, str] | None = None, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    """``pat-lint check --no-cache --format json PATHS`` in a new process, from the repository
    root, with ``env`` as its whole environment (or this one's)."""
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pat_lint",
            "check",
            "--no-cache",
            "--format",
            "json",
            *map(str, paths),
        ],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=ROOT,
    )
