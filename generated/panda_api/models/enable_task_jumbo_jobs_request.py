from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnableTaskJumboJobsRequest")


@_attrs_define
class EnableTaskJumboJobsRequest:
    """
    Attributes:
        task_id (int): The JEDI task ID.
        jumbo_jobs_total (int): Total number of jumbo jobs; 0 disables them.
        jumbo_jobs_per_site (int | None | Unset): Jumbo jobs per site; null (or 0) means `jumbo_jobs_total`.
    """

    task_id: int
    jumbo_jobs_total: int
    jumbo_jobs_per_site: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        jumbo_jobs_total = self.jumbo_jobs_total

        jumbo_jobs_per_site: int | None | Unset
        if isinstance(self.jumbo_jobs_per_site, Unset):
            jumbo_jobs_per_site = UNSET
        else:
            jumbo_jobs_per_site = self.jumbo_jobs_per_site

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "task_id": task_id,
                "jumbo_jobs_total": jumbo_jobs_total,
            }
        )
        if jumbo_jobs_per_site is not UNSET:
            field_dict["jumbo_jobs_per_site"] = jumbo_jobs_per_site

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = d.pop("task_id")

        jumbo_jobs_total = d.pop("jumbo_jobs_total")

        def _parse_jumbo_jobs_per_site(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        jumbo_jobs_per_site = _parse_jumbo_jobs_per_site(d.pop("jumbo_jobs_per_site", UNSET))

        enable_task_jumbo_jobs_request = cls(
            task_id=task_id,
            jumbo_jobs_total=jumbo_jobs_total,
            jumbo_jobs_per_site=jumbo_jobs_per_site,
        )

        return enable_task_jumbo_jobs_request
