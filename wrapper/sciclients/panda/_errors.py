"""PanDA's error vocabulary: which sciclients exception a PanDA failure message means."""

from __future__ import annotations

import functools
import re
from typing import Any

from sciclients import errors

__all__ = ["PandaAPIError", "error_for_failure", "error_class_for_status"]


class PandaAPIError(errors.OperationFailedError):
    """PanDA answered `success: false` for a reason with no more specific class. `data` is what it sent along."""

    def __init__(self, message: str, *, data: Any = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.data = data


# Checked in order; the first match decides. Messages are the server's (reference §3.3 and §5).
# Compiled on the first failure: compiling them costs a one-shot process more than its successful call.
_MESSAGE_PATTERNS: list[tuple[str, type[errors.APIStatusError]]] = [
    (r"SSL secure connection is required|Token authentication failed|not authenticated", errors.AuthenticationError),
    (r"role required|missing production|not the task owner|permission denied|not authori[sz]ed|is banned|denied",
     errors.PermissionDeniedError),
    (r"^(Argument error|Type error)|expecting (GET|POST|PUT)|must be (an? |of type )|invalid (argument|parameter)",
     errors.BadRequestError),
    (r"not found|no such|does not exist|unknown task|no active job", errors.NotFoundError),
]  # fmt: skip


@functools.cache
def _message_classes() -> list[tuple[re.Pattern[str], type[errors.APIStatusError]]]:
    return [(re.compile(pattern, re.I), cls) for pattern, cls in _MESSAGE_PATTERNS]


def error_for_failure(message: str, *, data: Any, status_code: int, method: str, url: str) -> errors.APIStatusError:
    """The exception for an answer with `success: false`."""
    text = message.strip() or "PanDA reported a failure without a message"
    for pattern, cls in _message_classes():
        if pattern.search(text):
            error = cls(text, status_code=status_code, server_message=text, body=None, method=method, url=url)
            error.data = data  # type: ignore[attr-defined]
            return error
    return PandaAPIError(text, data=data, status_code=status_code, server_message=text, method=method, url=url)


def error_class_for_status(status_code: int, text: str) -> type[errors.APIStatusError]:
    """For HTTP failures: a rejected bearer token is an authentication failure although PanDA answers 403."""
    if status_code == 403 and "Token authentication failed" in text:
        return errors.AuthenticationError
    return errors.status_error_class(status_code)
