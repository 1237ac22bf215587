from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DescribeJobsInclArchiveByPostRequest")


@_attrs_define
class DescribeJobsInclArchiveByPostRequest:
    """
    Attributes:
        job_ids (list[int]): PanDA job IDs (at most 5500 are used).
    """

    job_ids: list[int]

    def to_dict(self) -> dict[str, Any]:
        job_ids = self.job_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "job_ids": job_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_ids = []
        _job_ids = d.pop("job_ids")
        for job_ids_item_data in _job_ids:
            job_ids_item = job_ids_item_data
            if not (
                isinstance(job_ids_item, int)
                and not isinstance(job_ids_item, bool)
                and -(2**63) <= job_ids_item < 2**63
            ):
                raise TypeError("job_ids_item: expected a 64-bit integer, got " + type(job_ids_item).__name__)

            job_ids.append(job_ids_item)

        describe_jobs_incl_archive_by_post_request = cls(
            job_ids=job_ids,
        )

        return describe_jobs_incl_archive_by_post_request
