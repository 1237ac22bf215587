"""`jdma.storage`: the external storage backends (`api/v1/list_backends/`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from sciclients._core import AsyncMode, Call, SyncMode, build_call, operation
from sciclients._generated.jdma_api import models  # models load on first use
from sciclients._generated.jdma_api.api import backend as endpoints  # endpoint modules load on first use

from ._base import JdmaResource, parse_model

if TYPE_CHECKING:
    from sciclients._generated.jdma_api.models import StorageBackends

__all__ = ["StorageResource"]

M = TypeVar("M", SyncMode, AsyncMode)


class StorageResource(JdmaResource[M]):
    """Operations of the `backend` tag (no user name needed)."""

    @operation
    def list(self) -> Call[StorageBackends]:
        """Backend id -> display name, e.g. `elastictape` -> "Elastic Tape" (`.to_dict()` for a plain dict)."""
        return build_call(endpoints.list_backends, parse_model(models.StorageBackends.from_dict))
