from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GatewayFaultDetail")


@_attrs_define
class GatewayFaultDetail:
    """
    Attributes:
        code (int | str | Unset): WSO2 code, e.g. 900901 invalid, 900902 missing, 900903 expired, 900904 inactive
            credentials.
        message (str | Unset): e.g. `Invalid Credentials`, `Missing Credentials`.
        description (str | Unset):
    """

    code: int | str | Unset = UNSET
    message: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: int | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        message = self.message

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_code(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                code_type_0 = data
                if not (
                    isinstance(code_type_0, int)
                    and not isinstance(code_type_0, bool)
                    and -(2**63) <= code_type_0 < 2**63
                ):
                    raise TypeError("code: expected a 64-bit integer, got " + type(code_type_0).__name__)

                return code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            code_type_1 = data
            if not (isinstance(code_type_1, str)):
                raise TypeError("code: expected a string, got " + type(code_type_1).__name__)

            return code_type_1

        code = _parse_code(d.pop("code", UNSET))

        message = d.pop("message", UNSET)
        if not (isinstance(message, str)) and message is not UNSET:
            raise TypeError("message: expected a string, got " + type(message).__name__)

        description = d.pop("description", UNSET)
        if not (isinstance(description, str)) and description is not UNSET:
            raise TypeError("description: expected a string, got " + type(description).__name__)

        gateway_fault_detail = cls(
            code=code,
            message=message,
            description=description,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        gateway_fault_detail.additional_properties = additional_properties
        return gateway_fault_detail

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
