"""Safe by default: CSRF tokens on every form that changes something, strict response headers
(a Content-Security-Policy with a per-response nonce for the inline script and style), and a
cap on the size of a request body."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path
from typing import Any

CSRF_COOKIE = "patlint_csrf"
CSRF_FIELD = "csrf_token"
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")


def load_secret(folder: Path) -> bytes:
    """The desk's secret key (``secret.key`` in the data folder, made once, owner-only)."""
    path = folder / "secret.key"
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(secrets.token_bytes(32))
    return path.read_bytes()


class Csrf:
    """Double-submit tokens: a random cookie (HttpOnly, SameSite=Strict) and, in each form, its
    HMAC under the desk's secret; a POST whose field does not match its cookie is refused."""

    def __init__(self, secret: bytes) -> None:
        self.secret = secret

    def new_cookie(self) -> str:
        return secrets.token_urlsafe(32)

    def token(self, cookie: str) -> str:
        return hmac.new(self.secret, cookie.encode("utf-8"), hashlib.sha256).hexdigest()

    def valid(self, cookie: str | None, token: str | None) -> bool:
        if not cookie or not token:
            return False
        return hmac.compare_digest(self.token(cookie), token)


def same_origin(headers: Any) -> bool:
    """An ``Origin`` header, when the browser sends one, names the host the request went to."""
    origin = headers.get("origin")
    if not origin or origin == "null":
        return origin is None
    host = headers.get("x-forwarded-host") or headers.get("host") or ""
    return origin.split("://", 1)[-1].rstrip("/") == host


def content_security_policy(nonce: str) -> str:
    return (
        "default-src 'none'; "
        f"script-src 'nonce-{nonce}'; "
        f"style-src 'nonce-{nonce}'; "
        "img-src 'self' data:; "
        "form-action 'self'; "
        "frame-ancestors 'none'; "
        "base-uri 'none'"
    )


class BodyTooLarge(Exception):
    """A request body went past the limit while it was being read."""


class SafetyMiddleware:
    """ASGI middleware: a nonce per request (``request.state.nonce``), strict headers on every
    response, and request bodies cut off past ``limit`` bytes (:class:`BodyTooLarge`)."""

    def __init__(self, app: Any, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        nonce = secrets.token_urlsafe(16)
        state = scope.setdefault("state", {})
        state["nonce"] = nonce
        state["raw_receive"] = receive
        received = 0

        async def limited_receive() -> dict:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise BodyTooLarge()
            return message

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [
                    (b"content-security-policy", content_security_policy(nonce).encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"same-origin"),
                    (b"x-frame-options", b"DENY"),
                    (b"cross-origin-opener-policy", b"same-origin"),
                ]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, limited_receive, send_with_headers)


async def drain(request: Any, cap: int) -> None:
    """Read and drop the rest of a refused request body (up to ``cap`` bytes), so that the
    browser, still sending, receives the answer instead of a broken connection."""
    receive = request.scope.get("state", {}).get("raw_receive")
    received = 0
    while receive is not None and received <= cap:
        message = await receive()
        if message["type"] != "http.request":
            return
        received += len(message.get("body", b""))
        if not message.get("more_body"):
            return
