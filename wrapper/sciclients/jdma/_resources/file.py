"""`jdma.files`: the files of batches, grouped by archive (`api/v1/file/`)."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, TypeVar

from sciclients._core import (
    NOT_GIVEN,
    AsyncMode,
    Call,
    NotGiven,
    SyncMode,
    build_call,
    check_bool,
    operation,
)
from sciclients._generated.jdma_api import models  # models load on first use
from sciclients._generated.jdma_api.api import file as endpoints  # endpoint modules load on first use

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

if TYPE_CHECKING:
    from sciclients._generated.jdma_api.models import BatchFiles

__all__ = ["FileResource", "digest_flag"]

M = TypeVar("M", SyncMode, AsyncMode)


def digest_flag(digest: bool) -> str | None:
    """`digest` is a presence flag on the wire (even `digest=0` turns digests on): send it only for True."""
    return "1" if check_bool(digest, "digest") else None


class FileResource(JdmaResource[M]):
    """Operations of the `file` tag. A file's id (wire key `"pk "`, with a trailing space) is `BatchFile.pk`."""

    @operation
    def list(
        self,
        *,
        batch_id: int | NotGiven = NOT_GIVEN,
        workspace: str | NotGiven = NOT_GIVEN,
        filter: ListFilter | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        digest: bool = False,
    ) -> Call[builtins.list[BatchFiles]]:
        """The user's batches (or one batch) with their archives and files.

        `limit` caps the files listed per archive (0: no cap); `digest=True` adds checksums. Batches the user
        may not list are left out silently by the server.
        """
        parse = parse_items(models.BatchFilesList.from_dict, lambda answer: answer.migrations)
        return build_call(
            endpoints.list_files,
            parse,
            name=self._name(),
            migration_id=opt(batch_id, check_batch_id, "batch_id"),
            workspace=check_optional_str(workspace, "workspace"),
            filter_=check_filter(filter, workspace),
            limit=opt(limit, check_limit, "limit"),
            digest=digest_flag(digest),
        )
