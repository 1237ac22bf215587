"""POMS's error vocabulary: the message of its HTML error pages, and which sciclients exception a failure means.

Every POMS failure is an HTML page (`text/html`), whatever the method normally answers. The server's own words
follow the page's heading: `<h1>400 Bad Parameters:</h1> Not found item: AttributeError(...)`, the
`PermissionError(...)` of a 401, the "launches currently held" text of a 423 (reference §5).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

import httpx

from sciclients import errors
from sciclients._core import default_error_message

__all__ = [
    "PomsAPIError",
    "LaunchHeldError",
    "LaunchAuthRequiredError",
    "error_message",
    "error_class_for_status",
    "page_message",
    "editor_message",
    "editor_error_class",
]

_EXCERPT = 2000


class PomsAPIError(errors.OperationFailedError):
    """POMS reported a failure inside an answer of its own (HTTP 200 or 303) with no more specific class."""


class LaunchHeldError(errors.ConflictError):
    """HTTP 423: launches are held, globally or for this stage. POMS queued the request; it runs when released."""


class LaunchAuthRequiredError(PomsAPIError):
    """The launch answered with a redirect to `/poms/auth/...`: nothing was launched.

    The caller's vault token or proxy is missing or stale in their POMS upload area; upload a fresh one
    (`files.upload`) and launch again. `location` is the redirect POMS sent.
    """

    def __init__(self, message: str, *, location: str, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.location = location


# After the heading, the message ends at the first of these once it has some text (the 401 page goes on
# with boilerplate in a <p>; CherryPy's own pages put a traceback in a <pre>).
_STOP_START = frozenset({"p", "pre", "hr", "center", "table", "ul", "ol", "form", "div", "h1", "h2", "h3"})
_STOP_END = frozenset({"p", "pre", "div", "body", "html", "center"})
_INVISIBLE = frozenset({"style", "script", "head"})


class _PageText(HTMLParser):
    """Collects the title, the first heading and the text that follows it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title: list[str] = []
        self.heading: list[str] = []
        self.message: list[str] = []
        self.visible: list[str] = []
        self._state = "before"  # before -> heading -> message -> done
        self._hidden = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in _INVISIBLE:
            self._hidden += 1
        elif tag in ("h1", "h2") and self._state == "before":
            self._state = "heading"
        elif self._state == "message" and tag in _STOP_START and _text(self.message):
            self._state = "done"

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in _INVISIBLE:
            self._hidden = max(0, self._hidden - 1)
        elif tag in ("h1", "h2") and self._state == "heading":
            self._state = "message"
        elif self._state == "message" and tag in _STOP_END and _text(self.message):
            self._state = "done"

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
            return
        if self._hidden:
            return
        self.visible.append(data)
        if self._state == "heading":
            self.heading.append(data)
        elif self._state == "message":
            self.message.append(data)


def _text(parts: list[str]) -> str:
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def page_message(html: str) -> str:
    """The message of a POMS/CherryPy HTML page: the text after its heading, else the heading, title or text."""
    parser = _PageText()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # a page too broken to parse: fall back to its raw text
        return _text([html])[:_EXCERPT]
    for candidate in (parser.message, parser.heading, parser.title, parser.visible):
        text = _text(candidate)
        if text:
            return text[:_EXCERPT]
    return ""


class _MessageElement(HTMLParser):
    """Collects the text of the element whose id is `poms_message_data` (nested tags included)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found = False
        self.parts: list[str] = []
        self._depth = 0  # open tags inside the element, the element itself included

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._depth:
            self._depth += 1
        elif not self.found and dict(attrs).get("id") == "poms_message_data":
            self.found, self._depth = True, 1

    def handle_endtag(self, tag: str) -> None:
        if self._depth:
            self._depth -= 1

    def handle_data(self, data: str) -> None:
        if self._depth:
            self.parts.append(data)


def editor_message(html: str) -> str:
    """The message an editor page carries in its `#poms_message_data` element ("" when none).

    POMS's editor methods (`login_setup_edit`, `job_type_edit`, `campaign_stage_edit`) answer 200 whatever
    happened; a refusal such as "A login setup named x already exists." is only written into that element.
    """
    parser = _MessageElement()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # a page too broken to parse carries no readable message
        return ""
    return _text(parser.parts)[:_EXCERPT]


_DUPLICATE = re.compile(r"already exists|Integrity ?error|UniqueViolation|duplicate key", re.I)


def editor_error_class(message: str) -> type[errors.APIStatusError]:
    """A refusal written into an editor page: a name already taken is a conflict, anything else a POMS error."""
    return errors.ConflictError if _DUPLICATE.search(message) else PomsAPIError


def _is_html(response: httpx.Response) -> bool:
    if "html" in response.headers.get("content-type", "").lower():
        return response.text.lstrip().startswith("<")
    return response.text.lstrip()[:15].lower().startswith(("<html", "<!doctype html"))


def error_message(response: httpx.Response) -> str:
    """HTTPOptions.error_message hook: the server's own words from an error answer."""
    if _is_html(response):
        return page_message(response.text) or response.reason_phrase
    return default_error_message(response)


def error_class_for_status(status_code: int, text: str) -> type[errors.APIStatusError]:
    """HTTPOptions.error_class hook. POMS says "not found" and "already there" with a 400, "not allowed" with
    a 401."""
    if status_code == 400 and ("Not found item" in text or "NoResultFound" in text):
        return errors.NotFoundError
    if status_code == 400 and "UniqueViolation" in text:  # e.g. link_tags with a tag the campaign already has
        return errors.ConflictError
    if status_code == 401 and "PermissionError" in text:
        return errors.PermissionDeniedError
    if status_code == 423:
        return LaunchHeldError
    return errors.status_error_class(status_code)
