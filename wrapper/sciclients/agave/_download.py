"""Downloads of job output files: where to (checked before any request), which byte range, and refusing a body
that ends short (the streaming itself is the core's: `sciclients._core._download`)."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import attrs
import httpx

from sciclients._core import Call
from sciclients._core._download import Writable

from ._errors import IncompleteDownloadError

__all__ = ["Destination", "check_destination", "refuse_suffix_range", "announced_length", "complete_only"]


Destination = str | os.PathLike[str] | Writable


def check_destination(destination: Any) -> Path | Writable:
    """A file path whose directory exists, or an object with a `write(bytes)` method."""
    if isinstance(destination, (str, os.PathLike)):
        path = Path(destination)
        if path.is_dir():
            raise ValueError(f"destination: {path} is a directory; give the path of the file to write")
        if not path.parent.is_dir():
            raise ValueError(f"destination: the directory {path.parent} does not exist")
        return path
    if callable(getattr(destination, "write", None)):
        return destination  # type: ignore[no-any-return]
    raise TypeError(f"destination must be a file path or a writable binary stream, got {type(destination).__name__}")


_SUFFIX_RANGE = re.compile(r"\s*bytes\s*=\s*-\s*(\d+)\s*")
_CONTENT_RANGE = re.compile(r"\s*bytes\s+(\d+)-(\d+)/(\d+|\*)\s*")


def refuse_suffix_range(value: Any) -> None:
    """A suffix range `bytes=-N` is refused: the jobs service answers it with the FIRST N bytes (a server bug,
    reference §3), which a caller asking for the end of a file would take for the end."""
    match = _SUFFIX_RANGE.fullmatch(value) if isinstance(value, str) else None
    if match:
        raise ValueError(
            f"range: the suffix range {value!r} is answered with the first {match.group(1)} bytes by the Agave jobs "
            "service (server bug); ask for 'bytes=<length - N>-' instead (listOutputs gives the file's `length`)"
        )


def announced_length(response: httpx.Response) -> int | None:
    """How many bytes the answer said its body holds: the Content-Range span of a 206, else Content-Length
    (None when the body is content-encoded, or nothing was announced)."""
    if response.headers.get("content-encoding", "identity").lower() not in ("", "identity"):
        return None
    span = _CONTENT_RANGE.fullmatch(response.headers.get("content-range", ""))
    if response.status_code == 206 and span:
        return int(span.group(2)) - int(span.group(1)) + 1
    length = response.headers.get("content-length", "")
    return int(length) if length.isdigit() else None


def complete_only(call: Call[int]) -> Call[int]:
    """A streamed download (`sciclients._core._download.streamed`) that raises IncompleteDownloadError, and so
    leaves no file, when fewer bytes arrived than the answer announced."""
    sink, finish = call.sink, call.parse

    def parse(response: httpx.Response) -> int:
        expected = announced_length(response)
        if expected is not None and sink.written != expected:
            raise IncompleteDownloadError(
                f"the download ended after {sink.written} of the {expected} bytes announced "
                f"(HTTP {response.status_code})", expected=expected, received=sink.written,
                method=response.request.method, url=str(response.request.url),
            )  # fmt: skip
        return finish(response)

    return attrs.evolve(call, parse=parse)
