"""Decoding JSON from outside: every malformed text, however it is malformed, is the same ValueError."""

from __future__ import annotations

import json
from typing import Any

__all__ = ["loads"]


def loads(text: str | bytes) -> Any:
    """`json.loads`, with nesting too deep for Python's recursion limit (`[` x 100000) a ValueError like any
    other malformed JSON instead of a RecursionError."""
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("JSON nested too deeply to decode") from None
