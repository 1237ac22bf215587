"""Failures on a client made the agavepy way, catchable as agavepy code catches them: `requests` exceptions.

agavepy lets `requests` raise: `HTTPError` for every 4xx/5xx answer (`e.response.status_code`,
`e.response.json()`, …), `ConnectionError` and `Timeout` when the server cannot be reached. sciclients does
not depend on `requests`; when it is importable (it is wherever agavepy code ran), such a failure is re-raised
as a subclass of both its sciclients class (`NotFoundError`, `APIConnectionError`, …) and the matching
`requests` exception. An HTTP error carries a `requests.Response` with the status, the error body as the
sciclients error keeps it (secrets redacted) and the URL; the request it names carries
method and URL only, never the credentials. Without `requests` the sciclients error is raised as it is.
"""

from __future__ import annotations

import http
import inspect
from collections.abc import Coroutine
from typing import Any

from sciclients import errors
from sciclients._core import Call
from sciclients._core._operation import Runner

__all__ = ["as_requests_error", "RequestsCompatibleRunner"]

_COMPATIBLE: dict[tuple[type[errors.APIError], type[Exception]], type[Exception]] = {}


def _requests() -> Any:
    try:
        import requests
    except ImportError:
        return None
    return requests


def _compatible_class(cls: type[errors.APIError], base: type[Exception]) -> type[Exception]:
    """One class per pair: `except NotFoundError` and `except requests.exceptions.HTTPError` both catch it."""
    if (cls, base) not in _COMPATIBLE:
        namespace = {"__module__": cls.__module__, "__doc__": cls.__doc__}
        _COMPATIBLE[cls, base] = type(cls.__name__, (cls, base), namespace)
    return _COMPATIBLE[cls, base]


def _request(requests: Any, error: errors.APIError) -> Any:
    request = requests.PreparedRequest()
    request.method, request.url = error.method, error.url
    return request


def _response(requests: Any, error: errors.APIStatusError) -> Any:
    response = requests.Response()
    response.status_code = error.status_code
    body = error.body if isinstance(error.body, str) else ""
    response._content = body.encode("utf-8")
    response.encoding = "utf-8"
    response.headers["Content-Type"] = "application/json" if body.lstrip()[:1] in ("{", "[") else "text/plain"
    response.url = error.url or ""
    try:
        response.reason = http.HTTPStatus(error.status_code).phrase
    except ValueError:
        response.reason = ""
    response.request = _request(requests, error)
    return response


def _base(requests: Any, error: errors.APIError) -> type[Exception] | None:
    if isinstance(error, errors.APIStatusError):
        # A 2xx answer whose envelope says `error` is no HTTP error (agavepy returns it).
        return requests.exceptions.HTTPError if error.status_code >= 400 else None
    if isinstance(error, errors.APITimeoutError):
        return requests.exceptions.Timeout  # type: ignore[no-any-return]
    if isinstance(error, errors.APIConnectionError):
        return requests.exceptions.ConnectionError  # type: ignore[no-any-return]
    return None


def as_requests_error(error: errors.APIError) -> errors.APIError:
    """The same failure, also the `requests` exception agavepy would have raised (when `requests` is there)."""
    requests = _requests()
    base = None if requests is None else _base(requests, error)
    if base is None:
        return error
    compatible = _compatible_class(type(error), base)
    converted: errors.APIError = compatible.__new__(compatible, *error.args)  # type: ignore[assignment]
    converted.__dict__.update(error.__dict__)
    if isinstance(error, errors.APIStatusError):
        converted.response = _response(requests, error)  # type: ignore[attr-defined]
        converted.request = converted.response.request  # type: ignore[attr-defined]
    else:
        converted.response, converted.request = None, _request(requests, error)  # type: ignore[attr-defined]
    return converted


class RequestsCompatibleRunner:
    """A client's runner whose failures are also `requests` exceptions (blocking or asyncio alike)."""

    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    def run(self, call: Call[Any]) -> Any:
        try:
            result = self._runner.run(call)
        except errors.APIError as error:
            raise as_requests_error(error) from error.__cause__
        return self._awaited(result) if inspect.iscoroutine(result) else result

    async def _awaited(self, pending: Coroutine[Any, Any, Any]) -> Any:
        try:
            return await pending
        except errors.APIError as error:
            raise as_requests_error(error) from error.__cause__
