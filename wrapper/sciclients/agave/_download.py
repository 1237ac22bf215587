"""Streaming a job output file to a path or a writable binary stream, never holding it in memory.

The core's runner reads whole bodies, so the download sends its request here, with the client's own
pooled httpx client (its auth: bearer token, refresh on 401) and the core's error mapping
(`raise_for_status`). Like the core it retries a GET on a connection failure or 429/502/503/504 — but only
before the first byte has been written. A path is written to `<name>.part` and renamed when complete.
"""

from __future__ import annotations

import asyncio
import os
import random
import time
from pathlib import Path
from typing import Any, Protocol

import httpx

from sciclients import errors
from sciclients._core import AsyncHTTP, Call, SyncHTTP, logger
from sciclients._core._http import RETRY_STATUSES

__all__ = ["Destination", "check_destination", "download", "adownload"]

_CONNECT_FAILURES = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.ReadError,
                     httpx.RemoteProtocolError, httpx.ReadTimeout)  # fmt: skip


class Writable(Protocol):
    def write(self, data: bytes, /) -> Any: ...


Destination = str | os.PathLike[str] | Writable


def check_destination(destination: Any) -> Path | Writable:
    """A file path whose directory exists, or an object with a `write(bytes)` method."""
    if isinstance(destination, (str, os.PathLike)):
        path = Path(destination)
        if path.is_dir():
            raise ValueError(f"destination: {path} is a directory; give the path of the file to write")
        if not path.parent.is_dir():
            raise ValueError(f"destination: the directory {path.parent} does not exist")
        return path
    if callable(getattr(destination, "write", None)):
        return destination  # type: ignore[no-any-return]
    raise TypeError(f"destination must be a file path or a writable binary stream, got {type(destination).__name__}")


class _Sink:
    """Where the bytes go: a stream as is, or a `.part` file renamed into place once complete."""

    def __init__(self, destination: Path | Writable) -> None:
        self._final = destination if isinstance(destination, Path) else None
        self._part = self._final.with_name(self._final.name + ".part") if self._final is not None else None
        self._stream: Any = self._part.open("wb") if self._part is not None else destination
        self.written = 0

    def write(self, chunk: bytes) -> None:
        self._stream.write(chunk)
        self.written += len(chunk)

    def finish(self, ok: bool) -> None:
        if self._part is None or self._final is None:
            return
        self._stream.close()
        if ok:
            os.replace(self._part, self._final)
        else:
            self._part.unlink(missing_ok=True)


def _delay(http: SyncHTTP | AsyncHTTP, attempt: int, response: httpx.Response | None) -> float:
    after = response.headers.get("retry-after") if response is not None else None
    if after and after.strip().replace(".", "", 1).isdigit():
        return min(float(after), 60.0)
    backoff = min(http.options.backoff_base * 2.0**attempt, http.options.backoff_max)
    return backoff * (1 - 0.25 * random.random())


def _connection_error(exc: Exception, request: httpx.Request, written: int) -> errors.APIConnectionError:
    cls = errors.APITimeoutError if isinstance(exc, httpx.TimeoutException) else errors.APIConnectionError
    what = f"download interrupted after {written} bytes" if written else "download failed"
    return cls(f"{what}: {type(exc).__name__}: {exc}", method=request.method, url=str(request.url))


def _retry(http: SyncHTTP | AsyncHTTP, attempt: int, status: int | None) -> bool:
    return attempt < http.options.max_retries and (status is None or status in RETRY_STATUSES)


def download(http: SyncHTTP, call: Call[Any], destination: Path | Writable) -> int:
    """Send the download request and stream the body to `destination`; the number of bytes written."""
    client: httpx.Client = http._client  # the core has no public streaming send (see the report)
    request = client.build_request(timeout=http.options.timeout, **call.request)
    attempt = 0
    while True:
        started = time.monotonic()
        try:
            response = client.send(request, stream=True)
        except httpx.TransportError as exc:
            if isinstance(exc, _CONNECT_FAILURES) and _retry(http, attempt, None):
                time.sleep(_delay(http, attempt, None))
                attempt += 1
                continue
            raise _connection_error(exc, request, 0) from None
        try:
            logger.info("%s %s -> %s in %.0f ms (streaming)", request.method, request.url, response.status_code,
                        (time.monotonic() - started) * 1000)  # fmt: skip
            if _retry(http, attempt, response.status_code):
                time.sleep(_delay(http, attempt, response))
                attempt += 1
                continue
            if response.status_code >= 400:
                response.read()
                http.raise_for_status(response)
            sink, ok = _Sink(destination), False
            try:
                for chunk in response.iter_bytes():
                    sink.write(chunk)
                ok = True
            except httpx.TransportError as exc:
                raise _connection_error(exc, request, sink.written) from None
            finally:
                sink.finish(ok)
            return sink.written
        finally:
            response.close()


async def adownload(http: AsyncHTTP, call: Call[Any], destination: Path | Writable) -> int:
    """The asyncio twin of `download` (file writes are plain blocking writes of each received chunk)."""
    client: httpx.AsyncClient = http._client  # the core has no public streaming send (see the report)
    request = client.build_request(timeout=http.options.timeout, **call.request)
    attempt = 0
    while True:
        started = time.monotonic()
        try:
            response = await client.send(request, stream=True)
        except httpx.TransportError as exc:
            if isinstance(exc, _CONNECT_FAILURES) and _retry(http, attempt, None):
                await asyncio.sleep(_delay(http, attempt, None))
                attempt += 1
                continue
            raise _connection_error(exc, request, 0) from None
        try:
            logger.info("%s %s -> %s in %.0f ms (streaming)", request.method, request.url, response.status_code,
                        (time.monotonic() - started) * 1000)  # fmt: skip
            if _retry(http, attempt, response.status_code):
                await asyncio.sleep(_delay(http, attempt, response))
                attempt += 1
                continue
            if response.status_code >= 400:
                await response.aread()
                http.raise_for_status(response)
            sink, ok = _Sink(destination), False
            try:
                async for chunk in response.aiter_bytes():
                    sink.write(chunk)
                ok = True
            except httpx.TransportError as exc:
                raise _connection_error(exc, request, sink.written) from None
            finally:
                sink.finish(ok)
            return sink.written
        finally:
            await response.aclose()
