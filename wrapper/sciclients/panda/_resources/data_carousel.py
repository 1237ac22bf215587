"""`panda.data_carousel`: tape staging requests of the data carousel (production role).

Every function names one staging request by `request_id` or by `dataset` (a Rucio DID `scope:name`); at least one
is required, and `request_id` wins when both are given. The plain functions run synchronously and return the
request after the change; the `submit_*` flavours queue the operation and return an `async_id` to poll with
`panda.async_process.get_result(async_id)`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from sciclients import errors
from sciclients._core import (
    NOT_GIVEN,
    AsyncMode,
    Call,
    NotGiven,
    SyncMode,
    build_call,
    check_bool,
    check_id,
    check_str,
    operation,
)
from sciclients._generated.panda_api import models  # models load on first use
from sciclients._generated.panda_api.api import data_carousel as endpoints  # endpoint modules load on first use

from .._errors import PandaAPIError
from ._base import PandaResource, as_dict, as_str, data, model, opt

if TYPE_CHECKING:
    from sciclients._generated.panda_api.models import StagingOperationResult

__all__ = ["DataCarouselResource"]

M = TypeVar("M", SyncMode, AsyncMode)

# The server's answer when neither request_id nor dataset matches a staging request.
_NOT_FOUND_MESSAGE = "failed to get corresponding request"


def _request_key(request_id: Any, dataset: Any) -> dict[str, Any]:
    """`request_id`/`dataset` for the body: each checked when given (None is an explicit null); at least one set."""
    if request_id is not NOT_GIVEN and request_id is not None:
        check_id(request_id, "request_id")
    if dataset is not NOT_GIVEN and dataset is not None:
        check_str(dataset, "dataset")
    if request_id in (NOT_GIVEN, None) and dataset in (NOT_GIVEN, None):
        raise ValueError("give request_id or dataset to name the staging request")
    return {"request_id": opt(request_id), "dataset": opt(dataset)}


def _source_options(cancel_fts: Any, change_src_expr: Any, source_rse: Any) -> dict[str, Any]:
    if source_rse is not NOT_GIVEN and source_rse is not None:
        check_str(source_rse, "source_rse")
    return {
        "cancel_fts": opt(cancel_fts, check_bool, "cancel_fts"),
        "change_src_expr": opt(change_src_expr, check_bool, "change_src_expr"),
        "source_rse": opt(source_rse),
    }


_parse_staging = data(model(models.StagingOperationResult))


def _staging_result(response: httpx.Response) -> StagingOperationResult:
    """The request after a synchronous operation; "failed to get corresponding request" is a NotFoundError."""
    try:
        return _parse_staging(response)
    except PandaAPIError as exc:
        if exc.server_message.strip() != _NOT_FOUND_MESSAGE:
            raise
        error = errors.NotFoundError(
            exc.message, status_code=exc.status_code, server_message=exc.server_message, method=exc.method,
            url=exc.url,
        )  # fmt: skip
        error.data = exc.data  # type: ignore[attr-defined]
        raise error from None


def _async_id(value: Any) -> str:
    return as_str(as_dict(value)["async_id"])


class DataCarouselResource(PandaResource[M]):
    """Functions of the `data_carousel` module (all need the production role)."""

    @operation
    def change_staging_destination(
        self, *, request_id: int | None | NotGiven = NOT_GIVEN, dataset: str | None | NotGiven = NOT_GIVEN
    ) -> Call[StagingOperationResult]:
        """Cancel the active staging request and resubmit it to a newly chosen destination (excluding the old one),
        then submit the iDDS stage-in requests of its tasks. Runs synchronously and may be slow. Production role.

        Returns the request: `request_id` (the original), `new_request_id` and `dataset`. An unknown request raises
        NotFoundError; other failures (`failed to resubmit ...`) raise PandaAPIError.
        """
        body = models.ChangeStagingDestinationRequest(**_request_key(request_id, dataset))
        return build_call(endpoints.change_staging_destination, _staging_result, body=body)

    @operation
    def change_staging_source(
        self,
        *,
        request_id: int | None | NotGiven = NOT_GIVEN,
        dataset: str | None | NotGiven = NOT_GIVEN,
        cancel_fts: bool | NotGiven = NOT_GIVEN,
        change_src_expr: bool | NotGiven = NOT_GIVEN,
        source_rse: str | None | NotGiven = NOT_GIVEN,
    ) -> Call[StagingOperationResult]:
        """Try another source for a queued or staging request: a queued request gets a new `source_rse`; a staging
        request has the source expression of its DDM rule dropped, or replaced with `change_src_expr`. `cancel_fts`
        also cancels the current FTS transfers; `source_rse` picks the source (implies `change_src_expr`).
        Production role.

        Returns the request: `request_id`, `dataset`, `source_rse`, `ddm_rule_id`. An unknown request raises
        NotFoundError; a request neither queued nor staging, or a failed change, raises PandaAPIError.
        """
        body = models.ChangeStagingSourceRequest(
            **_request_key(request_id, dataset), **_source_options(cancel_fts, change_src_expr, source_rse)
        )
        return build_call(endpoints.change_staging_source, _staging_result, body=body)

    @operation
    def force_to_staging(
        self, *, request_id: int | None | NotGiven = NOT_GIVEN, dataset: str | None | NotGiven = NOT_GIVEN
    ) -> Call[StagingOperationResult]:
        """Make a queued staging request skip the queue: its DDM rule is submitted at once. Production role.

        Returns the request: `request_id`, `dataset`, `status`, `ddm_rule_id`. An unknown request raises
        NotFoundError; a failure to stage raises PandaAPIError.
        """
        body = models.ForceToStagingRequest(**_request_key(request_id, dataset))
        return build_call(endpoints.force_to_staging, _staging_result, body=body)

    @operation
    def retire_unused(
        self, *, request_id: int | None | NotGiven = NOT_GIVEN, dataset: str | None | NotGiven = NOT_GIVEN
    ) -> Call[StagingOperationResult]:
        """Retire a done staging request that no task uses, cleaning up its DDM rules and replicas. Production role.

        Returns the request: `request_id`, `dataset`, `status` (`retired`), `ddm_rule_id`. An unknown request raises
        NotFoundError; a failure to retire raises PandaAPIError.
        """
        body = models.RetireUnusedStagingRequestRequest(**_request_key(request_id, dataset))
        return build_call(endpoints.retire_unused_staging_request, _staging_result, body=body)

    @operation
    def submit_change_staging_destination(
        self, *, request_id: int | None | NotGiven = NOT_GIVEN, dataset: str | None | NotGiven = NOT_GIVEN
    ) -> Call[str]:
        """Queue `change_staging_destination` to run asynchronously on a JEDI machine. Production role.

        Returns the `async_id`: poll `async_process.get_result(async_id)` and read `async_meta.status`.
        """
        body = models.SubmitChangeStagingDestinationRequest(**_request_key(request_id, dataset))
        return build_call(endpoints.submit_change_staging_destination, data(_async_id), body=body)

    @operation
    def submit_change_staging_source(
        self,
        *,
        request_id: int | None | NotGiven = NOT_GIVEN,
        dataset: str | None | NotGiven = NOT_GIVEN,
        cancel_fts: bool | NotGiven = NOT_GIVEN,
        change_src_expr: bool | NotGiven = NOT_GIVEN,
        source_rse: str | None | NotGiven = NOT_GIVEN,
    ) -> Call[str]:
        """Queue `change_staging_source` (same options) to run asynchronously. Production role.

        Returns the `async_id`: poll `async_process.get_result(async_id)` and read `async_meta.status`.
        """
        body = models.SubmitChangeStagingSourceRequest(
            **_request_key(request_id, dataset), **_source_options(cancel_fts, change_src_expr, source_rse)
        )
        return build_call(endpoints.submit_change_staging_source, data(_async_id), body=body)

    @operation
    def submit_force_to_staging(
        self, *, request_id: int | None | NotGiven = NOT_GIVEN, dataset: str | None | NotGiven = NOT_GIVEN
    ) -> Call[str]:
        """Queue `force_to_staging` to run asynchronously. Production role.

        Returns the `async_id`: poll `async_process.get_result(async_id)` and read `async_meta.status`.
        """
        body = models.SubmitForceToStagingRequest(**_request_key(request_id, dataset))
        return build_call(endpoints.submit_force_to_staging, data(_async_id), body=body)

    @operation
    def submit_retire_unused(
        self, *, request_id: int | None | NotGiven = NOT_GIVEN, dataset: str | None | NotGiven = NOT_GIVEN
    ) -> Call[str]:
        """Queue `retire_unused` to run asynchronously. Production role.

        Returns the `async_id`: poll `async_process.get_result(async_id)` and read `async_meta.status`.
        """
        body = models.SubmitRetireUnusedStagingRequestRequest(**_request_key(request_id, dataset))
        return build_call(endpoints.submit_retire_unused_staging_request, data(_async_id), body=body)
