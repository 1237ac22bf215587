from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LegacyExecuteIddsWorkflowCommandRequest")


@_attrs_define
class LegacyExecuteIddsWorkflowCommandRequest:
    """
    Attributes:
        command_name (str): `get_status`, `abort`, `suspend`, `resume`, `retry` or `finish`; `<name>+<host>` selects the
            iDDS host.
        kwargs (str | Unset): JSON text of the keyword arguments; must hold `request_id` for all but get_status.
        json_outputs (str | Unset): Ask for JSON outputs. Any non-empty value, **including `False`**, turns it on: omit
            the field to leave it
            off, send `True` to turn it on.
    """

    command_name: str
    kwargs: str | Unset = UNSET
    json_outputs: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        command_name = self.command_name

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

        kwargs = d.pop("kwargs", UNSET)
        if not (isinstance(kwargs, str)) and kwargs is not UNSET:
            raise TypeError("kwargs: expected a string, got " + type(kwargs).__name__)

        json_outputs = d.pop("json_outputs", UNSET)
        if not (isinstance(json_outputs, str)) and json_outputs is not UNSET:
            raise TypeError("json_outputs: expected a string, got " + type(json_outputs).__name__)

        legacy_execute_idds_workflow_command_request = cls(
            command_name=command_name,
            kwargs=kwargs,
            json_outputs=json_outputs,
        )

        return legacy_execute_idds_workflow_command_request
