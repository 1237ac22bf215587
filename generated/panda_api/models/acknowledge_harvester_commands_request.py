from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AcknowledgeHarvesterCommandsRequest")


@_attrs_define
class AcknowledgeHarvesterCommandsRequest:
    """
    Attributes:
        command_ids (list[int]): The command IDs to acknowledge.
        timeout (int | Unset): Timeout in seconds (accepted but not enforced by server 1.0.4). Default: 30.
    """

    command_ids: list[int]
    timeout: int | Unset = 30

    def to_dict(self) -> dict[str, Any]:
        command_ids = self.command_ids

        timeout = self.timeout

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "command_ids": command_ids,
            }
        )
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        command_ids = []
        _command_ids = d.pop("command_ids")
        for command_ids_item_data in _command_ids:
            command_ids_item = command_ids_item_data
            if not (
                isinstance(command_ids_item, int)
                and not isinstance(command_ids_item, bool)
                and -(2**63) <= command_ids_item < 2**63
            ):
                raise TypeError("command_ids_item: expected a 64-bit integer, got " + type(command_ids_item).__name__)

            command_ids.append(command_ids_item)

        timeout = d.pop("timeout", UNSET)
        if (
            not (isinstance(timeout, int) and not isinstance(timeout, bool) and -(2**63) <= timeout < 2**63)
            and timeout is not UNSET
        ):
            raise TypeError("timeout: expected a 64-bit integer, got " + type(timeout).__name__)

        acknowledge_harvester_commands_request = cls(
            command_ids=command_ids,
            timeout=timeout,
        )

        return acknowledge_harvester_commands_request
