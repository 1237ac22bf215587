from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.target_architecture import TargetArchitecture


T = TypeVar("T", bound="AcquireJobsRequest")


@_attrs_define
class AcquireJobsRequest:
    """
    Attributes:
        site_name (str): The PanDA queue name.
        timeout (int | Unset): Timeout in seconds (accepted but not enforced by server 1.0.4). Default: 60.
        memory (int | None | Unset): Memory available to the job (MB).
        disk_space (int | None | Unset): Disk space available to the job.
        prod_source_label (None | str | Unset): The prodSourceLabel, e.g. `user`, `managed`, `unified`, `test`.
        node (None | str | Unset): The worker node or slot identifier.
        computing_element (None | str | Unset): The computing element.
        prod_user_id (None | str | Unset): The user ID of the jobs (forced to the caller's DN without the production
            role).
        get_proxy_key (None | str | Unset): Any non-empty string requests the proxy key (production role only).
        task_id (int | None | Unset): Restrict to this JEDI task.
        n_jobs (int | Unset): The number of jobs to acquire. Default: 1.
        background (bool | None | Unset): Background flag.
        resource_type (None | str | Unset): The resource type, e.g. `SCORE`, `MCORE`.
        harvester_id (None | str | Unset): The Harvester instance ID (defaults to scheduler_id).
        worker_id (int | None | Unset): The Harvester worker ID.
        scheduler_id (None | str | Unset): The scheduler, e.g. the Harvester ID.
        job_type (None | str | Unset): The job type, e.g. `user`, `managed`, `unified`.
        via_topic (bool | None | Unset): Jobs go through a message-broker topic.
        remaining_time (int | None | Unset): Remaining wall time in seconds. Untyped on the server (no type check); a
            value that is not a number counts
            as 0.
        target_architecture (None | str | TargetArchitecture | Unset): Hardware of the worker node, as an object or as
            JSON text of it. Only jobs whose hardware requirements it
            satisfies are returned. `gpus: []` means no GPU; an absent `gpus` key means GPU requirements are not
            checked. Text that is not a JSON object is rejected.
    """

    site_name: str
    timeout: int | Unset = 60
    memory: int | None | Unset = UNSET
    disk_space: int | None | Unset = UNSET
    prod_source_label: None | str | Unset = UNSET
    node: None | str | Unset = UNSET
    computing_element: None | str | Unset = UNSET
    prod_user_id: None | str | Unset = UNSET
    get_proxy_key: None | str | Unset = UNSET
    task_id: int | None | Unset = UNSET
    n_jobs: int | Unset = 1
    background: bool | None | Unset = UNSET
    resource_type: None | str | Unset = UNSET
    harvester_id: None | str | Unset = UNSET
    worker_id: int | None | Unset = UNSET
    scheduler_id: None | str | Unset = UNSET
    job_type: None | str | Unset = UNSET
    via_topic: bool | None | Unset = UNSET
    remaining_time: int | None | Unset = UNSET
    target_architecture: None | str | TargetArchitecture | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.target_architecture import TargetArchitecture  # noqa: PLC0415

        site_name = self.site_name

        timeout = self.timeout

        memory: int | None | Unset
        if isinstance(self.memory, Unset):
            memory = UNSET
        else:
            memory = self.memory

        disk_space: int | None | Unset
        if isinstance(self.disk_space, Unset):
            disk_space = UNSET
        else:
            disk_space = self.disk_space

        prod_source_label: None | str | Unset
        if isinstance(self.prod_source_label, Unset):
            prod_source_label = UNSET
        else:
            prod_source_label = self.prod_source_label

        node: None | str | Unset
        if isinstance(self.node, Unset):
            node = UNSET
        else:
            node = self.node

        computing_element: None | str | Unset
        if isinstance(self.computing_element, Unset):
            computing_element = UNSET
        else:
            computing_element = self.computing_element

        prod_user_id: None | str | Unset
        if isinstance(self.prod_user_id, Unset):
            prod_user_id = UNSET
        else:
            prod_user_id = self.prod_user_id

        get_proxy_key: None | str | Unset
        if isinstance(self.get_proxy_key, Unset):
            get_proxy_key = UNSET
        else:
            get_proxy_key = self.get_proxy_key

        task_id: int | None | Unset
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        else:
            task_id = self.task_id

        n_jobs = self.n_jobs

        background: bool | None | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        else:
            background = self.background

        resource_type: None | str | Unset
        if isinstance(self.resource_type, Unset):
            resource_type = UNSET
        else:
            resource_type = self.resource_type

        harvester_id: None | str | Unset
        if isinstance(self.harvester_id, Unset):
            harvester_id = UNSET
        else:
            harvester_id = self.harvester_id

        worker_id: int | None | Unset
        if isinstance(self.worker_id, Unset):
            worker_id = UNSET
        else:
            worker_id = self.worker_id

        scheduler_id: None | str | Unset
        if isinstance(self.scheduler_id, Unset):
            scheduler_id = UNSET
        else:
            scheduler_id = self.scheduler_id

        job_type: None | str | Unset
        if isinstance(self.job_type, Unset):
            job_type = UNSET
        else:
            job_type = self.job_type

        via_topic: bool | None | Unset
        if isinstance(self.via_topic, Unset):
            via_topic = UNSET
        else:
            via_topic = self.via_topic

        remaining_time: int | None | Unset
        if isinstance(self.remaining_time, Unset):
            remaining_time = UNSET
        else:
            remaining_time = self.remaining_time

        target_architecture: dict[str, Any] | None | str | Unset
        if isinstance(self.target_architecture, Unset):
            target_architecture = UNSET
        elif isinstance(self.target_architecture, TargetArchitecture):
            target_architecture = self.target_architecture.to_dict()
        else:
            target_architecture = self.target_architecture

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "site_name": site_name,
            }
        )
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if memory is not UNSET:
            field_dict["memory"] = memory
        if disk_space is not UNSET:
            field_dict["disk_space"] = disk_space
        if prod_source_label is not UNSET:
            field_dict["prod_source_label"] = prod_source_label
        if node is not UNSET:
            field_dict["node"] = node
        if computing_element is not UNSET:
            field_dict["computing_element"] = computing_element
        if prod_user_id is not UNSET:
            field_dict["prod_user_id"] = prod_user_id
        if get_proxy_key is not UNSET:
            field_dict["get_proxy_key"] = get_proxy_key
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if n_jobs is not UNSET:
            field_dict["n_jobs"] = n_jobs
        if background is not UNSET:
            field_dict["background"] = background
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if harvester_id is not UNSET:
            field_dict["harvester_id"] = harvester_id
        if worker_id is not UNSET:
            field_dict["worker_id"] = worker_id
        if scheduler_id is not UNSET:
            field_dict["scheduler_id"] = scheduler_id
        if job_type is not UNSET:
            field_dict["job_type"] = job_type
        if via_topic is not UNSET:
            field_dict["via_topic"] = via_topic
        if remaining_time is not UNSET:
            field_dict["remaining_time"] = remaining_time
        if target_architecture is not UNSET:
            field_dict["target_architecture"] = target_architecture

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.target_architecture import TargetArchitecture  # noqa: PLC0415

        d = dict(src_dict)
        site_name = d.pop("site_name")
        if not (isinstance(site_name, str)):
            raise TypeError("site_name: expected a string, got " + type(site_name).__name__)

        timeout = d.pop("timeout", UNSET)
        if (
            not (isinstance(timeout, int) and not isinstance(timeout, bool) and -(2**63) <= timeout < 2**63)
            and timeout is not UNSET
        ):
            raise TypeError("timeout: expected a 64-bit integer, got " + type(timeout).__name__)

        def _parse_memory(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                memory_type_0 = data
                if not (
                    isinstance(memory_type_0, int)
                    and not isinstance(memory_type_0, bool)
                    and -(2**63) <= memory_type_0 < 2**63
                ):
                    raise TypeError("memory: expected a 64-bit integer, got " + type(memory_type_0).__name__)

                return memory_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            memory_type_1 = data
            if not (memory_type_1 is None):
                raise TypeError("memory: expected the documented type, got " + type(memory_type_1).__name__)

            return memory_type_1

        memory = _parse_memory(d.pop("memory", UNSET))

        def _parse_disk_space(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                disk_space_type_0 = data
                if not (
                    isinstance(disk_space_type_0, int)
                    and not isinstance(disk_space_type_0, bool)
                    and -(2**63) <= disk_space_type_0 < 2**63
                ):
                    raise TypeError("disk_space: expected a 64-bit integer, got " + type(disk_space_type_0).__name__)

                return disk_space_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            disk_space_type_1 = data
            if not (disk_space_type_1 is None):
                raise TypeError("disk_space: expected the documented type, got " + type(disk_space_type_1).__name__)

            return disk_space_type_1

        disk_space = _parse_disk_space(d.pop("disk_space", UNSET))

        def _parse_prod_source_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                prod_source_label_type_0 = data
                if not (isinstance(prod_source_label_type_0, str)):
                    raise TypeError(
                        "prod_source_label: expected a string, got " + type(prod_source_label_type_0).__name__
                    )

                return prod_source_label_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            prod_source_label_type_1 = data
            if not (prod_source_label_type_1 is None):
                raise TypeError(
                    "prod_source_label: expected the documented type, got " + type(prod_source_label_type_1).__name__
                )

            return prod_source_label_type_1

        prod_source_label = _parse_prod_source_label(d.pop("prod_source_label", UNSET))

        def _parse_node(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                node_type_0 = data
                if not (isinstance(node_type_0, str)):
                    raise TypeError("node: expected a string, got " + type(node_type_0).__name__)

                return node_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            node_type_1 = data
            if not (node_type_1 is None):
                raise TypeError("node: expected the documented type, got " + type(node_type_1).__name__)

            return node_type_1

        node = _parse_node(d.pop("node", UNSET))

        def _parse_computing_element(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                computing_element_type_0 = data
                if not (isinstance(computing_element_type_0, str)):
                    raise TypeError(
                        "computing_element: expected a string, got " + type(computing_element_type_0).__name__
                    )

                return computing_element_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            computing_element_type_1 = data
            if not (computing_element_type_1 is None):
                raise TypeError(
                    "computing_element: expected the documented type, got " + type(computing_element_type_1).__name__
                )

            return computing_element_type_1

        computing_element = _parse_computing_element(d.pop("computing_element", UNSET))

        def _parse_prod_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                prod_user_id_type_0 = data
                if not (isinstance(prod_user_id_type_0, str)):
                    raise TypeError("prod_user_id: expected a string, got " + type(prod_user_id_type_0).__name__)

                return prod_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            prod_user_id_type_1 = data
            if not (prod_user_id_type_1 is None):
                raise TypeError("prod_user_id: expected the documented type, got " + type(prod_user_id_type_1).__name__)

            return prod_user_id_type_1

        prod_user_id = _parse_prod_user_id(d.pop("prod_user_id", UNSET))

        def _parse_get_proxy_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                get_proxy_key_type_0 = data
                if not (isinstance(get_proxy_key_type_0, str)):
                    raise TypeError("get_proxy_key: expected a string, got " + type(get_proxy_key_type_0).__name__)

                return get_proxy_key_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            get_proxy_key_type_1 = data
            if not (get_proxy_key_type_1 is None):
                raise TypeError(
                    "get_proxy_key: expected the documented type, got " + type(get_proxy_key_type_1).__name__
                )

            return get_proxy_key_type_1

        get_proxy_key = _parse_get_proxy_key(d.pop("get_proxy_key", UNSET))

        def _parse_task_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                task_id_type_0 = data
                if not (
                    isinstance(task_id_type_0, int)
                    and not isinstance(task_id_type_0, bool)
                    and -(2**63) <= task_id_type_0 < 2**63
                ):
                    raise TypeError("task_id: expected a 64-bit integer, got " + type(task_id_type_0).__name__)

                return task_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            task_id_type_1 = data
            if not (task_id_type_1 is None):
                raise TypeError("task_id: expected the documented type, got " + type(task_id_type_1).__name__)

            return task_id_type_1

        task_id = _parse_task_id(d.pop("task_id", UNSET))

        n_jobs = d.pop("n_jobs", UNSET)
        if (
            not (isinstance(n_jobs, int) and not isinstance(n_jobs, bool) and -(2**63) <= n_jobs < 2**63)
            and n_jobs is not UNSET
        ):
            raise TypeError("n_jobs: expected a 64-bit integer, got " + type(n_jobs).__name__)

        def _parse_background(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                background_type_0 = data
                if not (isinstance(background_type_0, bool)):
                    raise TypeError("background: expected true or false, got " + type(background_type_0).__name__)

                return background_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            background_type_1 = data
            if not (background_type_1 is None):
                raise TypeError("background: expected the documented type, got " + type(background_type_1).__name__)

            return background_type_1

        background = _parse_background(d.pop("background", UNSET))

        def _parse_resource_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                resource_type_type_0 = data
                if not (isinstance(resource_type_type_0, str)):
                    raise TypeError("resource_type: expected a string, got " + type(resource_type_type_0).__name__)

                return resource_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            resource_type_type_1 = data
            if not (resource_type_type_1 is None):
                raise TypeError(
                    "resource_type: expected the documented type, got " + type(resource_type_type_1).__name__
                )

            return resource_type_type_1

        resource_type = _parse_resource_type(d.pop("resource_type", UNSET))

        def _parse_harvester_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                harvester_id_type_0 = data
                if not (isinstance(harvester_id_type_0, str)):
                    raise TypeError("harvester_id: expected a string, got " + type(harvester_id_type_0).__name__)

                return harvester_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            harvester_id_type_1 = data
            if not (harvester_id_type_1 is None):
                raise TypeError("harvester_id: expected the documented type, got " + type(harvester_id_type_1).__name__)

            return harvester_id_type_1

        harvester_id = _parse_harvester_id(d.pop("harvester_id", UNSET))

        def _parse_worker_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                worker_id_type_0 = data
                if not (
                    isinstance(worker_id_type_0, int)
                    and not isinstance(worker_id_type_0, bool)
                    and -(2**63) <= worker_id_type_0 < 2**63
                ):
                    raise TypeError("worker_id: expected a 64-bit integer, got " + type(worker_id_type_0).__name__)

                return worker_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            worker_id_type_1 = data
            if not (worker_id_type_1 is None):
                raise TypeError("worker_id: expected the documented type, got " + type(worker_id_type_1).__name__)

            return worker_id_type_1

        worker_id = _parse_worker_id(d.pop("worker_id", UNSET))

        def _parse_scheduler_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                scheduler_id_type_0 = data
                if not (isinstance(scheduler_id_type_0, str)):
                    raise TypeError("scheduler_id: expected a string, got " + type(scheduler_id_type_0).__name__)

                return scheduler_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            scheduler_id_type_1 = data
            if not (scheduler_id_type_1 is None):
                raise TypeError("scheduler_id: expected the documented type, got " + type(scheduler_id_type_1).__name__)

            return scheduler_id_type_1

        scheduler_id = _parse_scheduler_id(d.pop("scheduler_id", UNSET))

        def _parse_job_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                job_type_type_0 = data
                if not (isinstance(job_type_type_0, str)):
                    raise TypeError("job_type: expected a string, got " + type(job_type_type_0).__name__)

                return job_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            job_type_type_1 = data
            if not (job_type_type_1 is None):
                raise TypeError("job_type: expected the documented type, got " + type(job_type_type_1).__name__)

            return job_type_type_1

        job_type = _parse_job_type(d.pop("job_type", UNSET))

        def _parse_via_topic(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                via_topic_type_0 = data
                if not (isinstance(via_topic_type_0, bool)):
                    raise TypeError("via_topic: expected true or false, got " + type(via_topic_type_0).__name__)

                return via_topic_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            via_topic_type_1 = data
            if not (via_topic_type_1 is None):
                raise TypeError("via_topic: expected the documented type, got " + type(via_topic_type_1).__name__)

            return via_topic_type_1

        via_topic = _parse_via_topic(d.pop("via_topic", UNSET))

        def _parse_remaining_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                remaining_time_type_0 = data
                if not (
                    isinstance(remaining_time_type_0, int)
                    and not isinstance(remaining_time_type_0, bool)
                    and -(2**63) <= remaining_time_type_0 < 2**63
                ):
                    raise TypeError(
                        "remaining_time: expected a 64-bit integer, got " + type(remaining_time_type_0).__name__
                    )

                return remaining_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            remaining_time_type_1 = data
            if not (remaining_time_type_1 is None):
                raise TypeError(
                    "remaining_time: expected the documented type, got " + type(remaining_time_type_1).__name__
                )

            return remaining_time_type_1

        remaining_time = _parse_remaining_time(d.pop("remaining_time", UNSET))

        def _parse_target_architecture(data: object) -> None | str | TargetArchitecture | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                target_architecture_type_0 = TargetArchitecture.from_dict(data)

                return target_architecture_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not True:
                    raise TypeError()
                target_architecture_type_1 = data
                if not (isinstance(target_architecture_type_1, str)):
                    raise TypeError(
                        "target_architecture: expected a string, got " + type(target_architecture_type_1).__name__
                    )

                return target_architecture_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            target_architecture_type_2 = data
            if not (target_architecture_type_2 is None):
                raise TypeError(
                    "target_architecture: expected the documented type, got "
                    + type(target_architecture_type_2).__name__
                )

            return target_architecture_type_2

        target_architecture = _parse_target_architecture(d.pop("target_architecture", UNSET))

        acquire_jobs_request = cls(
            site_name=site_name,
            timeout=timeout,
            memory=memory,
            disk_space=disk_space,
            prod_source_label=prod_source_label,
            node=node,
            computing_element=computing_element,
            prod_user_id=prod_user_id,
            get_proxy_key=get_proxy_key,
            task_id=task_id,
            n_jobs=n_jobs,
            background=background,
            resource_type=resource_type,
            harvester_id=harvester_id,
            worker_id=worker_id,
            scheduler_id=scheduler_id,
            job_type=job_type,
            via_topic=via_topic,
            remaining_time=remaining_time,
            target_architecture=target_architecture,
        )

        return acquire_jobs_request
