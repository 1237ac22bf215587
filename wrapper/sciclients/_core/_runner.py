"""Runners execute a Call through a client's transport: blocking, or as a coroutine."""

from __future__ import annotations

from typing import Any, TypeVar

import httpx

from sciclients import errors

from ._http import AsyncHTTP, SyncHTTP, aread_limited, read_limited
from ._operation import Call

__all__ = ["SyncRunner", "AsyncRunner", "not_followed"]

R = TypeVar("R")


class SyncRunner:
    def __init__(self, http: SyncHTTP) -> None:
        self.http = http

    def run(self, call: Call[R]) -> R:
        if call.recover is None:
            return self._run(call)
        try:
            return self._run(call)
        except errors.APIStatusError as error:
            return call.recover(error)

    def _run(self, call: Call[R]) -> R:
        streaming = call.sink is not None
        try:
            response = self.http.send(call.request, idempotent=call.idempotent, stream=streaming)
            try:
                if streaming:
                    if response.status_code >= 400:
                        try:  # an error page held in memory: the same decoded-size limit as any answer
                            read_limited(response)
                        except httpx.HTTPError as exc:
                            raise _body_error(self.http, exc, response) from None
                    elif not 200 <= response.status_code < 300:
                        raise _not_a_body(response)
                    else:
                        try:
                            for chunk in response.iter_bytes():
                                call.sink.write(chunk)
                        except httpx.HTTPError as exc:
                            raise _body_error(self.http, exc, response) from None
                    self.http.discard_if_misframed(response)
                try:
                    self.http.raise_for_status(response)
                    return call.parse(response)
                except RecursionError:
                    raise _too_deep(response) from None
            finally:
                response.close()
        finally:
            _close_all(call)


class AsyncRunner:
    def __init__(self, http: AsyncHTTP) -> None:
        self.http = http

    def run(self, call: Call[R]) -> Any:
        return self._run(call) if call.recover is None else self._recovering(call)

    async def _recovering(self, call: Call[R]) -> R:
        assert call.recover is not None
        try:
            return await self._run(call)
        except errors.APIStatusError as error:
            return call.recover(error)

    async def _run(self, call: Call[R]) -> R:
        streaming = call.sink is not None
        try:
            response = await self.http.send(call.request, idempotent=call.idempotent, stream=streaming)
            try:
                if streaming:
                    if response.status_code >= 400:
                        try:  # an error page held in memory: the same decoded-size limit as any answer
                            await aread_limited(response)
                        except httpx.HTTPError as exc:
                            raise _body_error(self.http, exc, response) from None
                    elif not 200 <= response.status_code < 300:
                        raise _not_a_body(response)
                    else:
                        try:
                            async for chunk in response.aiter_bytes():
                                call.sink.write(chunk)  # a local file: small blocking writes are fine
                        except httpx.HTTPError as exc:
                            raise _body_error(self.http, exc, response) from None
                    await self.http.discard_if_misframed(response)
                try:
                    self.http.raise_for_status(response)
                    return call.parse(response)
                except RecursionError:
                    raise _too_deep(response) from None
            finally:
                await response.aclose()
        finally:
            _close_all(call)


def _close_all(call: Call[Any]) -> None:
    for resource in call.closing:
        resource.close()


def _body_error(http: SyncHTTP | AsyncHTTP, exc: httpx.HTTPError, response: httpx.Response) -> errors.APIError:
    """A streamed body that broke off or could not be decoded, as a typed error."""
    if isinstance(exc, httpx.DecodingError):
        return http._undecodable(exc, response.request, response)
    return http._connection_error(exc, response.request)


def _too_deep(response: httpx.Response) -> errors.APIResponseValidationError:
    """JSON nested deeper than Python's recursion limit (`[[[[...`): decoding or converting it gave up."""
    return errors.APIResponseValidationError(
        f"the answer (HTTP {response.status_code}) is nested too deeply to decode",
        status_code=response.status_code, method=response.request.method, url=str(response.request.url),
    )  # fmt: skip


def _not_a_body(response: httpx.Response) -> errors.APIResponseValidationError:
    """A streamed call answered with a status that carries no body to stream (a redirect is never followed)."""
    return not_followed(response, "the content")


def not_followed(response: httpx.Response, expected: str, service: str = "") -> errors.APIResponseValidationError:
    """A redirect (or other non-2xx status without an error) where `expected` was: said as such, not as a body
    that failed to parse. Redirects are never followed (credentials would go along)."""
    where = response.headers.get("location", "")
    who = f"{service} answered " if service else ""
    return errors.APIResponseValidationError(
        f"{who}HTTP {response.status_code} where {expected} was expected"
        + (f" (a redirect to {where}, not followed)" if where else ""),
        status_code=response.status_code, method=response.request.method, url=str(response.request.url),
    )  # fmt: skip
