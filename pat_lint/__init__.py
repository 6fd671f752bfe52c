"""pat-lint: a gender-review linter for project proposals."""

__version__ = "0.2.0"
