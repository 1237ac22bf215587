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
        if not (isinstance(panda_queue, str)):
            raise TypeError("panda_queue: expected a string, got " + type(panda_queue).__name__)

        status_list = []
        _status_list = d.pop("status_list")
        for status_list_item_data in _status_list:
            status_list_item = status_list_item_data
            if not (isinstance(status_list_item, str)):
                raise TypeError("status_list_item: expected a string, got " + type(status_list_item).__name__)

            status_list.append(status_list_item)

        ce_list = []
        _ce_list = d.pop("ce_list")
        for ce_list_item_data in _ce_list:
            ce_list_item = ce_list_item_data
            if not (isinstance(ce_list_item, str)):
                raise TypeError("ce_list_item: expected a string, got " + type(ce_list_item).__name__)

            ce_list.append(ce_list_item)

        submission_host_list = []
        _submission_host_list = d.pop("submission_host_list")
        for submission_host_list_item_data in _submission_host_list:
            submission_host_list_item = submission_host_list_item_data
            if not (isinstance(submission_host_list_item, str)):
                raise TypeError(
                    "submission_host_list_item: expected a string, got " + type(submission_host_list_item).__name__
                )

            submission_host_list.append(submission_host_list_item)

        add_sweep_command_request = cls(
            panda_queue=panda_queue,
            status_list=status_list,
            ce_list=ce_list,
            submission_host_list=submission_host_list,
        )

        return add_sweep_command_request
