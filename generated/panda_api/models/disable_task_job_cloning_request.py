from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DisableTaskJobCloningRequest")


@_attrs_define
class DisableTaskJobCloningRequest:
    """
    Attributes:
        jedi_task_id (int): The JEDI task ID.
    """

    jedi_task_id: int

    def to_dict(self) -> dict[str, Any]:
        jedi_task_id = self.jedi_task_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "jedi_task_id": jedi_task_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        jedi_task_id = d.pop("jedi_task_id")
        if not (
            isinstance(jedi_task_id, int) and not isinstance(jedi_task_id, bool) and -(2**63) <= jedi_task_id < 2**63
        ):
            raise TypeError("jedi_task_id: expected a 64-bit integer, got " + type(jedi_task_id).__name__)

        disable_task_job_cloning_request = cls(
            jedi_task_id=jedi_task_id,
        )

        return disable_task_job_cloning_request
