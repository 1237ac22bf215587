from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetJobCommandRequest")


@_attrs_define
class SetJobCommandRequest:
    """
    Attributes:
        job_id (int): The PanDA job ID.
        command (str): The command for the pilot, e.g. `tobekilled`.
    """

    job_id: int
    command: str

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        command = self.command

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "job_id": job_id,
                "command": command,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("job_id")
        if not (isinstance(job_id, int) and not isinstance(job_id, bool) and -(2**63) <= job_id < 2**63):
            raise TypeError("job_id: expected a 64-bit integer, got " + type(job_id).__name__)

        command = d.pop("command")
        if not (isinstance(command, str)):
            raise TypeError("command: expected a string, got " + type(command).__name__)

        set_job_command_request = cls(
            job_id=job_id,
            command=command,
        )

        return set_job_command_request
