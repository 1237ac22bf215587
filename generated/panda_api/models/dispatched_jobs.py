from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dispatched_jobs_jobs_item import DispatchedJobsJobsItem


T = TypeVar("T", bound="DispatchedJobs")


@_attrs_define
class DispatchedJobs:
    """
    Attributes:
        status_code (int | Unset): 0 on success.
        jobs (list[DispatchedJobsJobsItem] | Unset): One dispatcher job dict per job: `StatusCode`, `PandaID`,
            `prodSourceLabel`, `jobName`, `swRelease`,
            `transformation`, `jobPars`, `inFiles`, `outFiles`, `GUID`, `attemptNr`, `nSent`, ... and optionally
            `secrets`, `pilotSecrets` and the proxy key.
    """

    status_code: int | Unset = UNSET
    jobs: list[DispatchedJobsJobsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dispatched_jobs_jobs_item import DispatchedJobsJobsItem  # noqa: PLC0415

        status_code = self.status_code

        jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = []
            for jobs_item_data in self.jobs:
                jobs_item = jobs_item_data.to_dict()
                jobs.append(jobs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status_code is not UNSET:
            field_dict["StatusCode"] = status_code
        if jobs is not UNSET:
            field_dict["jobs"] = jobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dispatched_jobs_jobs_item import DispatchedJobsJobsItem  # noqa: PLC0415

        d = dict(src_dict)
        status_code = d.pop("StatusCode", UNSET)
        if (
            not (isinstance(status_code, int) and not isinstance(status_code, bool) and -(2**63) <= status_code < 2**63)
            and status_code is not UNSET
        ):
            raise TypeError("StatusCode: expected a 64-bit integer, got " + type(status_code).__name__)

        _jobs = d.pop("jobs", UNSET)
        jobs: list[DispatchedJobsJobsItem] | Unset = UNSET
        if _jobs is not UNSET:
            jobs = []
            for jobs_item_data in _jobs:
                jobs_item = DispatchedJobsJobsItem.from_dict(jobs_item_data)

                jobs.append(jobs_item)

        dispatched_jobs = cls(
            status_code=status_code,
            jobs=jobs,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        dispatched_jobs.additional_properties = additional_properties
        return dispatched_jobs

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
