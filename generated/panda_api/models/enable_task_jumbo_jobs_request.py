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
        if not (isinstance(task_id, int) and not isinstance(task_id, bool) and -(2**63) <= task_id < 2**63):
            raise TypeError("task_id: expected a 64-bit integer, got " + type(task_id).__name__)

        jumbo_jobs_total = d.pop("jumbo_jobs_total")
        if not (
            isinstance(jumbo_jobs_total, int)
            and not isinstance(jumbo_jobs_total, bool)
            and -(2**63) <= jumbo_jobs_total < 2**63
        ):
            raise TypeError("jumbo_jobs_total: expected a 64-bit integer, got " + type(jumbo_jobs_total).__name__)

        def _parse_jumbo_jobs_per_site(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                jumbo_jobs_per_site_type_0 = data
                if not (
                    isinstance(jumbo_jobs_per_site_type_0, int)
                    and not isinstance(jumbo_jobs_per_site_type_0, bool)
                    and -(2**63) <= jumbo_jobs_per_site_type_0 < 2**63
                ):
                    raise TypeError(
                        "jumbo_jobs_per_site: expected a 64-bit integer, got "
                        + type(jumbo_jobs_per_site_type_0).__name__
                    )

                return jumbo_jobs_per_site_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            jumbo_jobs_per_site_type_1 = data
            if not (jumbo_jobs_per_site_type_1 is None):
                raise TypeError(
                    "jumbo_jobs_per_site: expected the documented type, got "
                    + type(jumbo_jobs_per_site_type_1).__name__
                )

            return jumbo_jobs_per_site_type_1

        jumbo_jobs_per_site = _parse_jumbo_jobs_per_site(d.pop("jumbo_jobs_per_site", UNSET))

        enable_task_jumbo_jobs_request = cls(
            task_id=task_id,
            jumbo_jobs_total=jumbo_jobs_total,
            jumbo_jobs_per_site=jumbo_jobs_per_site,
        )

        return enable_task_jumbo_jobs_request
