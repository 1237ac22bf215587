"""`agave.jobs`, typed: one method per operation of the Agave v2 Jobs service, written once for both clients.

The requests themselves (argument checks included) are built in `_calls`; here they get their public,
snake_case names and signatures. The names agavepy shares (`list`, `submit`, `get`, `manage`, `delete`,
`search`) also accept agavepy's keywords and argument forms (`_agavepy_args`), and on a client made the
agavepy way (`Agave(api_server=…)`, `results="agavepy"`) they answer as agavepy does (`_records`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from sciclients._core import NOT_GIVEN, AsyncMode, Call, NotGiven, Resource, SyncMode, operation
from sciclients._core._operation import Runner

from . import _agavepy_args, _calls, _search
from ._agavepy_args import Shaping
from ._calls import Order, check_job_id
from ._records import JOB, JOB_SUMMARY, NONE, Kind, records_parser
from ._requests_errors import RequestsCompatibleRunner
from ._search import SearchValue

if TYPE_CHECKING:
    from sciclients._generated.agave_api.models import (
        Job,
        JobHistory,
        JobStatus,
        JobSummary,
        ManageJobRequest,
        Permission,
        RemoteFile,
        SubmitJobRequest,
        UpdateJobPermissionsForUserRequest,
        UpdateJobPermissionsRequest,
    )

__all__ = ["JobsOperations"]

M = TypeVar("M", SyncMode, AsyncMode)
R = TypeVar("R")
_NO_SHAPING = Shaping(terms={}, params={})


class JobsOperations(Resource[M]):
    """The jobs service: listing, search, submission, details, actions, history, sharing and outputs."""

    def __init__(self, runner: Runner, *, agavepy_results: bool = False) -> None:
        # Made the agavepy way: every failure is also the `requests` exception agavepy code catches.
        super().__init__(RequestsCompatibleRunner(runner) if agavepy_results else runner)
        self._agavepy_results = agavepy_results

    def _answer(self, call: Call[R], kind: Kind, shape: Shaping = _NO_SHAPING, *, listing: bool = False) -> Call[R]:
        """The call as this client answers agavepy's names: agavepy's results, or the typed ones."""
        call = _agavepy_args.with_query(call, shape.params)
        if not self._agavepy_results:
            if shape.reshapes:
                raise TypeError(
                    "filter= and naked=true leave fields out of the answer, which typed results cannot "
                    "hold; make the client the agavepy way (Agave(api_server=…) or results='agavepy')"
                )
            return call
        return attrs.evolve(call, parse=records_parser(kind, listing=listing, naked=shape.naked))

    # -- jobs --------------------------------------------------------------------------------------------------
    @operation
    def submit(self, /, body: SubmitJobRequest | Mapping[str, Any] | Any, **agavepy: Any) -> Call[Job]:
        """Submit a job request (201); the answer is the new job, status PENDING.

        `body` is a `SubmitJobRequest` or agavepy's dict (or its JSON text, or an open file holding it):
        `name` and `appId` are required, usually also `executionSystem`, `inputs`, `parameters`, `archive`,
        `notifications`. (`query={…}`: agavepy's extra query parameters.)
        """
        shape = _agavepy_args.extra_shaping(agavepy, ("query",), "submit")
        call = _agavepy_args.with_query(_calls.submit(_agavepy_args.body(body)), shape.terms)
        return self._answer(call, JOB, shape)

    @operation
    def get(
        self,
        /,
        job_id: str | NotGiven = NOT_GIVEN,
        *,
        jobId: str | NotGiven = NOT_GIVEN,
        **agavepy: Any,
    ) -> Call[Job]:
        """The full description of one job. (`search`, `filter`, `query`: agavepy's extra query parameters.)"""
        shape = _agavepy_args.extra_shaping(agavepy, ("search", "filter", "query"), "get")
        call = _agavepy_args.with_query(_calls.get(check_job_id(job_id, jobId)), shape.terms)
        return self._answer(call, JOB, shape)

    @operation
    def get_status(self, job_id: str) -> Call[JobStatus]:
        """Only the current status of a job (`id`, `status`)."""
        return _calls.get_status(check_job_id(job_id))

    @operation
    def manage(
        self,
        /,
        job_id: str | NotGiven = NOT_GIVEN,
        body: ManageJobRequest | Mapping[str, Any] | str | NotGiven = NOT_GIVEN,
        *,
        jobId: str | NotGiven = NOT_GIVEN,
        **agavepy: Any,
    ) -> Call[Job | None]:
        """Act on a job: `"stop"` (no result: None), `"resubmit"` (202, the *new* job), `"restore"` (un-hide)
        or `"reset"` (tenant admins). `body` is the action, `{"action": …, …}` (or its JSON text) or a
        `ManageJobRequest`. (`query={…}`: agavepy's extra query parameters.)"""
        shape = _agavepy_args.extra_shaping(agavepy, ("query",), "manage")
        call = _calls.manage(check_job_id(job_id, jobId), _agavepy_args.body(body))
        return self._answer(_agavepy_args.with_query(call, shape.terms), JOB, shape)

    @operation
    def delete(
        self,
        /,
        job_id: str | NotGiven = NOT_GIVEN,
        *,
        jobId: str | NotGiven = NOT_GIVEN,
        **agavepy: Any,
    ) -> Call[None]:
        """Hide a job from the job history (its archived data stays; `manage(id, "restore")` brings it back).
        (`query={…}`: agavepy's extra query parameters.)"""
        shape = _agavepy_args.extra_shaping(agavepy, ("query",), "delete")
        call = _agavepy_args.with_query(_calls.delete(check_job_id(job_id, jobId)), shape.terms)
        return self._answer(call, NONE, shape)

    # -- history -----------------------------------------------------------------------------------------------
    @operation
    def get_history(
        self,
        job_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        search: Mapping[str, SearchValue] | None = None,
        order: Order | NotGiven = NOT_GIVEN,
        order_by: str | NotGiven = NOT_GIVEN,
    ) -> Call[list[JobHistory]]:
        """A page of the job's events, oldest first. `search` filters on `id, status, created, description,
        ipAddress`, e.g. `{"status": "ARCHIVING", "created.after": "yesterday"}`."""
        return _calls.history(check_job_id(job_id), limit, offset, search, order, order_by)

    # -- permissions -------------------------------------------------------------------------------------------
    @operation
    def list_permissions(
        self, job_id: str, *, limit: int | NotGiven = NOT_GIVEN, offset: int | NotGiven = NOT_GIVEN
    ) -> Call[list[Permission]]:
        """Who may access the job: the owner first (always full rights), then a page of the shared entries."""
        return _calls.permissions(check_job_id(job_id), limit, offset)

    @operation
    def update_permissions(
        self, job_id: str, body: UpdateJobPermissionsRequest | Mapping[str, Any]
    ) -> Call[Permission | None]:
        """Grant, change or revoke (`NONE`) a user's permission: `{"username": "bob", "permission": "READ"}`.
        Returns the user's resulting permission (None if the server sent none)."""
        return _calls.update_permissions(check_job_id(job_id), body)

    @operation
    def delete_permissions(self, job_id: str) -> Call[None]:
        """Remove every shared permission; only the owner keeps access."""
        return _calls.delete_permissions(check_job_id(job_id))

    @operation
    def list_permissions_for_user(
        self, job_id: str, username: str, *, limit: int | NotGiven = NOT_GIVEN, offset: int | NotGiven = NOT_GIVEN
    ) -> Call[list[Permission]]:
        """One user's permission, as a list (the server sends one object; agavepy declares an array).
        A user without an entry is a NotFoundError."""
        return _calls.user_permissions(check_job_id(job_id), username, limit, offset)

    @operation
    def update_permissions_for_user(
        self, job_id: str, username: str, body: UpdateJobPermissionsForUserRequest | Mapping[str, Any] | str
    ) -> Call[Permission | None]:
        """Set the permission of the user named in the path: `"READ"` or `{"permission": "READ"}`."""
        return _calls.update_user_permissions(check_job_id(job_id), username, body)

    @operation
    def delete_permissions_for_user(self, job_id: str, username: str) -> Call[None]:
        """Remove the user's permission entry (a no-op for the owner or a user without one)."""
        return _calls.delete_user_permissions(check_job_id(job_id), username)

    # -- outputs -----------------------------------------------------------------------------------------------
    @operation
    def list_outputs(
        self,
        job_id: str,
        file_path: str | None = "",
        *,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
    ) -> Call[list[RemoteFile]]:
        """A page of a directory of the job's output (the top level by default); `file_path` may be `a/b/c`.
        While the job is not archived this is its work directory, inputs and intermediate files included."""
        return _calls.outputs(check_job_id(job_id), file_path, limit, offset)

    # -- listing and search (last: `list` would shadow the builtin in annotations below it) ----------------------
    @operation
    def search(
        self,
        /,
        attribute: str | NotGiven = NOT_GIVEN,
        value: SearchValue | NotGiven = NOT_GIVEN,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        order: Order | NotGiven = NOT_GIVEN,
        order_by: str | NotGiven = NOT_GIVEN,
        **filters: SearchValue,
    ) -> Call[list[JobSummary]]:
        """A page of the jobs matching search terms (sent to the job list, where the server applies them).

            jobs.search(status__in=["RUNNING", "QUEUED"], name__like="*demo*")
            jobs.search(attribute="status", value="RUNNING")          # agavepy's form
            jobs.search(app_id="wc-1.00", created__after=datetime(2019, 1, 1))

        Keywords are `<field>` or `<field>__<operator>`; operators: eq (default), neq, lt, lte, gt, gte, in,
        nin, like, nlike, rlike, between, on, before, after; lists go with in, nin and between.
        agavepy's forms: `limit`/`offset` as numeric strings, `filter="id,status"` (only those fields). The
        terms go to the job list, where the server applies them: the path-style route `/jobs/v2/search/…`
        drops them.
        """
        keywords = dict(filters)
        shape = _agavepy_args.shaping(filter=keywords.pop("filter", None))  # no job field is named `filter`
        terms = _calls.search_terms(attribute, value, keywords)
        call = _calls.jobs(*_agavepy_args.page(limit, offset), terms, order, order_by)
        return self._answer(call, JOB_SUMMARY, shape)

    @operation
    def list(
        self,
        /,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        search: Mapping[str, SearchValue] | None = None,
        order: Order | NotGiven = NOT_GIVEN,
        order_by: str | NotGiven = NOT_GIVEN,
        **agavepy: Any,
    ) -> Call[list[JobSummary]]:
        """A page of the caller's jobs (own and shared), newest first (at most 100 unless `limit` says more,
        up to the server's maximum). `search` takes agavepy's `{"status.in": "RUNNING,QUEUED"}`: its keys are
        checked and sent as given; `search()` builds the same terms from keywords. agavepy's forms: numeric
        strings for `limit`/`offset`, `query={…}` (more terms), `filter="id,status"` (only those fields)."""
        if search is not None and not isinstance(search, Mapping):
            _search.from_mapping(search)  # words the refusal
        shape = _agavepy_args.extra_shaping({**agavepy, "search": search}, ("query", "filter", "search"), "list")
        terms = _search.from_mapping(shape.terms) if search is not None or shape.terms else None
        call = _calls.jobs(*_agavepy_args.page(limit, offset), terms, order, order_by)
        return self._answer(call, JOB_SUMMARY, shape)
