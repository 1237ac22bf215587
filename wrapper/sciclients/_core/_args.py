"""Argument checks shared by the typed clients: bad input fails here, before any I/O, naming the argument."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, Final, TypeVar

__all__ = [
    "NotGiven",
    "NOT_GIVEN",
    "check_int",
    "check_id",
    "check_ids",
    "check_str",
    "check_bool",
    "check_number",
    "check_choice",
    "check_mapping",
    "check_str_list",
    "check_file",
    "check_path_value",
    "check_fields",
]

T = TypeVar("T")


class NotGiven:
    """The default of an optional argument: left off the wire so the server applies its own default.

    Distinct from None, which some APIs accept as an explicit null.
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()


def _type_name(value: Any) -> str:
    return type(value).__name__


def check_int(value: Any, name: str, *, minimum: int | None = None, maximum: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, got {_type_name(value)} {value!r}")
    if minimum is not None and value < minimum:
        raise ValueError(f"{name} must be >= {minimum}, got {value}")
    if maximum is not None and value > maximum:
        raise ValueError(f"{name} must be <= {maximum}, got {value}")
    return value


def check_id(value: Any, name: str) -> int:
    """A positive integer ID (task ID, PanDA ID, ...)."""
    return check_int(value, name, minimum=1)


def check_ids(values: Any, name: str, *, max_items: int | None = None) -> list[int]:
    """A non-empty list of positive integer IDs (any iterable but a string)."""
    if isinstance(values, (str, bytes)) or not isinstance(values, Iterable):
        raise TypeError(f"{name} must be a list of ints, got {_type_name(values)}")
    ids = [check_id(v, f"{name}[{i}]") for i, v in enumerate(values)]
    if not ids:
        raise ValueError(f"{name} must not be empty")
    if max_items is not None and len(ids) > max_items:
        raise ValueError(f"{name} has {len(ids)} items; the server takes at most {max_items}")
    return ids


def check_str(value: Any, name: str, *, empty: bool = False) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, got {_type_name(value)}")
    if not empty and not value.strip():
        raise ValueError(f"{name} must not be empty")
    return value


def check_bool(value: Any, name: str) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be a bool, got {_type_name(value)} {value!r}")
    return value


def check_number(value: Any, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{name} must be a number, got {_type_name(value)}")
    return float(value)


def check_choice(value: Any, name: str, choices: Sequence[T]) -> T:
    if value not in choices:
        raise ValueError(f"{name} must be one of {', '.join(map(repr, choices))}; got {value!r}")
    return value  # type: ignore[no-any-return]


def check_mapping(value: Any, name: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise TypeError(f"{name} must be a dict, got {_type_name(value)}")
    return value


def check_str_list(values: Any, name: str, *, empty: bool = False) -> list[str]:
    if isinstance(values, (str, bytes)) or not isinstance(values, Iterable):
        raise TypeError(f"{name} must be a list of str, got {_type_name(values)}")
    items = [check_str(v, f"{name}[{i}]") for i, v in enumerate(values)]
    if not items and not empty:
        raise ValueError(f"{name} must not be empty")
    return items


def check_file(value: Any, name: str) -> Path:
    """An existing, readable regular file."""
    if not isinstance(value, (str, os.PathLike)):
        raise TypeError(f"{name} must be a path (str or os.PathLike), got {_type_name(value)}")
    path = Path(value)
    if not path.is_file():
        raise ValueError(f"{name}: {path} is not an existing file")
    if not os.access(path, os.R_OK):
        raise ValueError(f"{name}: {path} cannot be read")
    return path


def check_path_value(value: Any, name: str) -> Any:
    """A value filled into the URL path: refused when it would name another endpoint once the URL is normalised.

    Empty, `.` and `..` (whole, or as a `/`-separated part of a value sent with its slashes) are resolved away by
    httpx and by servers: `/jobs/v2/{id}` with `..` is `/jobs`. Anything else is sent percent-encoded."""
    text = str(value)
    if not text or ("." in text and any(part in (".", "..") for part in text.split("/"))):
        raise ValueError(f"{name} must not be empty, '.' or '..' (it would change the endpoint), got {value!r}")
    return value


def check_fields(from_dict: Callable[[Any], T], value: Any, name: str) -> T:
    """A request model built from the caller's dict; a field of the wrong type (the generated `from_dict`
    checks the spec's types) is reported against the argument: `body: nodeCount: expected a 64-bit integer`."""
    try:
        return from_dict(value)
    except TypeError as exc:
        raise TypeError(f"{name}: {exc}") from None
    except (ValueError, KeyError) as exc:
        raise ValueError(f"{name}: {exc}") from None
