from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskCodeEnvelope")


@_attrs_define
class TaskCodeEnvelope:
    """A task command answer. `data` is the code: 0 registered/ok, 1 server error, 2 not found, 3 denied,
    4 irrelevant status or failure; `success` is `code == 0` unless the operation says otherwise.

        Attributes:
            success (bool):
            message (str):
            data (int | None):
    """

    success: bool
    message: str
    data: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        data: int | None
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

        message = d.pop("message")

        def _parse_data(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        data = _parse_data(d.pop("data"))

        task_code_envelope = cls(
            success=success,
            message=message,
            data=data,
        )

        task_code_envelope.additional_properties = d
        return task_code_envelope

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
