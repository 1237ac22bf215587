"""Credentials shared by the systems: bearer tokens with refresh, and TLS with client certificates."""

from __future__ import annotations

import os
import re
import ssl
import threading
from collections.abc import AsyncGenerator, Callable, Generator, Mapping
from typing import Protocol

import httpx

from sciclients._redaction import register_secret
from sciclients.errors import ConfigurationError

from ._secrets import check_token, read_file, token_problem
from ._system_cas import default_tls_context

__all__ = ["TokenSource", "StaticToken", "TokenAuth", "make_ssl_context"]


class TokenSource(Protocol):
    """Gives the current bearer token; `force_refresh` asks for a new one (after a 401, or when expired).

    A source whose `token` may block (a refresh over HTTP, a file read) can also offer `would_block() -> bool`,
    true when the next `token(False)` would: the asyncio clients then call it in a worker thread.
    """

    def token(self, force_refresh: bool = False) -> str: ...


class StaticToken:
    """A token given once, never refreshed; checked (`check_token`) with its source named."""

    def __init__(self, value: str, source: str = "token", error: Callable[[str], Exception] = ValueError) -> None:
        self._value = check_token(value, source, error)

    def token(self, force_refresh: bool = False) -> str:
        return self._value

    def __repr__(self) -> str:
        return "StaticToken(***)"


class TokenAuth(httpx.Auth):
    """Adds `Authorization: Bearer <token>` (and fixed extra headers) to every request.

    With `refresh_on_401`, a 401 answer makes it ask the source for a new token and send the request once more.
    One refresh at a time per source, shared: calls refused with a token that another call has already
    replaced take the new token instead of refreshing again (a refresh may revoke the token before it).
    """

    def __init__(
        self, source: TokenSource, *, extra_headers: Mapping[str, str] | None = None, refresh_on_401: bool = False
    ) -> None:
        self._source = source
        self._extra = dict(extra_headers or {})
        self._refresh_on_401 = refresh_on_401
        self._lock = threading.Lock()

    def _checked(self, token: object) -> str:
        """Whatever the source gave, never into a header unchecked (the sources check too, naming the file)."""
        problem = token_problem(token)
        if problem is not None:
            raise ConfigurationError(f"the token from {type(self._source).__name__} {problem}")
        assert isinstance(token, str)
        register_secret(token)
        return token

    def _token(self, force_refresh: bool, refused: str | None = None) -> str:
        with self._lock:  # one refresh at a time, even with many threads
            if force_refresh and refused is not None:
                current = self._source.token(False)
                if current != refused:  # another call refreshed it meanwhile
                    return self._checked(current)
            return self._checked(self._source.token(force_refresh))

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers.update(self._extra)
        token = self._token(False)
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if self._refresh_on_401 and response.status_code == 401:
            request.headers["Authorization"] = f"Bearer {self._token(True, token)}"
            yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        request.headers.update(self._extra)
        token = await self._token_async(False)
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if self._refresh_on_401 and response.status_code == 401:
            request.headers["Authorization"] = f"Bearer {await self._token_async(True, token)}"
            yield request

    async def _token_async(self, force_refresh: bool, refused: str | None = None) -> str:
        """The token without blocking the event loop: a refresh (an HTTP round trip) runs in a worker thread."""
        would_block = getattr(self._source, "would_block", None)
        if not force_refresh and (would_block is None or not would_block()):
            if self._lock.acquire(blocking=False):  # held only while another caller refreshes
                try:
                    return self._checked(self._source.token(False))
                finally:
                    self._lock.release()
        import anyio.to_thread  # httpx's own dependency; works under asyncio and trio

        return await anyio.to_thread.run_sync(self._token, force_refresh, refused)

    def __repr__(self) -> str:
        return f"TokenAuth(source={type(self._source).__name__}, headers={sorted(self._extra)})"


class _PassPhraseAsked(Exception):
    """Raised by the pass-phrase callback: an encrypted key must never prompt on the terminal."""


