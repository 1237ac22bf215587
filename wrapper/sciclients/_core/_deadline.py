"""A total time limit per attempt for the blocking transport: connect, send and every read of the answer.

httpx's timeouts are per socket operation: a server sending one byte every half second never trips a 3 s
read timeout and can hold a call for minutes. The blocking client sets the attempt's deadline in a context
variable; every socket operation of its connection pool then waits at most until that deadline
(`bounded`). The asyncio clients use `asyncio.timeout` around the attempt instead (`_http.AsyncHTTP`).
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from contextvars import ContextVar
from typing import Any

import httpcore
import httpx

__all__ = ["DEADLINE", "EXPIRED", "bounded", "install", "bounded_client"]

EXPIRED = "the answer did not arrive in full within the call's timeout"

# The monotonic time by which the current attempt of this thread/context must be over; None: no limit.
DEADLINE: ContextVar[float | None] = ContextVar("sciclients_deadline", default=None)


def bounded(timeout: float | None, expired: type[Exception]) -> float | None:
    """The timeout of one socket operation, shortened to the attempt's deadline; `expired` once it has passed."""
    deadline = DEADLINE.get()
    if deadline is None:
        return timeout
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise expired(EXPIRED)
    return remaining if timeout is None or remaining < timeout else timeout


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> _Stream:
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, bounded(timeout, httpcore.ConnectTimeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> _Stream:  # fmt: skip
        timeout = bounded(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> _Stream:
        return _Stream(self._inner.connect_unix_socket(path, bounded(timeout, httpcore.ConnectTimeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def install(client: httpx.Client) -> None:
    """Put the deadline under every connection pool of `client` (its own transport and any proxy mounts).

    httpx builds its pools without a way to pass a network backend; `_network_backend` is httpcore's
    attribute for it (httpcore 1.x). A transport of the caller's (tests inject some) is left as it is."""
    transports = [client._transport, *client._mounts.values()]
    for transport in transports:
        pool = getattr(transport, "_pool", None) if isinstance(transport, httpx.HTTPTransport) else None
        backend = getattr(pool, "_network_backend", None)
        if isinstance(backend, httpcore.NetworkBackend) and not isinstance(backend, _Backend):
            pool._network_backend = _Backend(backend)  # type: ignore[union-attr]


def bounded_client(**kwargs: Any) -> httpx.Client:
    """An httpx.Client for a side exchange made inside a call (a token refresh from an auth flow): its socket
    operations keep to the calling attempt's deadline, so a token endpoint trickling its answer cannot hold
    the call past its timeout either."""
    client = httpx.Client(**kwargs)
    install(client)
    return client
