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
        if not (
            isinstance(submission_id, int) and not isinstance(submission_id, bool) and -(2**63) <= submission_id < 2**63
        ):
            raise TypeError("submission_id: expected a 64-bit integer, got " + type(submission_id).__name__)

        def _parse_jobsub_job_id(data: object) -> None | str:
            if data is None:
                return data
            try:
                if not True:
                    raise TypeError()
                jobsub_job_id_type_0 = data
                if not (isinstance(jobsub_job_id_type_0, str)):
                    raise TypeError("jobsub_job_id: expected a string, got " + type(jobsub_job_id_type_0).__name__)

                return jobsub_job_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            jobsub_job_id_type_1 = data
            if not (jobsub_job_id_type_1 is None):
                raise TypeError(
                    "jobsub_job_id: expected the documented type, got " + type(jobsub_job_id_type_1).__name__
                )

            return jobsub_job_id_type_1

        jobsub_job_id = _parse_jobsub_job_id(d.pop("jobsub_job_id"))

        created = d.pop("created")
        if not (isinstance(created, str)):
            raise TypeError("created: expected a string, got " + type(created).__name__)

        creator = d.pop("creator")
        if not (isinstance(creator, str)):
            raise TypeError("creator: expected a string, got " + type(creator).__name__)

        status = d.pop("status")
        if not (isinstance(status, str)):
            raise TypeError("status: expected a string, got " + type(status).__name__)

        jobsub_cluster = d.pop("jobsub_cluster")
        if not (isinstance(jobsub_cluster, str)):
            raise TypeError("jobsub_cluster: expected a string, got " + type(jobsub_cluster).__name__)

        jobsub_schedd = d.pop("jobsub_schedd")
        if not (isinstance(jobsub_schedd, str)):
            raise TypeError("jobsub_schedd: expected a string, got " + type(jobsub_schedd).__name__)

        campaign_stage_name = d.pop("campaign_stage_name")
        if not (isinstance(campaign_stage_name, str)):
            raise TypeError("campaign_stage_name: expected a string, got " + type(campaign_stage_name).__name__)

        available_output = d.pop("available_output")
        if not (
            isinstance(available_output, int)
            and not isinstance(available_output, bool)
            and -(2**63) <= available_output < 2**63
        ):
            raise TypeError("available_output: expected a 64-bit integer, got " + type(available_output).__name__)

        output_dims = d.pop("output_dims")
        if not (isinstance(output_dims, str)):
            raise TypeError("output_dims: expected a string, got " + type(output_dims).__name__)

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

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        submission_row.additional_properties = additional_properties
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
