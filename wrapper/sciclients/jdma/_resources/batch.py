"""`jdma.batches`: batches of files (`api/v1/migration/`; the server calls a batch a *migration*)."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, TypeVar

from sciclients._core import NOT_GIVEN, AsyncMode, Call, NotGiven, SyncMode, build_call, check_str, operation
from sciclients._generated.jdma_api import models  # models load on first use
from sciclients._generated.jdma_api.api import batch as endpoints  # endpoint modules load on first use

from ._base import (
    UNSET,
    JdmaResource,
    ListFilter,
    check_batch_id,
    check_filter,
    check_optional_str,
    parse_items,
    parse_model,
)

if TYPE_CHECKING:
    from sciclients._generated.jdma_api.models import BatchDetail, BatchSummary, ModifyBatchResponse

__all__ = ["BatchResource"]

M = TypeVar("M", SyncMode, AsyncMode)


class BatchResource(JdmaResource[M]):
    """Operations of the `batch` tag. Answers carry `stage` as `models.BatchStage` (ON_DISK, ON_STORAGE, ...)."""

    @operation
    def list(
        self, *, workspace: str | NotGiven = NOT_GIVEN, filter: ListFilter | NotGiven = NOT_GIVEN
    ) -> Call[builtins.list[BatchSummary]]:
        """The user's batches, ordered by id; `workspace`/`filter` as for `requests.list`."""
        parse = parse_items(models.BatchList.from_dict, lambda answer: answer.migrations)
        the_workspace = check_optional_str(workspace, "workspace")
        the_filter = check_filter(filter, workspace)
        return build_call(endpoints.get_batches, parse, name=self._name(), workspace=the_workspace, filter_=the_filter)

    @operation
    def get(self, batch_id: int) -> Call[BatchDetail]:
        """One batch by id (with `external_id` once it is on external storage)."""
        the_id = check_batch_id(batch_id)
        return build_call(
            endpoints.get_batches, parse_model(models.BatchDetail.from_dict), name=self._name(), migration_id=the_id
        )

    @operation
    def get_by_label(self, label: str) -> Call[BatchDetail]:
        """The first batch with this label, ordered by stage, whoever owns it (if the user may list it)."""
        the_label = check_str(label, "label")
        return build_call(
            endpoints.get_batches, parse_model(models.BatchDetail.from_dict), name=self._name(), label=the_label
        )

    @operation
    def modify(self, batch_id: int, *, label: str | None | NotGiven = NOT_GIVEN) -> Call[ModifyBatchResponse]:
        """Relabel a batch the user owns (`label=None` clears it). The answer echoes only the change."""
        if label is not NOT_GIVEN and label is not None:
            check_str(label, "label")
        the_id = check_batch_id(batch_id)
        body = models.ModifyBatchRequest(label=UNSET if isinstance(label, NotGiven) else label)
        parse = parse_model(models.ModifyBatchResponse.from_dict)
        return build_call(endpoints.modify_batch, parse, body=body, name=self._name(), migration_id=the_id)
