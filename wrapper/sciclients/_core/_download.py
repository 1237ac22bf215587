"""Streamed downloads: a body written chunk by chunk to a file or a stream, never held in memory."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Protocol

import attrs

from ._operation import Call

__all__ = ["Writable", "DownloadSink", "streamed"]


class Writable(Protocol):
    def write(self, data: bytes, /) -> Any: ...


class DownloadSink:
    """Where a download goes: a writable stream as is, or a path written to `<name>.part` and moved into place
    only when the body is complete (the `.part` file is removed after a failure)."""

    def __init__(self, destination: Path | Writable) -> None:
        self._final = destination if isinstance(destination, Path) else None
        self._part = self._final.with_name(self._final.name + ".part") if self._final is not None else None
        self._stream: Any = self._part.open("wb") if self._part is not None else destination
        self._completed = False
        self.written = 0

    def write(self, chunk: bytes) -> None:
        self._stream.write(chunk)
        self.written += len(chunk)

    def complete(self) -> int:
        """The body is complete: move the file into place; the number of bytes written."""
        if self._part is not None and self._final is not None:
            self._stream.close()
            os.replace(self._part, self._final)
        self._completed = True
        return self.written

    def close(self) -> None:
        if self._part is not None:
            self._stream.close()
            if not self._completed:
                self._part.unlink(missing_ok=True)


def streamed(call: Call[Any], destination: Path | Writable) -> Call[int]:
    """The same request, its successful body streamed into `destination`; the call returns the bytes written."""
    sink = DownloadSink(destination)
    return attrs.evolve(call, parse=lambda _response: sink.complete(), sink=sink, closing=(*call.closing, sink))
