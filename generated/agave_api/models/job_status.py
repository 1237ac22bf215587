from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_status_links import JobStatusLinks


T = TypeVar("T", bound="JobStatus")


@_attrs_define
class JobStatus:
    """
    Attributes:
        id (str | Unset):
        status (str | Unset): Job status (open set; see Job.status).
        links (JobStatusLinks | Unset):
    """

    id: str | Unset = UNSET
    status: str | Unset = UNSET
    links: JobStatusLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_status_links import JobStatusLinks  # noqa: PLC0415

        id = self.id

        status = self.status

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if links is not UNSET:
            field_dict["_links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_status_links import JobStatusLinks  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not (isinstance(id, str)) and id is not UNSET:
            raise TypeError("id: expected a string, got " + type(id).__name__)

        status = d.pop("status", UNSET)
        if not (isinstance(status, str)) and status is not UNSET:
            raise TypeError("status: expected a string, got " + type(status).__name__)

        _links = d.pop("_links", UNSET)
        links: JobStatusLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = JobStatusLinks.from_dict(_links)

        job_status = cls(
            id=id,
            status=status,
            links=links,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        job_status.additional_properties = additional_properties
        return job_status

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
