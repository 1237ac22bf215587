"""One pooled httpx client per typed client: retries, timeouts, error mapping and logging, written once.

A system builds `HTTPOptions` (base URL, auth, TLS, headers, how to read its error bodies) and hands them
to `SyncHTTP` or `AsyncHTTP`; its typed client sends every request through `send`.
"""

from __future__ import annotations

import email.utils
import gzip
import random
import re
import time
from collections.abc import Callable, Mapping
from typing import Any

import attrs
import httpx

from sciclients import errors
from sciclients._redaction import redact

from ._config import is_loopback
from ._deadline import DEADLINE, EXPIRED, install
from ._logging import logger
from ._tls import loaded_tls_context

__all__ = ["HTTPOptions", "SyncHTTP", "AsyncHTTP", "RETRY_STATUSES", "default_error_message"]

RETRY_STATUSES = frozenset({429, 502, 503, 504})
# Failures where the request certainly never reached the server: safe to retry anything.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Failures after the request may have been delivered: retried only when repeating it is harmless.
_MAYBE_SENT = (httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError, httpx.ReadTimeout, httpx.WriteTimeout)
_MAX_RETRY_AFTER = 60.0
_DELAY_SECONDS = re.compile(r"[0-9]+(?:\.[0-9]+)?")  # Retry-After: delay-seconds
# An answer held in memory may not decode to more than this (a gzip bomb: 1 MB that inflates to 10 GB).
# Streamed downloads go to a file and have no such limit.
MAX_ANSWER_BYTES = 512 * 2**20
_BODY_EXCERPT = 2000


def default_error_message(response: httpx.Response) -> str:
    """The server's own words from an error answer: its text, stripped and shortened."""
    text = response.text.strip()
    return text[:_BODY_EXCERPT] if text else response.reason_phrase


@attrs.frozen(repr=False)
class HTTPOptions:
    base_url: str
    auth: httpx.Auth | None = None
    headers: Mapping[str, str] = attrs.field(factory=dict)
    verify: Any = True  # ssl.SSLContext or bool
    timeout: httpx.Timeout = httpx.Timeout(60.0, connect=10.0)
    max_retries: int = 2
    backoff_base: float = 0.5  # seconds; the first retry waits about this long, doubling after
    backoff_max: float = 8.0
    error_message: Callable[[httpx.Response], str] = default_error_message
    error_class: Callable[[int, str], type[errors.APIStatusError]] = lambda status, _text: errors.status_error_class(
        status
    )
    gzip_json_above: int | None = None  # compress JSON request bodies larger than this many bytes
    # A transport of the caller's (tests inject one), "aiohttp" (asyncio clients only) or None: httpx's own.
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | str | None = None
    follow_redirects: bool = False
    # The read timeout also bounds each attempt as a whole: connect, send and every read of the answer (a
    # streamed download: until its headers). False: httpx's per-operation timeouts only.
    total_timeout: bool = True

    def __attrs_post_init__(self) -> None:
        if isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int) or self.max_retries < 0:
            raise ValueError(f"max_retries must be a non-negative integer, got {self.max_retries!r}")

    def __repr__(self) -> str:  # never shows headers or auth
        return f"HTTPOptions(base_url={self.base_url!r}, timeout={self.timeout!r}, max_retries={self.max_retries})"


