from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, Literal, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorEnvelope")


@_attrs_define
class ErrorEnvelope:
    """Agave error body. `result` is absent (a serialisation fallback may send `"result": null`). With `naked=true` the
    error body is empty instead.

        Example:
            {'status': 'error', 'message': 'No job found with job id 2218546004213698070-242ac11b-0001-007.', 'version':
                '2.2.27-r8265d8a'}

        Attributes:
            status (Literal['error']):
            message (None | str): Human-readable error text (sometimes an exception message).
            version (str | Unset): Service version, e.g. `2.2.27-r8265d8a`.
    """

    status: Literal["error"]
    message: None | str
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        message: None | str
        message = self.message

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "message": message,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = cast(Literal["error"], d.pop("status"))
        if status != "error":
            raise ValueError(f"status must match const 'error', got '{status}'")

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

        version = d.pop("version", UNSET)
        if not (isinstance(version, str)) and version is not UNSET:
            raise TypeError("version: expected a string, got " + type(version).__name__)

        error_envelope = cls(
            status=status,
            message=message,
            version=version,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        error_envelope.additional_properties = additional_properties
        return error_envelope

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
