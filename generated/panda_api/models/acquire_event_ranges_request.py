from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AcquireEventRangesRequest")


@_attrs_define
class AcquireEventRangesRequest:
    """
    Attributes:
        job_id (int): The PanDA job ID.
        jobset_id (int): The jobset ID.
        task_id (int | None | Unset): The JEDI task ID.
        n_ranges (int | Unset): The maximum number of event ranges to acquire. Default: 10.
        timeout (int | Unset): Timeout in seconds (accepted but not enforced by server 1.0.4). Default: 60.
        scattered (bool | Unset): Acquire scattered (non-consecutive) event ranges. Default: False.
        segment_id (int | None | Unset): The segment ID (fine-grained processing).
    """

    job_id: int
    jobset_id: int
    task_id: int | None | Unset = UNSET
    n_ranges: int | Unset = 10
    timeout: int | Unset = 60
    scattered: bool | Unset = False
    segment_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        jobset_id = self.jobset_id

        task_id: int | None | Unset
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        else:
            task_id = self.task_id

        n_ranges = self.n_ranges

        timeout = self.timeout

        scattered = self.scattered

        segment_id: int | None | Unset
        if isinstance(self.segment_id, Unset):
            segment_id = UNSET
        else:
            segment_id = self.segment_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "job_id": job_id,
                "jobset_id": jobset_id,
            }
        )
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if n_ranges is not UNSET:
            field_dict["n_ranges"] = n_ranges
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if scattered is not UNSET:
            field_dict["scattered"] = scattered
        if segment_id is not UNSET:
            field_dict["segment_id"] = segment_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("job_id")
        if not (isinstance(job_id, int) and not isinstance(job_id, bool) and -(2**63) <= job_id < 2**63):
            raise TypeError("job_id: expected a 64-bit integer, got " + type(job_id).__name__)

        jobset_id = d.pop("jobset_id")
        if not (isinstance(jobset_id, int) and not isinstance(jobset_id, bool) and -(2**63) <= jobset_id < 2**63):
            raise TypeError("jobset_id: expected a 64-bit integer, got " + type(jobset_id).__name__)

        def _parse_task_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                task_id_type_0 = data
                if not (
                    isinstance(task_id_type_0, int)
                    and not isinstance(task_id_type_0, bool)
                    and -(2**63) <= task_id_type_0 < 2**63
                ):
                    raise TypeError("task_id: expected a 64-bit integer, got " + type(task_id_type_0).__name__)

                return task_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            task_id_type_1 = data
            if not (task_id_type_1 is None):
                raise TypeError("task_id: expected the documented type, got " + type(task_id_type_1).__name__)

            return task_id_type_1

        task_id = _parse_task_id(d.pop("task_id", UNSET))

        n_ranges = d.pop("n_ranges", UNSET)
        if (
            not (isinstance(n_ranges, int) and not isinstance(n_ranges, bool) and -(2**63) <= n_ranges < 2**63)
            and n_ranges is not UNSET
        ):
            raise TypeError("n_ranges: expected a 64-bit integer, got " + type(n_ranges).__name__)

        timeout = d.pop("timeout", UNSET)
        if (
            not (isinstance(timeout, int) and not isinstance(timeout, bool) and -(2**63) <= timeout < 2**63)
            and timeout is not UNSET
        ):
            raise TypeError("timeout: expected a 64-bit integer, got " + type(timeout).__name__)

        scattered = d.pop("scattered", UNSET)
        if not (isinstance(scattered, bool)) and scattered is not UNSET:
            raise TypeError("scattered: expected true or false, got " + type(scattered).__name__)

        def _parse_segment_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                segment_id_type_0 = data
                if not (
                    isinstance(segment_id_type_0, int)
                    and not isinstance(segment_id_type_0, bool)
                    and -(2**63) <= segment_id_type_0 < 2**63
                ):
                    raise TypeError("segment_id: expected a 64-bit integer, got " + type(segment_id_type_0).__name__)

                return segment_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            segment_id_type_1 = data
            if not (segment_id_type_1 is None):
                raise TypeError("segment_id: expected the documented type, got " + type(segment_id_type_1).__name__)

            return segment_id_type_1

        segment_id = _parse_segment_id(d.pop("segment_id", UNSET))

        acquire_event_ranges_request = cls(
            job_id=job_id,
            jobset_id=jobset_id,
            task_id=task_id,
            n_ranges=n_ranges,
            timeout=timeout,
            scattered=scattered,
            segment_id=segment_id,
        )

        return acquire_event_ranges_request
