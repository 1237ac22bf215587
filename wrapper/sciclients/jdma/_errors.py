"""JDMA's error vocabulary: the server's own words from its JSON error bodies, and the class they mean.

Every refusal is JSON `{"error": "<message>", ...echo}` (reference §5); a crash is a 500 page: Django's debug
report, text/plain when the request accepts JSON and HTML otherwise, or a short production page. 404 is the
server's generic "bad request" status as well as "not found", and 403 covers "not permitted" as well as
duplicates, so the message, not only the status, decides the class.
"""

from __future__ import annotations

import html
import json
import re

import httpx

from sciclients import errors
from sciclients._core import default_error_message

__all__ = ["error_message", "error_class_for_status"]


# A server page (a 500) is a few KB: the message keeps its gist, the exception's `body` keeps all of it.
_EXCERPT = 300
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.S | re.I)
_EXCEPTION_VALUE = re.compile(r"<pre[^>]*class=\"exception_value\"[^>]*>(.*?)</pre>", re.S | re.I)
_HEADING = re.compile(r"<h1[^>]*>(.*?)</h1>", re.S | re.I)
_TAG = re.compile(r"<[^>]*>")


def _squeeze(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 1] + "…"


def _page_gist(response: httpx.Response) -> str:
    """The gist of a non-JSON answer: Django's debug report (text/plain when asked for JSON, else HTML) gives
    `<type> at <path>: <value>`; another page its heading; plain text its first paragraph."""
    text = response.text
    if "html" in response.headers.get("content-type", "").lower() or text.lstrip().startswith("<"):
        title, value = _TITLE.search(text), _EXCEPTION_VALUE.search(text)
        if title and value:
            return _squeeze(f"{html.unescape(title.group(1))}: {html.unescape(value.group(1))}")
        found = _HEADING.search(text) or title
        gist = _TAG.sub(" ", found.group(1) if found else text)
        return _squeeze(html.unescape(gist))
    head, _, _ = text.strip().partition("\n\n")  # the report's summary ends at its first blank line
    kind, _, detail = head.partition("\n")
    return _squeeze(f"{kind}: {detail}" if detail else kind)


def error_message(response: httpx.Response) -> str:
    """The `error` text of a JSON error body; a short gist of any other page (or the reason phrase)."""
    try:
        payload = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        payload = None
    if isinstance(payload, dict) and isinstance(payload.get("error"), str) and payload["error"]:
        return str(payload["error"])
    if payload is None and response.content.strip():
        return _page_gist(response) or default_error_message(response)
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
