"""Failures on agavepy's surface, catchable as agavepy code catches them: `requests.exceptions.HTTPError`.

agavepy lets `requests` raise `HTTPError` for every 4xx/5xx answer (`e.response.status_code`,
`e.response.json()`, …). sciclients does not depend on `requests`; when it is importable (it is wherever
agavepy code ran), a failure through agavepy's names is re-raised as a subclass of both its sciclients class
(`NotFoundError`, …) and `requests.exceptions.HTTPError`, with a `requests.Response` holding the status, the
error body as the sciclients error keeps it (redacted, at most 2000 characters) and the URL; the request
it names carries method and URL only, never the credentials. Without `requests` the sciclients error is
raised as it is.
"""

from __future__ import annotations

import http
from typing import Any, NoReturn

from sciclients import errors

__all__ = ["as_http_error", "raise_as_http_error"]


def _requests() -> Any:
    try:
        import requests
    except ImportError:
        return None
    return requests


_COMPATIBLE: dict[type[errors.APIStatusError], type[Exception]] = {}


def _compatible_class(cls: type[errors.APIStatusError], http_error: type[Exception]) -> type[Exception]:
    """One class per sciclients class: `except NotFoundError` and `except HTTPError` both catch it."""
    if cls not in _COMPATIBLE:
        _COMPATIBLE[cls] = type(cls.__name__, (cls, http_error), {"__module__": cls.__module__, "__doc__": cls.__doc__})
    return _COMPATIBLE[cls]


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
    request = requests.PreparedRequest()
    request.method, request.url = error.method, error.url
    response.request = request
    return response


def as_http_error(error: errors.APIStatusError) -> errors.APIStatusError:
    """The same failure, also a `requests.exceptions.HTTPError` (an HTTP error status and `requests` there)."""
    requests = _requests()
    if requests is None or error.status_code < 400:
        return error  # no requests to be compatible with; a 2xx answer with an error envelope is no HTTPError
    compatible = _compatible_class(type(error), requests.exceptions.HTTPError)
    converted: errors.APIStatusError = compatible.__new__(compatible, *error.args)  # type: ignore[assignment]
    converted.__dict__.update(error.__dict__)
    converted.response = _response(requests, error)  # type: ignore[attr-defined]
    converted.request = converted.response.request  # type: ignore[attr-defined]
    return converted


def raise_as_http_error(error: Any) -> NoReturn:
    """A `Call.recover`: re-raise a typed failure in its requests-compatible form."""
    if isinstance(error, errors.APIStatusError):
        raise as_http_error(error) from None
    raise error
