from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateUserRequest")


@_attrs_define
class UpdateUserRequest:
    """
    Attributes:
        name (str | Unset): Ignored by the server (the query parameter selects the user); echoed in error bodies.
        email (str | Unset): New notification address. `""` is rejected (404 `No email supplied.`).
        notify (bool | Unset): Whether to email the user when requests complete.
    """

    name: str | Unset = UNSET
    email: str | Unset = UNSET
    notify: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email = self.email

        notify = self.notify

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if notify is not UNSET:
            field_dict["notify"] = notify

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if not (isinstance(name, str)) and name is not UNSET:
            raise TypeError("name: expected a string, got " + type(name).__name__)

        email = d.pop("email", UNSET)
        if not (isinstance(email, str)) and email is not UNSET:
            raise TypeError("email: expected a string, got " + type(email).__name__)

        notify = d.pop("notify", UNSET)
        if not (isinstance(notify, bool)) and notify is not UNSET:
            raise TypeError("notify: expected true or false, got " + type(notify).__name__)

        update_user_request = cls(
            name=name,
            email=email,
            notify=notify,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        update_user_request.additional_properties = additional_properties
        return update_user_request

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
