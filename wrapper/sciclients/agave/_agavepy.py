"""agavepy's names for `agave.jobs`: `ag.jobs.getHistory(jobId=…)` and friends, on the typed requests.

agavepy 0.9.5 builds these at run time from a Swagger 1.2 file; its calls take keyword arguments only,
named as there (`jobId`, `filePath`, `body`, `limit`, `offset`), plus `query={…}` on every call and
`search={…}`/`filter=` on GET calls (`_agavepy_args`). On a client made the agavepy way
(`Agave(api_server=…)`, `Agave.restore()`, `results="agavepy"`) they answer as agavepy does: dicts with the
server's keys, also readable as attributes, datetimes where agavepy gives them (`_records`), and failures
that are also `requests.exceptions.HTTPError` (`_requests_errors`). Otherwise they return the typed models.
Where agavepy 0.9.5 is broken, these work (reference §7):
`deletePermissionsForUser` fills the job id (agavepy's declared `uniqueName` is accepted too),
`listOutputs` works without `filePath`, `search` reaches the server's search, and `downloadOutput`
(on `Agave.jobs`/`AsyncAgave.jobs`) returns or streams the bytes instead of JSON-decoding them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from sciclients._core import NOT_GIVEN, AsyncMode, Call, NotGiven, SyncMode, operation

from . import _agavepy_args, _calls
from ._calls import check_job_id
from ._operations import JobsOperations
from ._records import HISTORY, NONE, PERMISSION, REMOTE_FILE, STATUS

if TYPE_CHECKING:
    from sciclients._generated.agave_api.models import UpdateJobPermissionsForUserRequest, UpdateJobPermissionsRequest

__all__ = ["AgavepyJobs"]

M = TypeVar("M", SyncMode, AsyncMode)
Query = Mapping[str, Any] | None
Count = int | str | NotGiven | None

# camelCase names and keywords below are agavepy's, kept as they are for drop-in use. Their results are
# typed as Any: agavepy's records or the typed models, depending on how the client was made.


class AgavepyJobs(JobsOperations[M]):
    """The typed operations plus agavepy's camelCase names and keywords."""

    @operation
    def getStatus(self, *, jobId: str, search: Query = None, filter: str | None = None, query: Query = None
                  ) -> Call[Any]:  # fmt: skip
        """agavepy `jobs.getStatus`: see `get_status`."""
        shape = _agavepy_args.shaping(query, search, filter)
        call = _agavepy_args.with_query(_calls.get_status(check_job_id(jobId)), shape.terms)
        return self._answer(call, STATUS, shape)

    @operation
    def getHistory(
        self, *, jobId: str, limit: Count = NOT_GIVEN, offset: Count = NOT_GIVEN, search: Query = None,
        filter: str | None = None, query: Query = None,
    ) -> Call[Any]:  # fmt: skip
        """agavepy `jobs.getHistory`: see `get_history`; `search`/`query` terms filter the events."""
        shape = _agavepy_args.shaping(query, search, filter)
        call = _calls.history(check_job_id(jobId), *_agavepy_args.page(limit, offset), shape.terms or None)
        return self._answer(call, HISTORY, shape)

    @operation
    def listPermissions(
        self, *, jobId: str, limit: Count = NOT_GIVEN, offset: Count = NOT_GIVEN, search: Query = None,
        filter: str | None = None, query: Query = None,
    ) -> Call[Any]:  # fmt: skip
        """agavepy `jobs.listPermissions`: see `list_permissions`."""
        shape = _agavepy_args.shaping(query, search, filter)
        call = _calls.permissions(check_job_id(jobId), *_agavepy_args.page(limit, offset))
        return self._answer(_agavepy_args.with_query(call, shape.terms), PERMISSION, shape)

    @operation
    def updatePermissions(
        self, *, jobId: str, body: UpdateJobPermissionsRequest | Mapping[str, Any] | Any, query: Query = None
    ) -> Call[Any]:
        """agavepy `jobs.updatePermissions`: see `update_permissions`."""
        shape = _agavepy_args.shaping(query)
        call = _calls.update_permissions(check_job_id(jobId), _agavepy_args.body(body))
        return self._answer(_agavepy_args.with_query(call, shape.terms), PERMISSION, shape)

    @operation
    def deletePermissions(self, *, jobId: str, query: Query = None) -> Call[Any]:
        """agavepy `jobs.deletePermissions`: see `delete_permissions`."""
        shape = _agavepy_args.shaping(query)
        call = _agavepy_args.with_query(_calls.delete_permissions(check_job_id(jobId)), shape.terms)
        return self._answer(call, NONE, shape)

    @operation
    def listPermissionsForUser(
        self, *, jobId: str, username: str, limit: Count = NOT_GIVEN, offset: Count = NOT_GIVEN,
        search: Query = None, filter: str | None = None, query: Query = None,
    ) -> Call[Any]:  # fmt: skip
        """agavepy `jobs.listPermissionsForUser`: see `list_permissions_for_user` (a list of one)."""
        shape = _agavepy_args.shaping(query, search, filter)
        call = _calls.user_permissions(check_job_id(jobId), username, *_agavepy_args.page(limit, offset))
        return self._answer(_agavepy_args.with_query(call, shape.terms), PERMISSION, shape, listing=True)

    @operation
    def updatePermissionsForUser(
        self, *, jobId: str, username: str, body: UpdateJobPermissionsForUserRequest | Mapping[str, Any] | Any,
        query: Query = None,
    ) -> Call[Any]:  # fmt: skip
        """agavepy `jobs.updatePermissionsForUser`: see `update_permissions_for_user`."""
        shape = _agavepy_args.shaping(query)
        call = _calls.update_user_permissions(check_job_id(jobId), username, _agavepy_args.body(body))
        return self._answer(_agavepy_args.with_query(call, shape.terms), PERMISSION, shape)

    @operation
    def deletePermissionsForUser(
        self, *, username: str, jobId: str | NotGiven = NOT_GIVEN, uniqueName: str | NotGiven = NOT_GIVEN,
        query: Query = None,
    ) -> Call[Any]:  # fmt: skip
        """agavepy `jobs.deletePermissionsForUser` (agavepy declares the job id as `uniqueName` and never
        sends it): see `delete_permissions_for_user`."""
        shape = _agavepy_args.shaping(query)
        call = _calls.delete_user_permissions(check_job_id(uniqueName, jobId), username)
        return self._answer(_agavepy_args.with_query(call, shape.terms), NONE, shape)

    @operation
    def listOutputs(
        self, *, jobId: str, filePath: str | None = None, limit: Count = NOT_GIVEN, offset: Count = NOT_GIVEN,
        search: Query = None, filter: str | None = None, query: Query = None,
    ) -> Call[Any]:  # fmt: skip
        """agavepy `jobs.listOutputs`; `filePath` is optional (the top level): see `list_outputs`."""
        shape = _agavepy_args.shaping(query, search, filter)
        call = _calls.outputs(check_job_id(jobId), filePath, *_agavepy_args.page(limit, offset))
        return self._answer(_agavepy_args.with_query(call, shape.terms), REMOTE_FILE, shape)
