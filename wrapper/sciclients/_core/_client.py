"""What every typed client shares: its configuration, one pooled transport, `with_options`, and closing.

A system's client subclasses `SyncClient` or `AsyncClient`, resolves its configuration, builds the transport
and calls `_bind(config, http)`; `_attach(runner)` then creates its resources.
"""

from __future__ import annotations

from collections.abc import Awaitable, Iterable
from typing import Any, Generic, TypeVar

import httpx

from ._config import coerce_timeout
from ._http import AsyncHTTP, SyncHTTP
from ._runner import AsyncRunner, SyncRunner

__all__ = ["SyncClient", "AsyncClient", "option_changes", "ASYNC_TRANSPORT_DOC"]

# Appended to each asyncio client's argument list.
ASYNC_TRANSPORT_DOC = """\
        transport: an httpx.AsyncBaseTransport (tests inject one), or "aiohttp" for the optional aiohttp
            transport (pip install 'sciclients[aiohttp]'): far less CPU per call when many calls are in
            flight (`gather`); it does not read HTTP(S)_PROXY from the environment.
"""

C = TypeVar("C")
S = TypeVar("S", bound="SyncClient[Any]")
A = TypeVar("A", bound="AsyncClient[Any]")


def option_changes(
    timeout: float | httpx.Timeout | None, max_retries: int | None, total_timeout: bool | None = None
) -> dict[str, Any]:
    """The transport options `with_options` changes (None: keep the current value)."""
    changes: dict[str, Any] = {}
    if total_timeout is not None:
        if not isinstance(total_timeout, bool):
            raise TypeError(f"total_timeout must be a bool, got {type(total_timeout).__name__}")
        changes["total_timeout"] = total_timeout
    if timeout is not None:
        changes["timeout"] = coerce_timeout(timeout)
    if max_retries is not None:
        changes["max_retries"] = max_retries
    return changes


class _Base(Generic[C]):
    config: C

    def _attach(self, runner: Any) -> None:
        """Create the resources on `runner`; `self.config` is already set."""
        raise NotImplementedError

    def __repr__(self) -> str:  # never shows credentials: the config's own repr is redacted
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    @property
    def base_url(self) -> str:
        return str(self._http.options.base_url)  # type: ignore[attr-defined]


class SyncClient(_Base[C]):
    """Base of the blocking clients. Thread-safe; close it (or use `with`) when done."""

    _http: SyncHTTP

    def _bind(self, config: C, http: SyncHTTP) -> None:
        self.config, self._http = config, http
        self._attach(self._runner(http))

    def _runner(self, http: SyncHTTP) -> Any:
        return SyncRunner(http)

    def with_options(
        self: S, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None,
        total_timeout: bool | None = None,
    ) -> S:  # fmt: skip
        """The same client with another timeout or retry count, sharing the connection pool.

        `total_timeout=False`: the timeout bounds each socket operation only, not each attempt as a whole."""
        view = object.__new__(type(self))
        view._bind(self.config, self._http.with_options(**option_changes(timeout, max_retries, total_timeout)))
        return view

    def close(self) -> None:
        self._http.close()

    def __enter__(self: S) -> S:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncClient(_Base[C]):
    """Base of the asyncio clients. Close it (or use `async with`) when done."""

    _http: AsyncHTTP

    def _bind(self, config: C, http: AsyncHTTP) -> None:
        self.config, self._http = config, http
        self._attach(self._runner(http))

    def _runner(self, http: AsyncHTTP) -> Any:
        return AsyncRunner(http)

    def with_options(
        self: A, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None,
        total_timeout: bool | None = None,
    ) -> A:  # fmt: skip
        """The same client with another timeout or retry count, sharing the connection pool.

        `total_timeout=False`: the timeout bounds each socket operation only, not each attempt as a whole."""
        view = object.__new__(type(self))
        view._bind(self.config, self._http.with_options(**option_changes(timeout, max_retries, total_timeout)))
        return view

    async def gather(
        self, calls: Iterable[Awaitable[Any]], *, limit: int = 20, return_exceptions: bool = False
    ) -> list[Any]:
        """Await many calls of this client with at most `limit` in flight; results in the order given.

            statuses = await panda.gather((panda.task.get_status(t) for t in task_ids), limit=20)

        Pass a generator: calls start only as earlier ones finish. Without `return_exceptions` the first failure
        cancels the calls in flight and is raised; with it, each failure takes its call's place in the list.
        `limit` above the pool's 20 keep-alive connections makes the extra connections reconnect.
        """
        from ._bulk import gather_limited  # imports asyncio: only for the clients that gather

        return await gather_limited(calls, limit=limit, return_exceptions=return_exceptions)

    async def close(self) -> None:
        await self._http.close()

    async def __aenter__(self: A) -> A:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
