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

        def _parse_error(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_dialog(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dialog = _parse_dialog(d.pop("dialog", UNSET))

        event_range_status = cls(
            status=status,
            error=error,
            dialog=dialog,
        )

        event_range_status.additional_properties = d
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
