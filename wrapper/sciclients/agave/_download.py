"""Where a job output file may be downloaded to: checked before any request (the streaming itself is the
core's: `sciclients._core._download`)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sciclients._core._download import Writable

__all__ = ["Destination", "check_destination"]


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
