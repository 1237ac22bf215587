from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_worker_status_request_status import UpdateWorkerStatusRequestStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateWorkerStatusRequest")


@_attrs_define
class UpdateWorkerStatusRequest:
    """
    Attributes:
        worker_id (str): The Harvester worker ID (untyped on the server; no cast).
        harvester_id (str): The Harvester instance ID (untyped on the server; no cast).
        status (UpdateWorkerStatusRequestStatus): The pilot's view of the worker (untyped on the server; anything else
            is answered `Invalid worker state`).
        timeout (int | Unset): Timeout in seconds (untyped on the server; not enforced). Default: 60.
        node_id (None | str | Unset): The worker node (untyped on the server; no cast).
    """

    worker_id: str
    harvester_id: str
    status: UpdateWorkerStatusRequestStatus
    timeout: int | Unset = 60
    node_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        worker_id = self.worker_id

        harvester_id = self.harvester_id

        status = self.status.value

        timeout = self.timeout

        node_id: None | str | Unset
        if isinstance(self.node_id, Unset):
            node_id = UNSET
        else:
            node_id = self.node_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "worker_id": worker_id,
                "harvester_id": harvester_id,
                "status": status,
            }
        )
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if node_id is not UNSET:
            field_dict["node_id"] = node_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        worker_id = d.pop("worker_id")
        if not (isinstance(worker_id, str)):
            raise TypeError("worker_id: expected a string, got " + type(worker_id).__name__)

        harvester_id = d.pop("harvester_id")
        if not (isinstance(harvester_id, str)):
            raise TypeError("harvester_id: expected a string, got " + type(harvester_id).__name__)

        status = UpdateWorkerStatusRequestStatus(d.pop("status"))

        timeout = d.pop("timeout", UNSET)
        if (
            not (isinstance(timeout, int) and not isinstance(timeout, bool) and -(2**63) <= timeout < 2**63)
            and timeout is not UNSET
        ):
            raise TypeError("timeout: expected a 64-bit integer, got " + type(timeout).__name__)

        def _parse_node_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                node_id_type_0 = data
                if not (isinstance(node_id_type_0, str)):
                    raise TypeError("node_id: expected a string, got " + type(node_id_type_0).__name__)

                return node_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            node_id_type_1 = data
            if not (node_id_type_1 is None):
                raise TypeError("node_id: expected the documented type, got " + type(node_id_type_1).__name__)

            return node_id_type_1

        node_id = _parse_node_id(d.pop("node_id", UNSET))

        update_worker_status_request = cls(
            worker_id=worker_id,
            harvester_id=harvester_id,
            status=status,
            timeout=timeout,
            node_id=node_id,
        )

        return update_worker_status_request
