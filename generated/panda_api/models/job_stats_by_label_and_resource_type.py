from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_stats_by_resource_type import JobStatsByResourceType


T = TypeVar("T", bound="JobStatsByLabelAndResourceType")


@_attrs_define
class JobStatsByLabelAndResourceType:
    """prodSourceLabel mapped to the counts per resource type and status."""

    additional_properties: dict[str, JobStatsByResourceType] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_stats_by_resource_type import JobStatsByResourceType  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_stats_by_resource_type import JobStatsByResourceType  # noqa: PLC0415

        d = dict(src_dict)
        job_stats_by_label_and_resource_type = cls()

        from ..models.job_status_counts import JobStatusCounts  # noqa: PLC0415

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = JobStatsByResourceType.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        job_stats_by_label_and_resource_type.additional_properties = additional_properties
        return job_stats_by_label_and_resource_type

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> JobStatsByResourceType:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: JobStatsByResourceType) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
