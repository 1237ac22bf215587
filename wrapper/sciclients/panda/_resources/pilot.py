"""`panda.pilot`: pilot and worker-node calls: acquire and update jobs, report workers and worker nodes."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, TypeVar

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
    check_choice,
    check_id,
    check_ids,
    check_int,
    check_mapping,
    check_number,
    check_str,
    check_str_list,
    operation,
)
from sciclients._generated.panda_api import models  # models load on first use
from sciclients._generated.panda_api.api import pilot as endpoints  # endpoint modules load on first use

from .._envelope import Envelope, decode_datetimes, fail, read_envelope
from ._base import PandaResource, as_dict, as_list, data, list_of, model, none, nullable, opt

if TYPE_CHECKING:
    from sciclients._generated.panda_api.models import (
        JobUpdateResult,
        PilotJobStatus,
        TargetArchitecture,
        UpdateJobEnvelope,
        UpdateJobRequest,
    )

__all__ = ["PilotResource", "JobState", "WorkerState"]

M = TypeVar("M", SyncMode, AsyncMode)
T = TypeVar("T")

JobState = Literal["running", "failed", "finished", "holding", "starting", "transferring"]
WorkerState = Literal["started", "finished"]
_JOB_STATES: tuple[JobState, ...] = ("running", "failed", "finished", "holding", "starting", "transferring")
_WORKER_STATES: tuple[WorkerState, ...] = ("started", "finished")
_PILOT_TIME_FORMAT = "%Y-%m-%d %H:%M:%S"
_NO_JOBS = "No jobs in PanDA"


class PilotResource(PandaResource[M]):
    """Functions of the `pilot` module."""

    @operation
    def acquire_jobs(
        self,
        site_name: str,
        *,
        timeout: int | NotGiven = NOT_GIVEN,
        memory: int | None | NotGiven = NOT_GIVEN,
        disk_space: int | None | NotGiven = NOT_GIVEN,
        prod_source_label: str | None | NotGiven = NOT_GIVEN,
        node: str | None | NotGiven = NOT_GIVEN,
        computing_element: str | None | NotGiven = NOT_GIVEN,
        prod_user_id: str | None | NotGiven = NOT_GIVEN,
        get_proxy_key: str | None | NotGiven = NOT_GIVEN,
        task_id: int | None | NotGiven = NOT_GIVEN,
        n_jobs: int | NotGiven = NOT_GIVEN,
        background: bool | None | NotGiven = NOT_GIVEN,
        resource_type: str | None | NotGiven = NOT_GIVEN,
        harvester_id: str | None | NotGiven = NOT_GIVEN,
        worker_id: int | None | NotGiven = NOT_GIVEN,
        scheduler_id: str | None | NotGiven = NOT_GIVEN,
        job_type: str | None | NotGiven = NOT_GIVEN,
        via_topic: bool | None | NotGiven = NOT_GIVEN,
        remaining_time: int | None | NotGiven = NOT_GIVEN,
        target_architecture: Mapping[str, Any] | str | None | NotGiven = NOT_GIVEN,
    ) -> Call[list[dict[str, Any]]]:
        """Reserve up to `n_jobs` jobs of the PanDA queue `site_name` for a pilot (authenticated).

        Without the production role only `prod_source_label="user"` is allowed and the jobs are the caller's own;
        `get_proxy_key` (any non-empty string) is honoured only with it. `target_architecture` describes the
        worker node's hardware (`{"gpus": [{"vendor", "model", "vram", ...}]}`, or JSON text of it). Returns the
        dispatcher job dicts (`PandaID`, `jobName`, `inFiles`, ...); an empty list when PanDA has no job.
        """
        body = models.AcquireJobsRequest(
            site_name=check_str(site_name, "site_name"),
            timeout=opt(timeout, _seconds, "timeout"),
            memory=opt(memory, nullable(_count), "memory"),
            disk_space=opt(disk_space, nullable(_count), "disk_space"),
            prod_source_label=opt(prod_source_label, nullable(check_str), "prod_source_label"),
            node=opt(node, nullable(check_str), "node"),
            computing_element=opt(computing_element, nullable(check_str), "computing_element"),
            prod_user_id=opt(prod_user_id, nullable(check_str), "prod_user_id"),
            get_proxy_key=opt(get_proxy_key, nullable(check_str), "get_proxy_key"),
            task_id=opt(task_id, nullable(check_id), "task_id"),
            n_jobs=opt(n_jobs, check_id, "n_jobs"),
            background=opt(background, nullable(check_bool), "background"),
            resource_type=opt(resource_type, nullable(check_str), "resource_type"),
            harvester_id=opt(harvester_id, nullable(check_str), "harvester_id"),
            worker_id=opt(worker_id, nullable(check_id), "worker_id"),
            scheduler_id=opt(scheduler_id, nullable(check_str), "scheduler_id"),
            job_type=opt(job_type, nullable(check_str), "job_type"),
            via_topic=opt(via_topic, nullable(check_bool), "via_topic"),
            remaining_time=opt(remaining_time, nullable(_count), "remaining_time"),
            target_architecture=opt(target_architecture, nullable(_target_architecture), "target_architecture"),
        )
        return build_call(endpoints.acquire_jobs, _dispatched_jobs, body=body)

    @operation
    def get_job_status(
        self, job_ids: Iterable[int], *, timeout: int | NotGiven = NOT_GIVEN
    ) -> Call[list[PilotJobStatus]]:
        """Status and attempt number of jobs, as the pilot sees them (authenticated).

        One `PilotJobStatus(job_id, status, attempt_number)` per ID, in order; an unknown ID has
        `status="not found"` and `attempt_number=0`.
        """
        ids = check_ids(job_ids, "job_ids")
        return build_call(
            endpoints.get_pilot_job_status,
            data(list_of(model(models.PilotJobStatus))),
            job_ids=ids,
            timeout=opt(timeout, _seconds, "timeout"),
        )

    @operation
    def update_job(
        self,
        job_id: int,
        job_status: JobState,
        *,
        job_output_report: str | NotGiven = NOT_GIVEN,
        node: str | None | NotGiven = NOT_GIVEN,
        cpu_consumption_time: int | None | NotGiven = NOT_GIVEN,
        cpu_consumption_unit: str | None | NotGiven = NOT_GIVEN,
        scheduler_id: str | None | NotGiven = NOT_GIVEN,
        pilot_id: str | None | NotGiven = NOT_GIVEN,
        site_name: str | None | NotGiven = NOT_GIVEN,
        pilot_log: str | NotGiven = NOT_GIVEN,
        meta_data: str | NotGiven = NOT_GIVEN,
        cpu_conversion_factor: float | None | NotGiven = NOT_GIVEN,
        trans_exit_code: int | None | NotGiven = NOT_GIVEN,
        pilot_error_code: int | None | NotGiven = NOT_GIVEN,
        pilot_error_diag: str | None | NotGiven = NOT_GIVEN,
        exe_error_code: int | None | NotGiven = NOT_GIVEN,
        exe_error_diag: str | None | NotGiven = NOT_GIVEN,
        pilot_timing: str | None | NotGiven = NOT_GIVEN,
        start_time: str | datetime | None | NotGiven = NOT_GIVEN,
        end_time: str | datetime | None | NotGiven = NOT_GIVEN,
        n_events: int | None | NotGiven = NOT_GIVEN,
        n_input_files: int | None | NotGiven = NOT_GIVEN,
        batch_id: str | None | NotGiven = NOT_GIVEN,
        attempt_nr: int | None | NotGiven = NOT_GIVEN,
        job_metrics: str | None | NotGiven = NOT_GIVEN,
        stdout: str | NotGiven = NOT_GIVEN,
        job_sub_status: str | None | NotGiven = NOT_GIVEN,
        core_count: int | None | NotGiven = NOT_GIVEN,
        max_rss: float | None | NotGiven = NOT_GIVEN,
        max_vmem: float | None | NotGiven = NOT_GIVEN,
        max_swap: float | None | NotGiven = NOT_GIVEN,
        max_pss: float | None | NotGiven = NOT_GIVEN,
        avg_rss: float | None | NotGiven = NOT_GIVEN,
        avg_vmem: float | None | NotGiven = NOT_GIVEN,
        avg_swap: float | None | NotGiven = NOT_GIVEN,
        avg_pss: float | None | NotGiven = NOT_GIVEN,
        tot_rchar: float | None | NotGiven = NOT_GIVEN,
        tot_wchar: float | None | NotGiven = NOT_GIVEN,
        tot_rbytes: float | None | NotGiven = NOT_GIVEN,
        tot_wbytes: float | None | NotGiven = NOT_GIVEN,
        rate_rchar: float | None | NotGiven = NOT_GIVEN,
        rate_wchar: float | None | NotGiven = NOT_GIVEN,
        rate_rbytes: float | None | NotGiven = NOT_GIVEN,
        rate_wbytes: float | None | NotGiven = NOT_GIVEN,
        corrupted_files: str | Iterable[str] | None | NotGiven = NOT_GIVEN,
        mean_core_count: int | None | NotGiven = NOT_GIVEN,
        cpu_architecture_level: str | None | NotGiven = NOT_GIVEN,
        grid: str | None | NotGiven = NOT_GIVEN,
        source_site: str | None | NotGiven = NOT_GIVEN,
        destination_site: str | None | NotGiven = NOT_GIVEN,
        timeout: int | NotGiven = NOT_GIVEN,
    ) -> Call[JobUpdateResult]:
        """Update a job from its pilot (production role): status, attributes, pilot log, metadata and stdout.

        `job_status` is one of running, failed, finished, holding, starting, transferring. `start_time`/`end_time`
        are datetimes or `%Y-%m-%d %H:%M:%S` text; `corrupted_files` a comma list or a list of names; the memory
        and I/O figures (`max_*`, `avg_*`, `tot_*`, `rate_*`) are numbers. Returns `JobUpdateResult` (`command`
        for the pilot, `pilot_secrets`). The server's failures that still say `success: true` (StatusCode 10
        `Timed out`, 30 `Database error` or `Failed to add meta_data`) raise, with the StatusCode as `error.code`.
        """
        given = locals()
        body = models.UpdateJobRequest(
            job_id=check_id(job_id, "job_id"),
            job_status=models.UpdateJobRequestJobStatus(check_choice(job_status, "job_status", _JOB_STATES)),
            **{name: opt(given[name], check, name) for name, check in _UPDATE_JOB_FIELDS.items()},
        )
        return build_call(endpoints.update_job, _job_update, body=body)

    @operation
    def update_jobs_bulk(
        self, job_list: Iterable[Mapping[str, Any]], *, harvester_id: str | None | NotGiven = NOT_GIVEN
    ) -> Call[list[UpdateJobEnvelope]]:
        """Update several jobs at once (production role), as `update_job` for each item of `job_list`.

        Each item is a dict of `update_job` arguments (`job_id` and `job_status` required; unknown keys are refused
        here). Returns one `UpdateJobEnvelope(success, message, data)` per item, in order: check each `success`
        (and `data.status_code`), since one job can fail while the others are updated.
        """
        if isinstance(job_list, (str, bytes, Mapping)) or not isinstance(job_list, Iterable):
            raise TypeError(f"job_list must be a list of dicts, got {type(job_list).__name__}")
        items = [_bulk_item(item, f"job_list[{i}]") for i, item in enumerate(job_list)]
        if not items:
            raise ValueError("job_list must not be empty")
        body = models.UpdateJobsBulkRequest(
            job_list=items, harvester_id=opt(harvester_id, nullable(check_str), "harvester_id")
        )
        return build_call(endpoints.update_jobs_bulk, data(list_of(model(models.UpdateJobEnvelope))), body=body)

    @operation
    def update_worker_status(
        self,
        worker_id: int | str,
        harvester_id: str,
        status: WorkerState,
        *,
        timeout: int | NotGiven = NOT_GIVEN,
        node_id: str | None | NotGiven = NOT_GIVEN,
    ) -> Call[None]:
        """Report that the pilot of a Harvester worker `started` or `finished` (production role). Returns None.

        The server does not type these values; the worker ID is sent as text, as the pilot does.
        """
        body = models.UpdateWorkerStatusRequest(
            worker_id=_worker_id(worker_id, "worker_id"),
            harvester_id=check_str(harvester_id, "harvester_id"),
            status=models.UpdateWorkerStatusRequestStatus(check_choice(status, "status", _WORKER_STATES)),
            timeout=opt(timeout, _seconds, "timeout"),
            node_id=opt(node_id, nullable(check_str), "node_id"),
        )
        return build_call(endpoints.update_worker_status, data(none), body=body)

    @operation
    def update_worker_node(
        self,
        site: str,
        host_name: str,
        cpu_model: str,
        *,
        panda_queue: str | None | NotGiven = NOT_GIVEN,
        n_logical_cpus: int | None | NotGiven = NOT_GIVEN,
        n_sockets: int | None | NotGiven = NOT_GIVEN,
        cores_per_socket: int | None | NotGiven = NOT_GIVEN,
        threads_per_core: int | None | NotGiven = NOT_GIVEN,
        cpu_architecture: str | None | NotGiven = NOT_GIVEN,
        cpu_architecture_level: str | None | NotGiven = NOT_GIVEN,
        clock_speed: float | None | NotGiven = NOT_GIVEN,
        total_memory: int | None | NotGiven = NOT_GIVEN,
        total_local_disk: int | None | NotGiven = NOT_GIVEN,
        timeout: int | NotGiven = NOT_GIVEN,
    ) -> Call[str]:
        """Register a worker node, or refresh its `last_seen` time (production role). Returns the server's message.

        `site` is the site (not the PanDA queue); a `slot@` prefix of `host_name` is stripped by the server.
        `clock_speed` is in MHz, `total_memory` in MB, `total_local_disk` in GB.
        """
        body = models.UpdateWorkerNodeRequest(
            site=check_str(site, "site"),
            host_name=check_str(host_name, "host_name"),
            cpu_model=check_str(cpu_model, "cpu_model"),
            panda_queue=opt(panda_queue, nullable(check_str), "panda_queue"),
            n_logical_cpus=opt(n_logical_cpus, nullable(check_id), "n_logical_cpus"),
            n_sockets=opt(n_sockets, nullable(check_id), "n_sockets"),
            cores_per_socket=opt(cores_per_socket, nullable(check_id), "cores_per_socket"),
            threads_per_core=opt(threads_per_core, nullable(check_id), "threads_per_core"),
            cpu_architecture=opt(cpu_architecture, nullable(check_str), "cpu_architecture"),
            cpu_architecture_level=opt(cpu_architecture_level, nullable(check_str), "cpu_architecture_level"),
            clock_speed=opt(clock_speed, nullable(check_number), "clock_speed"),
            total_memory=opt(total_memory, nullable(_count), "total_memory"),
            total_local_disk=opt(total_local_disk, nullable(_count), "total_local_disk"),
            timeout=opt(timeout, _seconds, "timeout"),
        )
        return build_call(endpoints.update_worker_node, _message, body=body)

    @operation
    def update_worker_node_gpu(
        self,
        site: str,
        host_name: str,
        vendor: str,
        model: str,
        count: int,
        *,
        vram: int | None | NotGiven = NOT_GIVEN,
        architecture: str | None | NotGiven = NOT_GIVEN,
        framework: str | None | NotGiven = NOT_GIVEN,
        framework_version: str | None | NotGiven = NOT_GIVEN,
        driver_version: str | None | NotGiven = NOT_GIVEN,
        timeout: int | NotGiven = NOT_GIVEN,
    ) -> Call[str]:
        """Register the GPUs of one type of a worker node, or refresh their `last_seen` time (production role).

        `count` is the number of GPUs of this `vendor`/`model`; `vram` is in MB. Returns the server's message.
        """
        body = models.UpdateWorkerNodeGpuRequest(
            site=check_str(site, "site"),
            host_name=check_str(host_name, "host_name"),
            vendor=check_str(vendor, "vendor"),
            model=check_str(model, "model"),
            count=check_id(count, "count"),
            vram=opt(vram, nullable(_count), "vram"),
            architecture=opt(architecture, nullable(check_str), "architecture"),
            framework=opt(framework, nullable(check_str), "framework"),
            framework_version=opt(framework_version, nullable(check_str), "framework_version"),
            driver_version=opt(driver_version, nullable(check_str), "driver_version"),
            timeout=opt(timeout, _seconds, "timeout"),
        )
        return build_call(endpoints.update_worker_node_gpu, _message, body=body)


# -- argument checks ---------------------------------------------------------------------------------------------


def _seconds(value: Any, name: str) -> int:
    return check_int(value, name, minimum=1)


def _count(value: Any, name: str) -> int:
    return check_int(value, name, minimum=0)


def _text(value: Any, name: str) -> str:
    """Free text (logs, diagnostics, reports): may be empty."""
    return check_str(value, name, empty=True)


def _pilot_time(value: Any, name: str) -> str:
    """A datetime or `%Y-%m-%d %H:%M:%S` text (the server silently ignores any other format, so refuse it here)."""
    if isinstance(value, datetime):
        return value.strftime(_PILOT_TIME_FORMAT)
    text = check_str(value, name)
    try:
        datetime.strptime(text, _PILOT_TIME_FORMAT)
    except ValueError:
        raise ValueError(f"{name} must be a datetime or '{_PILOT_TIME_FORMAT}' text, got {text!r}") from None
    return text


def _comma_list(value: Any, name: str) -> str:
    if isinstance(value, str):
        return check_str(value, name)
    return ",".join(check_str_list(value, name))


def _worker_id(value: Any, name: str) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return str(check_id(value, name))
    return check_str(value, name)


def _target_architecture(value: Any, name: str) -> TargetArchitecture | str:
    """An object (sent as JSON) or JSON text of an object; `gpus`, when present, a list of objects."""
    if isinstance(value, str):
        try:
            decoded = json.loads(value)
        except ValueError as exc:
            raise ValueError(f"{name} is not valid JSON text: {exc}") from None
        _check_architecture(decoded, name)
        return value
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a dict or JSON text of one, got {type(value).__name__}")
    _check_architecture(value, name)
    return models.TargetArchitecture.from_dict(dict(value))


def _check_architecture(value: Any, name: str) -> None:
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a JSON object, got {type(value).__name__}")
    if "gpus" in value:
        gpus = value["gpus"]
        if not isinstance(gpus, list):
            raise TypeError(f"{name}['gpus'] must be a list, got {type(gpus).__name__}")
        for i, gpu in enumerate(gpus):
            check_mapping(gpu, f"{name}['gpus'][{i}]")


# update_job's optional parameters (exact wire names) and their checks; update_jobs_bulk items use them too.
_UPDATE_JOB_FIELDS: dict[str, Callable[[Any, str], Any]] = {
    "job_output_report": _text,
    "node": nullable(check_str),
    "cpu_consumption_time": nullable(_count),
    "cpu_consumption_unit": nullable(check_str),
    "scheduler_id": nullable(check_str),
    "pilot_id": nullable(check_str),
    "site_name": nullable(check_str),
    "pilot_log": _text,
    "meta_data": _text,
    "cpu_conversion_factor": nullable(check_number),
    "trans_exit_code": nullable(check_int),
    "pilot_error_code": nullable(check_int),
    "pilot_error_diag": nullable(_text),
    "exe_error_code": nullable(check_int),
    "exe_error_diag": nullable(_text),
    "pilot_timing": nullable(_text),
    "start_time": nullable(_pilot_time),
    "end_time": nullable(_pilot_time),
    "n_events": nullable(_count),
    "n_input_files": nullable(_count),
    "batch_id": nullable(check_str),
    "attempt_nr": nullable(_count),
    "job_metrics": nullable(_text),
    "stdout": _text,
    "job_sub_status": nullable(check_str),
    "core_count": nullable(_count),
    "max_rss": nullable(check_number),
    "max_vmem": nullable(check_number),
    "max_swap": nullable(check_number),
    "max_pss": nullable(check_number),
    "avg_rss": nullable(check_number),
    "avg_vmem": nullable(check_number),
    "avg_swap": nullable(check_number),
    "avg_pss": nullable(check_number),
    "tot_rchar": nullable(check_number),
    "tot_wchar": nullable(check_number),
    "tot_rbytes": nullable(check_number),
    "tot_wbytes": nullable(check_number),
    "rate_rchar": nullable(check_number),
    "rate_wchar": nullable(check_number),
    "rate_rbytes": nullable(check_number),
    "rate_wbytes": nullable(check_number),
    "corrupted_files": nullable(_comma_list),
    "mean_core_count": nullable(_count),
    "cpu_architecture_level": nullable(check_str),
    "grid": nullable(check_str),
    "source_site": nullable(check_str),
    "destination_site": nullable(check_str),
    "timeout": _seconds,
}


def _bulk_item(item: Any, name: str) -> UpdateJobRequest:
    entry = check_mapping(item, name)
    for key in ("job_id", "job_status"):
        if key not in entry:
            raise ValueError(f"{name} needs the key {key!r}")
    unknown = sorted(set(entry) - set(_UPDATE_JOB_FIELDS) - {"job_id", "job_status"})
    if unknown:
        raise ValueError(f"{name} has keys update_job does not take: {', '.join(map(repr, unknown))}")
    return models.UpdateJobRequest(
        job_id=check_id(entry["job_id"], f"{name}['job_id']"),
        job_status=models.UpdateJobRequestJobStatus(
            check_choice(entry["job_status"], f"{name}['job_status']", _JOB_STATES)
        ),
        **{key: opt(entry.get(key, NOT_GIVEN), check, f"{name}[{key!r}]") for key, check in _UPDATE_JOB_FIELDS.items()},
    )


# -- answers ------------------------------------------------------------------------------------------------------


def _dispatched_jobs(response: httpx.Response) -> list[dict[str, Any]]:
    """acquire_jobs: the job dicts of the dispatcher answer; PanDA's `No jobs in PanDA` failure is no job."""
    envelope = read_envelope(response)
    if not envelope.success:
        if envelope.message.strip() == _NO_JOBS:
            return []
        raise fail(envelope, response)
    return _convert(response, _jobs_of, decode_datetimes(envelope.data))


