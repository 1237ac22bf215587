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

        mode = d.pop("mode")

        set_job_debug_mode_request = cls(
            job_id=job_id,
            mode=mode,
        )

        return set_job_debug_mode_request
