from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskJobCloningEnvelope")


@_attrs_define
class TaskJobCloningEnvelope:
    """The answer of `task/enable_job_cloning` and `task/disable_job_cloning`; `message` is null on success.

    Attributes:
        success (bool):
        message (None | str):
        data (None):
    """

    success: bool
    message: None | str
    data: None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message: None | str
        message = self.message

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

        def _parse_message(data: object) -> None | str:
            if data is None:
                return data
            try:
                if not True:
                    raise TypeError()
                message_type_0 = data
                if not (isinstance(message_type_0, str)):
                    raise TypeError("message: expected a string, got " + type(message_type_0).__name__)

                return message_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            message_type_1 = data
            if not (message_type_1 is None):
                raise TypeError("message: expected the documented type, got " + type(message_type_1).__name__)

            return message_type_1

        message = _parse_message(d.pop("message"))

        data = d.pop("data")
        if not (data is None):
            raise TypeError("data: expected the documented type, got " + type(data).__name__)

        task_job_cloning_envelope = cls(
            success=success,
            message=message,
            data=data,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        task_job_cloning_envelope.additional_properties = additional_properties
        return task_job_cloning_envelope

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
