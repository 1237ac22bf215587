from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddSweepCommandRequest")


@_attrs_define
class AddSweepCommandRequest:
    """
    Attributes:
        panda_queue (str): The PanDA queue name.
        status_list (list[str]): Worker statuses to kill, e.g. `["submitted", "running"]`.
        ce_list (list[str]): Computing elements to consider.
        submission_host_list (list[str]): Harvester submission hosts to consider.
    """

    panda_queue: str
    status_list: list[str]
    ce_list: list[str]
    submission_host_list: list[str]

    def to_dict(self) -> dict[str, Any]:
        panda_queue = self.panda_queue

        status_list = self.status_list

        ce_list = self.ce_list

        submission_host_list = self.submission_host_list

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "panda_queue": panda_queue,
                "status_list": status_list,
                "ce_list": ce_list,
                "submission_host_list": submission_host_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        panda_queue = d.pop("panda_queue")

        status_list = cast(list[str], d.pop("status_list"))

        ce_list = cast(list[str], d.pop("ce_list"))

        submission_host_list = cast(list[str], d.pop("submission_host_list"))

        add_sweep_command_request = cls(
            panda_queue=panda_queue,
            status_list=status_list,
            ce_list=ce_list,
            submission_host_list=submission_host_list,
        )

        return add_sweep_command_request
