"""``pat-lint serve``: the review desk, tested as a focal point uses it.

One real server (``python -m pat_lint.cli serve`` in a subprocess, on a free port, with its
own data folder) for the module, restarted once to show that the history survives; one
Chromium (Playwright) for the browser tests. Upload → report → annotated copy opened with
python-docx → revised version → history with the marker change; bad uploads are clear errors
and lose nothing else; forms without their CSRF token, oversized uploads and foreign Host
headers are refused; document text is never rendered as HTML.
"""

from __future__ import annotations

import http.cookiejar
import json
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from typing import Any

import docx
import pytest

from pat_lint.config import Config, resolve_rules
from pat_lint.engine import RunOptions, lint_file
from pat_lint.serve import records, uploads
from tests.browser import WIDTHS, artefacts, launch, overflowing, serious_violations
from tests.test_marker import BLIND_EN, MAINSTREAMED_EN

ALL_RULES, ENABLED = resolve_rules(Config())
ROOT = Path(__file__).resolve().parent.parent
LIMIT_MB = 2

FIRST = BLIND_EN.replace(
    "## 2. Objectives",
    "The chairman of the district committee will convene the partners.\n\n## 2. Objectives",
)
REVISED = MAINSTREAMED_EN


def docx_from_markdown(markdown: str, path: Path) -> Path:
    """A Word file written the way a person would: headings, paragraphs, bullets, a table."""
    path.parent.mkdir(parents=True, exist_ok=True)
    document = docx.Document()
    table_rows: list[list[str]] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            text = " ".join(paragraph)
            if text.startswith("- "):
                document.add_paragraph(text[2:], style="List Bullet")
            else:
                document.add_paragraph(text)
            paragraph.clear()
        if table_rows:
            table = document.add_table(rows=len(table_rows), cols=len(table_rows[0]))
            for row, values in zip(table.rows, table_rows, strict=True):
                for cell, value in zip(row.cells, values, strict=True):
                    cell.text = value
            table_rows.clear()

    for line in markdown.splitlines():
        if line.startswith("#"):
            flush()
            level = len(line) - len(line.lstrip("#"))
            document.add_heading(line.lstrip("# "), level=level)
        elif line.startswith("|"):
            cells = [cell.strip() for cell in line.strip("|").split("|")]
            if not set("".join(cells)) <= {"-", ":"}:
                table_rows.append(cells)
        elif line.startswith("- "):
            flush()
            paragraph.append(line)
        elif not line.strip():
            flush()
        else:
            paragraph.append(line.strip())
    flush()
    document.save(str(path))
    return path


# --------------------------------------------------------------------------------------------
# Without a server: names, content checks, stored reports


def test_versions_of_a_proposal_share_a_key():
    same = ["Water project.docx", "water-project-v2.docx", "Water_Project_final (1).docx"]
    assert {uploads.proposal_key(name) for name in same} == {"water-project"}
    assert uploads.proposal_key("Water project 2025-03-01.pdf") == "water-project"
    assert uploads.proposal_key("Plan 2025.docx") != uploads.proposal_key("Plan 2026.docx")
    assert uploads.clean_name("../../etc/passwd") == "passwd"
    assert uploads.clean_name("C:\\Users\\ana\\Propuesta.docx") == "Propuesta.docx"


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("p.docx", b"%PDF-1.7 ...", "not a Word .docx document"),
        ("p.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64, "Word 97–2003"),
        ("p.docx", b"PK\x03\x04 damaged", "damaged"),
        ("p.pdf", b"PK\x03\x04", "not a PDF"),
        ("p.txt", b"MZ\x90\x00\x03\x00\x00\x00", "not text"),
        ("p.md", "Café".encode("cp1252"), "not UTF-8"),
        ("p.exe", b"MZ", "not .exe"),
        ("p.txt", b"", "is empty"),
        ("p.txt", b"x" * 101, "larger than"),
    ],
)
def test_uploads_are_checked_by_content(name: str, data: bytes, problem: str):
    with pytest.raises(uploads.UploadError, match=re.escape(problem)):
        uploads.check(name, data, limit=100)


