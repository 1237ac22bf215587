"""The optional aiohttp transport for the asyncio clients (`transport="aiohttp"`, `pip install 'sciclients[aiohttp]'`).

httpx's own async pool spends several ms of CPU per request once many are in flight, which caps bulk calls
(benchmarks/RESULTS.md); aiohttp's pool does not. httpx-aiohttp adapts aiohttp to httpx, but maps every
`aiohttp.ClientConnectionError` to `httpx.ConnectTimeout` (a refused connect, a bad certificate, even a
server that closed the connection after the request left), which would let the core retry a POST that
may have been delivered. This module re-maps each aiohttp failure by its own class, the way httpx's own
transport classifies the same failure, before the core sees it.
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator

import aiohttp
import httpx
from httpx_aiohttp import AiohttpTransport

__all__ = ["CorrectedAiohttpTransport", "httpx_error"]

# Most specific first; the first class the failure is an instance of decides.
_ERROR_MAP: tuple[tuple[type[BaseException], type[httpx.TransportError]], ...] = (
    (aiohttp.ConnectionTimeoutError, httpx.ConnectTimeout),  # no connection in time: nothing was sent
    (aiohttp.ServerTimeoutError, httpx.ReadTimeout),  # the answer did not come in time
    (aiohttp.ClientConnectorError, httpx.ConnectError),  # refused, DNS, TLS or certificate: nothing was sent
    (aiohttp.ServerDisconnectedError, httpx.RemoteProtocolError),  # closed before answering; may have been sent
    (aiohttp.ClientPayloadError, httpx.RemoteProtocolError),  # body cut short or malformed
    (aiohttp.ClientResponseError, httpx.RemoteProtocolError),  # malformed status line or headers
    (aiohttp.InvalidURL, httpx.UnsupportedProtocol),
    (UnicodeError, httpx.RemoteProtocolError),  # httpx-aiohttp re-encodes a reason phrase that is not UTF-8
    (aiohttp.ClientError, httpx.ReadError),  # anything else after connecting, e.g. a reset
    (TimeoutError, httpx.ReadTimeout),  # a bare timeout from aiohttp: treat as maybe-sent, never as not-sent
)
_CAUGHT = (httpx.TransportError, aiohttp.ClientError, TimeoutError, UnicodeError)


def httpx_error(exc: BaseException, request: httpx.Request) -> httpx.TransportError:
    """The httpx error for a failure raised by aiohttp or by httpx-aiohttp's own (coarser) mapping."""
    original = exc.__cause__ if isinstance(exc, httpx.TransportError) and exc.__cause__ is not None else exc
    for source, target in _ERROR_MAP:
        if isinstance(original, source):
            return target(f"{type(original).__name__}: {original}", request=request)
    if isinstance(exc, httpx.TransportError):
        return exc
    return httpx.ReadError(f"{type(original).__name__}: {original}", request=request)


class _RemappedStream(httpx.AsyncByteStream):
    """The response body, with failures while reading it re-mapped too."""

    def __init__(self, inner: httpx.AsyncByteStream, request: httpx.Request) -> None:
        self._inner, self._request = inner, request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._inner:
                yield chunk
        except _CAUGHT as exc:
            raise httpx_error(exc, self._request) from exc

    async def aclose(self) -> None:
        try:
            await self._inner.aclose()
        except _CAUGHT as exc:
            raise httpx_error(exc, self._request) from exc


class CorrectedAiohttpTransport(AiohttpTransport):
    """httpx-aiohttp's transport with the failures classified as httpx's own transport would."""

    def __init__(self, verify: ssl.SSLContext | bool) -> None:
        # httpx's defaults: 100 connections, 20 kept alive for 5 s; aiohttp ignores HTTP(S)_PROXY here.
        super().__init__(verify=verify, limits=httpx.Limits(max_connections=100, max_keepalive_connections=20))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = await super().handle_async_request(request)
        except _CAUGHT as exc:
            raise httpx_error(exc, request) from exc
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _RemappedStream(response.stream, request)
        return response
