from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateServiceMetricsRequest")


@_attrs_define
class UpdateServiceMetricsRequest:
    """
    Attributes:
        harvester_id (str): The Harvester instance ID, e.g. `harvester_central_A`.
        metrics (list[list[str]]): Triplets `[creation_time (%Y-%m-%d %H:%M:%S.%f), harvester_host, JSON text of the
            metrics dict]`.
    """

    harvester_id: str
    metrics: list[list[str]]

    def to_dict(self) -> dict[str, Any]:
        harvester_id = self.harvester_id

        metrics = []
        for metrics_item_data in self.metrics:
            metrics_item = metrics_item_data

            metrics.append(metrics_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "harvester_id": harvester_id,
                "metrics": metrics,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        harvester_id = d.pop("harvester_id")
        if not (isinstance(harvester_id, str)):
            raise TypeError("harvester_id: expected a string, got " + type(harvester_id).__name__)

        metrics = []
        _metrics = d.pop("metrics")
        for metrics_item_data in _metrics:
            metrics_item = []
            _metrics_item = metrics_item_data
            for metrics_item_item_data in _metrics_item:
                metrics_item_item = metrics_item_item_data
                if not (isinstance(metrics_item_item, str)):
                    raise TypeError("metrics_item_item: expected a string, got " + type(metrics_item_item).__name__)

                metrics_item.append(metrics_item_item)

            metrics.append(metrics_item)

        update_service_metrics_request = cls(
            harvester_id=harvester_id,
            metrics=metrics,
        )

        return update_service_metrics_request
