"""The argument forms agavepy 0.9.5 accepts, read into what the requests in `_calls` take, before any I/O.

agavepy sends `limit`/`offset` as given (scripts pass `request.GET.get('limit', 10)`, a string), takes a
request body as a dict, a JSON string or an open file, and lets every call add query parameters: `query={…}`
on any call, `search={…}` and `filter='a,b'` on GET calls. The server reads `naked`, `pretty` and
`filter` from the query to shape its answer (`naked=true`: the result without the envelope).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import attrs

from sciclients._core import NOT_GIVEN, Call, NotGiven, check_int

__all__ = ["SHAPING_KEYS", "Shaping", "count", "page", "body", "shaping", "extra_shaping", "with_query"]

SHAPING_KEYS = frozenset({"filter", "naked", "pretty"})


def count(value: Any, name: str) -> int | NotGiven:
    """`limit`/`offset` as agavepy callers pass them: an int, a numeric string, or None (not sent)."""
    if value is None or isinstance(value, NotGiven):
        return NOT_GIVEN
    if isinstance(value, str):
        text = value.strip()
        if not text.isdigit():
            raise ValueError(f"{name} must be a whole number >= 0 (an int or a numeric string), got {value!r}")
        return int(text)
    return check_int(value, name, minimum=0)


def page(limit: Any, offset: Any) -> tuple[int | NotGiven, int | NotGiven]:
    """agavepy's `limit` and `offset` (see `count`)."""
    return count(limit, "limit"), count(offset, "offset")


def body(value: Any, name: str = "body") -> Any:
    """A request body given as a dict, a JSON object string or an open file holding one; anything else
    (a generated request model, a bare action or permission name) goes on to the request's own checks."""
    text: Any = value
    if callable(getattr(value, "read", None)):
        text = value.read()
        if not isinstance(text, (str, bytes)):
            raise TypeError(f"{name}: the file's read() gave {type(text).__name__}, expected str or bytes")
    elif not (isinstance(value, (str, bytes)) and value.lstrip()[:1] in ("{", b"{")):
        return value
    try:
        decoded = json.loads(text)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ValueError(f"{name} is not a JSON object: {exc}") from None
    if not isinstance(decoded, dict):
        raise TypeError(f"{name} must hold a JSON object, got {type(decoded).__name__}")
    return decoded


def _text(value: Any, name: str) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (str, int, float)):
        return str(value)
    if isinstance(value, (list, tuple)) and all(isinstance(item, (str, int, float)) for item in value):
        return ",".join(str(item) for item in value)
    raise TypeError(f"{name}: expected a str, number, bool or list of them, got {type(value).__name__}")


def _mapping(value: Any, name: str) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, Mapping) or not all(isinstance(key, str) and key for key in value):
        raise TypeError(f"{name} must be a dict of query parameter names to values, got {type(value).__name__}")
    return dict(value)


@attrs.frozen
class Shaping:
    """What a call adds to its query: terms (search or verbatim parameters) and the answer-shaping ones."""

    terms: dict[str, Any]
    params: dict[str, str]

    @property
    def naked(self) -> bool:
        return self.params.get("naked", "").lower() == "true"

    @property
    def reshapes(self) -> bool:
        """The answer will not have every field (filter) or not the envelope (naked)."""
        return self.naked or bool(self.params.get("filter"))


def shaping(query: Any = None, search: Any = None, filter: Any = None) -> Shaping:
    """agavepy's `query`, `search` and `filter`: the shaping parameters apart, the rest as terms."""
    terms = {**_mapping(query, "query"), **_mapping(search, "search")}
    params = {key: _text(terms.pop(key), key) for key in list(terms) if key in SHAPING_KEYS}
    if filter is not None:
        if not isinstance(filter, str):
            raise TypeError(f"filter must be a str of comma-separated field names, got {type(filter).__name__}")
        params["filter"] = filter
    return Shaping(terms=terms, params=params)


def extra_shaping(extra: Mapping[str, Any], allowed: tuple[str, ...], method: str) -> Shaping:
    """agavepy's extra keywords taken by a typed method's `**agavepy`: those agavepy allows there, and no others."""
    unknown = sorted(set(extra) - set(allowed))
    if unknown:
        raise TypeError(f"{method}() got unexpected keyword arguments {unknown}; agavepy's extras here: "
                        f"{', '.join(allowed)}")  # fmt: skip
    return shaping(extra.get("query"), extra.get("search"), extra.get("filter"))


def with_query(call: Call[Any], params: Mapping[str, Any]) -> Call[Any]:
    """The call with more query parameters (sent as str, after the generated ones)."""
    if not params:
        return call
    merged = {**dict(call.request.get("params") or {}), **{key: _text(v, key) for key, v in params.items()}}
    return attrs.evolve(call, request={**call.request, "params": merged})
