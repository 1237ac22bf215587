"""Credentials shared by the systems: bearer tokens with refresh, and TLS with client certificates."""

from __future__ import annotations

import ssl
import threading
from collections.abc import AsyncGenerator, Generator, Mapping
from typing import Protocol

import httpx

from sciclients._redaction import register_secret

__all__ = ["TokenSource", "StaticToken", "TokenAuth", "make_ssl_context"]


class TokenSource(Protocol):
    """Gives the current bearer token; `force_refresh` asks for a new one (after a 401, or when expired).

    A source whose `token` may block (a refresh over HTTP, a file read) can also offer `would_block() -> bool`,
    true when the next `token(False)` would: the asyncio clients then call it in a worker thread.
    """

    def token(self, force_refresh: bool = False) -> str: ...


class StaticToken:
    """A token given once, never refreshed."""

    def __init__(self, value: str) -> None:
        if not isinstance(value, str) or not value.strip():
            raise ValueError("token must be a non-empty string")
        self._value = value.strip()
        register_secret(self._value)

    def token(self, force_refresh: bool = False) -> str:
        return self._value

    def __repr__(self) -> str:
        return "StaticToken(***)"


class TokenAuth(httpx.Auth):
    """Adds `Authorization: Bearer <token>` (and fixed extra headers) to every request.

    With `refresh_on_401`, a 401 answer makes it ask the source for a new token and send the request once more.
    """

    def __init__(
        self, source: TokenSource, *, extra_headers: Mapping[str, str] | None = None, refresh_on_401: bool = False
    ) -> None:
        self._source = source
        self._extra = dict(extra_headers or {})
        self._refresh_on_401 = refresh_on_401
        self._lock = threading.Lock()

    def _token(self, force_refresh: bool) -> str:
        with self._lock:  # one refresh at a time, even with many threads
            token = self._source.token(force_refresh)
        register_secret(token)
        return token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers.update(self._extra)
        request.headers["Authorization"] = f"Bearer {self._token(False)}"
        response = yield request
        if self._refresh_on_401 and response.status_code == 401:
            request.headers["Authorization"] = f"Bearer {self._token(True)}"
            yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        request.headers.update(self._extra)
        request.headers["Authorization"] = f"Bearer {await self._token_async(False)}"
        response = yield request
        if self._refresh_on_401 and response.status_code == 401:
            request.headers["Authorization"] = f"Bearer {await self._token_async(True)}"
            yield request

    async def _token_async(self, force_refresh: bool) -> str:
        """The token without blocking the event loop: a refresh (an HTTP round trip) runs in a worker thread."""
        would_block = getattr(self._source, "would_block", None)
        if not force_refresh and (would_block is None or not would_block()):
            if self._lock.acquire(blocking=False):  # held only while another caller refreshes
                try:
                    token = self._source.token(False)
                finally:
                    self._lock.release()
                register_secret(token)
                return token
        import anyio.to_thread  # httpx's own dependency; works under asyncio and trio

        return await anyio.to_thread.run_sync(self._token, force_refresh)

    def __repr__(self) -> str:
        return f"TokenAuth(source={type(self._source).__name__}, headers={sorted(self._extra)})"


def make_ssl_context(
    *,
    verify: bool = True,
    ca_dir: str | None = None,
    ca_file: str | None = None,
    cert_file: str | None = None,
    key_file: str | None = None,
) -> ssl.SSLContext:
    """A client TLS context: system CAs plus an optional CA directory/file, and an optional client certificate.

    Unlike the legacy grid clients, adding a grid CA directory keeps the system CAs trusted.
    """
    context = ssl.create_default_context()
    if ca_dir:
        context.load_verify_locations(capath=ca_dir)
    if ca_file:
        context.load_verify_locations(cafile=ca_file)
    if cert_file:
        context.load_cert_chain(cert_file, key_file or cert_file)
    if not verify:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context
