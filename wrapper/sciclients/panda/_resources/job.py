"""`panda.job`: jobs (PanDA IDs): status, descriptions, metadata, kill, reassignment, pilot commands, submission."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

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
    check_ids,
    check_int,
    check_str,
    check_str_list,
    operation,
)
from sciclients._generated.panda_api import models  # models load on first use
from sciclients._generated.panda_api.api import job as endpoints  # endpoint modules load on first use

from .._envelope import Envelope, fail, read_envelope, read_json
from ._base import PandaResource, as_dict, as_int, as_list, data, list_of, model, none, nullable, opt

if TYPE_CHECKING:
    from sciclients._generated.panda_api.models import JobStatus

__all__ = ["JobResource", "SubmittedJob", "MAX_DESCRIBE_IDS", "MAX_SUBMIT_JOBS"]

M = TypeVar("M", SyncMode, AsyncMode)
T = TypeVar("T")

# The server silently drops IDs/jobs beyond these; the client refuses them instead.
MAX_DESCRIBE_IDS = 5500
MAX_SUBMIT_JOBS = 5000
_JOB_SPEC_DATETIME = "%Y-%m-%d %H:%M:%S.%f"


class SubmittedJob(NamedTuple):
    """One entry of a `job.submit` answer, in the order the jobs were sent (a tuple, as the server's triple).

    `panda_id` is None for a job the server failed to insert; `extra` is `{"jobsetID": n}` for analysis and test
    jobs and the job name otherwise.
    """

    panda_id: int | None
    job_definition_id: int | str | None
    extra: dict[str, Any] | str | None

    @property
    def jobset_id(self) -> int | None:
        value = self.extra.get("jobsetID") if isinstance(self.extra, dict) else None
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    @property
    def job_name(self) -> str | None:
        return self.extra if isinstance(self.extra, str) else None


class JobResource(PandaResource[M]):
    """Functions of the `job` module."""

    @operation
    def get_status(self, job_ids: Iterable[int], *, timeout: int | NotGiven = NOT_GIVEN) -> Call[list[JobStatus]]:
        """Status and pilot command of jobs (authenticated): one `JobStatus(status, command)` per ID, in order.

        An unknown ID gives `status="unknown", command="tobekilled"`. A lookup failure raises with the server's
        `{"code": n}` (10 time out, 30 failed) kept as `error.data`.
        """
        ids = check_ids(job_ids, "job_ids")
        return build_call(
            endpoints.get_job_status,
            data(list_of(model(models.JobStatus))),
            job_ids=ids,
            timeout=opt(timeout, _seconds, "timeout"),
        )

    @operation
    def get_description(self, job_ids: Iterable[int]) -> Call[list[dict[str, Any] | None]]:
        """Full descriptions of jobs from the active tables (authenticated), at most 5500 IDs, sent as a POST body.

        One entry per ID, in order: the job's attributes (datetimes decoded, `"NULL"` as None) plus `Files`, the
        list of its file records; None for an unknown ID.
        """
        ids = check_ids(job_ids, "job_ids", max_items=MAX_DESCRIBE_IDS)
        return build_call(
            endpoints.describe_jobs_by_post,
            data(_descriptions),
            idempotent=True,
            body=models.DescribeJobsByPostRequest(job_ids=ids),
        )

    @operation
    def get_description_incl_archive(self, job_ids: Iterable[int]) -> Call[list[dict[str, Any] | None]]:
        """As `get_description`, also searching the archive tables (authenticated); None for an unknown ID."""
        ids = check_ids(job_ids, "job_ids", max_items=MAX_DESCRIBE_IDS)
        return build_call(
            endpoints.describe_jobs_incl_archive_by_post,
            data(_descriptions),
            idempotent=True,
            body=models.DescribeJobsInclArchiveByPostRequest(job_ids=ids),
        )

    @operation
    def generate_offline_execution_script(self, job_id: int, *, days: int | None | NotGiven = NOT_GIVEN) -> Call[str]:
        """A bash script that re-runs the job offline (open; no authentication needed).

        `days` is how far back to look in the archive (the server uses 30 when not given). The server answers with
        the bare script; its `ERROR...` text raises, with that text as the message.
        """
        return build_call(
            endpoints.generate_offline_execution_script,
            _script,
            job_id=check_id(job_id, "job_id"),
            days=opt(days, nullable(check_id), "days"),
        )

    @operation
    def get_metadata_for_analysis_jobs(self, task_id: int) -> Call[dict[str, Any]]:
        """Metadata of the finished analysis jobs of a task (authenticated): `{"<PandaID>": metadata}`, `{}` if none."""
        return build_call(endpoints.get_metadata_for_analysis_jobs, data(as_dict), task_id=check_id(task_id, "task_id"))

    @operation
    def kill(
        self,
        job_ids: Iterable[int],
        *,
        code: int | None | NotGiven = NOT_GIVEN,
        use_email_as_id: bool | NotGiven = NOT_GIVEN,
        kill_options: Iterable[str] | NotGiven = NOT_GIVEN,
    ) -> Call[list[bool]]:
        """Kill jobs (authenticated; the caller's own jobs, or any with the production role): one bool per ID.

        `code` says why: 2 expire, 3 aborted, 4 expire in waiting, 7 retry, 8 rebrokerage, 9 force kill, 10 fast
        rebrokerage, 50-52 JEDI, 55 task done, 60 no work, 91/99 production kill/force-kill of user jobs.
        `use_email_as_id` identifies the caller by the e-mail address registered in Rucio. `kill_options`:
        `keepUnmerged` and/or `jobSubStatus=<value>`.
        """
        body = models.KillJobsRequest(
            job_ids=check_ids(job_ids, "job_ids"),
            code=opt(code, nullable(check_id), "code"),
            use_email_as_id=opt(use_email_as_id, check_bool, "use_email_as_id"),
            kill_options=opt(kill_options, _kill_options, "kill_options"),
        )
        return build_call(endpoints.kill_jobs, data(list_of(_as_bool)), body=body)

    @operation
    def reassign(self, job_ids: Iterable[int]) -> Call[None]:
        """Reassign (re-broker) jobs (authenticated). Returns None; the server always reports success."""
        body = models.ReassignJobsRequest(job_ids=check_ids(job_ids, "job_ids"))
        return build_call(endpoints.reassign_jobs, data(none), body=body)

    @operation
    def set_command(self, job_id: int, command: str) -> Call[None]:
        """Set the command for the pilot of an active job, e.g. `tobekilled` (production role). Returns None.

        Failures raise with the server's message: `no active job with PandaID=<id>`, `job is being killed`,
        `command string too long. ...`.
        """
        body = models.SetJobCommandRequest(job_id=check_id(job_id, "job_id"), command=check_str(command, "command"))
        return build_call(endpoints.set_job_command, data(none), body=body)

    @operation
    def set_debug_mode(self, job_id: int, mode: bool) -> Call[None]:
        """Switch the debug mode of a job on (`mode=True`) or off (production role). Returns None.

        The server's success flag is inverted (a real success says `success: false, message: "Succeeded"`); this
        method decides on the message, so a real failure raises with the server's reason (e.g. NotFoundError for
        `PandaID=<id> not found in active DB`).
        """
        body = models.SetJobDebugModeRequest(job_id=check_id(job_id, "job_id"), mode=check_bool(mode, "mode"))
        return build_call(endpoints.set_job_debug_mode, _debug_mode, body=body)

    @operation
    def submit(self, jobs: Sequence[Sequence[Any]] | str) -> Call[list[SubmittedJob]]:
        """Submit up to 5000 jobs (authenticated; `prodSourceLabel=managed` needs the production role).

        `jobs` is the server's positional JSON form: a list of jobs, each the list of its JobSpec slot values in
        class order whose last element is the list of its files (each the list of its FileSpec slot values), as
        pandaclient's `MiscUtils.dump_jobs_json` writes it; or that JSON text. Python datetimes in the lists are
        encoded as the server expects (`{"_datetime_object": ...}`). Returns one `SubmittedJob` per job, in order.
        """
        return build_call(endpoints.submit_jobs, data(_submitted), body=models.SubmitJobsRequest(jobs=_jobs_json(jobs)))


# -- argument checks ---------------------------------------------------------------------------------------------


def _seconds(value: Any, name: str) -> int:
    return check_int(value, name, minimum=1)


def _kill_options(value: Any, name: str) -> list[str]:
    options = check_str_list(value, name, empty=True)
    for i, option in enumerate(options):
        if option != "keepUnmerged" and not (option.startswith("jobSubStatus=") and option != "jobSubStatus="):
            raise ValueError(f"{name}[{i}] must be 'keepUnmerged' or 'jobSubStatus=<value>', got {option!r}")
    return options


def _jobs_json(jobs: Any) -> str:
    """`jobs` as the JSON text the server wants, after checking its shape (a list of positional job lists)."""
    if isinstance(jobs, str):
        try:
            decoded = json.loads(jobs)
        except ValueError as exc:
            raise ValueError(f"jobs is not valid JSON text: {exc}") from None
        _check_jobs(decoded)
        return jobs
    if isinstance(jobs, (bytes, Mapping)) or not isinstance(jobs, Iterable):
        raise TypeError(
            f"jobs must be a list of jobs (each a list of JobSpec slot values) or JSON text of it, "
            f"got {type(jobs).__name__}"
        )
    items = list(jobs)
    _check_jobs(items)
    try:
        return json.dumps(items, default=_encode_job_value)
    except (TypeError, ValueError) as exc:
        raise TypeError(f"jobs cannot be encoded as JSON: {exc}") from None


def _check_jobs(items: Any) -> None:
    if not isinstance(items, list):
        raise TypeError(f"jobs must be a list of jobs, got {type(items).__name__}")
    if not items:
        raise ValueError("jobs must not be empty")
    if len(items) > MAX_SUBMIT_JOBS:
        raise ValueError(f"jobs has {len(items)} items; the server takes at most {MAX_SUBMIT_JOBS}")
    for i, job in enumerate(items):
        if not isinstance(job, (list, tuple)) or not job:
            raise TypeError(f"jobs[{i}] must be a non-empty list of JobSpec slot values, got {type(job).__name__}")
        if not isinstance(job[-1], (list, tuple)):
            raise TypeError(f"jobs[{i}] must end with the list of its files, got {type(job[-1]).__name__}")


def _encode_job_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return {"_datetime_object": value.strftime(_JOB_SPEC_DATETIME)}
    raise TypeError(f"{type(value).__name__} {value!r} is not JSON serializable")


# -- answers ------------------------------------------------------------------------------------------------------


def _as_bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected a boolean, got {type(value).__name__}")
    return value


def _descriptions(value: Any) -> list[dict[str, Any] | None]:
    return [None if item is None else as_dict(item) for item in as_list(value)]


def _submitted(value: Any) -> list[SubmittedJob]:
    result = []
    for item in as_list(value):
        entry = as_list(item)
        if len(entry) != 3:
            raise ValueError(f"expected [PandaID, jobDefinitionID, jobsetID or jobName], got {entry!r}")
        panda_id, definition_id, extra = entry
        if definition_id is not None and not isinstance(definition_id, str):
            definition_id = as_int(definition_id)
        if extra is not None and not isinstance(extra, str):
            extra = as_dict(extra)
        result.append(SubmittedJob(None if panda_id is None else as_int(panda_id), definition_id, extra))
    return result


def _script(response: httpx.Response) -> str:
    """The bare-string answer of generate_offline_execution_script (an envelope only on a validation failure)."""
    payload = read_json(response)
    if isinstance(payload, str):
        if payload.startswith("ERROR"):
            raise fail(Envelope(False, payload, None), response)
        return payload
    envelope = read_envelope(response)
    if not envelope.success or (isinstance(envelope.data, str) and envelope.data.startswith("ERROR")):
        raise fail(Envelope(False, envelope.message or str(envelope.data or ""), envelope.data), response)
    if isinstance(envelope.data, str):
        return envelope.data
    raise errors.APIResponseValidationError(
        f"PanDA answered without a script: {str(payload)[:200]!r}",
        status_code=response.status_code, body=response.text[:2000],
        method=response.request.method, url=str(response.request.url),
    )  # fmt: skip


def _debug_mode(response: httpx.Response) -> None:
    """set_debug_mode's inverted flag: the message `Succeeded` is the only success, whatever `success` says."""
    envelope = read_envelope(response)
    if envelope.message == "Succeeded":
        return None
    # success:true carries a real failure (the reason is the message); success:false a validation failure.
    raise fail(Envelope(False, envelope.message, envelope.data), response)