def _jobs_of(value: Any) -> list[dict[str, Any]]:
    return [as_dict(job) for job in as_list(as_dict(value).get("jobs", []))]


def _job_update(response: httpx.Response) -> JobUpdateResult:
    """update_job: also a failure when `success: true` carries a StatusCode other than 0 (time out, DB error)."""
    envelope = read_envelope(response)
    payload = envelope.data if isinstance(envelope.data, dict) else {}
    status = payload.get("StatusCode")
    failed_code = isinstance(status, int) and not isinstance(status, bool) and status != 0
    if not envelope.success or failed_code:
        message = envelope.message or str(payload.get("ErrorDiag") or "") or f"update_job answered StatusCode {status}"
        error = fail(Envelope(False, message, envelope.data), response)
        error.code = status  # type: ignore[attr-defined]
        raise error
    return _convert(response, model(models.JobUpdateResult), decode_datetimes(envelope.data))


def _message(response: httpx.Response) -> str:
    """Answers whose result is the message (`data` is null)."""
    envelope = read_envelope(response)
    if not envelope.success:
        raise fail(envelope, response)
    return envelope.message


def _convert(response: httpx.Response, convert: Callable[[Any], T], value: Any) -> T:
    """Convert `data` as `data()` does: a wrong shape is an APIResponseValidationError, never a KeyError."""
    try:
        return convert(value)
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise errors.APIResponseValidationError(
            f"PanDA's answer does not have the documented shape ({type(exc).__name__}: {exc})",
            status_code=response.status_code, body=response.text[:2000],
            method=response.request.method, url=str(response.request.url),
        ) from None  # fmt: skip
