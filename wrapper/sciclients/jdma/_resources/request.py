"""`jdma.requests`: migration requests (`api/v1/request`): list them, and submit uploads (PUT/MIGRATE),
downloads (GET) and deletions (DELETE). Every submission is one POST with a typed body."""

from __future__ import annotations

import builtins
import os
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, TypeVar

from sciclients._core import (
    NOT_GIVEN,
    AsyncMode,
    Call,
    NotGiven,
    SyncMode,
    build_call,
    check_choice,
    check_id,
    check_str,
    operation,
)
from sciclients._generated.jdma_api import models  # models load on first use
from sciclients._generated.jdma_api.api import request as endpoints  # endpoint modules load on first use

from ._base import (
    UNSET,
    UPLOAD_TYPES,
    JdmaResource,
    ListFilter,
    StorageId,
    UploadType,
    check_abs_path,
    check_abs_paths,
    check_batch_id,
    check_credentials,
    check_filter,
    check_optional_str,
    check_storage,
    parse_items,
    parse_model,
)

if TYPE_CHECKING:
    from sciclients._generated.jdma_api.models import (
        DeleteRequestAccepted,
        GetRequestAccepted,
        PutRequestAccepted,
        RequestDetail,
        RequestSummary,
    )

__all__ = ["RequestResource"]

M = TypeVar("M", SyncMode, AsyncMode)
Path = str | os.PathLike[str]


class RequestResource(JdmaResource[M]):
    """Operations of the `request` tag. Answers carry `request_type` and `stage` as `models.RequestType` and
    `models.RequestStage` (integer enums with the server's names)."""

    @operation
    def list(
        self, *, workspace: str | NotGiven = NOT_GIVEN, filter: ListFilter | NotGiven = NOT_GIVEN
    ) -> Call[builtins.list[RequestSummary]]:
        """The user's requests, ordered by id (complete: no pagination).

        `workspace` restricts them to one group workspace; `filter="workspace"` lists every user's requests
        in `workspace` (if the user may list it).
        """
        parse = parse_items(models.RequestList.from_dict, lambda answer: answer.requests)
        the_workspace = check_optional_str(workspace, "workspace")
        the_filter = check_filter(filter, workspace)
        return build_call(endpoints.get_requests, parse, name=self._name(), workspace=the_workspace, filter_=the_filter)

    @operation
    def get(self, request_id: int) -> Call[RequestDetail]:
        """One request by id (with its file list and failure reason when it has them)."""
        the_id = check_id(request_id, "request_id")
        return build_call(
            endpoints.get_requests, parse_model(models.RequestDetail.from_dict), name=self._name(), request_id=the_id
        )

    @operation
    def upload(
        self,
        workspace: str,
        filelist: Iterable[Path],
        *,
        storage: StorageId,
        request_type: UploadType = "PUT",
        label: str | None = None,
        credentials: Mapping[str, str] | None = None,
    ) -> Call[PutRequestAccepted]:
        """Upload files and directories (absolute paths in `workspace`) as a new batch on `storage`.

        `request_type`: "PUT" keeps the source files, "MIGRATE" deletes them after a verified upload.
        `credentials`: storage-backend credentials (`{"access_key", "secret_key"}` for objectstore).
        The answer's `batch_id` is the new batch; its `error` is always "" (a success).
        """
        check_str(workspace, "workspace")
        paths = check_abs_paths(filelist, "filelist")
        kind = models.NewPutRequestRequestType(check_choice(request_type, "request_type", UPLOAD_TYPES))
        if label is not None:
            check_str(label, "label")
        body = models.NewPutRequest(
            name=self._name(), request_type=kind, workspace=workspace, filelist=paths,
            # `label` is always sent, null included: without the key the server fails (reference §6.10).
            label=label, storage=check_storage(storage), credentials=check_credentials(credentials),
        )  # fmt: skip
        return build_call(endpoints.submit_request, parse_model(models.PutRequestAccepted.from_dict), body=body)

    @operation
    def download(
        self,
        batch_id: int,
        target_path: Path,
        *,
        filelist: Iterable[Path] | None = None,
        credentials: Mapping[str, str] | None = None,
    ) -> Call[GetRequestAccepted]:
        """Retrieve a batch (or only `filelist`, its files' original absolute paths) into `target_path`.

        The batch must be ON_STORAGE and the parent of `target_path` must exist and be writable by the user.
        """
        body = models.NewGetRequest(
            name=self._name(), request_type="GET", migration_id=check_batch_id(batch_id),
            target_path=check_abs_path(target_path, "target_path"),
            filelist=check_abs_paths(filelist, "filelist") if filelist is not None else UNSET,
            credentials=check_credentials(credentials),  # never null: the server fails on it (§6.9)
        )  # fmt: skip
        return build_call(endpoints.submit_request, parse_model(models.GetRequestAccepted.from_dict), body=body)

    @operation
    def delete_batch(
        self,
        batch_id: int,
        *,
        storage: StorageId | None = None,
        credentials: Mapping[str, str] | None = None,
    ) -> Call[DeleteRequestAccepted]:
        """Delete a batch from external storage (owner or group-workspace manager only).

        The server uses the batch's own backend; `storage` only shows up in its error messages.
        """
        body = models.NewDeleteRequest(
            name=self._name(), request_type="DELETE", migration_id=check_batch_id(batch_id),
            storage=check_storage(storage) if storage is not None else None,  # the key must be there, null is fine
            credentials=check_credentials(credentials),
        )  # fmt: skip
        return build_call(endpoints.submit_request, parse_model(models.DeleteRequestAccepted.from_dict), body=body)
