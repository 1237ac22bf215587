"""Every output channel a secret could leak through, gathered as one text to grep.

A user sees an exception's str and repr, its attributes (`body`, `server_message`, `data`...), its traceback, and
the same for every exception chained to it (`__context__`, `__cause__`: Python prints them, debuggers and error
reporters keep them, and a UnicodeDecodeError or JSONDecodeError holds the text it failed on); the DEBUG logs of
sciclients, httpx and httpcore (the suite's autouse fixture captures them); and the command line's stderr.
"""

from __future__ import annotations

import traceback
from typing import Any

import pytest

__all__ = ["shown", "assert_hidden"]

_ATTRIBUTES = ("body", "server_message", "message", "url", "data", "object", "doc", "args")


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    pending: list[BaseException | None] = [exc]
    while pending:
        current = pending.pop()
        if current is None or any(current is s for s in seen):
            continue
        seen.append(current)
        pending += [current.__context__, current.__cause__]
    return seen


def shown(caplog: pytest.LogCaptureFixture | None, *things: Any, stderr: str = "") -> str:
    """The captured logs, `stderr`, and str/repr/attributes/traceback of each thing and its exception chain."""
    parts = [caplog.text if caplog is not None else "", stderr]
    for thing in things:
        related = _chain(thing) if isinstance(thing, BaseException) else [thing]
        if isinstance(thing, BaseException):
            parts.append("".join(traceback.format_exception(thing)))
        for item in related:
            parts += [str(item), repr(item)]
            parts += [repr(getattr(item, name)) for name in _ATTRIBUTES if hasattr(item, name)]
            parts += [str(getattr(item, name)) for name in _ATTRIBUTES if hasattr(item, name)]
    return "\n".join(parts)


def assert_hidden(text: str, *secrets: str) -> None:
    for secret in secrets:
        for form in {secret, secret.strip(), *secret.split()}:  # a multi-line token: each of its lines too
            if len(form) >= 6:
                assert form not in text, f"a secret ({form[:6]}...) was shown"