def test_a_stored_report_renders_like_the_original():
    """The review desk shows a stored JSON report; it must be the same result."""
    for path in (
        ROOT / "fixtures/corpus/fr-01-migration-main-oeuvre.docx",
        ROOT / "fixtures/corpus/es-03-trata-madre-de-dios.pdf",
    ):
        file = lint_file(path, RunOptions(tuple(ENABLED), tuple(ALL_RULES)))
        renamed = records.renamed(file, path.name)
        back = records.file_result(json.loads(json.dumps(renamed.to_dict())))
        assert back.to_dict() == renamed.to_dict()
        assert back.path == path.name and all(f.location.path == path.name for f in back.findings)


# --------------------------------------------------------------------------------------------
# One real server for the module


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """``pat-lint serve`` in a subprocess, on a free port, over one data folder."""

    def __init__(self, data: Path, log: Path) -> None:
        self.data, self.log = data, log
        self.process: subprocess.Popen | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.port = free_port()
        command = [sys.executable, "-m", "pat_lint.cli", "serve", "--port", str(self.port)]
        command += ["--data-dir", str(self.data), "--max-upload-mb", str(LIMIT_MB)]
        with self.log.open("a") as log:
            self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"the server stopped: {self.log.read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(self.url + "/", timeout=2) as answer:
                    if answer.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.2)
        self.stop()
        pytest.fail(f"the server did not answer: {self.log.read_text()[-2000:]}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    pytest.importorskip("starlette", reason="the serve extra is not installed")
    pytest.importorskip("uvicorn", reason="the serve extra is not installed")
    folder = tmp_path_factory.mktemp("desk")
    running = Server(folder / "data", folder / "server.log")
    running.start()
    yield running
    running.stop()


class Client:
    """A browser-like HTTP client: cookies, the CSRF token from the form, multipart posts."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()),
            _NoRedirect(),
        )

    def get(self, path: str, **headers: str) -> tuple[int, Any, bytes]:
        request = urllib.request.Request(self.base + path, headers=headers)
        return self._send(request)

    def token(self) -> str:
        _, _, body = self.get("/")
        return re.search(rb'name="csrf_token" value="([0-9a-f]+)"', body).group(1).decode()

    def upload(
        self,
        files: list[tuple[str, bytes]],
        token: str | None = "",
        tag: str = "",
        origin: str | None = "",
    ) -> tuple[int, Any, bytes]:
        token = self.token() if token == "" else token
        boundary = uuid.uuid4().hex
        parts = []
        fields = {"tag": tag, **({"csrf_token": token} if token is not None else {})}
        for name, value in fields.items():
            parts.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
                f"{value}\r\n".encode()
            )
        for name, data in files:
            head = (
                f'--{boundary}\r\nContent-Disposition: form-data; name="files"; '
                f'filename="{name}"\r\nContent-Type: application/octet-stream\r\n\r\n'
            )
            parts.append(head.encode() + data + b"\r\n")
        body = b"".join(parts) + f"--{boundary}--\r\n".encode()
        headers = {"Content-Type": f"multipart/form-data; boundary={boundary}"}
        if origin is not None:
            headers["Origin"] = origin or self.base
        request = urllib.request.Request(self.base + "/reviews", body, headers, method="POST")
        return self._send(request)

    def _send(self, request: urllib.request.Request) -> tuple[int, Any, bytes]:
        try:
            with self.opener.open(request, timeout=120) as answer:
                return answer.status, answer.headers, answer.read()
        except urllib.error.HTTPError as answer:
            return answer.code, answer.headers, answer.read()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # the tests look at the 303 itself
        return None


def reviews_in(server: Server) -> int:
    import sqlite3

    with sqlite3.connect(server.data / "reviews.sqlite3") as db:
        return db.execute("SELECT count(*) FROM reviews").fetchone()[0]


def test_a_form_without_its_token_changes_nothing(server: Server):
    client = Client(server.url)
    text = FIRST.encode("utf-8")
    before = reviews_in(server)
    for token, origin in ((None, ""), ("0" * 64, ""), ("", "http://evil.example")):
        status, _, body = client.upload([("blind.md", text)], token=token, origin=origin)
        assert status == 403 and b"The form has expired" in body
    assert reviews_in(server) == before
    status, headers, _ = client.upload([("blind.md", text)])
    assert status == 303 and re.fullmatch(r"/reviews/\d+", headers["Location"])
    assert reviews_in(server) == before + 1


def test_headers_and_hosts_are_strict(server: Server):
    status, headers, body = Client(server.url).get("/")
    assert status == 200
    policy = headers["content-security-policy"]
    assert "default-src 'none'" in policy and "script-src 'nonce-" in policy
    nonce = re.search(r"script-src 'nonce-([^']+)'", policy).group(1)
    assert f'<script nonce="{nonce}">'.encode() in body
    assert headers["x-content-type-options"] == "nosniff"
    assert "HttpOnly" in headers["set-cookie"] and "SameSite=strict" in headers["set-cookie"]
    status, _, _ = Client(server.url).get("/", Host="evil.example")
    assert status == 400  # DNS rebinding: a desk on localhost answers to localhost names only


def test_bad_files_are_clear_errors_and_the_good_ones_are_reviewed(server: Server):
    client = Client(server.url)
    before = reviews_in(server)
    status, _, body = client.upload(
        [
            ("broken.docx", b"PK\x03\x04 this is not a Word file"),
            ("blind-batch.md", FIRST.encode("utf-8")),
            ("virus.exe", b"MZ\x90\x00"),
        ]
    )
    page = body.decode("utf-8")
    assert status == 200, page[:500]
    assert "“broken.docx” is damaged" in page and "not .exe" in page
    assert "1 proposal reviewed" in page and "blind-batch.md" in page
    assert reviews_in(server) == before + 1
    stored = list((server.data / "uploads").iterdir())
    assert all(re.fullmatch(r"[0-9a-f]{32}\.(docx|pdf|md|txt)", p.name) for p in stored)
    assert not any(p.suffix == ".exe" for p in stored)


def test_an_upload_over_the_limit_is_refused(server: Server):
    client = Client(server.url)
    before = reviews_in(server)
    big = b"word " * (LIMIT_MB * 1024 * 1024 // 5 + 10)
    status, _, body = client.upload([("big.txt", big)])
    assert status == 413 and f"larger than {LIMIT_MB} MB".encode() in body
    assert reviews_in(server) == before


def test_document_text_is_never_markup(server: Server):
    nasty = (
        "<script>alert('heading')</script> PROJECT\n\nBACKGROUND\n\n"
        "The chairman <img src=x onerror=alert(1)> will convene the partners.\n"
    )
    client = Client(server.url)
    status, headers, _ = client.upload([("<b>nasty.txt", nasty.encode())], tag="<i>tag</i>")
    assert status == 303
    _, _, body = client.get(headers["Location"])
    page = body.decode("utf-8")
    assert "<img src=x" not in page and "<b>nasty" not in page and "<i>tag" not in page
    assert "<script>alert" not in page and "&lt;b&gt;nasty.txt" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page and "&lt;i&gt;tag&lt;/i&gt;" in page
    _, _, portfolio = client.get("/portfolio?tag=%3Ci%3E")
    assert b"<i>tag" not in portfolio and b"&lt;i&gt;tag&lt;/i&gt;" in portfolio


# --------------------------------------------------------------------------------------------
# In a real browser


@pytest.fixture(scope="module")
def browser():
    playwright, browser = launch()
    yield browser
    browser.close()
    playwright.stop()


def new_page(browser, width: int = 1400):
    # axe-core is injected as an inline script, which the desk's CSP (rightly) forbids
    context = browser.new_context(
        viewport={"width": width, "height": 900}, accept_downloads=True, bypass_csp=True
    )
    return context, context.new_page()


def upload_in_browser(page, server: Server, *files: Path, tag: str = "") -> None:
    page.goto(server.url + "/")
    page.fill("#tag", tag)
    page.set_input_files("#files", [str(f) for f in files])
    with page.expect_navigation():
        page.click("form.upload button[type=submit]")


@pytest.mark.slow
def test_upload_report_annotated_copy_revision_history_restart(
    server: Server, browser, tmp_path: Path
):
    folder = artefacts("review-desk")
    first = docx_from_markdown(FIRST, tmp_path / "v1" / "River districts proposal.docx")
    second = docx_from_markdown(REVISED, tmp_path / "v2" / "River districts proposal v2.docx")
    context, page = new_page(browser)
    try:
        # upload → report
        upload_in_browser(page, server, first, tag="Dhaka office 2025")
        assert re.search(r"/reviews/\d+$", page.url)
        first_url = page.url
        assert page.locator("h1").inner_text() == "River districts proposal.docx"
        marker = page.locator(".marker .headline .badge").inner_text()
        assert marker == "0"
        assert "chairman" in page.locator("mark").all_inner_texts()
        assert page.locator("text=The first review of this proposal").is_visible()
        page.screenshot(path=str(folder / "review-first.png"), full_page=True)

        # the annotated copy opens in python-docx, with pat-lint's comments
        with page.expect_download() as download:
            page.click("text=Annotated Word copy")
        saved = tmp_path / download.value.suggested_filename
        download.value.save_as(saved)
        assert saved.name == "River districts proposal-reviewed.docx"
        annotated = docx.Document(str(saved))
        comments = list(annotated.comments)
        assert len(comments) >= 3 and {c.author for c in comments} == {"pat-lint"}
        assert any("GT001" in c.text and "chairman" in c.text for c in comments)
        assert any("Indicative gender marker: 0" in c.text for c in comments)
        with page.expect_download() as download:
            page.click("text=JSON report")
        report = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
        assert report["files"][0]["path"] == "River districts proposal.docx"
        assert report["files"][0]["marker"]["code"] == "0"

        # a revised version → history with both and the marker change
        upload_in_browser(page, server, second, tag="Dhaka office 2025")
        assert page.url != first_url
        assert page.locator(".marker .headline .badge").inner_text() == "2a"
        change = page.locator(".change")
        assert "Gender marker: 0 → 2a" in " ".join(change.inner_text().split())
        assert "Gender section: missing → adequate" in change.inner_text()
        assert re.search(r"[1-9]\d* findings? fixed", change.inner_text())
        change.locator("summary", has_text="Fixed since").click()
        assert "chairman" in change.inner_text()
        rows = page.locator("table.history tbody tr")
        assert rows.count() == 2
        assert "2a" in rows.nth(0).inner_text() and "(this one)" in rows.nth(0).inner_text()
        assert "0" in rows.nth(1).locator("td[data-label=Marker]").inner_text()
        page.screenshot(path=str(folder / "review-revised.png"), full_page=True)

        # a corrupt upload: its error on the page, nothing else lost
        broken = tmp_path / "Broken proposal.docx"
        broken.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
        upload_in_browser(page, server, broken)
        alert = page.locator(".error-box[role=alert]")
        assert "“Broken proposal.docx” is damaged" in alert.inner_text()
        assert page.locator("table.recent").inner_text().count("River districts proposal") == 2
        page.screenshot(path=str(folder / "upload-error.png"))
    finally:
        context.close()

    # restart the server: the history is still there
    server.stop()
    server.start()
    context, page = new_page(browser)
    try:
        page.goto(server.url + "/portfolio?tag=dhaka")
        table = page.locator("#proposals")
        assert "River districts proposal v2.docx" in table.inner_text()
        assert table.locator("tbody tr").count() == 1  # the latest review of the proposal
        with page.expect_navigation():  # count the rows of the review page, not the list's
            page.click("text=River districts proposal v2.docx")
        assert page.locator("table.history tbody tr").count() == 2
        assert "0 → 2a" in " ".join(page.locator(".change").inner_text().split())
        print(f"\nscreenshots: {folder}")
    finally:
        context.close()


@pytest.mark.slow
def test_dropping_files_on_the_page_reviews_them(server: Server, browser, tmp_path: Path):
    proposal = ROOT / "fixtures/corpus/fr-05-gestion-frontieres-mauritanie.md"
    context, page = new_page(browser)
    try:
        page.goto(server.url + "/")
        transfer = page.evaluate_handle(
            """([name, text]) => {
                const transfer = new DataTransfer();
                transfer.items.add(new File([text], name, {type: "text/markdown"}));
                return transfer;
            }""",
            [proposal.name, proposal.read_text(encoding="utf-8")],
        )
        with page.expect_navigation():
            page.dispatch_event("#dropzone", "drop", {"dataTransfer": transfer})
        assert page.locator("h1").inner_text() == proposal.name
        assert page.locator("blockquote.context[lang=fr]").count() > 0
    finally:
        context.close()


@pytest.mark.slow
@pytest.mark.parametrize("width", WIDTHS)
def test_desk_pages_fit_and_pass_axe(server: Server, browser, width: int):
    client = Client(server.url)
    status, headers, _ = client.upload(
        [(p.name, p.read_bytes()) for p in sorted(ROOT.glob("fixtures/corpus/en-0[1-3]-*.*"))],
        tag="Portfolio test 2025",
    )
    assert status == 200
    folder = artefacts("review-desk")
    context, page = new_page(browser, width)
    try:
        for name, path in (
            ("index", "/"),
            ("portfolio", "/portfolio"),
            ("review", f"/reviews/{_latest_review(server)}"),
        ):
            page.goto(server.url + path)
            page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
            assert overflowing(page) == [], name
            assert serious_violations(page) == [], name
            page.screenshot(path=str(folder / f"{name}-{width}.png"))
    finally:
        context.close()


def _latest_review(server: Server) -> int:
    import sqlite3

    with sqlite3.connect(server.data / "reviews.sqlite3") as db:
        return db.execute("SELECT max(id) FROM reviews").fetchone()[0]


def test_portfolio_filters_by_period_and_tag(server: Server):
    client = Client(server.url)
    status, _, _ = client.upload([("Tagged proposal.md", FIRST.encode())], tag="Niamey, ECHO")
    assert status == 303
    _, _, body = client.get("/portfolio?tag=echo")
    page = body.decode("utf-8")
    assert "Tagged proposal.md" in page and "1 proposal reviewed" in page
    assert "<svg" in page and 'id="chart-marker"' in page
    _, _, body = client.get("/portfolio?until=2000-01-01")
    assert "0 proposals reviewed to 2000-01-01" in body.decode("utf-8")
    today = time.strftime("%Y-%m-%d", time.gmtime())
    _, _, body = client.get(f"/portfolio?since={today}&tag=niamey")
    assert "Tagged proposal.md" in body.decode("utf-8")


def test_missing_web_extras_are_one_line(tmp_path: Path):
    """Without starlette/uvicorn the command says how to install them (simulated by blocking
    their import in a child interpreter)."""
    code = (
        "import sys\n"
        "sys.modules.update(starlette=None, uvicorn=None, multipart=None)\n"
        "from pat_lint.cli import main\n"
        "sys.argv = ['pat-lint', 'serve', '--data-dir', sys.argv[1]]\n"
        "main()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "pip install 'pat-lint[serve]'" in done.stderr
    assert "Traceback" not in done.stderr


def test_annotated_and_json_downloads_of_unknown_reviews_are_404(server: Server):
    client = Client(server.url)
    for path in ("/reviews/999999", "/reviews/999999/annotated.docx", "/reviews/1/nothing"):
        status, _, body = client.get(path)
        assert status == 404 and b"Not found" in body
