"""A total time limit per attempt for the blocking transport: connect, send and every read of the answer.

httpx's timeouts are per socket operation: a server sending one byte every half second never trips a 3 s
read timeout and can hold a call for minutes. The blocking client sets the attempt's deadline in a context
variable; every socket operation of its connection pool then waits at most until that deadline
(`bounded`). The asyncio clients use `asyncio.timeout` around the attempt instead (`_http.AsyncHTTP`).
"""

from __future__ import annotations

import time
from contextvars import ContextVar
from typing import Any

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


def install(client: httpx.Client) -> None:
    """Put the deadline under every connection pool of `client` (its own transport and any proxy mounts).

    httpx builds its pools without a way to pass a network backend; `_network_backend` is httpcore's
    attribute for it (httpcore 1.x). A transport of the caller's (tests inject some) is left as it is."""
    import httpcore  # as httpx does: only once a client is built (an import of sciclients does not pay for it)

    from ._deadline_backend import DeadlineBackend

    transports = [client._transport, *client._mounts.values()]
    for transport in transports:
        pool = getattr(transport, "_pool", None) if isinstance(transport, httpx.HTTPTransport) else None
        backend = getattr(pool, "_network_backend", None)
        if isinstance(backend, httpcore.NetworkBackend) and not isinstance(backend, DeadlineBackend):
            pool._network_backend = DeadlineBackend(backend)  # type: ignore[union-attr]


def bounded_client(**kwargs: Any) -> httpx.Client:
    """An httpx.Client for a side exchange made inside a call (a token refresh from an auth flow): its socket
    operations keep to the calling attempt's deadline, so a token endpoint trickling its answer cannot hold
    the call past its timeout either."""
    client = httpx.Client(**kwargs)
    install(client)
    return client
