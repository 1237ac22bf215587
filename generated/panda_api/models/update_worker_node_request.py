from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateWorkerNodeRequest")


@_attrs_define
class UpdateWorkerNodeRequest:
    """
    Attributes:
        site (str): The site name (e.g. the ATLAS site, not the PanDA queue).
        host_name (str): The host name; a `slot@` prefix is stripped.
        cpu_model (str): The CPU model, e.g. `AMD EPYC 7351`.
        panda_queue (None | str | Unset): The PanDA queue the worker node serves.
        n_logical_cpus (int | None | Unset): Logical CPUs (sockets × cores per socket × threads per core).
        n_sockets (int | None | Unset): The number of sockets.
        cores_per_socket (int | None | Unset): The number of cores per socket.
        threads_per_core (int | None | Unset): Threads per core (1 without SMT).
        cpu_architecture (None | str | Unset): The CPU architecture, e.g. `x86_64`.
        cpu_architecture_level (None | str | Unset): The CPU architecture level, e.g. `x86-64-v3`.
        clock_speed (float | None | Unset): The clock speed in MHz; a float literal (an integer literal is rejected).
        total_memory (int | None | Unset): Total memory in MB.
        total_local_disk (int | None | Unset): Total local disk in GB.
        timeout (int | Unset): Timeout in seconds (accepted but not enforced by server 1.0.4). Default: 60.
    """

    site: str
    host_name: str
    cpu_model: str
    panda_queue: None | str | Unset = UNSET
    n_logical_cpus: int | None | Unset = UNSET
    n_sockets: int | None | Unset = UNSET
    cores_per_socket: int | None | Unset = UNSET
    threads_per_core: int | None | Unset = UNSET
    cpu_architecture: None | str | Unset = UNSET
    cpu_architecture_level: None | str | Unset = UNSET
    clock_speed: float | None | Unset = UNSET
    total_memory: int | None | Unset = UNSET
    total_local_disk: int | None | Unset = UNSET
    timeout: int | Unset = 60

    def to_dict(self) -> dict[str, Any]:
        site = self.site

        host_name = self.host_name

        cpu_model = self.cpu_model

        panda_queue: None | str | Unset
        if isinstance(self.panda_queue, Unset):
            panda_queue = UNSET
        else:
            panda_queue = self.panda_queue

        n_logical_cpus: int | None | Unset
        if isinstance(self.n_logical_cpus, Unset):
            n_logical_cpus = UNSET
        else:
            n_logical_cpus = self.n_logical_cpus

        n_sockets: int | None | Unset
        if isinstance(self.n_sockets, Unset):
            n_sockets = UNSET
        else:
            n_sockets = self.n_sockets

        cores_per_socket: int | None | Unset
        if isinstance(self.cores_per_socket, Unset):
            cores_per_socket = UNSET
        else:
            cores_per_socket = self.cores_per_socket

        threads_per_core: int | None | Unset
        if isinstance(self.threads_per_core, Unset):
            threads_per_core = UNSET
        else:
            threads_per_core = self.threads_per_core

        cpu_architecture: None | str | Unset
        if isinstance(self.cpu_architecture, Unset):
            cpu_architecture = UNSET
        else:
            cpu_architecture = self.cpu_architecture

        cpu_architecture_level: None | str | Unset
        if isinstance(self.cpu_architecture_level, Unset):
            cpu_architecture_level = UNSET
        else:
            cpu_architecture_level = self.cpu_architecture_level

        clock_speed: float | None | Unset
        if isinstance(self.clock_speed, Unset):
            clock_speed = UNSET
        else:
            clock_speed = self.clock_speed

        total_memory: int | None | Unset
        if isinstance(self.total_memory, Unset):
            total_memory = UNSET
        else:
            total_memory = self.total_memory

        total_local_disk: int | None | Unset
        if isinstance(self.total_local_disk, Unset):
            total_local_disk = UNSET
        else:
            total_local_disk = self.total_local_disk

        timeout = self.timeout

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "site": site,
                "host_name": host_name,
                "cpu_model": cpu_model,
            }
        )
        if panda_queue is not UNSET:
            field_dict["panda_queue"] = panda_queue
        if n_logical_cpus is not UNSET:
            field_dict["n_logical_cpus"] = n_logical_cpus
        if n_sockets is not UNSET:
            field_dict["n_sockets"] = n_sockets
        if cores_per_socket is not UNSET:
            field_dict["cores_per_socket"] = cores_per_socket
        if threads_per_core is not UNSET:
            field_dict["threads_per_core"] = threads_per_core
        if cpu_architecture is not UNSET:
            field_dict["cpu_architecture"] = cpu_architecture
        if cpu_architecture_level is not UNSET:
            field_dict["cpu_architecture_level"] = cpu_architecture_level
        if clock_speed is not UNSET:
            field_dict["clock_speed"] = clock_speed
        if total_memory is not UNSET:
            field_dict["total_memory"] = total_memory
        if total_local_disk is not UNSET:
            field_dict["total_local_disk"] = total_local_disk
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        site = d.pop("site")
        if not (isinstance(site, str)):
            raise TypeError("site: expected a string, got " + type(site).__name__)

        host_name = d.pop("host_name")
        if not (isinstance(host_name, str)):
            raise TypeError("host_name: expected a string, got " + type(host_name).__name__)

        cpu_model = d.pop("cpu_model")
        if not (isinstance(cpu_model, str)):
            raise TypeError("cpu_model: expected a string, got " + type(cpu_model).__name__)

        def _parse_panda_queue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                panda_queue_type_0 = data
                if not (isinstance(panda_queue_type_0, str)):
                    raise TypeError("panda_queue: expected a string, got " + type(panda_queue_type_0).__name__)

                return panda_queue_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            panda_queue_type_1 = data
            if not (panda_queue_type_1 is None):
                raise TypeError("panda_queue: expected the documented type, got " + type(panda_queue_type_1).__name__)

            return panda_queue_type_1

        panda_queue = _parse_panda_queue(d.pop("panda_queue", UNSET))

        def _parse_n_logical_cpus(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                n_logical_cpus_type_0 = data
                if not (
                    isinstance(n_logical_cpus_type_0, int)
                    and not isinstance(n_logical_cpus_type_0, bool)
                    and -(2**63) <= n_logical_cpus_type_0 < 2**63
                ):
                    raise TypeError(
                        "n_logical_cpus: expected a 64-bit integer, got " + type(n_logical_cpus_type_0).__name__
                    )

                return n_logical_cpus_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            n_logical_cpus_type_1 = data
            if not (n_logical_cpus_type_1 is None):
                raise TypeError(
                    "n_logical_cpus: expected the documented type, got " + type(n_logical_cpus_type_1).__name__
                )

            return n_logical_cpus_type_1

        n_logical_cpus = _parse_n_logical_cpus(d.pop("n_logical_cpus", UNSET))

        def _parse_n_sockets(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                n_sockets_type_0 = data
                if not (
                    isinstance(n_sockets_type_0, int)
                    and not isinstance(n_sockets_type_0, bool)
                    and -(2**63) <= n_sockets_type_0 < 2**63
                ):
                    raise TypeError("n_sockets: expected a 64-bit integer, got " + type(n_sockets_type_0).__name__)

                return n_sockets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            n_sockets_type_1 = data
            if not (n_sockets_type_1 is None):
                raise TypeError("n_sockets: expected the documented type, got " + type(n_sockets_type_1).__name__)

            return n_sockets_type_1

        n_sockets = _parse_n_sockets(d.pop("n_sockets", UNSET))

        def _parse_cores_per_socket(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                cores_per_socket_type_0 = data
                if not (
                    isinstance(cores_per_socket_type_0, int)
                    and not isinstance(cores_per_socket_type_0, bool)
                    and -(2**63) <= cores_per_socket_type_0 < 2**63
                ):
                    raise TypeError(
                        "cores_per_socket: expected a 64-bit integer, got " + type(cores_per_socket_type_0).__name__
                    )

                return cores_per_socket_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            cores_per_socket_type_1 = data
            if not (cores_per_socket_type_1 is None):
                raise TypeError(
                    "cores_per_socket: expected the documented type, got " + type(cores_per_socket_type_1).__name__
                )

            return cores_per_socket_type_1

        cores_per_socket = _parse_cores_per_socket(d.pop("cores_per_socket", UNSET))

        def _parse_threads_per_core(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                threads_per_core_type_0 = data
                if not (
                    isinstance(threads_per_core_type_0, int)
                    and not isinstance(threads_per_core_type_0, bool)
                    and -(2**63) <= threads_per_core_type_0 < 2**63
                ):
                    raise TypeError(
                        "threads_per_core: expected a 64-bit integer, got " + type(threads_per_core_type_0).__name__
                    )

                return threads_per_core_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            threads_per_core_type_1 = data
            if not (threads_per_core_type_1 is None):
                raise TypeError(
                    "threads_per_core: expected the documented type, got " + type(threads_per_core_type_1).__name__
                )

            return threads_per_core_type_1

        threads_per_core = _parse_threads_per_core(d.pop("threads_per_core", UNSET))

        def _parse_cpu_architecture(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                cpu_architecture_type_0 = data
                if not (isinstance(cpu_architecture_type_0, str)):
                    raise TypeError(
                        "cpu_architecture: expected a string, got " + type(cpu_architecture_type_0).__name__
                    )

                return cpu_architecture_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            cpu_architecture_type_1 = data
            if not (cpu_architecture_type_1 is None):
                raise TypeError(
                    "cpu_architecture: expected the documented type, got " + type(cpu_architecture_type_1).__name__
                )

            return cpu_architecture_type_1

        cpu_architecture = _parse_cpu_architecture(d.pop("cpu_architecture", UNSET))

        def _parse_cpu_architecture_level(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                cpu_architecture_level_type_0 = data
                if not (isinstance(cpu_architecture_level_type_0, str)):
                    raise TypeError(
                        "cpu_architecture_level: expected a string, got " + type(cpu_architecture_level_type_0).__name__
                    )

                return cpu_architecture_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            cpu_architecture_level_type_1 = data
            if not (cpu_architecture_level_type_1 is None):
                raise TypeError(
                    "cpu_architecture_level: expected the documented type, got "
                    + type(cpu_architecture_level_type_1).__name__
                )

            return cpu_architecture_level_type_1

        cpu_architecture_level = _parse_cpu_architecture_level(d.pop("cpu_architecture_level", UNSET))

        def _parse_clock_speed(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                clock_speed_type_0 = data
                if not (
                    isinstance(clock_speed_type_0, (int, float))
                    and not isinstance(clock_speed_type_0, bool)
                    and float("-inf") < clock_speed_type_0 < float("inf")
                ):
                    raise TypeError("clock_speed: expected a finite number, got " + type(clock_speed_type_0).__name__)

                return clock_speed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            clock_speed_type_1 = data
            if not (clock_speed_type_1 is None):
                raise TypeError("clock_speed: expected the documented type, got " + type(clock_speed_type_1).__name__)

            return clock_speed_type_1

        clock_speed = _parse_clock_speed(d.pop("clock_speed", UNSET))

        def _parse_total_memory(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                total_memory_type_0 = data
                if not (
                    isinstance(total_memory_type_0, int)
                    and not isinstance(total_memory_type_0, bool)
                    and -(2**63) <= total_memory_type_0 < 2**63
                ):
                    raise TypeError(
                        "total_memory: expected a 64-bit integer, got " + type(total_memory_type_0).__name__
                    )

                return total_memory_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            total_memory_type_1 = data
            if not (total_memory_type_1 is None):
                raise TypeError("total_memory: expected the documented type, got " + type(total_memory_type_1).__name__)

            return total_memory_type_1

        total_memory = _parse_total_memory(d.pop("total_memory", UNSET))

        def _parse_total_local_disk(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                total_local_disk_type_0 = data
                if not (
                    isinstance(total_local_disk_type_0, int)
                    and not isinstance(total_local_disk_type_0, bool)
                    and -(2**63) <= total_local_disk_type_0 < 2**63
                ):
                    raise TypeError(
                        "total_local_disk: expected a 64-bit integer, got " + type(total_local_disk_type_0).__name__
                    )

                return total_local_disk_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            total_local_disk_type_1 = data
            if not (total_local_disk_type_1 is None):
                raise TypeError(
                    "total_local_disk: expected the documented type, got " + type(total_local_disk_type_1).__name__
                )

            return total_local_disk_type_1

        total_local_disk = _parse_total_local_disk(d.pop("total_local_disk", UNSET))

        timeout = d.pop("timeout", UNSET)
        if (
            not (isinstance(timeout, int) and not isinstance(timeout, bool) and -(2**63) <= timeout < 2**63)
            and timeout is not UNSET
        ):
            raise TypeError("timeout: expected a 64-bit integer, got " + type(timeout).__name__)

        update_worker_node_request = cls(
            site=site,
            host_name=host_name,
            cpu_model=cpu_model,
            panda_queue=panda_queue,
            n_logical_cpus=n_logical_cpus,
            n_sockets=n_sockets,
            cores_per_socket=cores_per_socket,
            threads_per_core=threads_per_core,
            cpu_architecture=cpu_architecture,
            cpu_architecture_level=cpu_architecture_level,
            clock_speed=clock_speed,
            total_memory=total_memory,
            total_local_disk=total_local_disk,
            timeout=timeout,
        )

        return update_worker_node_request
