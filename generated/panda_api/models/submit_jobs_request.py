from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubmitJobsRequest")


@_attrs_define
class SubmitJobsRequest:
    """
    Attributes:
        jobs (str): JSON text of a list of up to 5000 jobs. Each job is the positional list of its JobSpec slot values
            in class
            order, whose last element is the list of its files (each the positional list of FileSpec slot values plus a
            trailing owner element). Datetimes are `{"_datetime_object": "%Y-%m-%d %H:%M:%S.%f"}`.
    """

    jobs: str

    def to_dict(self) -> dict[str, Any]:
        jobs = self.jobs

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "jobs": jobs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        jobs = d.pop("jobs")
        if not (isinstance(jobs, str)):
            raise TypeError("jobs: expected a string, got " + type(jobs).__name__)

        submit_jobs_request = cls(
            jobs=jobs,
        )

        return submit_jobs_request
