"""agavepy's results: the server's JSON as dicts with attribute access, dates where agavepy 0.9.5 gives them.

agavepy post-processes each answer against its Swagger 1.2 models: objects become `AttrDict` (a dict whose
keys are also attributes), and the fields its models declare `date-time` become `datetime`s (parsed with
`dateutil.parser.parse`; a value that does not parse stays a string). Which model applies depends on the
server's `version`: above `2.2.22-r7deb380`, compared as strings as agavepy does, jobs are read with the
Aloe models, whose date fields have other names. Every other value keeps its JSON type. Unlike agavepy,
nested objects are records too, a missing attribute raises an error that is both AttributeError and
KeyError, and agavepy's post-processing crashes (reference §7) are not reproduced.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx

from ._envelope import envelope

__all__ = ["AgaveRecord", "MissingField", "Kind", "JOB", "JOB_SUMMARY", "HISTORY", "STATUS", "PERMISSION",
           "REMOTE_FILE", "NONE", "record", "records", "records_parser"]  # fmt: skip

_LAST_PRE_ALOE_VERSION = "2.2.22-r7deb380"


class MissingField(AttributeError, KeyError):
    """A record has no such field: catchable as AttributeError (`hasattr`, `getattr(r, k, None)`) and as
    KeyError, which agavepy's `AttrDict` raises."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class AgaveRecord(dict[str, Any]):
    """One object of an Agave answer: a dict with the server's keys, also readable as attributes."""

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise MissingField(f"this Agave record has no field {name!r}; it has {', '.join(self) or 'none'}") from None

    def __setattr__(self, name: str, value: Any) -> None:
        self[name] = value

    def __delattr__(self, name: str) -> None:
        try:
            del self[name]
        except KeyError:
            raise MissingField(f"this Agave record has no field {name!r}") from None

    def __dir__(self) -> list[str]:
        return [*super().__dir__(), *(key for key in self if key.isidentifier())]


class Kind:
    """What a result holds, as agavepy's models see it: the date fields before and after Aloe."""

    def __init__(self, name: str, dates: frozenset[str] = frozenset(), aloe_dates: frozenset[str] | None = None):
        self.name = name
        self._dates = dates
        self._aloe_dates = dates if aloe_dates is None else aloe_dates

    def dates(self, version: Any) -> frozenset[str]:
        return self._aloe_dates if isinstance(version, str) and version > _LAST_PRE_ALOE_VERSION else self._dates


JOB = Kind(
    "Job",
    frozenset({"submitTime", "startTime", "endTime"}),
    frozenset({"remoteSubmitted", "started", "lastStatusCheck", "lastStatusMessage", "remoteEnded", "ended"}),
)
JOB_SUMMARY = Kind("JobSummary", frozenset({"startTime", "endTime"}), frozenset({"started", "ended"}))
HISTORY = Kind("JobHistory", frozenset({"created"}))
STATUS = Kind("JobStatus")
PERMISSION = Kind("Permission")
REMOTE_FILE = Kind("RemoteFile", frozenset({"lastModified"}))
NONE = Kind("no result")  # fmt: skip


def _date(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    from dateutil import parser  # type: ignore[import-untyped]  # no stubs; imported on first use (~10 ms)

    try:
        return parser.parse(value)
    except (ValueError, OverflowError):
        return value  # agavepy keeps what it cannot parse


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return AgaveRecord((key, _plain(item)) for key, item in value.items())
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def record(value: Any, dates: frozenset[str]) -> Any:
    """One object of the answer as a record, its date fields as datetimes; other JSON values as they are."""
    if not isinstance(value, dict):
        return _plain(value)
    return AgaveRecord((key, _date(item) if key in dates else _plain(item)) for key, item in value.items())


def records(result: Any, kind: Kind, version: Any) -> Any:
    """`result` as agavepy returns it: a record, a list of records, or None."""
    dates = kind.dates(version)
    if isinstance(result, list):
        return [record(item, dates) for item in result]
    return record(result, dates)


def _listed(result: Any, kind: Kind, version: Any) -> Any:
    # The per-user permission route answers one object where agavepy declares a listing.
    converted = records(result, kind, version)
    return [converted] if isinstance(converted, dict) else converted


def records_parser(kind: Kind, *, listing: bool = False, naked: bool = False) -> Callable[[httpx.Response], Any]:
    """A response parser for agavepy's results: the envelope's `result` (or a `naked=true` body) as records."""

    def parse(response: httpx.Response) -> Any:
        if naked:
            bare = _bare(response)
            if bare is not _ENVELOPED:
                result, version = bare, None
            else:
                result, version = _from_envelope(response)
        else:
            result, version = _from_envelope(response)
        if kind is NONE:
            return None
        return _listed(result, kind, version) if listing else records(result, kind, version)

    return parse


_ENVELOPED = object()


def _from_envelope(response: httpx.Response) -> tuple[Any, Any]:
    payload = envelope(response)
    return payload.get("result"), payload.get("version")


def _bare(response: httpx.Response) -> Any:
    """The body of a `naked=true` answer (the result alone), or _ENVELOPED when the server sent the envelope."""
    try:
        body = json.loads(response.content) if response.content.strip() else None
    except (ValueError, UnicodeDecodeError):
        return _ENVELOPED  # the envelope reader words the failure
    if isinstance(body, dict) and body.get("status") in ("success", "error") and set(body) <= _ENVELOPE_KEYS:
        return _ENVELOPED
    return body


_ENVELOPE_KEYS = frozenset({"status", "message", "version", "result"})
