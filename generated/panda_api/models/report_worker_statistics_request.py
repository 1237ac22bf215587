from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportWorkerStatisticsRequest")


@_attrs_define
class ReportWorkerStatisticsRequest:
    """
    Attributes:
        harvester_id (str): The Harvester instance ID, e.g. `harvester_central_A`.
        panda_queue (str): The PanDA queue name.
        statistics (str): JSON text of `{jobType: {resourceType: {status: n_workers}}}`.
    """

    harvester_id: str
    panda_queue: str
    statistics: str

    def to_dict(self) -> dict[str, Any]:
        harvester_id = self.harvester_id

        panda_queue = self.panda_queue

        statistics = self.statistics

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "harvester_id": harvester_id,
                "panda_queue": panda_queue,
                "statistics": statistics,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        harvester_id = d.pop("harvester_id")
        if not (isinstance(harvester_id, str)):
            raise TypeError("harvester_id: expected a string, got " + type(harvester_id).__name__)

        panda_queue = d.pop("panda_queue")
        if not (isinstance(panda_queue, str)):
            raise TypeError("panda_queue: expected a string, got " + type(panda_queue).__name__)

        statistics = d.pop("statistics")
        if not (isinstance(statistics, str)):
            raise TypeError("statistics: expected a string, got " + type(statistics).__name__)

        report_worker_statistics_request = cls(
            harvester_id=harvester_id,
            panda_queue=panda_queue,
            statistics=statistics,
        )

        return report_worker_statistics_request
