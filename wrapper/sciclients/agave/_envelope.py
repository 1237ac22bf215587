"""Reading Agave's answers: the `{status, message, version, result}` envelope, unwrapped in one place.

`result` is absent on errors and on result-less successes (stop, delete, permission DELETE) and may be
null; `version` is never required (reference §6.1). Any 2xx is a success (201 submit, 202 resubmit).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import httpx

from sciclients import errors
from sciclients._core._runner import not_followed

from ._errors import error_class, message_of

__all__ = ["envelope", "unwrap", "parse_result", "model", "model_list", "optional_model", "no_result"]

R = TypeVar("R")
M = TypeVar("M")
FromDict = Callable[[Mapping[str, Any]], M]
_EXCERPT = 2000


def _invalid(response: httpx.Response, why: str) -> errors.APIResponseValidationError:
    return errors.APIResponseValidationError(
        f"Agave answered HTTP {response.status_code} with {why}",
        status_code=response.status_code, body=response.text[:_EXCERPT],
        method=response.request.method, url=str(response.request.url),
    )  # fmt: skip


def envelope(response: httpx.Response) -> dict[str, Any]:
    """The decoded success envelope (`status`, `message`, `version`, `result`); a typed error for `status: error`."""
    if 300 <= response.status_code < 400:
        raise not_followed(response, "a JSON answer", "Agave")
    try:
        payload = json.loads(response.content)
    except (ValueError, UnicodeDecodeError) as exc:
        raise _invalid(response, f"a body that is not JSON ({exc}): {response.text[:200].strip()!r}") from None
    if not isinstance(payload, dict) or payload.get("status") not in ("success", "error"):
        raise _invalid(response, f"no {{status, message, result}} envelope: {str(payload)[:200]!r}")
    if payload["status"] == "error":
        text = message_of(payload) or "Agave reported an error without a message"
        raise error_class(response.status_code, text)(
            text, status_code=response.status_code, server_message=text, body=response.text[:_EXCERPT],
            method=response.request.method, url=str(response.request.url),
        )  # fmt: skip
    return payload


def unwrap(response: httpx.Response) -> Any:
    """`result` of a success envelope (None when absent); a typed error for `status: error`."""
    return envelope(response).get("result")


def parse_result(convert: Callable[[Any], R]) -> Callable[[httpx.Response], R]:
    """A response parser: unwrap the envelope and convert `result`; a wrong shape is a validation error."""

    def parse(response: httpx.Response) -> R:
        result = unwrap(response)
        try:
            return convert(result)
        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            raise _invalid(response, f"a result that does not have the documented shape ({type(exc).__name__}: "
                                     f"{exc})") from None  # fmt: skip

    return parse


def _as_dict(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise TypeError(f"expected an object, got {type(value).__name__}")
    return value


def model(from_dict: FromDict[M]) -> Callable[[Any], M]:
    """`result` as one generated model (`Model.from_dict`); it must be there."""
    return lambda value: from_dict(_as_dict(value))


def optional_model(from_dict: FromDict[M]) -> Callable[[Any], M | None]:
    """`result` as one generated model, or None when the server sent none (e.g. after `stop`)."""
    return lambda value: None if value is None else from_dict(_as_dict(value))


def model_list(from_dict: FromDict[M]) -> Callable[[Any], list[M]]:
    """`result` as a list of generated models; a null or absent result is an empty page.

    A single object is accepted as a one-item list (the server's per-user permission answer, reference §3).
    """

    def convert(value: Any) -> list[M]:
        if value is None:
            return []
        items = [value] if isinstance(value, dict) else value
        if not isinstance(items, list):
            raise TypeError(f"expected a list, got {type(value).__name__}")
        return [from_dict(_as_dict(item)) for item in items]

    return convert


def no_result(response: httpx.Response) -> None:
    """A success that carries no result (delete, permission DELETE): only the envelope is checked."""
    unwrap(response)
