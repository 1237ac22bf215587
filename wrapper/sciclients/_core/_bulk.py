"""A bounded-concurrency gather: many calls of an async client in flight at once, at most `limit` at a time."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Iterable
from typing import Any, TypeVar

__all__ = ["gather_limited"]

T = TypeVar("T")


async def gather_limited(
    awaitables: Iterable[Awaitable[T]], *, limit: int = 20, return_exceptions: bool = False
) -> list[Any]:
    """Await every call with at most `limit` in flight; results in the order given.

        statuses = await gather_limited((panda.task.get_status(t) for t in task_ids), limit=20)

    Calls are started lazily from the iterable, so a generator of 100,000 calls holds at most `limit`
    coroutines at a time. With `return_exceptions`, a failure takes its place in the list; without it,
    the first failure cancels the calls still running and is raised. The default limit matches httpx's
    default keep-alive pool (20 connections): a higher one makes connections beyond the pool reconnect.
    """
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ValueError(f"limit must be a positive integer, got {limit!r}")
    iterator = iter(awaitables)
    results: dict[int, Any] = {}
    next_index = 0

    async def worker() -> None:
        nonlocal next_index
        for awaitable in iterator:  # one shared iterator: each call is taken by exactly one worker
            index, next_index = next_index, next_index + 1
            try:
                results[index] = await awaitable
            except Exception as exc:
                if not return_exceptions:
                    raise
                results[index] = exc

    workers = [asyncio.ensure_future(worker()) for _ in range(limit)]
    try:
        done, _ = await asyncio.wait(workers, return_when=asyncio.FIRST_EXCEPTION)
    finally:
        for task in workers:
            task.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
    failed = [error for task in done if not task.cancelled() and (error := task.exception()) is not None]
    if failed:
        for leftover in iterator:  # never-started coroutines: close them, so none warns "never awaited"
            close = getattr(leftover, "close", None)
            if close is not None:
                close()
        raise failed[0]
    return [results[i] for i in range(next_index)]
