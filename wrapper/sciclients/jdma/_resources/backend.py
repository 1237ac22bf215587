"""`jdma.storage`: the external storage backends (`api/v1/list_backends/`)."""

from __future__ import annotations

from typing import TypeVar

from jdma_api.api.backend import list_backends
from jdma_api.models import StorageBackends

from sciclients._core import AsyncMode, Call, SyncMode, build_call, operation

from ._base import JdmaResource, parse_model

__all__ = ["StorageResource"]

M = TypeVar("M", SyncMode, AsyncMode)


class StorageResource(JdmaResource[M]):
    """Operations of the `backend` tag (no user name needed)."""

    @operation
    def list(self) -> Call[StorageBackends]:
        """Backend id -> display name, e.g. `elastictape` -> "Elastic Tape" (`.to_dict()` for a plain dict)."""
        return build_call(list_backends, parse_model(StorageBackends.from_dict))
