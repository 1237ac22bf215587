from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobTypeDeletion")


@_attrs_define
class JobTypeDeletion:
    """Outcome of `job_type_rm`, merged with the echoed form fields.

    Attributes:
        message (str): `The job type 'x' has been deleted.` or `The job type, x, has been used and may not be deleted.`
        pcl_call (str | Unset): Echoed.
        ae_definition_name (str | Unset): Echoed.
    """

    message: str
    pcl_call: str | Unset = UNSET
    ae_definition_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        pcl_call = self.pcl_call

        ae_definition_name = self.ae_definition_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if pcl_call is not UNSET:
            field_dict["pcl_call"] = pcl_call
        if ae_definition_name is not UNSET:
            field_dict["ae_definition_name"] = ae_definition_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")
        if not (isinstance(message, str)):
            raise TypeError("message: expected a string, got " + type(message).__name__)

        pcl_call = d.pop("pcl_call", UNSET)
        if not (isinstance(pcl_call, str)) and pcl_call is not UNSET:
            raise TypeError("pcl_call: expected a string, got " + type(pcl_call).__name__)

        ae_definition_name = d.pop("ae_definition_name", UNSET)
        if not (isinstance(ae_definition_name, str)) and ae_definition_name is not UNSET:
            raise TypeError("ae_definition_name: expected a string, got " + type(ae_definition_name).__name__)

        job_type_deletion = cls(
            message=message,
            pcl_call=pcl_call,
            ae_definition_name=ae_definition_name,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        job_type_deletion.additional_properties = additional_properties
        return job_type_deletion

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
