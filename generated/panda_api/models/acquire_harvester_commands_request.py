from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AcquireHarvesterCommandsRequest")


@_attrs_define
class AcquireHarvesterCommandsRequest:
    """
    Attributes:
        harvester_id (str): The Harvester instance ID, e.g. `harvester_central_A`.
        n_commands (int): The maximum number of commands to return.
        timeout (int | Unset): Timeout in seconds (accepted but not enforced by server 1.0.4). Default: 30.
    """

    harvester_id: str
    n_commands: int
    timeout: int | Unset = 30

    def to_dict(self) -> dict[str, Any]:
        harvester_id = self.harvester_id

        n_commands = self.n_commands

        timeout = self.timeout

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "harvester_id": harvester_id,
                "n_commands": n_commands,
            }
        )
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        harvester_id = d.pop("harvester_id")
        if not (isinstance(harvester_id, str)):
            raise TypeError("harvester_id: expected a string, got " + type(harvester_id).__name__)

        n_commands = d.pop("n_commands")
        if not (isinstance(n_commands, int) and not isinstance(n_commands, bool) and -(2**63) <= n_commands < 2**63):
            raise TypeError("n_commands: expected a 64-bit integer, got " + type(n_commands).__name__)

        timeout = d.pop("timeout", UNSET)
        if (
            not (isinstance(timeout, int) and not isinstance(timeout, bool) and -(2**63) <= timeout < 2**63)
            and timeout is not UNSET
        ):
            raise TypeError("timeout: expected a 64-bit integer, got " + type(timeout).__name__)

        acquire_harvester_commands_request = cls(
            harvester_id=harvester_id,
            n_commands=n_commands,
            timeout=timeout,
        )

        return acquire_harvester_commands_request
