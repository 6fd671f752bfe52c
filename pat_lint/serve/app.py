"""The review desk's web application (Starlette): the pages, the upload, the downloads.

Routes: ``GET /`` upload form and recent reviews · ``POST /reviews`` upload one or several
proposals · ``GET /reviews/{id}`` a review with the history of its proposal ·
``GET /reviews/{id}/annotated.docx`` · ``GET /reviews/{id}/report.json`` ·
``GET /portfolio?since=&until=&tag=`` charts and table of the latest review of each proposal.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from pat_lint import __version__
from pat_lint.engine import RunOptions
from pat_lint.reporters.html import environment, file_view, filter_options
from pat_lint.reporters.portfolio import SECTION_STATES, ProposalFacts, charts
from pat_lint.serve.review import Change, Desk
from pat_lint.serve.security import (
    CSRF_COOKIE,
    CSRF_FIELD,
    BodyTooLarge,
    Csrf,
    SafetyMiddleware,
    drain,
    load_secret,
    same_origin,
)
from pat_lint.serve.uploads import MAX_FILES

TEMPLATES = Path(__file__).parent / "templates"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def when(created: str) -> str:
    """``2025-03-04 14:05 UTC`` from the stored ISO time."""
    return created[:16].replace("T", " ") + " UTC"


def create_app(
    folder: Path,
    options: RunOptions,
    limit: int = 20 * 1024 * 1024,
    allowed_hosts: list[str] | None = None,
) -> Starlette:
    """The review desk over the data folder ``folder``; uploads of at most ``limit`` bytes."""
    desk = Desk(folder, options, limit)
    csrf = Csrf(load_secret(folder))
    templates = environment(TEMPLATES)
    rules = {rule.id: rule for rule in options.all_rules}

    def page(request: Request, name: str, status: int = 200, **values: Any) -> HTMLResponse:
        cookie = request.cookies.get(CSRF_COOKIE) or ""
        fresh = len(cookie) < 32 and name == "index.html.j2"  # only the upload page has a form
        if fresh:
            cookie = csrf.new_cookie()
        values.setdefault("errors", [])
        values.setdefault("active", "")
        html = templates.get_template(name).render(
            nonce=request.state.nonce,
            csrf=csrf.token(cookie),
            version=__version__,
            limit_mb=round(limit / (1024 * 1024)),
            **values,
        )
        response = HTMLResponse(html, status)
        if fresh:
            response.set_cookie(
                CSRF_COOKIE,
                cookie,
                httponly=True,
                samesite="strict",
                secure=request.url.scheme == "https",
            )
        return response

    def error(request: Request, status: int, heading: str, message: str) -> HTMLResponse:
        title = f"{heading} · pat-lint review desk"
        return page(request, "error.html.j2", status, title=title, heading=heading, message=message)

    def index_page(request: Request, status: int = 200, **values: Any) -> HTMLResponse:
        recent = [
            {
                **dict(row),
                "when": when(row["created"]),
                "section_text": SECTION_STATES[row["section"]],
            }
            for row in desk.store.recent()
        ]
        values.setdefault("tag", "")
        return page(
            request,
            "index.html.j2",
            status,
            title="pat-lint review desk",
            active="review",
            recent=recent,
            **values,
        )

    async def index(request: Request) -> Response:
        return index_page(request)

    async def upload(request: Request) -> Response:
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            await drain(request, 4 * limit)
            return _too_large(request)
        try:
            form = await request.form(max_files=MAX_FILES, max_fields=10, max_part_size=64 * 1024)
        except BodyTooLarge:
            await drain(request, 4 * limit)
            return _too_large(request)
        except MultiPartException as exc:
            return index_page(request, 400, errors=[f"The upload could not be read: {exc}"])
        try:
            token = form.get(CSRF_FIELD)
            cookie = request.cookies.get(CSRF_COOKIE)
            if not same_origin(request.headers) or not csrf.valid(cookie, str(token or "")):
                return error(
                    request,
                    403,
                    "The form has expired",
                    "Nothing was uploaded: the page was too old or came from another site. "
                    "Go back to the review desk, reload it and upload the proposals again.",
                )
            tag = str(form.get("tag") or "")
            files = [f for f in form.getlist("files") if isinstance(f, UploadFile) and f.filename]
            if not files:
                return index_page(request, 400, errors=["Choose at least one proposal."], tag=tag)
            outcomes = []
            for item in files:
                data = await item.read()
                outcomes.append(await run_in_threadpool(desk.review, item.filename, data, tag))
        finally:
            await form.close()
        errors = [outcome.error for outcome in outcomes if outcome.error]
        done = [outcome for outcome in outcomes if outcome.review_id is not None]
        if len(outcomes) == 1 and done:
            return RedirectResponse(f"/reviews/{done[0].review_id}", status_code=303)
        if not done:
            return index_page(request, 400, errors=errors, tag=tag)
        reviewed = [review_entry(desk.store.review(o.review_id)) for o in done]
        title = f"{len(done)} proposals reviewed · pat-lint review desk"
        return page(request, "batch.html.j2", title=title, errors=errors, reviewed=reviewed)

    def _too_large(request: Request) -> HTMLResponse:
        megabytes = round(limit / (1024 * 1024))
        message = (
            f"Nothing was reviewed: the upload is larger than {megabytes} MB. "
            "Upload fewer proposals at once, or smaller files."
        )
        return index_page(request, 413, errors=[message])

    def item_view(row: sqlite3.Row) -> dict[str, Any]:
        return {
            **dict(row),
            "when": when(row["created"]),
            "annotated": row["annotated_name"] is not None,
            "section_text": SECTION_STATES[row["section"]],
        }

    def change_view(change: Change) -> dict[str, Any]:
        return {
            "previous_name": change.previous["file_name"],
            "previous_when": when(change.previous["created"]),
            "marker": change.marker,
            "marker_changed": change.marker_changed,
            "section": change.section,
            "section_text": tuple(SECTION_STATES[state] for state in change.section),
            "fixed": change.fixed,
            "new": change.new,
            "same_content": change.same_content,
        }

    def previous_change(row: sqlite3.Row) -> dict[str, Any] | None:
        versions = desk.store.versions(row["proposal"])
        earlier = [v for v in versions if v["id"] < row["id"]]
        return change_view(desk.compare(earlier[-1], row)) if earlier else None

    def review_entry(row: sqlite3.Row) -> dict[str, Any]:
        file = file_view(desk.file_result(row), row["id"], rules, opened=True)
        return {"file": file, "item": item_view(row), "change": previous_change(row)}

    def _row(request: Request) -> sqlite3.Row:
        row = desk.store.review(request.path_params["review_id"])
        if row is None:
            raise HTTPException(404)
        return row

    async def review(request: Request) -> Response:
        row = _row(request)
        entry = review_entry(row)
        versions = [
            {**item_view(v), "number": n, "current": v["id"] == row["id"]}
            for n, v in enumerate(desk.store.versions(row["proposal"]), 1)
        ]
        return page(
            request,
            "review.html.j2",
            title=f"{row['file_name']} · pat-lint review desk",
            file=entry["file"],
            item=entry["item"],
            change=entry["change"],
            versions=list(reversed(versions)),
        )

    async def annotated(request: Request) -> Response:
        row = _row(request)
        if row["annotated_name"] is None:
            raise HTTPException(404)
        stem = Path(row["file_name"]).stem
        return FileResponse(
            desk.annotated / row["annotated_name"],
            media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            filename=f"{stem}-reviewed.docx",
        )

    async def report_json(request: Request) -> Response:
        row = _row(request)
        name = f"{Path(row['file_name']).stem}.pat-lint.json"
        return Response(
            row["report"],
            media_type="application/json",
            headers={"content-disposition": f"attachment; filename*=UTF-8''{_quote(name)}"},
        )

    async def portfolio(request: Request) -> Response:
        query = request.query_params
        since = query.get("since", "") if _DATE.match(query.get("since", "")) else ""
        until = query.get("until", "") if _DATE.match(query.get("until", "")) else ""
        tag = " ".join(query.get("tag", "").split())[:200]
        rows = desk.store.latest(since, until, tag)
        results = [desk.file_result(row) for row in rows]
        files = []
        for row, result in zip(rows, results, strict=True):
            view = file_view(result, row["id"], rules)
            extra = when(row["created"]) + (f" · {row['tag']}" if row["tag"] else "")
            view.update(anchor=None, href=f"/reviews/{row['id']}", extra=extra)
            files.append(view)
        return page(
            request,
            "portfolio.html.j2",
            title="Portfolio · pat-lint review desk",
            active="portfolio",
            files=files,
            filters=filter_options(files, rules),
            charts=charts(
                [ProposalFacts.of(result) for result in results],
                {rule.id: rule.name for rule in options.all_rules},
            ),
            since=since,
            until=until,
            tag=tag,
            tags=desk.store.tags(),
        )

    async def not_found(request: Request, exc: Exception) -> Response:
        return error(request, 404, "Not found", "There is no such page or review here.")

    async def server_error(request: Request, exc: Exception) -> Response:
        return error(request, 500, "Something went wrong", "The review desk hit an internal error.")

    routes = [
        Route("/", index),
        Route("/reviews", upload, methods=["POST"]),
        Route("/reviews/{review_id:int}", review),
        Route("/reviews/{review_id:int}/annotated.docx", annotated),
        Route("/reviews/{review_id:int}/report.json", report_json),
        Route("/portfolio", portfolio),
    ]
    middleware = [
        Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts or ["*"]),
        Middleware(SafetyMiddleware, limit=limit),
    ]
    return Starlette(
        routes=routes,
        middleware=middleware,
        exception_handlers={404: not_found, 500: server_error},
    )


def _quote(name: str) -> str:
    from urllib.parse import quote

    return quote(name, safe="")
