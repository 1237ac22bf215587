from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReassignTaskGlobalShareRequest")


@_attrs_define
class ReassignTaskGlobalShareRequest:
    """
    Attributes:
        task_id_list (list[int]): The JEDI task IDs to move.
        share (str): The destination global share (a leaf share).
        reassign_running_jobs (bool): Also move the jobs that are already running.
    """

    task_id_list: list[int]
    share: str
    reassign_running_jobs: bool

    def to_dict(self) -> dict[str, Any]:
        task_id_list = self.task_id_list

        share = self.share

        reassign_running_jobs = self.reassign_running_jobs

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "task_id_list": task_id_list,
                "share": share,
                "reassign_running_jobs": reassign_running_jobs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id_list = []
        _task_id_list = d.pop("task_id_list")
        for task_id_list_item_data in _task_id_list:
            task_id_list_item = task_id_list_item_data
            if not (
                isinstance(task_id_list_item, int)
                and not isinstance(task_id_list_item, bool)
                and -(2**63) <= task_id_list_item < 2**63
            ):
                raise TypeError("task_id_list_item: expected a 64-bit integer, got " + type(task_id_list_item).__name__)

            task_id_list.append(task_id_list_item)

        share = d.pop("share")
        if not (isinstance(share, str)):
            raise TypeError("share: expected a string, got " + type(share).__name__)

        reassign_running_jobs = d.pop("reassign_running_jobs")
        if not (isinstance(reassign_running_jobs, bool)):
            raise TypeError(
                "reassign_running_jobs: expected true or false, got " + type(reassign_running_jobs).__name__
            )

        reassign_task_global_share_request = cls(
            task_id_list=task_id_list,
            share=share,
            reassign_running_jobs=reassign_running_jobs,
        )

        return reassign_task_global_share_request
