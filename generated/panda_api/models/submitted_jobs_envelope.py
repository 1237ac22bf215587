from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubmittedJobsEnvelope")


@_attrs_define
class SubmittedJobsEnvelope:
    """
    Attributes:
        success (bool):
        message (str):
        data (list[list[Any]] | None): One `[PandaID (null if not inserted), jobDefinitionID, {"jobsetID": n} or
            jobName]` per job.
    """

    success: bool
    message: str
    data: list[list[Any]] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        data: list[list[Any]] | None
        if isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data

                data.append(data_type_0_item)

        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "message": message,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")
        if not (isinstance(success, bool)):
            raise TypeError("success: expected true or false, got " + type(success).__name__)

        message = d.pop("message")
        if not (isinstance(message, str)):
            raise TypeError("message: expected a string, got " + type(message).__name__)

        def _parse_data(data: object) -> list[list[Any]] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = []
                    _data_type_0_item = data_type_0_item_data
                    for data_type_0_item_item_data in _data_type_0_item:
                        data_type_0_item_item = data_type_0_item_item_data

                        data_type_0_item.append(data_type_0_item_item)

                    data_type_0.append(data_type_0_item)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            data_type_1 = data
            if not (data_type_1 is None):
                raise TypeError("data: expected the documented type, got " + type(data_type_1).__name__)

            return data_type_1

        data = _parse_data(d.pop("data"))

        submitted_jobs_envelope = cls(
            success=success,
            message=message,
            data=data,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        submitted_jobs_envelope.additional_properties = additional_properties
        return submitted_jobs_envelope

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
