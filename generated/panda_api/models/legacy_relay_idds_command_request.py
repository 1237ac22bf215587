from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.legacy_relay_idds_command_request_manager import LegacyRelayIddsCommandRequestManager
from ..types import UNSET, Unset

T = TypeVar("T", bound="LegacyRelayIddsCommandRequest")


@_attrs_define
class LegacyRelayIddsCommandRequest:
    """
    Attributes:
        command_name (str): The iDDS Client (or ClientManager) method to call; `<name>+<host>` selects the iDDS host.
        args (str | Unset): JSON text of the list of positional arguments.
        kwargs (str | Unset): JSON text of the object of keyword arguments.
        manager (LegacyRelayIddsCommandRequestManager | Unset): `True` to use the iDDS ClientManager instead of the
            Client. Default: Client.
        json_outputs (str | Unset): Ask the ClientManager for JSON outputs (only with `manager`). Any non-empty value,
            **including `False`**,
            turns it on: omit the field to leave it off, send `True` to turn it on.
    """

    command_name: str
    args: str | Unset = UNSET
    kwargs: str | Unset = UNSET
    manager: LegacyRelayIddsCommandRequestManager | Unset = UNSET
    json_outputs: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        command_name = self.command_name

        args = self.args

        kwargs = self.kwargs

        manager: str | Unset = UNSET
        if not isinstance(self.manager, Unset):
            manager = self.manager.value

        json_outputs = self.json_outputs

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "command_name": command_name,
            }
        )
        if args is not UNSET:
            field_dict["args"] = args
        if kwargs is not UNSET:
            field_dict["kwargs"] = kwargs
        if manager is not UNSET:
            field_dict["manager"] = manager
        if json_outputs is not UNSET:
            field_dict["json_outputs"] = json_outputs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        command_name = d.pop("command_name")
        if not (isinstance(command_name, str)):
            raise TypeError("command_name: expected a string, got " + type(command_name).__name__)

        args = d.pop("args", UNSET)
        if not (isinstance(args, str)) and args is not UNSET:
            raise TypeError("args: expected a string, got " + type(args).__name__)

        kwargs = d.pop("kwargs", UNSET)
        if not (isinstance(kwargs, str)) and kwargs is not UNSET:
            raise TypeError("kwargs: expected a string, got " + type(kwargs).__name__)

        _manager = d.pop("manager", UNSET)
        manager: LegacyRelayIddsCommandRequestManager | Unset
        if isinstance(_manager, Unset):
            manager = UNSET
        else:
            manager = LegacyRelayIddsCommandRequestManager(_manager)

        json_outputs = d.pop("json_outputs", UNSET)
        if not (isinstance(json_outputs, str)) and json_outputs is not UNSET:
            raise TypeError("json_outputs: expected a string, got " + type(json_outputs).__name__)

        legacy_relay_idds_command_request = cls(
            command_name=command_name,
            args=args,
            kwargs=kwargs,
            manager=manager,
            json_outputs=json_outputs,
        )

        return legacy_relay_idds_command_request