class _Base:
    _options: HTTPOptions
    _url_prefix: str  # the client's base URL without its trailing slash
    _total: float | None  # seconds one attempt may take as a whole; None: no limit

    def _setup(self, options: HTTPOptions, client: httpx.Client | httpx.AsyncClient) -> None:
        self._options = options
        self._client = client
        self._url_prefix = str(client.base_url).rstrip("/")
        self._total = options.timeout.read if options.total_timeout else None

    def _client_kwargs(self, transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None) -> dict[str, Any]:
        o = self._options
        kwargs: dict[str, Any] = {
            "base_url": o.base_url,
            "auth": o.auth,
            "headers": dict(o.headers),
            "verify": o.verify,
            "timeout": o.timeout,
            "follow_redirects": o.follow_redirects,
        }
        base = httpx.URL(o.base_url)
        if base.scheme == "http" and is_loopback(base.host):
            # Plain http is allowed with credentials because loopback traffic stays on the machine; an
            # HTTP_PROXY from the environment would carry them, in clear, to the proxy host (aiohttp never uses it).
            kwargs["trust_env"] = False
        if transport is not None:
            kwargs["transport"] = transport
        return kwargs

    def _build(self, client: httpx.Client | httpx.AsyncClient, request_kwargs: Mapping[str, Any]) -> httpx.Request:
        url = request_kwargs.get("url")
        if isinstance(url, str) and url.startswith("/"):
            # The generated endpoints give paths; joining them to the base here is what httpx's base_url merge
            # does, minus parsing the base and the path again on every call (measured: ~0.15 ms of ~0.7).
            request_kwargs = {**request_kwargs, "url": self._url_prefix + url}
        try:
            request = client.build_request(timeout=self._options.timeout, **request_kwargs)
        except httpx.InvalidURL as exc:
            raise _unsendable(request_kwargs, exc) from None
        limit = self._options.gzip_json_above
        if limit is not None and "json" in request_kwargs and len(request.content) > limit:
            body = gzip.compress(request.content, mtime=0)
            headers = httpx.Headers(request.headers)
            headers["Content-Encoding"] = "gzip"
            headers["Content-Length"] = str(len(body))
            request = httpx.Request(request.method, request.url, headers=headers, content=body,
                                    extensions=request.extensions)  # fmt: skip
        return request

    def _retry_delay(self, attempt: int, response: httpx.Response | None) -> float:
        if response is not None:
            delay = _retry_after(response.headers)
            if delay is not None:
                return delay
        backoff = min(self._options.backoff_base * 2.0**attempt, self._options.backoff_max)
        return backoff * (1 - 0.25 * random.random())  # jitter: spread clients that failed together

    def _should_retry_error(self, exc: Exception, idempotent: bool) -> bool:
        return isinstance(exc, _NOT_SENT) or (idempotent and isinstance(exc, _MAYBE_SENT))

    def _log_request(self, request: httpx.Request, attempt: int) -> None:
        if logger.isEnabledFor(10):
            suffix = f" (retry {attempt})" if attempt else ""
            logger.debug("request %s %s%s", request.method, request.url, suffix)

    def _log_response(self, request: httpx.Request, response: httpx.Response, started: float) -> None:
        logger.info(
            "%s %s -> %s in %.0f ms", request.method, request.url, response.status_code,
            (time.monotonic() - started) * 1000,
        )  # fmt: skip

    def _connection_error(self, exc: Exception, request: httpx.Request) -> errors.APIConnectionError:
        cls = errors.APITimeoutError if isinstance(exc, httpx.TimeoutException) else errors.APIConnectionError
        what = "timed out" if cls is errors.APITimeoutError else "connection failed"
        if _broke_http(exc):
            what = "the server's answer is not valid HTTP/1.1 (its status line or headers are malformed)"
        return cls(f"{what}: {type(exc).__name__}: {exc}", method=request.method, url=str(request.url))

    def _undecodable(
        self, exc: Exception, request: httpx.Request, response: httpx.Response | None
    ) -> errors.APIResponseValidationError:
        # `response` is None when the transport itself decoded the body (e.g. httpx.MockTransport).
        status = response.status_code if response is not None else 0
        encoding = response.headers.get("content-encoding", "none") if response is not None else "unknown"
        where = f" (HTTP {status})" if response is not None else ""
        return errors.APIResponseValidationError(
            f"the answer{where} could not be decoded as its Content-Encoding {encoding!r} says: {exc}",
            status_code=status, method=request.method, url=str(request.url),
        )  # fmt: skip

    def raise_for_status(self, response: httpx.Response) -> None:
        """Raise the typed error for an HTTP failure status (>= 400), with the server's own words."""
        if response.status_code < 400:
            return
        request = response.request
        try:
            server_message = redact(self._options.error_message(response))
        except RecursionError:  # a JSON error body nested too deeply for the system's reader: its raw text
            server_message = redact(default_error_message(response))
        cls = self._options.error_class(response.status_code, server_message)
        raise cls(
            f"HTTP {response.status_code}: {server_message}",
            status_code=response.status_code,
            server_message=server_message,
            body=response.text,  # already in memory; callers such as jdma_lib re-read it as JSON
            method=request.method,
            url=str(request.url),
        )


