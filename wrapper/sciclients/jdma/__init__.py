"""sciclients.jdma: typed clients for JDMA, the JASMIN Data Migration App (CEDA).

    from sciclients.jdma import Jdma
    with Jdma(user="alice") as jdma:            # API root from JDMA_API_URL, else the public server
        batch = jdma.batches.get(7)
        print(batch.label, batch.stage.name)    # stage is models.BatchStage, e.g. ON_STORAGE

`Jdma`/`AsyncJdma` are the typed clients; `jdma_lib` is the drop-in for `jdma_client.jdma_lib`;
`models` and `api` are the generated models and endpoints. Everything loads on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sciclients._lazy import lazy_exports

if TYPE_CHECKING:
    from . import api, jdma_lib, models
    from ._client import AsyncJdma, Jdma
    from ._config import JdmaConfig
    from ._resources._base import ListFilter, RequestTypeName, StorageId, UploadType

__all__ = ["AsyncJdma", "Jdma", "JdmaConfig", "ListFilter", "RequestTypeName", "StorageId", "UploadType", "api",
           "jdma_lib", "models"]  # fmt: skip

_LAZY = {
    "Jdma": ("._client", "Jdma"),
    "AsyncJdma": ("._client", "AsyncJdma"),
    "JdmaConfig": ("._config", "JdmaConfig"),
    "ListFilter": ("._resources._base", "ListFilter"),
    "RequestTypeName": ("._resources._base", "RequestTypeName"),
    "StorageId": ("._resources._base", "StorageId"),
    "UploadType": ("._resources._base", "UploadType"),
    "models": (".models", None),
    "api": (".api", None),
    "jdma_lib": (".jdma_lib", None),
}


__getattr__, __dir__ = lazy_exports(__name__, _LAZY, globals())
