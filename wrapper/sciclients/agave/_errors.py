"""Agave's error vocabulary: the server's words from an error body, and the sciclients class they mean.

Error bodies come in three forms (reference §5): the Agave envelope `{"status": "error", "message": …}`,
the WSO2 gateway's JSON `{"fault": {"code", "message", "description"}}`, and older gateways' XML
`<ams:fault>` with codes 900903/900904. The token endpoint answers OAuth2 `{"error", "error_description"}`.
"""

from __future__ import annotations

import json
import re
from typing import Any

import httpx

from sciclients import errors
from sciclients._core import default_error_message

__all__ = ["AgaveAPIError", "IncompleteDownloadError", "error_message", "error_class", "message_of"]

_XML_FIELD = re.compile(r"<(?:\w+:)?(code|message|description)>(.*?)</(?:\w+:)?\1>", re.S)

# Checked in order on failures whose status alone says less than the message (reference §3, spec quirks):
# (statuses the rule applies to, message pattern, class).
_MESSAGE_CLASSES: list[tuple[frozenset[int], re.Pattern[str], type[errors.APIStatusError]]] = [
    (frozenset({401, 403}), re.compile(r"invalid credentials|missing credentials|access token|\b90090[1-4]\b", re.I),
     errors.AuthenticationError),
    (frozenset({400, 401, 500}), re.compile(r"no job found|not job found|is not visible|no permissions found for "
                                            r"user|no user found matching|file/folder does not exist"
                                            r"|unable to locate job data", re.I),
     errors.NotFoundError),
    (frozenset({401, 500}), re.compile(r"does not have permission|permission denied", re.I),
     errors.PermissionDeniedError),
]  # fmt: skip


class AgaveAPIError(errors.OperationFailedError):
    """Agave answered a success status with an envelope whose `status` is `error`."""


class IncompleteDownloadError(errors.APIConnectionError):
    """A download's body ended before the length its answer announced (Content-Length or Content-Range).

    The jobs service streams an archived job's file without checking it first (reference §3): a missing or
    unreadable file can start as a 200 and stop short. Nothing is left at the destination path.
    """

    def __init__(self, message: str, *, expected: int, received: int, method: str | None = None,
                 url: str | None = None) -> None:  # fmt: skip
        super().__init__(message, method=method, url=url)
        self.expected = expected
        self.received = received


def message_of(payload: Any) -> str | None:
    """The human-readable text of a decoded error body, or None if it is none of the known forms."""
    if not isinstance(payload, dict):
        return None
    fault = payload.get("fault")
    if isinstance(fault, dict):
        return _fault_text(fault.get("code"), fault.get("message"), fault.get("description"))
    if "status" in payload and "message" in payload:
        message = payload.get("message")
        return str(message) if message not in (None, "") else f"Agave reported status {payload.get('status')!r}"
    if "error" in payload:
        description = payload.get("error_description")
        return f"{payload['error']}: {description}" if description else str(payload["error"])
    return None


def _fault_text(code: Any, message: Any, description: Any) -> str:
    text = str(message or "gateway fault")
    if description:
        text += f": {description}"
    if code not in (None, ""):
        text += f" (code {code})"
    return text


def error_message(response: httpx.Response) -> str:
    """The server's own words from an error answer, whichever of Agave's error forms it is."""
    try:
        text = message_of(json.loads(response.content))
    except (ValueError, UnicodeDecodeError):
        text = None
    if text is None and b"fault" in response.content[:200]:
        fields = {name: value.strip() for name, value in _XML_FIELD.findall(response.text)}
        if fields:
            text = _fault_text(fields.get("code"), fields.get("message"), fields.get("description"))
    return text if text is not None else default_error_message(response)


def error_class(status_code: int, text: str) -> type[errors.APIStatusError]:
    """The exception for a failure: by status, refined by the message where Agave's status misleads.

    The output routes answer 401 (with an envelope) for a missing read permission and 400/500 for a missing
    job or file (a live job's missing output: 500 "Unable to locate job data. Work folder no longer exists.");
    the gateway's 401/403 faults are authentication failures.
    """
    for statuses, pattern, cls in _MESSAGE_CLASSES:
        if status_code in statuses and pattern.search(text):
            return cls
    return errors.status_error_class(status_code) if status_code >= 400 else AgaveAPIError
