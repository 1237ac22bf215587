"""What the drop-in `Client` needs to answer like panda-client 2.2.0: the typed client builds and sends each
request (argument checks, wire format, auth, TLS, pooling), and the answer is read the way 2.2.0 reads it.

`exchange` runs a typed operation but hands back the server's raw envelope (or another reading of the answer)
instead of the typed result, so the drop-in can apply 2.2.0's return conventions ("basic", "extended", "full")
to exactly what the server said. A failed exchange becomes a `Failed` carrying what 2.2.0 reports for it: its
transport code (1 for a connection failure, else the HTTP status) and text (the httpx error text, or the body).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

import attrs
import httpx

from sciclients import errors
from sciclients._core import check_ids, logger

from ._envelope import Envelope, decode_datetimes, read_envelope, read_json

__all__ = ["Failed", "exchange", "attempt", "envelope", "content", "json_answer", "to_id", "to_ids"]

# The core's connection-error message is "<what>: <httpx error class>: <httpx error text>"; 2.2.0 reports the text.
_CONNECTION_PREFIX = re.compile(r"^(?:connection failed|timed out): \w+: ")


@attrs.frozen
class Failed:
    """An exchange that did not produce an answer to read."""

    code: int  # panda-client's transport code: 1 when the server was not reached, else the HTTP status
    text: str  # what panda-client reports: the transport error's text, or the server's error body


def envelope(response: httpx.Response) -> Envelope:
    """The {success, message, data} envelope, datetimes in `data` decoded (as 2.2.0's JSON object hook does)."""
    answer = read_envelope(response)
    return Envelope(answer.success, answer.message, decode_datetimes(answer.data))


def content(response: httpx.Response) -> bytes:
    """The raw body, for the legacy endpoints that 2.2.0 reads itself."""
    return response.content


def json_answer(response: httpx.Response) -> Any:
    """The whole JSON answer, envelope included."""
    return decode_datetimes(read_json(response))


def exchange(resource: Any, operation: str, *args: Any, parse: Callable[[httpx.Response], Any] = envelope,
             **kwargs: Any) -> Any:  # fmt: skip
    """Run the typed `resource.<operation>(*args, **kwargs)`, reading its answer with `parse`."""
    build = getattr(type(resource), operation)._build
    call = build(resource, *args, **kwargs)
    return resource._runner.run(attrs.evolve(call, parse=parse, recover=None))


def attempt(func_name: str, request: Callable[[], Any]) -> Any:
    """`request()`, or a Failed when the exchange failed (logged with the server's words).

    Problems found before any I/O (bad arguments, no credentials) are raised, not folded into Failed.
    """
    try:
        return request()
    except errors.ConfigurationError:
        raise
    except errors.APIStatusError as exc:
        logger.error("%s failed: %s", func_name, exc)
        return Failed(exc.status_code, exc.body if isinstance(exc.body, str) else exc.message)
    except errors.APIConnectionError as exc:
        logger.error("%s failed: %s", func_name, exc)
        return Failed(1, _CONNECTION_PREFIX.sub("", exc.message))
    except errors.APIError as exc:  # an answer that is not what the API promises (not JSON, no envelope)
        logger.error("%s failed: %s", func_name, exc)
        return Failed(getattr(exc, "status_code", 1), exc.message)


def to_id(value: Any, name: str) -> int:
    """An ID as the server wants it (an int): ints, and strings of digits as argparse gives them."""
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        return int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int or a string of digits, got {type(value).__name__} {value!r:.40}")
    return value


def to_ids(values: Any, name: str) -> list[int]:
    """A list of IDs (see to_id); the typed client then checks the list itself (non-empty, size limit)."""
    if isinstance(values, (str, bytes)) or not isinstance(values, Iterable):
        raise TypeError(f"{name} must be a list of IDs, got {type(values).__name__}")
    return check_ids([to_id(v, f"{name}[{i}]") for i, v in enumerate(values)], name)
