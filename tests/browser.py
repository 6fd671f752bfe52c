"""A real browser for the tests: Playwright driving Debian's Chromium, never a downloaded one.

``launch()`` skips the test (with the reason) when Playwright or ``/usr/bin/chromium`` is
missing. ``overflowing`` measures horizontal overflow from the DOM, ``serious_violations`` runs
axe-core (vendored in ``tests/data/axe-core``, MPL-2.0) in the page, and ``artefacts`` is the
folder that keeps the screenshots (``PAT_LINT_ARTEFACTS``, or one under the temp folder).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE = Path(__file__).parent / "data" / "axe-core" / "axe.min.js"
#: Phone and desktop widths every page must fit.
WIDTHS = (390, 1400)


def launch() -> tuple[Any, Any]:
    """(playwright, browser), or skip the test with the reason."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("the Playwright Python package is not installed (pip install -e '.[test]')")
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)")
    playwright = sync_playwright().start()
    try:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
    except Exception as exc:  # a broken Chromium install: say why and skip
        playwright.stop()
        pytest.skip(f"Chromium does not start under Playwright: {exc}")
    return playwright, browser


def artefacts(name: str) -> Path:
    """A folder for the screenshots of ``name``, kept after the run and printed."""
    default = Path(tempfile.gettempdir()) / "pat-lint-artefacts"
    folder = Path(os.environ.get("PAT_LINT_ARTEFACTS") or default) / name
    folder.mkdir(parents=True, exist_ok=True)
    return folder


OVERFLOW_JS = """() => {
  const page = document.scrollingElement || document.documentElement;
  const found = [];
  if (page.scrollWidth > page.clientWidth) found.push(["page", page.scrollWidth, page.clientWidth]);
  for (const box of document.querySelectorAll(".table-box, table, figure, form")) {
    if (box.offsetParent === null) continue;  // hidden
    if (box.scrollWidth > box.clientWidth) {
      const what = box.tagName.toLowerCase() + "." + box.className;
      found.push([what, box.scrollWidth, box.clientWidth]);
    }
  }
  return found;
}"""


def overflowing(page: Any) -> list[list[Any]]:
    """What is wider than its box (the page itself, tables and their containers, charts,
    forms): [what, scrollWidth, clientWidth] each; empty when nothing overflows."""
    return page.evaluate(OVERFLOW_JS)


def serious_violations(page: Any) -> list[dict[str, Any]]:
    """axe-core's serious and critical violations on the page as it is now."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    violations = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
        ".map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))"
    )
    return [v for v in violations if v["impact"] in ("serious", "critical")]