# RemoteProtocolError texts that mean the connection ended early, not that the answer was malformed.
_EARLY_END = ("disconnected", "peer closed", "connection closed", "without sending")


def _broke_http(exc: Exception) -> bool:
    """A server that answered, but not in HTTP/1.1 (a reason phrase holding a newline, a header without a colon):
    to be said as such, not as a connection failure."""
    text = str(exc).lower()
    return isinstance(exc, httpx.RemoteProtocolError) and not any(words in text for words in _EARLY_END)


def _unsendable(request_kwargs: Mapping[str, Any], exc: httpx.InvalidURL) -> ValueError:
    """A request httpx cannot put into a URL (over 65,536 bytes): named by its longest query argument."""
    params = request_kwargs.get("params") or {}
    name = max(params, key=lambda key: len(str(params[key])), default=None)
    return ValueError(f"{name or 'the request'}: too long to send in a URL ({exc}); pass fewer items per call")


def _ambiguous_length(response: httpx.Response) -> str | None:
    """What makes the answer's length ambiguous, which h11 lets pass and aiohttp refuses: refused on every
    transport alike, since the bytes after such an answer cannot be trusted to be the next one."""
    headers = response.headers  # (h11 itself refuses Content-Length headers that disagree)
    if "content-length" in headers and "transfer-encoding" in headers:
        return "the answer has both Content-Length and Transfer-Encoding"
    return None


def _too_large(response: httpx.Response) -> errors.APIResponseValidationError:
    return errors.APIResponseValidationError(
        f"the answer (HTTP {response.status_code}) is larger than {MAX_ANSWER_BYTES // 2**20} MiB once decoded",
        status_code=response.status_code, method=response.request.method, url=str(response.request.url),
    )  # fmt: skip


def read_limited(response: httpx.Response) -> None:
    """What `response.read()` does, refusing a body that decodes to more than MAX_ANSWER_BYTES (a gzip bomb)."""
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > MAX_ANSWER_BYTES:
            raise _too_large(response)
        chunks.append(chunk)
    response._content = b"".join(chunks)


async def aread_limited(response: httpx.Response) -> None:
    """What `response.aread()` does, with the limit of `read_limited`."""
    chunks, size = [], 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > MAX_ANSWER_BYTES:
            raise _too_large(response)
        chunks.append(chunk)
    response._content = b"".join(chunks)


def _misframed(response: httpx.Response) -> bool:
    """The answer's framing was wrong, so its connection may still hold bytes that are not the next answer."""
    status = response.status_code
    if status in (204, 304) or status < 200:  # no body, whatever the headers say (RFC 9110)
        headers = response.headers
        if "transfer-encoding" in headers or headers.get("content-length", "0").strip() != "0":
            return True
    return _bytes_after_answer(response)


def _bytes_after_answer(response: httpx.Response) -> bool:
    """Bytes that came after the end of this answer and wait in h11's buffer for the next answer on the connection.

    httpx does not expose them: this follows httpx's and httpcore's stream wrappers to the connection's h11
    state. Other transports (aiohttp drops such connections itself) or another layout answer False."""
    node: Any = response.stream
    for _ in range(6):
        state = getattr(node, "_h11_state", None)
        if state is not None:
            return bool(state.trailing_data[0])
        node = (
            getattr(node, "_stream", None)
            or getattr(node, "_httpcore_stream", None)
            or getattr(node, "_connection", None)
        )
    return False


