"""Reading PanDA's answers: the {success, message, data} envelope, JSON in text/plain, datetimes."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import attrs
import httpx

from sciclients import errors
from sciclients._core._runner import not_followed

from ._errors import error_for_failure

__all__ = ["Envelope", "read_json", "read_envelope", "unwrap", "decode_datetimes"]


@attrs.frozen
class Envelope:
    success: bool
    message: str
    data: Any


def read_json(response: httpx.Response) -> Any:
    """The answer's JSON, whatever its Content-Type says (PanDA always says text/plain)."""
    if 300 <= response.status_code < 400:
        raise not_followed(response, "a JSON answer", "PanDA")
    try:
        return json.loads(response.content)
    except (ValueError, UnicodeDecodeError) as exc:
        excerpt = response.text[:200].strip()
        raise errors.APIResponseValidationError(
            f"PanDA answered HTTP {response.status_code} with a body that is not JSON ({exc}): {excerpt!r}",
            status_code=response.status_code, body=response.text[:2000],
            method=response.request.method, url=str(response.request.url),
        ) from None  # fmt: skip


def decode_datetimes(value: Any) -> Any:
    """Replace every {"__datetime__": iso} by a naive datetime (UTC, as the server sends it), recursively."""
    if isinstance(value, dict):
        if len(value) == 1 and "__datetime__" in value and isinstance(value["__datetime__"], str):
            try:
                return datetime.fromisoformat(value["__datetime__"])
            except ValueError:
                return value
        return {k: decode_datetimes(v) for k, v in value.items()}
    if isinstance(value, list):
        return [decode_datetimes(v) for v in value]
    return value


def read_envelope(response: httpx.Response, *, null_success: bool = False) -> Envelope:
    """The envelope; `null_success` reads `success: null` as an accepted call (event/update_single_event_range
    answers it for a non-final status, which the server skips without storing and without failing)."""
    payload = read_json(response)
    if null_success and isinstance(payload, dict) and "success" in payload and payload["success"] is None:
        payload = {**payload, "success": True}
    if not (isinstance(payload, dict) and isinstance(payload.get("success"), bool) and "data" in payload):
        raise errors.APIResponseValidationError(
            f"PanDA answered without its {{success, message, data}} envelope: {str(payload)[:200]!r}",
            status_code=response.status_code, body=response.text[:2000],
            method=response.request.method, url=str(response.request.url),
        )  # fmt: skip
    message = payload.get("message")
    return Envelope(payload["success"], message if isinstance(message, str) else str(message or ""), payload["data"])


def fail(envelope: Envelope, response: httpx.Response) -> errors.APIStatusError:
    return error_for_failure(
        envelope.message, data=envelope.data, status_code=response.status_code,
        method=response.request.method, url=str(response.request.url),
    )  # fmt: skip


def unwrap(response: httpx.Response, *, null_success: bool = False) -> Any:
    """`data` of a successful answer, datetimes decoded; a typed exception for `success: false`."""
    envelope = read_envelope(response, null_success=null_success)
    if not envelope.success:
        raise fail(envelope, response)
    return decode_datetimes(envelope.data)
