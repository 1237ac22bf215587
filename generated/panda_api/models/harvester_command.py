from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HarvesterCommand")


@_attrs_define
class HarvesterCommand:
    """
    Attributes:
        command_id (int | Unset):
        command (str | Unset): The command, e.g. `KILL_WORKERS`, `SET_N_WORKERS_JOBTYPE`.
        params (Any | Unset): The decoded JSON parameters of the command, or null.
        ack_requested (Any | Unset): Whether an acknowledgement is expected (as stored in the database).
        creation_date (str | Unset): ISO 8601 creation time (a plain string, not a `__datetime__` object).
    """

    command_id: int | Unset = UNSET
    command: str | Unset = UNSET
    params: Any | Unset = UNSET
    ack_requested: Any | Unset = UNSET
    creation_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command_id = self.command_id

        command = self.command

        params = self.params

        ack_requested = self.ack_requested

        creation_date = self.creation_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if command_id is not UNSET:
            field_dict["command_id"] = command_id
        if command is not UNSET:
            field_dict["command"] = command
        if params is not UNSET:
            field_dict["params"] = params
        if ack_requested is not UNSET:
            field_dict["ack_requested"] = ack_requested
        if creation_date is not UNSET:
            field_dict["creation_date"] = creation_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        command_id = d.pop("command_id", UNSET)
        if (
            not (isinstance(command_id, int) and not isinstance(command_id, bool) and -(2**63) <= command_id < 2**63)
            and command_id is not UNSET
        ):
            raise TypeError("command_id: expected a 64-bit integer, got " + type(command_id).__name__)

        command = d.pop("command", UNSET)
        if not (isinstance(command, str)) and command is not UNSET:
            raise TypeError("command: expected a string, got " + type(command).__name__)

        params = d.pop("params", UNSET)

        ack_requested = d.pop("ack_requested", UNSET)

        creation_date = d.pop("creation_date", UNSET)
        if not (isinstance(creation_date, str)) and creation_date is not UNSET:
            raise TypeError("creation_date: expected a string, got " + type(creation_date).__name__)

        harvester_command = cls(
            command_id=command_id,
            command=command,
            params=params,
            ack_requested=ack_requested,
            creation_date=creation_date,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        harvester_command.additional_properties = additional_properties
        return harvester_command

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
