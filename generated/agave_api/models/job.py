from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_input_values import JobInputValues
    from ..models.job_links import JobLinks
    from ..models.job_parameter_values import JobParameterValues


T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """A job as the server serialises it (get, restore, reset, resubmit, submit). `archivePath`/`archiveSystem`
    only when `archive` is true; `message` only when `status` is FAILED; no `workPath`. The submit answer adds
    `executionType`, `schedulerType`, uses `lastModified` instead of `lastUpdated`, and lists registered
    notifications in `_links.notification`. Aloe deployments rename several fields (declared below as
    optional).

        Attributes:
            id (str | Unset): Job id.
            name (str | Unset):
            owner (str | Unset):
            app_id (str | Unset): App id (`name-version`).
            execution_system (str | Unset):
            batch_queue (None | str | Unset):
            node_count (int | None | Unset):
            processors_per_node (int | None | Unset):
            memory_per_node (float | None | str | Unset): Memory per node in GB; a number from Agave (e.g. `4.0`), a string
                from Aloe.
            max_run_time (None | str | Unset): Requested wall time, `HH:mm:ss`.
            archive (bool | Unset):
            retries (int | None | Unset):
            local_id (None | str | Unset): Scheduler or process id on the execution system (null before submission).
            execution_type (str | Unset): Submit answer only (HPC, CLI, CONDOR, ...).
            scheduler_type (str | Unset): Submit answer only (SLURM, PBS, SGE, FORK, CONDOR, ...).
            created (datetime.datetime | Unset):
            last_updated (datetime.datetime | Unset): Last modification (get/restore/reset/resubmit).
            last_modified (datetime.datetime | Unset): Last modification, submit answer only (the others say lastUpdated).
            archive_path (None | str | Unset): Only when archive is true.
            archive_system (None | str | Unset): Only when archive is true.
            output_path (None | str | Unset): The job's work directory on the execution system (agavepy's `workPath` does
                not exist).
            status (str | Unset): Job status: PENDING, PROCESSING_INPUTS, STAGING_INPUTS, STAGED, STAGING_JOB, SUBMITTING,
                QUEUED, RUNNING, PAUSED, CLEANING_UP, ARCHIVING, ARCHIVING_FINISHED, ARCHIVING_FAILED, FINISHED, KILLED,
                STOPPED, FAILED, HEARTBEAT. Treat as an open set.
            message (None | str | Unset): Error message; only present when status is FAILED.
            submit_time (datetime.datetime | None | Unset):
            start_time (datetime.datetime | None | Unset):
            end_time (datetime.datetime | None | Unset):
            inputs (JobInputValues | Unset): Input values keyed by the app's input ids. The server stores what the request
                sent; values are usually arrays of URIs (single values are normalised into arrays).
            parameters (JobParameterValues | Unset): Parameter values keyed by the app's parameter ids (strings, numbers,
                booleans or arrays).
            links (JobLinks | Unset):
            remote_job_id (None | str | Unset): Aloe only (replaces localId).
            max_hours (float | None | str | Unset): Aloe only (replaces maxRunTime).
            remote_submitted (None | str | Unset): Aloe only (replaces submitTime), ISO-8601.
            system_id (str | Unset): Aloe only (replaces executionSystem).
            started (None | str | Unset): Aloe only (replaces startTime), ISO-8601.
            ended (None | str | Unset): Aloe only (replaces endTime), ISO-8601.
            remote_ended (None | str | Unset): Aloe only, ISO-8601.
            remote_outcome (None | str | Unset): Aloe only (FINISHED, FAILED, FAILED_SKIP_ARCHIVE).
            remote_queue (None | str | Unset): Aloe only.
            submit_retries (int | None | Unset): Aloe only.
            remote_status_checks (int | None | Unset): Aloe only.
            failed_status_check (int | None | Unset): Aloe only.
            last_status_check (None | str | Unset): Aloe only, ISO-8601.
            last_status_message (None | str | Unset): Aloe only (a message; agavepy declares it date-time by mistake).
            app_uuid (None | str | Unset): Aloe only.
            roles (None | str | Unset): Aloe only (comma-separated).
            scheduler_job_id (None | str | Unset): Aloe only.
            tenant_queue (None | str | Unset): Aloe only.
            tenant_id (None | str | Unset): Aloe only.
            visible (bool | None | Unset): Aloe only.
            work_path (None | str | Unset): Aloe only.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    owner: str | Unset = UNSET
    app_id: str | Unset = UNSET
    execution_system: str | Unset = UNSET
    batch_queue: None | str | Unset = UNSET
    node_count: int | None | Unset = UNSET
    processors_per_node: int | None | Unset = UNSET
    memory_per_node: float | None | str | Unset = UNSET
    max_run_time: None | str | Unset = UNSET
    archive: bool | Unset = UNSET
    retries: int | None | Unset = UNSET
    local_id: None | str | Unset = UNSET
    execution_type: str | Unset = UNSET
    scheduler_type: str | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    last_updated: datetime.datetime | Unset = UNSET
    last_modified: datetime.datetime | Unset = UNSET
    archive_path: None | str | Unset = UNSET
    archive_system: None | str | Unset = UNSET
    output_path: None | str | Unset = UNSET
    status: str | Unset = UNSET
    message: None | str | Unset = UNSET
    submit_time: datetime.datetime | None | Unset = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    inputs: JobInputValues | Unset = UNSET
    parameters: JobParameterValues | Unset = UNSET
    links: JobLinks | Unset = UNSET
    remote_job_id: None | str | Unset = UNSET
    max_hours: float | None | str | Unset = UNSET
    remote_submitted: None | str | Unset = UNSET
    system_id: str | Unset = UNSET
    started: None | str | Unset = UNSET
    ended: None | str | Unset = UNSET
    remote_ended: None | str | Unset = UNSET
    remote_outcome: None | str | Unset = UNSET
    remote_queue: None | str | Unset = UNSET
    submit_retries: int | None | Unset = UNSET
    remote_status_checks: int | None | Unset = UNSET
    failed_status_check: int | None | Unset = UNSET
    last_status_check: None | str | Unset = UNSET
    last_status_message: None | str | Unset = UNSET
    app_uuid: None | str | Unset = UNSET
    roles: None | str | Unset = UNSET
    scheduler_job_id: None | str | Unset = UNSET
    tenant_queue: None | str | Unset = UNSET
    tenant_id: None | str | Unset = UNSET
    visible: bool | None | Unset = UNSET
    work_path: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_input_values import JobInputValues  # noqa: PLC0415
        from ..models.job_links import JobLinks  # noqa: PLC0415
        from ..models.job_parameter_values import JobParameterValues  # noqa: PLC0415

        id = self.id

        name = self.name

        owner = self.owner

        app_id = self.app_id

        execution_system = self.execution_system

        batch_queue: None | str | Unset
        if isinstance(self.batch_queue, Unset):
            batch_queue = UNSET
        else:
            batch_queue = self.batch_queue

        node_count: int | None | Unset
        if isinstance(self.node_count, Unset):
            node_count = UNSET
        else:
            node_count = self.node_count

        processors_per_node: int | None | Unset
        if isinstance(self.processors_per_node, Unset):
            processors_per_node = UNSET
        else:
            processors_per_node = self.processors_per_node

        memory_per_node: float | None | str | Unset
        if isinstance(self.memory_per_node, Unset):
            memory_per_node = UNSET
        else:
            memory_per_node = self.memory_per_node

        max_run_time: None | str | Unset
        if isinstance(self.max_run_time, Unset):
            max_run_time = UNSET
        else:
            max_run_time = self.max_run_time

        archive = self.archive

        retries: int | None | Unset
        if isinstance(self.retries, Unset):
            retries = UNSET
        else:
            retries = self.retries

        local_id: None | str | Unset
        if isinstance(self.local_id, Unset):
            local_id = UNSET
        else:
            local_id = self.local_id

        execution_type = self.execution_type

        scheduler_type = self.scheduler_type

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        last_updated: str | Unset = UNSET
        if not isinstance(self.last_updated, Unset):
            last_updated = self.last_updated.isoformat()

        last_modified: str | Unset = UNSET
        if not isinstance(self.last_modified, Unset):
            last_modified = self.last_modified.isoformat()

        archive_path: None | str | Unset
        if isinstance(self.archive_path, Unset):
            archive_path = UNSET
        else:
            archive_path = self.archive_path

        archive_system: None | str | Unset
        if isinstance(self.archive_system, Unset):
            archive_system = UNSET
        else:
            archive_system = self.archive_system

        output_path: None | str | Unset
        if isinstance(self.output_path, Unset):
            output_path = UNSET
        else:
            output_path = self.output_path

        status = self.status

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        submit_time: None | str | Unset
        if isinstance(self.submit_time, Unset):
            submit_time = UNSET
        elif isinstance(self.submit_time, datetime.datetime):
            submit_time = self.submit_time.isoformat()
        else:
            submit_time = self.submit_time

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        inputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = self.inputs.to_dict()

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        remote_job_id: None | str | Unset
        if isinstance(self.remote_job_id, Unset):
            remote_job_id = UNSET
        else:
            remote_job_id = self.remote_job_id

        max_hours: float | None | str | Unset
        if isinstance(self.max_hours, Unset):
            max_hours = UNSET
        else:
            max_hours = self.max_hours

        remote_submitted: None | str | Unset
        if isinstance(self.remote_submitted, Unset):
            remote_submitted = UNSET
        else:
            remote_submitted = self.remote_submitted

        system_id = self.system_id

        started: None | str | Unset
        if isinstance(self.started, Unset):
            started = UNSET
        else:
            started = self.started

        ended: None | str | Unset
        if isinstance(self.ended, Unset):
            ended = UNSET
        else:
            ended = self.ended

        remote_ended: None | str | Unset
        if isinstance(self.remote_ended, Unset):
            remote_ended = UNSET
        else:
            remote_ended = self.remote_ended

        remote_outcome: None | str | Unset
        if isinstance(self.remote_outcome, Unset):
            remote_outcome = UNSET
        else:
            remote_outcome = self.remote_outcome

        remote_queue: None | str | Unset
        if isinstance(self.remote_queue, Unset):
            remote_queue = UNSET
        else:
            remote_queue = self.remote_queue

        submit_retries: int | None | Unset
        if isinstance(self.submit_retries, Unset):
            submit_retries = UNSET
        else:
            submit_retries = self.submit_retries

        remote_status_checks: int | None | Unset
        if isinstance(self.remote_status_checks, Unset):
            remote_status_checks = UNSET
        else:
            remote_status_checks = self.remote_status_checks

        failed_status_check: int | None | Unset
        if isinstance(self.failed_status_check, Unset):
            failed_status_check = UNSET
        else:
            failed_status_check = self.failed_status_check

        last_status_check: None | str | Unset
        if isinstance(self.last_status_check, Unset):
            last_status_check = UNSET
        else:
            last_status_check = self.last_status_check

        last_status_message: None | str | Unset
        if isinstance(self.last_status_message, Unset):
            last_status_message = UNSET
        else:
            last_status_message = self.last_status_message

        app_uuid: None | str | Unset
        if isinstance(self.app_uuid, Unset):
            app_uuid = UNSET
        else:
            app_uuid = self.app_uuid

        roles: None | str | Unset
        if isinstance(self.roles, Unset):
            roles = UNSET
        else:
            roles = self.roles

        scheduler_job_id: None | str | Unset
        if isinstance(self.scheduler_job_id, Unset):
            scheduler_job_id = UNSET
        else:
            scheduler_job_id = self.scheduler_job_id

        tenant_queue: None | str | Unset
        if isinstance(self.tenant_queue, Unset):
            tenant_queue = UNSET
        else:
            tenant_queue = self.tenant_queue

        tenant_id: None | str | Unset
        if isinstance(self.tenant_id, Unset):
            tenant_id = UNSET
        else:
            tenant_id = self.tenant_id

        visible: bool | None | Unset
        if isinstance(self.visible, Unset):
            visible = UNSET
        else:
            visible = self.visible

        work_path: None | str | Unset
        if isinstance(self.work_path, Unset):
            work_path = UNSET
        else:
            work_path = self.work_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if owner is not UNSET:
            field_dict["owner"] = owner
        if app_id is not UNSET:
            field_dict["appId"] = app_id
        if execution_system is not UNSET:
            field_dict["executionSystem"] = execution_system
        if batch_queue is not UNSET:
            field_dict["batchQueue"] = batch_queue
        if node_count is not UNSET:
            field_dict["nodeCount"] = node_count
        if processors_per_node is not UNSET:
            field_dict["processorsPerNode"] = processors_per_node
        if memory_per_node is not UNSET:
            field_dict["memoryPerNode"] = memory_per_node
        if max_run_time is not UNSET:
            field_dict["maxRunTime"] = max_run_time
        if archive is not UNSET:
            field_dict["archive"] = archive
        if retries is not UNSET:
            field_dict["retries"] = retries
        if local_id is not UNSET:
            field_dict["localId"] = local_id
        if execution_type is not UNSET:
            field_dict["executionType"] = execution_type
        if scheduler_type is not UNSET:
            field_dict["schedulerType"] = scheduler_type
        if created is not UNSET:
            field_dict["created"] = created
        if last_updated is not UNSET:
            field_dict["lastUpdated"] = last_updated
        if last_modified is not UNSET:
            field_dict["lastModified"] = last_modified
        if archive_path is not UNSET:
            field_dict["archivePath"] = archive_path
        if archive_system is not UNSET:
            field_dict["archiveSystem"] = archive_system
        if output_path is not UNSET:
            field_dict["outputPath"] = output_path
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message
        if submit_time is not UNSET:
            field_dict["submitTime"] = submit_time
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if links is not UNSET:
            field_dict["_links"] = links
        if remote_job_id is not UNSET:
            field_dict["remoteJobId"] = remote_job_id
        if max_hours is not UNSET:
            field_dict["maxHours"] = max_hours
        if remote_submitted is not UNSET:
            field_dict["remoteSubmitted"] = remote_submitted
        if system_id is not UNSET:
            field_dict["systemId"] = system_id
        if started is not UNSET:
            field_dict["started"] = started
        if ended is not UNSET:
            field_dict["ended"] = ended
        if remote_ended is not UNSET:
            field_dict["remoteEnded"] = remote_ended
        if remote_outcome is not UNSET:
            field_dict["remoteOutcome"] = remote_outcome
        if remote_queue is not UNSET:
            field_dict["remoteQueue"] = remote_queue
        if submit_retries is not UNSET:
            field_dict["submitRetries"] = submit_retries
        if remote_status_checks is not UNSET:
            field_dict["remoteStatusChecks"] = remote_status_checks
        if failed_status_check is not UNSET:
            field_dict["failedStatusCheck"] = failed_status_check
        if last_status_check is not UNSET:
            field_dict["lastStatusCheck"] = last_status_check
        if last_status_message is not UNSET:
            field_dict["lastStatusMessage"] = last_status_message
        if app_uuid is not UNSET:
            field_dict["appUuid"] = app_uuid
        if roles is not UNSET:
            field_dict["roles"] = roles
        if scheduler_job_id is not UNSET:
            field_dict["schedulerJobId"] = scheduler_job_id
        if tenant_queue is not UNSET:
            field_dict["tenantQueue"] = tenant_queue
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if visible is not UNSET:
            field_dict["visible"] = visible
        if work_path is not UNSET:
            field_dict["workPath"] = work_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_input_values import JobInputValues  # noqa: PLC0415
        from ..models.job_links import JobLinks  # noqa: PLC0415
        from ..models.job_parameter_values import JobParameterValues  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not (isinstance(id, str)) and id is not UNSET:
            raise TypeError("id: expected a string, got " + type(id).__name__)

        name = d.pop("name", UNSET)
        if not (isinstance(name, str)) and name is not UNSET:
            raise TypeError("name: expected a string, got " + type(name).__name__)

        owner = d.pop("owner", UNSET)
        if not (isinstance(owner, str)) and owner is not UNSET:
            raise TypeError("owner: expected a string, got " + type(owner).__name__)

        app_id = d.pop("appId", UNSET)
        if not (isinstance(app_id, str)) and app_id is not UNSET:
            raise TypeError("appId: expected a string, got " + type(app_id).__name__)

        execution_system = d.pop("executionSystem", UNSET)
        if not (isinstance(execution_system, str)) and execution_system is not UNSET:
            raise TypeError("executionSystem: expected a string, got " + type(execution_system).__name__)

        def _parse_batch_queue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                batch_queue_type_0 = data
                if not (isinstance(batch_queue_type_0, str)):
                    raise TypeError("batchQueue: expected a string, got " + type(batch_queue_type_0).__name__)

                return batch_queue_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            batch_queue_type_1 = data
            if not (batch_queue_type_1 is None):
                raise TypeError("batchQueue: expected the documented type, got " + type(batch_queue_type_1).__name__)

            return batch_queue_type_1

        batch_queue = _parse_batch_queue(d.pop("batchQueue", UNSET))

        def _parse_node_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                node_count_type_0 = data
                if not (
                    isinstance(node_count_type_0, int)
                    and not isinstance(node_count_type_0, bool)
                    and -(2**63) <= node_count_type_0 < 2**63
                ):
                    raise TypeError("nodeCount: expected a 64-bit integer, got " + type(node_count_type_0).__name__)

                return node_count_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            node_count_type_1 = data
            if not (node_count_type_1 is None):
                raise TypeError("nodeCount: expected the documented type, got " + type(node_count_type_1).__name__)

            return node_count_type_1

        node_count = _parse_node_count(d.pop("nodeCount", UNSET))

        def _parse_processors_per_node(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                processors_per_node_type_0 = data
                if not (
                    isinstance(processors_per_node_type_0, int)
                    and not isinstance(processors_per_node_type_0, bool)
                    and -(2**63) <= processors_per_node_type_0 < 2**63
                ):
                    raise TypeError(
                        "processorsPerNode: expected a 64-bit integer, got " + type(processors_per_node_type_0).__name__
                    )

                return processors_per_node_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            processors_per_node_type_1 = data
            if not (processors_per_node_type_1 is None):
                raise TypeError(
                    "processorsPerNode: expected the documented type, got " + type(processors_per_node_type_1).__name__
                )

            return processors_per_node_type_1

        processors_per_node = _parse_processors_per_node(d.pop("processorsPerNode", UNSET))

        def _parse_memory_per_node(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                memory_per_node_type_0 = data
                if not (
                    isinstance(memory_per_node_type_0, (int, float))
                    and not isinstance(memory_per_node_type_0, bool)
                    and float("-inf") < memory_per_node_type_0 < float("inf")
                ):
                    raise TypeError(
                        "memoryPerNode: expected a finite number, got " + type(memory_per_node_type_0).__name__
                    )

                return memory_per_node_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not True:
                    raise TypeError()
                memory_per_node_type_1 = data
                if not (isinstance(memory_per_node_type_1, str)):
                    raise TypeError("memoryPerNode: expected a string, got " + type(memory_per_node_type_1).__name__)

                return memory_per_node_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            memory_per_node_type_2 = data
            if not (memory_per_node_type_2 is None):
                raise TypeError(
                    "memoryPerNode: expected the documented type, got " + type(memory_per_node_type_2).__name__
                )

            return memory_per_node_type_2

        memory_per_node = _parse_memory_per_node(d.pop("memoryPerNode", UNSET))

        def _parse_max_run_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                max_run_time_type_0 = data
                if not (isinstance(max_run_time_type_0, str)):
                    raise TypeError("maxRunTime: expected a string, got " + type(max_run_time_type_0).__name__)

                return max_run_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            max_run_time_type_1 = data
            if not (max_run_time_type_1 is None):
                raise TypeError("maxRunTime: expected the documented type, got " + type(max_run_time_type_1).__name__)

            return max_run_time_type_1

        max_run_time = _parse_max_run_time(d.pop("maxRunTime", UNSET))

        archive = d.pop("archive", UNSET)
        if not (isinstance(archive, bool)) and archive is not UNSET:
            raise TypeError("archive: expected true or false, got " + type(archive).__name__)

        def _parse_retries(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                retries_type_0 = data
                if not (
                    isinstance(retries_type_0, int)
                    and not isinstance(retries_type_0, bool)
                    and -(2**63) <= retries_type_0 < 2**63
                ):
                    raise TypeError("retries: expected a 64-bit integer, got " + type(retries_type_0).__name__)

                return retries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            retries_type_1 = data
            if not (retries_type_1 is None):
                raise TypeError("retries: expected the documented type, got " + type(retries_type_1).__name__)

            return retries_type_1

        retries = _parse_retries(d.pop("retries", UNSET))

        def _parse_local_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                local_id_type_0 = data
                if not (isinstance(local_id_type_0, str)):
                    raise TypeError("localId: expected a string, got " + type(local_id_type_0).__name__)

                return local_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            local_id_type_1 = data
            if not (local_id_type_1 is None):
                raise TypeError("localId: expected the documented type, got " + type(local_id_type_1).__name__)

            return local_id_type_1

        local_id = _parse_local_id(d.pop("localId", UNSET))

        execution_type = d.pop("executionType", UNSET)
        if not (isinstance(execution_type, str)) and execution_type is not UNSET:
            raise TypeError("executionType: expected a string, got " + type(execution_type).__name__)

        scheduler_type = d.pop("schedulerType", UNSET)
        if not (isinstance(scheduler_type, str)) and scheduler_type is not UNSET:
            raise TypeError("schedulerType: expected a string, got " + type(scheduler_type).__name__)

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        _last_updated = d.pop("lastUpdated", UNSET)
        last_updated: datetime.datetime | Unset
        if isinstance(_last_updated, Unset):
            last_updated = UNSET
        else:
            last_updated = datetime.datetime.fromisoformat(_last_updated)

        _last_modified = d.pop("lastModified", UNSET)
        last_modified: datetime.datetime | Unset
        if isinstance(_last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = datetime.datetime.fromisoformat(_last_modified)

        def _parse_archive_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                archive_path_type_0 = data
                if not (isinstance(archive_path_type_0, str)):
                    raise TypeError("archivePath: expected a string, got " + type(archive_path_type_0).__name__)

                return archive_path_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            archive_path_type_1 = data
            if not (archive_path_type_1 is None):
                raise TypeError("archivePath: expected the documented type, got " + type(archive_path_type_1).__name__)

            return archive_path_type_1

        archive_path = _parse_archive_path(d.pop("archivePath", UNSET))

        def _parse_archive_system(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                archive_system_type_0 = data
                if not (isinstance(archive_system_type_0, str)):
                    raise TypeError("archiveSystem: expected a string, got " + type(archive_system_type_0).__name__)

                return archive_system_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            archive_system_type_1 = data
            if not (archive_system_type_1 is None):
                raise TypeError(
                    "archiveSystem: expected the documented type, got " + type(archive_system_type_1).__name__
                )

            return archive_system_type_1

        archive_system = _parse_archive_system(d.pop("archiveSystem", UNSET))

        def _parse_output_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                output_path_type_0 = data
                if not (isinstance(output_path_type_0, str)):
                    raise TypeError("outputPath: expected a string, got " + type(output_path_type_0).__name__)

                return output_path_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            output_path_type_1 = data
            if not (output_path_type_1 is None):
                raise TypeError("outputPath: expected the documented type, got " + type(output_path_type_1).__name__)

            return output_path_type_1

        output_path = _parse_output_path(d.pop("outputPath", UNSET))

        status = d.pop("status", UNSET)
        if not (isinstance(status, str)) and status is not UNSET:
            raise TypeError("status: expected a string, got " + type(status).__name__)

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                message_type_0 = data
                if not (isinstance(message_type_0, str)):
                    raise TypeError("message: expected a string, got " + type(message_type_0).__name__)

                return message_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            message_type_1 = data
            if not (message_type_1 is None):
                raise TypeError("message: expected the documented type, got " + type(message_type_1).__name__)

            return message_type_1

        message = _parse_message(d.pop("message", UNSET))

        def _parse_submit_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submit_time_type_0 = datetime.datetime.fromisoformat(data)

                return submit_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            submit_time_type_1 = data
            if not (submit_time_type_1 is None):
                raise TypeError("submitTime: expected the documented type, got " + type(submit_time_type_1).__name__)

            return submit_time_type_1

        submit_time = _parse_submit_time(d.pop("submitTime", UNSET))

        def _parse_start_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_time_type_0 = datetime.datetime.fromisoformat(data)

                return start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            start_time_type_1 = data
            if not (start_time_type_1 is None):
                raise TypeError("startTime: expected the documented type, got " + type(start_time_type_1).__name__)

            return start_time_type_1

        start_time = _parse_start_time(d.pop("startTime", UNSET))

        def _parse_end_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_time_type_0 = datetime.datetime.fromisoformat(data)

                return end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            end_time_type_1 = data
            if not (end_time_type_1 is None):
                raise TypeError("endTime: expected the documented type, got " + type(end_time_type_1).__name__)

            return end_time_type_1

        end_time = _parse_end_time(d.pop("endTime", UNSET))

        _inputs = d.pop("inputs", UNSET)
        inputs: JobInputValues | Unset
        if isinstance(_inputs, Unset):
            inputs = UNSET
        else:
            inputs = JobInputValues.from_dict(_inputs)

        _parameters = d.pop("parameters", UNSET)
        parameters: JobParameterValues | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = JobParameterValues.from_dict(_parameters)

        _links = d.pop("_links", UNSET)
        links: JobLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = JobLinks.from_dict(_links)

        def _parse_remote_job_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                remote_job_id_type_0 = data
                if not (isinstance(remote_job_id_type_0, str)):
                    raise TypeError("remoteJobId: expected a string, got " + type(remote_job_id_type_0).__name__)

                return remote_job_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            remote_job_id_type_1 = data
            if not (remote_job_id_type_1 is None):
                raise TypeError("remoteJobId: expected the documented type, got " + type(remote_job_id_type_1).__name__)

            return remote_job_id_type_1

        remote_job_id = _parse_remote_job_id(d.pop("remoteJobId", UNSET))

        def _parse_max_hours(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                max_hours_type_0 = data
                if not (
                    isinstance(max_hours_type_0, (int, float))
                    and not isinstance(max_hours_type_0, bool)
                    and float("-inf") < max_hours_type_0 < float("inf")
                ):
                    raise TypeError("maxHours: expected a finite number, got " + type(max_hours_type_0).__name__)

                return max_hours_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not True:
                    raise TypeError()
                max_hours_type_1 = data
                if not (isinstance(max_hours_type_1, str)):
                    raise TypeError("maxHours: expected a string, got " + type(max_hours_type_1).__name__)

                return max_hours_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            max_hours_type_2 = data
            if not (max_hours_type_2 is None):
                raise TypeError("maxHours: expected the documented type, got " + type(max_hours_type_2).__name__)

            return max_hours_type_2

        max_hours = _parse_max_hours(d.pop("maxHours", UNSET))

        def _parse_remote_submitted(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                remote_submitted_type_0 = data
                if not (isinstance(remote_submitted_type_0, str)):
                    raise TypeError("remoteSubmitted: expected a string, got " + type(remote_submitted_type_0).__name__)

                return remote_submitted_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            remote_submitted_type_1 = data
            if not (remote_submitted_type_1 is None):
                raise TypeError(
                    "remoteSubmitted: expected the documented type, got " + type(remote_submitted_type_1).__name__
                )

            return remote_submitted_type_1

        remote_submitted = _parse_remote_submitted(d.pop("remoteSubmitted", UNSET))

        system_id = d.pop("systemId", UNSET)
        if not (isinstance(system_id, str)) and system_id is not UNSET:
            raise TypeError("systemId: expected a string, got " + type(system_id).__name__)

        def _parse_started(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                started_type_0 = data
                if not (isinstance(started_type_0, str)):
                    raise TypeError("started: expected a string, got " + type(started_type_0).__name__)

                return started_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            started_type_1 = data
            if not (started_type_1 is None):
                raise TypeError("started: expected the documented type, got " + type(started_type_1).__name__)

            return started_type_1

        started = _parse_started(d.pop("started", UNSET))

        def _parse_ended(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                ended_type_0 = data
                if not (isinstance(ended_type_0, str)):
                    raise TypeError("ended: expected a string, got " + type(ended_type_0).__name__)

                return ended_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            ended_type_1 = data
            if not (ended_type_1 is None):
                raise TypeError("ended: expected the documented type, got " + type(ended_type_1).__name__)

            return ended_type_1

        ended = _parse_ended(d.pop("ended", UNSET))

        def _parse_remote_ended(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                remote_ended_type_0 = data
                if not (isinstance(remote_ended_type_0, str)):
                    raise TypeError("remoteEnded: expected a string, got " + type(remote_ended_type_0).__name__)

                return remote_ended_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            remote_ended_type_1 = data
            if not (remote_ended_type_1 is None):
                raise TypeError("remoteEnded: expected the documented type, got " + type(remote_ended_type_1).__name__)

            return remote_ended_type_1

        remote_ended = _parse_remote_ended(d.pop("remoteEnded", UNSET))

        def _parse_remote_outcome(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                remote_outcome_type_0 = data
                if not (isinstance(remote_outcome_type_0, str)):
                    raise TypeError("remoteOutcome: expected a string, got " + type(remote_outcome_type_0).__name__)

                return remote_outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            remote_outcome_type_1 = data
            if not (remote_outcome_type_1 is None):
                raise TypeError(
                    "remoteOutcome: expected the documented type, got " + type(remote_outcome_type_1).__name__
                )

            return remote_outcome_type_1

        remote_outcome = _parse_remote_outcome(d.pop("remoteOutcome", UNSET))

        def _parse_remote_queue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                remote_queue_type_0 = data
                if not (isinstance(remote_queue_type_0, str)):
                    raise TypeError("remoteQueue: expected a string, got " + type(remote_queue_type_0).__name__)

                return remote_queue_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            remote_queue_type_1 = data
            if not (remote_queue_type_1 is None):
                raise TypeError("remoteQueue: expected the documented type, got " + type(remote_queue_type_1).__name__)

            return remote_queue_type_1

        remote_queue = _parse_remote_queue(d.pop("remoteQueue", UNSET))

        def _parse_submit_retries(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                submit_retries_type_0 = data
                if not (
                    isinstance(submit_retries_type_0, int)
                    and not isinstance(submit_retries_type_0, bool)
                    and -(2**63) <= submit_retries_type_0 < 2**63
                ):
                    raise TypeError(
                        "submitRetries: expected a 64-bit integer, got " + type(submit_retries_type_0).__name__
                    )

                return submit_retries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            submit_retries_type_1 = data
            if not (submit_retries_type_1 is None):
                raise TypeError(
                    "submitRetries: expected the documented type, got " + type(submit_retries_type_1).__name__
                )

            return submit_retries_type_1

        submit_retries = _parse_submit_retries(d.pop("submitRetries", UNSET))

        def _parse_remote_status_checks(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                remote_status_checks_type_0 = data
                if not (
                    isinstance(remote_status_checks_type_0, int)
                    and not isinstance(remote_status_checks_type_0, bool)
                    and -(2**63) <= remote_status_checks_type_0 < 2**63
                ):
                    raise TypeError(
                        "remoteStatusChecks: expected a 64-bit integer, got "
                        + type(remote_status_checks_type_0).__name__
                    )

                return remote_status_checks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            remote_status_checks_type_1 = data
            if not (remote_status_checks_type_1 is None):
                raise TypeError(
                    "remoteStatusChecks: expected the documented type, got "
                    + type(remote_status_checks_type_1).__name__
                )

            return remote_status_checks_type_1

        remote_status_checks = _parse_remote_status_checks(d.pop("remoteStatusChecks", UNSET))

        def _parse_failed_status_check(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                failed_status_check_type_0 = data
                if not (
                    isinstance(failed_status_check_type_0, int)
                    and not isinstance(failed_status_check_type_0, bool)
                    and -(2**63) <= failed_status_check_type_0 < 2**63
                ):
                    raise TypeError(
                        "failedStatusCheck: expected a 64-bit integer, got " + type(failed_status_check_type_0).__name__
                    )

                return failed_status_check_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            failed_status_check_type_1 = data
            if not (failed_status_check_type_1 is None):
                raise TypeError(
                    "failedStatusCheck: expected the documented type, got " + type(failed_status_check_type_1).__name__
                )

            return failed_status_check_type_1

        failed_status_check = _parse_failed_status_check(d.pop("failedStatusCheck", UNSET))

        def _parse_last_status_check(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                last_status_check_type_0 = data
                if not (isinstance(last_status_check_type_0, str)):
                    raise TypeError(
                        "lastStatusCheck: expected a string, got " + type(last_status_check_type_0).__name__
                    )

                return last_status_check_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            last_status_check_type_1 = data
            if not (last_status_check_type_1 is None):
                raise TypeError(
                    "lastStatusCheck: expected the documented type, got " + type(last_status_check_type_1).__name__
                )

            return last_status_check_type_1

        last_status_check = _parse_last_status_check(d.pop("lastStatusCheck", UNSET))

        def _parse_last_status_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                last_status_message_type_0 = data
                if not (isinstance(last_status_message_type_0, str)):
                    raise TypeError(
                        "lastStatusMessage: expected a string, got " + type(last_status_message_type_0).__name__
                    )

                return last_status_message_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            last_status_message_type_1 = data
            if not (last_status_message_type_1 is None):
                raise TypeError(
                    "lastStatusMessage: expected the documented type, got " + type(last_status_message_type_1).__name__
                )

            return last_status_message_type_1

        last_status_message = _parse_last_status_message(d.pop("lastStatusMessage", UNSET))

        def _parse_app_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                app_uuid_type_0 = data
                if not (isinstance(app_uuid_type_0, str)):
                    raise TypeError("appUuid: expected a string, got " + type(app_uuid_type_0).__name__)

                return app_uuid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            app_uuid_type_1 = data
            if not (app_uuid_type_1 is None):
                raise TypeError("appUuid: expected the documented type, got " + type(app_uuid_type_1).__name__)

            return app_uuid_type_1

        app_uuid = _parse_app_uuid(d.pop("appUuid", UNSET))

        def _parse_roles(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                roles_type_0 = data
                if not (isinstance(roles_type_0, str)):
                    raise TypeError("roles: expected a string, got " + type(roles_type_0).__name__)

                return roles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            roles_type_1 = data
            if not (roles_type_1 is None):
                raise TypeError("roles: expected the documented type, got " + type(roles_type_1).__name__)

            return roles_type_1

        roles = _parse_roles(d.pop("roles", UNSET))

        def _parse_scheduler_job_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                scheduler_job_id_type_0 = data
                if not (isinstance(scheduler_job_id_type_0, str)):
                    raise TypeError("schedulerJobId: expected a string, got " + type(scheduler_job_id_type_0).__name__)

                return scheduler_job_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            scheduler_job_id_type_1 = data
            if not (scheduler_job_id_type_1 is None):
                raise TypeError(
                    "schedulerJobId: expected the documented type, got " + type(scheduler_job_id_type_1).__name__
                )

            return scheduler_job_id_type_1

        scheduler_job_id = _parse_scheduler_job_id(d.pop("schedulerJobId", UNSET))

        def _parse_tenant_queue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                tenant_queue_type_0 = data
                if not (isinstance(tenant_queue_type_0, str)):
                    raise TypeError("tenantQueue: expected a string, got " + type(tenant_queue_type_0).__name__)

                return tenant_queue_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            tenant_queue_type_1 = data
            if not (tenant_queue_type_1 is None):
                raise TypeError("tenantQueue: expected the documented type, got " + type(tenant_queue_type_1).__name__)

            return tenant_queue_type_1

        tenant_queue = _parse_tenant_queue(d.pop("tenantQueue", UNSET))

        def _parse_tenant_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                tenant_id_type_0 = data
                if not (isinstance(tenant_id_type_0, str)):
                    raise TypeError("tenantId: expected a string, got " + type(tenant_id_type_0).__name__)

                return tenant_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            tenant_id_type_1 = data
            if not (tenant_id_type_1 is None):
                raise TypeError("tenantId: expected the documented type, got " + type(tenant_id_type_1).__name__)

            return tenant_id_type_1

        tenant_id = _parse_tenant_id(d.pop("tenantId", UNSET))

        def _parse_visible(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                visible_type_0 = data
                if not (isinstance(visible_type_0, bool)):
                    raise TypeError("visible: expected true or false, got " + type(visible_type_0).__name__)

                return visible_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            visible_type_1 = data
            if not (visible_type_1 is None):
                raise TypeError("visible: expected the documented type, got " + type(visible_type_1).__name__)

            return visible_type_1

        visible = _parse_visible(d.pop("visible", UNSET))

        def _parse_work_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                work_path_type_0 = data
                if not (isinstance(work_path_type_0, str)):
                    raise TypeError("workPath: expected a string, got " + type(work_path_type_0).__name__)

                return work_path_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            work_path_type_1 = data
            if not (work_path_type_1 is None):
                raise TypeError("workPath: expected the documented type, got " + type(work_path_type_1).__name__)

            return work_path_type_1

        work_path = _parse_work_path(d.pop("workPath", UNSET))

        job = cls(
            id=id,
            name=name,
            owner=owner,
            app_id=app_id,
            execution_system=execution_system,
            batch_queue=batch_queue,
            node_count=node_count,
            processors_per_node=processors_per_node,
            memory_per_node=memory_per_node,
            max_run_time=max_run_time,
            archive=archive,
            retries=retries,
            local_id=local_id,
            execution_type=execution_type,
            scheduler_type=scheduler_type,
            created=created,
            last_updated=last_updated,
            last_modified=last_modified,
            archive_path=archive_path,
            archive_system=archive_system,
            output_path=output_path,
            status=status,
            message=message,
            submit_time=submit_time,
            start_time=start_time,
            end_time=end_time,
            inputs=inputs,
            parameters=parameters,
            links=links,
            remote_job_id=remote_job_id,
            max_hours=max_hours,
            remote_submitted=remote_submitted,
            system_id=system_id,
            started=started,
            ended=ended,
            remote_ended=remote_ended,
            remote_outcome=remote_outcome,
            remote_queue=remote_queue,
            submit_retries=submit_retries,
            remote_status_checks=remote_status_checks,
            failed_status_check=failed_status_check,
            last_status_check=last_status_check,
            last_status_message=last_status_message,
            app_uuid=app_uuid,
            roles=roles,
            scheduler_job_id=scheduler_job_id,
            tenant_queue=tenant_queue,
            tenant_id=tenant_id,
            visible=visible,
            work_path=work_path,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        job.additional_properties = additional_properties
        return job

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
