"""agavepy's names for `agave.jobs`: `ag.jobs.getHistory(jobId=…)` and friends, on the typed requests.

agavepy 0.9.5 builds these at run time from a Swagger 1.2 file; its calls take keyword arguments only,
named as there (`jobId`, `filePath`, `body`, `limit`, `offset`; GET calls also `search`). Results are the
typed models, the envelope unwrapped; failures raise sciclients errors instead of AgaveException.
Where agavepy 0.9.5 is broken, these work (reference §7):
`deletePermissionsForUser` fills the job id (agavepy's declared `uniqueName` is accepted too),
`listOutputs` works without `filePath`, `search` reaches the server's search, and `downloadOutput`
(on `Agave.jobs`/`AsyncAgave.jobs`) streams bytes instead of JSON-decoding them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from sciclients._core import NOT_GIVEN, AsyncMode, Call, NotGiven, SyncMode, operation

from . import _calls
from ._calls import check_job_id
from ._operations import JobsOperations
from ._search import SearchValue

if TYPE_CHECKING:
    from sciclients._generated.agave_api.models import (
        JobHistory,
        JobStatus,
        Permission,
        RemoteFile,
        UpdateJobPermissionsForUserRequest,
        UpdateJobPermissionsRequest,
    )

__all__ = ["AgavepyJobs"]

M = TypeVar("M", SyncMode, AsyncMode)

# camelCase names and keywords below are agavepy's, kept as they are for drop-in use.


class AgavepyJobs(JobsOperations[M]):
    """The typed operations plus agavepy's camelCase names and keywords."""

    @operation
    def getStatus(self, *, jobId: str) -> Call[JobStatus]:
        """agavepy `jobs.getStatus`: see `get_status`."""
        return _calls.get_status(check_job_id(jobId))

    @operation
    def getHistory(
        self,
        *,
        jobId: str,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        search: Mapping[str, SearchValue] | None = None,
    ) -> Call[list[JobHistory]]:
        """agavepy `jobs.getHistory`: see `get_history`."""
        return _calls.history(check_job_id(jobId), limit, offset, search)

    @operation
    def listPermissions(
        self, *, jobId: str, limit: int | NotGiven = NOT_GIVEN, offset: int | NotGiven = NOT_GIVEN
    ) -> Call[list[Permission]]:
        """agavepy `jobs.listPermissions`: see `list_permissions`."""
        return _calls.permissions(check_job_id(jobId), limit, offset)

    @operation
    def updatePermissions(
        self, *, jobId: str, body: UpdateJobPermissionsRequest | Mapping[str, Any]
    ) -> Call[Permission | None]:
        """agavepy `jobs.updatePermissions`: see `update_permissions`."""
        return _calls.update_permissions(check_job_id(jobId), body)

    @operation
    def deletePermissions(self, *, jobId: str) -> Call[None]:
        """agavepy `jobs.deletePermissions`: see `delete_permissions`."""
        return _calls.delete_permissions(check_job_id(jobId))

    @operation
    def listPermissionsForUser(
        self, *, jobId: str, username: str, limit: int | NotGiven = NOT_GIVEN, offset: int | NotGiven = NOT_GIVEN
    ) -> Call[list[Permission]]:
        """agavepy `jobs.listPermissionsForUser`: see `list_permissions_for_user`."""
        return _calls.user_permissions(check_job_id(jobId), username, limit, offset)

    @operation
    def updatePermissionsForUser(
        self, *, jobId: str, username: str, body: UpdateJobPermissionsForUserRequest | Mapping[str, Any]
    ) -> Call[Permission | None]:
        """agavepy `jobs.updatePermissionsForUser`: see `update_permissions_for_user`."""
        return _calls.update_user_permissions(check_job_id(jobId), username, body)

    @operation
    def deletePermissionsForUser(
        self, *, username: str, jobId: str | NotGiven = NOT_GIVEN, uniqueName: str | NotGiven = NOT_GIVEN
    ) -> Call[None]:
        """agavepy `jobs.deletePermissionsForUser` (agavepy declares the job id as `uniqueName` and never
        sends it): see `delete_permissions_for_user`."""
        return _calls.delete_user_permissions(check_job_id(uniqueName, jobId), username)

    @operation
    def listOutputs(
        self,
        *,
        jobId: str,
        filePath: str | None = None,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
    ) -> Call[list[RemoteFile]]:
        """agavepy `jobs.listOutputs`; `filePath` is optional (the top level): see `list_outputs`."""
        return _calls.outputs(check_job_id(jobId), filePath, limit, offset)
