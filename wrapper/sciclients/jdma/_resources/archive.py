"""`jdma.archives`: the archives of batches (`api/v1/archive/`)."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, TypeVar

from sciclients._core import NOT_GIVEN, AsyncMode, Call, NotGiven, SyncMode, build_call, operation
from sciclients._generated.jdma_api import models  # models load on first use
from sciclients._generated.jdma_api.api import archive as endpoints  # endpoint modules load on first use

from ._base import (
    JdmaResource,
    ListFilter,
    check_batch_id,
    check_filter,
    check_limit,
    check_optional_str,
    opt,
    parse_items,
)
from .file import digest_flag

if TYPE_CHECKING:
    from sciclients._generated.jdma_api.models import BatchArchives

__all__ = ["ArchiveResource"]

M = TypeVar("M", SyncMode, AsyncMode)


class ArchiveResource(JdmaResource[M]):
    """Operations of the `archive` tag. `Archive.archive_id` is `"archive_"` + `Archive.pk` zero-padded."""

    @operation
    def list(
        self,
        *,
        batch_id: int | NotGiven = NOT_GIVEN,
        workspace: str | NotGiven = NOT_GIVEN,
        filter: ListFilter | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        digest: bool = False,
    ) -> Call[builtins.list[BatchArchives]]:
        """The user's batches (or one batch) with their archives; `limit` caps archives per batch (0: no cap)."""
        parse = parse_items(models.BatchArchivesList.from_dict, lambda answer: answer.migrations)
        return build_call(
            endpoints.list_archives,
            parse,
            name=self._name(),
            migration_id=opt(batch_id, check_batch_id, "batch_id"),
            workspace=check_optional_str(workspace, "workspace"),
            filter_=check_filter(filter, workspace),
            limit=opt(limit, check_limit, "limit"),
            digest=digest_flag(digest),
        )
