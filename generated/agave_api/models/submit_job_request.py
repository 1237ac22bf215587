from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_inputs import JobInputs
    from ..models.job_parameters import JobParameters
    from ..models.notification import Notification


T = TypeVar("T", bound="SubmitJobRequest")


@_attrs_define
class SubmitJobRequest:
    """A job request. Field aliases the server also accepts are listed in the submit_job description.

    Attributes:
        name (str): Job name (required, under 64 characters).
        app_id (str): Unique app id, `name-version` (must contain a hyphen).
        execution_system (str | Unset): Execution system; defaults to the app's and must match it.
        batch_queue (str | Unset): Scheduler queue; defaults to the app's or system's default queue.
        node_count (int | Unset): Nodes to request (default from the app, else 1).
        processors_per_node (int | Unset): Processors per node (default from the app, else 1).
        memory_per_node (float | str | Unset): Memory per node in GB (a number, or a string such as `"4GB"`); defaults
            to the queue maximum.
        max_run_time (str | Unset): Requested wall time `HH:mm:ss`; defaults to the app's, else the queue maximum.
        archive (bool | Unset): Archive the output after the run (server default true). Default: True.
        archive_system (str | Unset): Storage system to archive to (default the caller's default storage system).
        archive_path (str | Unset): Archive directory (default `<user>/archive/jobs/job-<id>`).
        inputs (JobInputs | Unset): Input values keyed by the app's input ids: an Agave URI / URL string, a list of
            them, or a semicolon-separated string. Required inputs without a default must be given.
        parameters (JobParameters | Unset): Parameter values keyed by the app's parameter ids (string, number, boolean,
            or a list of them).
        notifications (list[Notification] | Unset):
        callback_url (str | Unset): Legacy single notification URL or email (used only when `notifications` is absent).
    """

    name: str
    app_id: str
    execution_system: str | Unset = UNSET
    batch_queue: str | Unset = UNSET
    node_count: int | Unset = UNSET
    processors_per_node: int | Unset = UNSET
    memory_per_node: float | str | Unset = UNSET
    max_run_time: str | Unset = UNSET
    archive: bool | Unset = True
    archive_system: str | Unset = UNSET
    archive_path: str | Unset = UNSET
    inputs: JobInputs | Unset = UNSET
    parameters: JobParameters | Unset = UNSET
    notifications: list[Notification] | Unset = UNSET
    callback_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_inputs import JobInputs  # noqa: PLC0415
        from ..models.job_parameters import JobParameters  # noqa: PLC0415
        from ..models.notification import Notification  # noqa: PLC0415

        name = self.name

        app_id = self.app_id

        execution_system = self.execution_system

        batch_queue = self.batch_queue

        node_count = self.node_count

        processors_per_node = self.processors_per_node

        memory_per_node: float | str | Unset
        if isinstance(self.memory_per_node, Unset):
            memory_per_node = UNSET
        else:
            memory_per_node = self.memory_per_node

        max_run_time = self.max_run_time

        archive = self.archive

        archive_system = self.archive_system

        archive_path = self.archive_path

        inputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = self.inputs.to_dict()

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        notifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notifications, Unset):
            notifications = []
            for notifications_item_data in self.notifications:
                notifications_item = notifications_item_data.to_dict()
                notifications.append(notifications_item)

        callback_url = self.callback_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "appId": app_id,
            }
        )
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
        if archive_system is not UNSET:
            field_dict["archiveSystem"] = archive_system
        if archive_path is not UNSET:
            field_dict["archivePath"] = archive_path
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if notifications is not UNSET:
            field_dict["notifications"] = notifications
        if callback_url is not UNSET:
            field_dict["callbackUrl"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_inputs import JobInputs  # noqa: PLC0415
        from ..models.job_parameters import JobParameters  # noqa: PLC0415
        from ..models.notification import Notification  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")
        if not (isinstance(name, str)):
            raise TypeError("name: expected a string, got " + type(name).__name__)

        app_id = d.pop("appId")
        if not (isinstance(app_id, str)):
            raise TypeError("appId: expected a string, got " + type(app_id).__name__)

        execution_system = d.pop("executionSystem", UNSET)
        if not (isinstance(execution_system, str)) and execution_system is not UNSET:
            raise TypeError("executionSystem: expected a string, got " + type(execution_system).__name__)

        batch_queue = d.pop("batchQueue", UNSET)
        if not (isinstance(batch_queue, str)) and batch_queue is not UNSET:
            raise TypeError("batchQueue: expected a string, got " + type(batch_queue).__name__)

        node_count = d.pop("nodeCount", UNSET)
        if (
            not (isinstance(node_count, int) and not isinstance(node_count, bool) and -(2**63) <= node_count < 2**63)
            and node_count is not UNSET
        ):
            raise TypeError("nodeCount: expected a 64-bit integer, got " + type(node_count).__name__)

        processors_per_node = d.pop("processorsPerNode", UNSET)
        if (
            not (
                isinstance(processors_per_node, int)
                and not isinstance(processors_per_node, bool)
                and -(2**63) <= processors_per_node < 2**63
            )
            and processors_per_node is not UNSET
        ):
            raise TypeError("processorsPerNode: expected a 64-bit integer, got " + type(processors_per_node).__name__)

        def _parse_memory_per_node(data: object) -> float | str | Unset:
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
            if not True:
                raise TypeError()
            memory_per_node_type_1 = data
            if not (isinstance(memory_per_node_type_1, str)):
                raise TypeError("memoryPerNode: expected a string, got " + type(memory_per_node_type_1).__name__)

            return memory_per_node_type_1

        memory_per_node = _parse_memory_per_node(d.pop("memoryPerNode", UNSET))

        max_run_time = d.pop("maxRunTime", UNSET)
        if not (isinstance(max_run_time, str)) and max_run_time is not UNSET:
            raise TypeError("maxRunTime: expected a string, got " + type(max_run_time).__name__)

        archive = d.pop("archive", UNSET)
        if not (isinstance(archive, bool)) and archive is not UNSET:
            raise TypeError("archive: expected true or false, got " + type(archive).__name__)

        archive_system = d.pop("archiveSystem", UNSET)
        if not (isinstance(archive_system, str)) and archive_system is not UNSET:
            raise TypeError("archiveSystem: expected a string, got " + type(archive_system).__name__)

        archive_path = d.pop("archivePath", UNSET)
        if not (isinstance(archive_path, str)) and archive_path is not UNSET:
            raise TypeError("archivePath: expected a string, got " + type(archive_path).__name__)

        _inputs = d.pop("inputs", UNSET)
        inputs: JobInputs | Unset
        if isinstance(_inputs, Unset):
            inputs = UNSET
        else:
            inputs = JobInputs.from_dict(_inputs)

        _parameters = d.pop("parameters", UNSET)
        parameters: JobParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = JobParameters.from_dict(_parameters)

        _notifications = d.pop("notifications", UNSET)
        notifications: list[Notification] | Unset = UNSET
        if _notifications is not UNSET:
            notifications = []
            for notifications_item_data in _notifications:
                notifications_item = Notification.from_dict(notifications_item_data)

                notifications.append(notifications_item)

        callback_url = d.pop("callbackUrl", UNSET)
        if not (isinstance(callback_url, str)) and callback_url is not UNSET:
            raise TypeError("callbackUrl: expected a string, got " + type(callback_url).__name__)

        submit_job_request = cls(
            name=name,
            app_id=app_id,
            execution_system=execution_system,
            batch_queue=batch_queue,
            node_count=node_count,
            processors_per_node=processors_per_node,
            memory_per_node=memory_per_node,
            max_run_time=max_run_time,
            archive=archive,
            archive_system=archive_system,
            archive_path=archive_path,
            inputs=inputs,
            parameters=parameters,
            notifications=notifications,
            callback_url=callback_url,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        submit_job_request.additional_properties = additional_properties
        return submit_job_request

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
