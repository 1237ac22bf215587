from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_workers_request_workers_item import UpdateWorkersRequestWorkersItem


T = TypeVar("T", bound="UpdateWorkersRequest")


@_attrs_define
class UpdateWorkersRequest:
    """
    Attributes:
        harvester_id (str): The Harvester instance ID, e.g. `harvester_central_A`.
        workers (list[UpdateWorkersRequestWorkersItem]): WorkerSpec dicts: `workerID` (required), `batchID`,
            `queueName`, `status`, `computingSite`, `nCore`,
            `nodeID`, `submitTime`/`startTime`/`endTime` (e.g. `02-NOV-24 00:02:18`), `jobType`, `resourceType`,
            `nativeExitCode`, `nativeStatus`, `diagMessage`, `nJobs`, `computingElement`, `syncLevel`,
            `submissionHost`, `harvesterHost`, `errorCode`, `minRamCount`, optionally `pandaid_list`.
    """

    harvester_id: str
    workers: list[UpdateWorkersRequestWorkersItem]

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_workers_request_workers_item import UpdateWorkersRequestWorkersItem  # noqa: PLC0415

        harvester_id = self.harvester_id

        workers = []
        for workers_item_data in self.workers:
            workers_item = workers_item_data.to_dict()
            workers.append(workers_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "harvester_id": harvester_id,
                "workers": workers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_workers_request_workers_item import UpdateWorkersRequestWorkersItem  # noqa: PLC0415

        d = dict(src_dict)
        harvester_id = d.pop("harvester_id")
        if not (isinstance(harvester_id, str)):
            raise TypeError("harvester_id: expected a string, got " + type(harvester_id).__name__)

        workers = []
        _workers = d.pop("workers")
        for workers_item_data in _workers:
            workers_item = UpdateWorkersRequestWorkersItem.from_dict(workers_item_data)

            workers.append(workers_item)

        update_workers_request = cls(
            harvester_id=harvester_id,
            workers=workers,
        )

        return update_workers_request