def _no_pass_phrase() -> bytes:
    raise _PassPhraseAsked


_PEM_CERTIFICATE = b"-----BEGIN CERTIFICATE-----"
_PEM_KEY = re.compile(rb"-----BEGIN ((?:RSA |EC |DSA |ENCRYPTED )?PRIVATE KEY)-----")


def _client_pem_problem(pem: bytes) -> str | None:
    """What is wrong with a client certificate file (a grid proxy: certificate(s) and key in PEM), if anything."""
    if not pem.strip():
        return "is empty"
    if b"-----BEGIN " not in pem:
        return "is not a PEM file (no -----BEGIN line: DER, or not a certificate at all)"
    if _PEM_CERTIFICATE not in pem:
        return "holds no PEM certificate"
    key = _PEM_KEY.search(pem)
    if key is None:
        return "holds a certificate but no private key (a proxy file holds both)"
    if key.group(1) == b"ENCRYPTED PRIVATE KEY" or b"Proc-Type: 4,ENCRYPTED" in pem:
        return "has an encrypted private key (it would need a pass phrase; make an unencrypted proxy)"
    return None


def _load_client_certificate(context: ssl.SSLContext, cert_file: str, key_file: str | None, source: str) -> None:
    where = f"{source}: the certificate file {cert_file}"
    pem = read_file(cert_file, source)
    if key_file:
        pem += b"\n" + read_file(key_file, source)
    problem = _client_pem_problem(pem)
    if problem is None:
        try:
            context.load_cert_chain(cert_file, key_file or cert_file, password=_no_pass_phrase)
        except _PassPhraseAsked:
            problem = "has an encrypted private key (it would need a pass phrase; make an unencrypted proxy)"
        except ssl.SSLError as exc:
            reason = exc.reason or ""
            problem = (
                "holds a private key that does not match its certificate"
                if "MISMATCH" in reason
                else f"could not be loaded as certificate and key ({reason or exc.__class__.__name__})"
            )
        except OSError as exc:
            problem = f"cannot be read ({exc.strerror or type(exc).__name__})"
    if problem is not None:
        raise ConfigurationError(f"{where} {problem}")


def _load_ca_file(context: ssl.SSLContext, ca_file: str, source: str) -> None:
    pem = read_file(ca_file, source)
    problem: str | None = None
    if _PEM_CERTIFICATE not in pem:
        problem = "holds no PEM certificate"
    else:
        try:
            context.load_verify_locations(cadata=pem.decode("ascii", errors="replace"))
        except ssl.SSLError as exc:
            problem = f"could not be loaded as CA certificates ({exc.reason or type(exc).__name__})"
    if problem is not None:
        raise ConfigurationError(f"{source}: the CA file {ca_file} {problem}")


def make_ssl_context(
    *,
    verify: bool = True,
    ca_dir: str | None = None,
    ca_file: str | None = None,
    cert_file: str | None = None,
    key_file: str | None = None,
    ca_dir_source: str = "ca_dir",
    ca_file_source: str = "ca_file",
    cert_source: str = "cert_file",
    system_cas: bool = True,
) -> ssl.SSLContext:
    """A client TLS context: system CAs plus an optional CA directory/file, and an optional client certificate.

    Unlike the legacy grid clients, adding a grid CA directory keeps the system CAs trusted. Every problem with
    a file is a ConfigurationError naming it and the argument or variable it came from (`*_source`); an
    encrypted key is refused, never a pass-phrase prompt. `system_cas=False` leaves out the system CAs (the
    costly part): `tls_context` uses it to check the given files when a client is constructed.
    """
    context = default_tls_context() if system_cas else ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if ca_dir:
        if not os.path.isdir(ca_dir):
            raise ConfigurationError(f"{ca_dir_source}: the CA directory {ca_dir} is not a directory")
        context.load_verify_locations(capath=ca_dir)
    if ca_file:
        _load_ca_file(context, ca_file, ca_file_source)
    if cert_file:
        _load_client_certificate(context, cert_file, key_file, cert_source)
    if not verify:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context
