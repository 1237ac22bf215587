from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.envelope_status import EnvelopeStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.permission import Permission


T = TypeVar("T", bound="PermissionListEnvelope")


@_attrs_define
class PermissionListEnvelope:
    """
    Attributes:
        status (EnvelopeStatus): Outcome of the call. Always present in an envelope.
        message (None | str | Unset):
        version (str | Unset):
        result (list[Permission] | Unset): The owner (always full rights) first, then the page of shared entries.
    """

    status: EnvelopeStatus
    message: None | str | Unset = UNSET
    version: str | Unset = UNSET
    result: list[Permission] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.permission import Permission  # noqa: PLC0415

        status = self.status.value

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        version = self.version

        result: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = []
            for componentsschemas_naked_permission_list_item_data in self.result:
                componentsschemas_naked_permission_list_item = (
                    componentsschemas_naked_permission_list_item_data.to_dict()
                )
                result.append(componentsschemas_naked_permission_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if version is not UNSET:
            field_dict["version"] = version
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.permission import Permission  # noqa: PLC0415

        d = dict(src_dict)
        status = EnvelopeStatus(d.pop("status"))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
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

        message = _parse_message(d.pop("message", UNSET))

        version = d.pop("version", UNSET)
        if not (isinstance(version, str)) and version is not UNSET:
            raise TypeError("version: expected a string, got " + type(version).__name__)

        _result = d.pop("result", UNSET)
        result: list[Permission] | Unset = UNSET
        if _result is not UNSET:
            result = []
            for componentsschemas_naked_permission_list_item_data in _result:
                componentsschemas_naked_permission_list_item = Permission.from_dict(
                    componentsschemas_naked_permission_list_item_data
                )

                result.append(componentsschemas_naked_permission_list_item)

        permission_list_envelope = cls(
            status=status,
            message=message,
            version=version,
            result=result,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        permission_list_envelope.additional_properties = additional_properties
        return permission_list_envelope

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
