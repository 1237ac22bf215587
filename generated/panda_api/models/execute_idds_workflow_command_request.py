from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExecuteIddsWorkflowCommandRequest")


@_attrs_define
class ExecuteIddsWorkflowCommandRequest:
    """
    Attributes:
        command_name (str): `get_status`, `abort`, `suspend`, `resume`, `retry` or `finish`, optionally `<command>+<idds
            host>`.
        kwargs (None | str | Unset): JSON text of the keyword arguments (an object); all commands but get_status need
            `request_id`.
        json_outputs (bool | Unset): Ask iDDS for JSON outputs. Default: False.
    """

    command_name: str
    kwargs: None | str | Unset = UNSET
    json_outputs: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        command_name = self.command_name

        kwargs: None | str | Unset
        if isinstance(self.kwargs, Unset):
            kwargs = UNSET
        else:
            kwargs = self.kwargs

        json_outputs = self.json_outputs

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "command_name": command_name,
            }
        )
        if kwargs is not UNSET:
            field_dict["kwargs"] = kwargs
        if json_outputs is not UNSET:
            field_dict["json_outputs"] = json_outputs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        command_name = d.pop("command_name")
        if not (isinstance(command_name, str)):
            raise TypeError("command_name: expected a string, got " + type(command_name).__name__)

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

        json_outputs = d.pop("json_outputs", UNSET)
        if not (isinstance(json_outputs, bool)) and json_outputs is not UNSET:
            raise TypeError("json_outputs: expected true or false, got " + type(json_outputs).__name__)

        execute_idds_workflow_command_request = cls(
            command_name=command_name,
            kwargs=kwargs,
            json_outputs=json_outputs,
        )

        return execute_idds_workflow_command_request