def _retry_after(headers: httpx.Headers) -> float | None:
    """The server's wait in seconds, capped at _MAX_RETRY_AFTER; None (use the backoff) unless it is what RFC 9110
    allows: ASCII digits, a fraction tolerated (not NaN, -5, 1e400 or 1_000, which float() takes), or an HTTP date."""
    value = (headers.get("retry-after") or "").strip()
    if not value:
        return None
    if _DELAY_SECONDS.fullmatch(value):
        seconds = float(value)  # digits only: at worst inf, which the cap below turns into its maximum
    else:
        try:
            seconds = email.utils.parsedate_to_datetime(value).timestamp() - time.time()
        except (TypeError, ValueError, OverflowError):  # neither seconds nor a usable date: use the backoff
            return None
    return max(0.0, min(seconds, _MAX_RETRY_AFTER))


async def _sleep(seconds: float) -> None:
    import asyncio  # only when a retry waits: importing asyncio costs a blocking client ~25 ms at start-up

    await asyncio.sleep(seconds)


def _async_transport(options: HTTPOptions) -> httpx.AsyncBaseTransport | None:
    transport = options.transport
    if transport is None or isinstance(transport, httpx.AsyncBaseTransport):
        return transport
    if transport != "aiohttp":
        raise TypeError(f"transport must be an httpx.AsyncBaseTransport, 'aiohttp' or None, got {transport!r}")
    try:
        from ._aiohttp import CorrectedAiohttpTransport  # imports aiohttp: only for the clients that ask
    except ImportError as exc:
        raise errors.ConfigurationError(
            f"transport='aiohttp' needs the optional dependencies: pip install 'sciclients[aiohttp]' ({exc})"
        ) from None
    return CorrectedAiohttpTransport(verify=loaded_tls_context(options.verify))


class SyncHTTP(_Base):
    """The blocking transport of a typed client. Thread-safe; close it (or use `with`) when done."""

    _client: httpx.Client

    def __init__(self, options: HTTPOptions, *, shared: httpx.Client | None = None) -> None:
        if shared is None:
            transport = options.transport
            if transport is not None and not isinstance(transport, httpx.BaseTransport):
                raise TypeError(f"transport must be an httpx.BaseTransport or None, got {transport!r}")
            self._options = options
            shared = httpx.Client(**self._client_kwargs(transport))
            install(shared)
        self._setup(options, shared)

    @property
    def options(self) -> HTTPOptions:
        return self._options

    def with_options(self, **changes: Any) -> SyncHTTP:
        """A view with other timeout/max_retries that shares this one's connection pool."""
        return SyncHTTP(attrs.evolve(self._options, **changes), shared=self._client)

    def send(self, request_kwargs: Mapping[str, Any], *, idempotent: bool, stream: bool = False) -> httpx.Response:
        """Send with retries; with `stream`, the body is left unread (the caller reads and closes it)."""
        request = self._build(self._client, request_kwargs)
        attempt = 0
        while True:
            self._log_request(request, attempt)
            started = time.monotonic()
            deadline = DEADLINE.set(started + self._total) if self._total is not None else None
            try:
                response = self._exchange(request, stream)
            except httpx.TransportError as exc:
                if attempt < self._options.max_retries and self._should_retry_error(exc, idempotent):
                    time.sleep(self._retry_delay(attempt, None))
                    attempt += 1
                    continue
                raise self._connection_error(exc, request) from None
            finally:
                if deadline is not None:
                    DEADLINE.reset(deadline)
            self._log_response(request, response, started)
            if idempotent and response.status_code in RETRY_STATUSES and attempt < self._options.max_retries:
                delay = self._retry_delay(attempt, response)
                response.close()
                time.sleep(delay)
                attempt += 1
                continue
            return response

    def _exchange(self, request: httpx.Request, stream: bool) -> httpx.Response:
        # Headers first; the body is read here so that a failure while reading it is ours to map.
        try:
            response = self._client.send(request, stream=True)
        except httpx.DecodingError as exc:  # a transport that decodes the body itself (httpx.MockTransport)
            raise self._undecodable(exc, request, None) from None
        problem = _ambiguous_length(response)
        if problem is not None:
            self._discard(response)
            response.close()
            raise httpx.RemoteProtocolError(problem, request=request)
        if not stream:
            try:
                read_limited(response)
                self.discard_if_misframed(response)
            except httpx.DecodingError as exc:
                raise self._undecodable(exc, request, response) from None
            finally:
                response.close()
        return response

    def discard_if_misframed(self, response: httpx.Response) -> None:
        """Call once the body is read: a wrongly framed answer's connection is closed, never reused."""
        if _misframed(response):
            self._discard(response)

    def _discard(self, response: httpx.Response) -> None:
        logger.debug("closing the connection: the answer to %s %s was wrongly framed", response.request.method,
                     response.request.url)  # fmt: skip
        stream = response.extensions.get("network_stream")
        if stream is not None:
            stream.close()  # httpcore's pool drops a closed connection instead of reusing it

    def close(self) -> None:
        self._client.close()


