"""What every reader promises, checked on every reader fixture of every format."""

from __future__ import annotations

from pathlib import Path

import pytest

from pat_lint.readers import ReadError, format_of, read

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
FILES = sorted(
    path
    for folder in ("readers", "corpus", "sample")
    for path in (FIXTURES / folder).glob("*.*")
    if format_of(path) and path.name != "README.md"
)


@pytest.mark.parametrize("path", FILES, ids=[f"{p.parent.name}/{p.name}" for p in FILES])
def test_reading_never_modifies_the_input(path: Path) -> None:
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    try:
        document = read(path)
    except ReadError as exc:
        assert exc.code and exc.message and "\n" not in exc.message
    else:
        assert document.blocks and all(b.location.path == str(path) for b in document.blocks)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_every_format_is_covered():
    assert {format_of(path) for path in FILES} == {"docx", "pdf", "md", "txt"}
