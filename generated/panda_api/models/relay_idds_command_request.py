from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RelayIddsCommandRequest")


@_attrs_define
class RelayIddsCommandRequest:
    """
    Attributes:
        command_name (str): The iDDS client method, e.g. `get_requests`; `<method>+<idds host>` selects the iDDS host.
        args (None | str | Unset): JSON text of the positional arguments (a list).
        kwargs (None | str | Unset): JSON text of the keyword arguments (an object).
        manager (bool | Unset): Use the iDDS ClientManager instead of the Client. Default: False.
        json_outputs (bool | Unset): Ask iDDS for JSON outputs (only with manager). Default: False.
    """

    command_name: str
    args: None | str | Unset = UNSET
    kwargs: None | str | Unset = UNSET
    manager: bool | Unset = False
    json_outputs: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        command_name = self.command_name

        args: None | str | Unset
        if isinstance(self.args, Unset):
            args = UNSET
        else:
            args = self.args

        kwargs: None | str | Unset
        if isinstance(self.kwargs, Unset):
            kwargs = UNSET
        else:
            kwargs = self.kwargs

        manager = self.manager

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

        def _parse_args(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                args_type_0 = data
                if not (isinstance(args_type_0, str)):
                    raise TypeError("args: expected a string, got " + type(args_type_0).__name__)

                return args_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            args_type_1 = data
            if not (args_type_1 is None):
                raise TypeError("args: expected the documented type, got " + type(args_type_1).__name__)

            return args_type_1

        args = _parse_args(d.pop("args", UNSET))

        def _parse_kwargs(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                kwargs_type_0 = data
                if not (isinstance(kwargs_type_0, str)):
                    raise TypeError("kwargs: expected a string, got " + type(kwargs_type_0).__name__)

                return kwargs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            kwargs_type_1 = data
            if not (kwargs_type_1 is None):
                raise TypeError("kwargs: expected the documented type, got " + type(kwargs_type_1).__name__)

            return kwargs_type_1

        kwargs = _parse_kwargs(d.pop("kwargs", UNSET))

        manager = d.pop("manager", UNSET)
        if not (isinstance(manager, bool)) and manager is not UNSET:
            raise TypeError("manager: expected true or false, got " + type(manager).__name__)

        json_outputs = d.pop("json_outputs", UNSET)
        if not (isinstance(json_outputs, bool)) and json_outputs is not UNSET:
            raise TypeError("json_outputs: expected true or false, got " + type(json_outputs).__name__)

        relay_idds_command_request = cls(
            command_name=command_name,
            args=args,
            kwargs=kwargs,
            manager=manager,
            json_outputs=json_outputs,
        )

        return relay_idds_command_request
