from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReactivateTaskRequest")


@_attrs_define
class ReactivateTaskRequest:
    """
    Attributes:
        task_id (int): The JEDI task ID.
        keep_attempt_nr (bool | Unset): Keep the attempt numbers of the inputs. Default: False.
        trigger_job_generation (bool | Unset): Send a message that triggers job generation at once. Default: False.
    """

    task_id: int
    keep_attempt_nr: bool | Unset = False
    trigger_job_generation: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        keep_attempt_nr = self.keep_attempt_nr

        trigger_job_generation = self.trigger_job_generation

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "task_id": task_id,
            }
        )
        if keep_attempt_nr is not UNSET:
            field_dict["keep_attempt_nr"] = keep_attempt_nr
        if trigger_job_generation is not UNSET:
            field_dict["trigger_job_generation"] = trigger_job_generation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = d.pop("task_id")
        if not (isinstance(task_id, int) and not isinstance(task_id, bool) and -(2**63) <= task_id < 2**63):
            raise TypeError("task_id: expected a 64-bit integer, got " + type(task_id).__name__)

        keep_attempt_nr = d.pop("keep_attempt_nr", UNSET)
        if not (isinstance(keep_attempt_nr, bool)) and keep_attempt_nr is not UNSET:
            raise TypeError("keep_attempt_nr: expected true or false, got " + type(keep_attempt_nr).__name__)

        trigger_job_generation = d.pop("trigger_job_generation", UNSET)
        if not (isinstance(trigger_job_generation, bool)) and trigger_job_generation is not UNSET:
            raise TypeError(
                "trigger_job_generation: expected true or false, got " + type(trigger_job_generation).__name__
            )

        reactivate_task_request = cls(
            task_id=task_id,
            keep_attempt_nr=keep_attempt_nr,
            trigger_job_generation=trigger_job_generation,
        )

        return reactivate_task_request
