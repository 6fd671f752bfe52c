"""``python -m pat_lint``: the same as the ``pat-lint`` command."""

from pat_lint.cli import main

main()
