from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetJobDebugModeRequest")


@_attrs_define
class SetJobDebugModeRequest:
    """
    Attributes:
        job_id (int): The PanDA job ID.
        mode (bool): True switches debug mode on, false switches it off.
    """

    job_id: int
    mode: bool

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        mode = self.mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "job_id": job_id,
                "mode": mode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("job_id")
        if not (isinstance(job_id, int) and not isinstance(job_id, bool) and -(2**63) <= job_id < 2**63):
            raise TypeError("job_id: expected a 64-bit integer, got " + type(job_id).__name__)

        mode = d.pop("mode")
        if not (isinstance(mode, bool)):
            raise TypeError("mode: expected true or false, got " + type(mode).__name__)

        set_job_debug_mode_request = cls(
            job_id=job_id,
            mode=mode,
        )

        return set_job_debug_mode_request