class AsyncHTTP(_Base):
    """The asyncio transport of a typed client. Close it (or use `async with`) when done."""

    _client: httpx.AsyncClient

    def __init__(self, options: HTTPOptions, *, shared: httpx.AsyncClient | None = None) -> None:
        if shared is None:
            self._options = options
            shared = httpx.AsyncClient(**self._client_kwargs(_async_transport(options)))
        self._setup(options, shared)

    @property
    def options(self) -> HTTPOptions:
        return self._options

    def with_options(self, **changes: Any) -> AsyncHTTP:
        return AsyncHTTP(attrs.evolve(self._options, **changes), shared=self._client)

    async def send(
        self, request_kwargs: Mapping[str, Any], *, idempotent: bool, stream: bool = False
    ) -> httpx.Response:
        request = self._build(self._client, request_kwargs)
        attempt = 0
        while True:
            self._log_request(request, attempt)
            started = time.monotonic()
            try:
                if self._total is None:
                    response = await self._exchange(request, stream)
                else:
                    response = await self._limited(request, stream, self._total)
            except httpx.TransportError as exc:
                if attempt < self._options.max_retries and self._should_retry_error(exc, idempotent):
                    await _sleep(self._retry_delay(attempt, None))
                    attempt += 1
                    continue
                raise self._connection_error(exc, request) from None
            self._log_response(request, response, started)
            if idempotent and response.status_code in RETRY_STATUSES and attempt < self._options.max_retries:
                delay = self._retry_delay(attempt, response)
                await response.aclose()
                await _sleep(delay)
                attempt += 1
                continue
            return response

    async def _limited(self, request: httpx.Request, stream: bool, seconds: float) -> httpx.Response:
        import asyncio  # loaded already wherever an asyncio client runs

        try:
            async with asyncio.timeout(seconds):
                return await self._exchange(request, stream)
        except TimeoutError:
            raise httpx.ReadTimeout(EXPIRED, request=request) from None

    async def _exchange(self, request: httpx.Request, stream: bool) -> httpx.Response:
        try:
            response = await self._client.send(request, stream=True)
        except httpx.DecodingError as exc:  # a transport that decodes the body itself (httpx.MockTransport)
            raise self._undecodable(exc, request, None) from None
        problem = _ambiguous_length(response)
        if problem is not None:
            await self._discard(response)
            await response.aclose()
            raise httpx.RemoteProtocolError(problem, request=request)
        if not stream:
            try:
                await aread_limited(response)
                await self.discard_if_misframed(response)
            except httpx.DecodingError as exc:
                raise self._undecodable(exc, request, response) from None
            finally:
                await response.aclose()
        return response

    async def discard_if_misframed(self, response: httpx.Response) -> None:
        """Call once the body is read: a wrongly framed answer's connection is closed, never reused."""
        if _misframed(response):
            await self._discard(response)

    async def _discard(self, response: httpx.Response) -> None:
        logger.debug("closing the connection: the answer to %s %s was wrongly framed", response.request.method,
                     response.request.url)  # fmt: skip
        stream = response.extensions.get("network_stream")
        if stream is not None:
            await stream.aclose()  # httpcore's pool drops a closed connection instead of reusing it

    async def close(self) -> None:
        await self._client.aclose()
