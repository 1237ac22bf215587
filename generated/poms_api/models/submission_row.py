from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubmissionRow")


@_attrs_define
class SubmissionRow:
    """One submission in a stage's time window, with its current status and SAM output count.

    Attributes:
        submission_id (int):
        jobsub_job_id (None | str):
        created (str): Database timestamp as rendered by the server: `YYYY-MM-DDTHH:MM:SS`, no zone designator and no
            fraction (not RFC 3339). Example: 2019-09-10T11:28:29.
        creator (str): Username of the creator.
        status (str): Current status name.
        jobsub_cluster (str): Cluster part of jobsub_job_id (`unknown.0` when there is none).
        jobsub_schedd (str): Schedd part of jobsub_job_id (`unknown.un.known` when there is none).
        campaign_stage_name (str):
        available_output (int): Output files SAM knows of.
        output_dims (str): SAM dimensions selecting the output files.
    """

    submission_id: int
    jobsub_job_id: None | str
    created: str
    creator: str
    status: str
    jobsub_cluster: str
    jobsub_schedd: str
    campaign_stage_name: str
    available_output: int
    output_dims: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        submission_id = self.submission_id

        jobsub_job_id: None | str
        jobsub_job_id = self.jobsub_job_id

        created = self.created

        creator = self.creator

        status = self.status

        jobsub_cluster = self.jobsub_cluster

        jobsub_schedd = self.jobsub_schedd

        campaign_stage_name = self.campaign_stage_name

        available_output = self.available_output

        output_dims = self.output_dims

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "submission_id": submission_id,
                "jobsub_job_id": jobsub_job_id,
                "created": created,
                "creator": creator,
                "status": status,
                "jobsub_cluster": jobsub_cluster,
                "jobsub_schedd": jobsub_schedd,
                "campaign_stage_name": campaign_stage_name,
                "available_output": available_output,
                "output_dims": output_dims,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        submission_id = d.pop("submission_id")

        def _parse_jobsub_job_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        jobsub_job_id = _parse_jobsub_job_id(d.pop("jobsub_job_id"))

        created = d.pop("created")

        creator = d.pop("creator")

        status = d.pop("status")

        jobsub_cluster = d.pop("jobsub_cluster")

        jobsub_schedd = d.pop("jobsub_schedd")

        campaign_stage_name = d.pop("campaign_stage_name")

        available_output = d.pop("available_output")

        output_dims = d.pop("output_dims")

        submission_row = cls(
            submission_id=submission_id,
            jobsub_job_id=jobsub_job_id,
            created=created,
            creator=creator,
            status=status,
            jobsub_cluster=jobsub_cluster,
            jobsub_schedd=jobsub_schedd,
            campaign_stage_name=campaign_stage_name,
            available_output=available_output,
            output_dims=output_dims,
        )

        submission_row.additional_properties = d
        return submission_row

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
