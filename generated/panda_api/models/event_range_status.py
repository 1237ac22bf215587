from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventRangeStatus")


@_attrs_define
class EventRangeStatus:
    """
    Attributes:
        status (str | Unset): The event status name, e.g. `ready`, `sent`, `running`, `finished`, `failed`, `fatal`.
        error (int | None | Unset): The error code.
        dialog (None | str | Unset): The error message.
    """

    status: str | Unset = UNSET
    error: int | None | Unset = UNSET
    dialog: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        error: int | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        dialog: None | str | Unset
        if isinstance(self.dialog, Unset):
            dialog = UNSET
        else:
            dialog = self.dialog

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if error is not UNSET:
            field_dict["error"] = error
        if dialog is not UNSET:
            field_dict["dialog"] = dialog

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status", UNSET)
        if not (isinstance(status, str)) and status is not UNSET:
            raise TypeError("status: expected a string, got " + type(status).__name__)

        def _parse_error(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                error_type_0 = data
                if not (
                    isinstance(error_type_0, int)
                    and not isinstance(error_type_0, bool)
                    and -(2**63) <= error_type_0 < 2**63
                ):
                    raise TypeError("error: expected a 64-bit integer, got " + type(error_type_0).__name__)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            error_type_1 = data
            if not (error_type_1 is None):
                raise TypeError("error: expected the documented type, got " + type(error_type_1).__name__)

            return error_type_1

        error = _parse_error(d.pop("error", UNSET))

        def _parse_dialog(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                dialog_type_0 = data
                if not (isinstance(dialog_type_0, str)):
                    raise TypeError("dialog: expected a string, got " + type(dialog_type_0).__name__)

                return dialog_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            dialog_type_1 = data
            if not (dialog_type_1 is None):
                raise TypeError("dialog: expected the documented type, got " + type(dialog_type_1).__name__)

            return dialog_type_1

        dialog = _parse_dialog(d.pop("dialog", UNSET))

        event_range_status = cls(
            status=status,
            error=error,
            dialog=dialog,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        event_range_status.additional_properties = additional_properties
        return event_range_status

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
