"""JDMA's error vocabulary: the server's own words from its JSON error bodies, and the class they mean.

Every failure is JSON `{"error": "<message>", ...echo}` (reference §5). 404 is the server's generic "bad
request" status as well as "not found", and 403 covers "not permitted" as well as duplicates, so the
message, not only the status, decides the class.
"""

from __future__ import annotations

import json
import re

import httpx

from sciclients import errors
from sciclients._core import default_error_message

__all__ = ["error_message", "error_class_for_status"]


def error_message(response: httpx.Response) -> str:
    """The `error` text of a JSON error body; the body text (or the reason phrase) otherwise."""
    try:
        payload = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return default_error_message(response)
    if isinstance(payload, dict) and isinstance(payload.get("error"), str) and payload["error"]:
        return str(payload["error"])
    return default_error_message(response)


# A 404 for input the server could not use: a missing/empty field, a bad value, or the Python exception
# text a server bug turns bad input into (`'list' object has no attribute 'first'`, `'storage'`).
_BAD_INPUT = re.compile(
    r"^No .* supplied|^Error with name parameter|^Invalid request method|^Filelist is empty|not specified"
    r"|^Required credentials for|^Target path not supplied|^'[^']*'$|object (is not|has no)|is not iterable",
)
_CONFLICT = re.compile(r"^JDMA already initiali[sz]ed|^Duplicate (GET|DELETE) request|^Batch stage is: ")
_UNAVAILABLE = re.compile(r"not connecting")


def error_class_for_status(status_code: int, message: str) -> type[errors.APIStatusError]:
    text = message.strip()
    if status_code in (403, 404):
        if _CONFLICT.search(text):
            return errors.ConflictError
        if _UNAVAILABLE.search(text):
            return errors.ServiceUnavailableError
    if status_code == 404 and _BAD_INPUT.search(text):
        return errors.BadRequestError
    return errors.status_error_class(status_code)
