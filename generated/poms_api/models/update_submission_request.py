from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role
from ..models.submission_status_name import SubmissionStatusName
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateSubmissionRequest")


@_attrs_define
class UpdateSubmissionRequest:
    """
    Attributes:
        submission_id (int): Submission id.
        jobsub_job_id (str): Jobsub id, e.g. `23733516@jobsub02.fnal.gov` (required by the server; resend the current
            one).
        status (SubmissionStatusName | Unset): Submission status names (ids: 1000 New, 1500 Cancelled, 2000
            LaunchFailed, 2400 Awaiting Approval, 2500 Approved, 3000 Idle, 4000 Running, 5000 Held, 6000 Failed, 7000
            Completed, 8000 Located, 9000 Removed).
        project (str | Unset): SAM project name.
        pct_complete (float | Unset): Percent of jobs complete; with status Running at or above the stage's completion
            percentage the status becomes Completed.
        experiment (str | Unset): Experiment of the submission (send together with role).
        role (Role | Unset): Role to act in. `analysis` works on the caller's own items; `production-shifter` may do
            (launch, update) what production may, but not modify; `production` and `superuser` need the matching membership.
    """

    submission_id: int
    jobsub_job_id: str
    status: SubmissionStatusName | Unset = UNSET
    project: str | Unset = UNSET
    pct_complete: float | Unset = UNSET
    experiment: str | Unset = UNSET
    role: Role | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        submission_id = self.submission_id

        jobsub_job_id = self.jobsub_job_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        project = self.project

        pct_complete = self.pct_complete

        experiment = self.experiment

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "submission_id": submission_id,
                "jobsub_job_id": jobsub_job_id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if project is not UNSET:
            field_dict["project"] = project
        if pct_complete is not UNSET:
            field_dict["pct_complete"] = pct_complete
        if experiment is not UNSET:
            field_dict["experiment"] = experiment
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        submission_id = d.pop("submission_id")
        if not (
            isinstance(submission_id, int) and not isinstance(submission_id, bool) and -(2**63) <= submission_id < 2**63
        ):
            raise TypeError("submission_id: expected a 64-bit integer, got " + type(submission_id).__name__)

        jobsub_job_id = d.pop("jobsub_job_id")
        if not (isinstance(jobsub_job_id, str)):
            raise TypeError("jobsub_job_id: expected a string, got " + type(jobsub_job_id).__name__)

        _status = d.pop("status", UNSET)
        status: SubmissionStatusName | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SubmissionStatusName(_status)

        project = d.pop("project", UNSET)
        if not (isinstance(project, str)) and project is not UNSET:
            raise TypeError("project: expected a string, got " + type(project).__name__)

        pct_complete = d.pop("pct_complete", UNSET)
        if (
            not (
                isinstance(pct_complete, (int, float))
                and not isinstance(pct_complete, bool)
                and float("-inf") < pct_complete < float("inf")
            )
            and pct_complete is not UNSET
        ):
            raise TypeError("pct_complete: expected a finite number, got " + type(pct_complete).__name__)

        experiment = d.pop("experiment", UNSET)
        if not (isinstance(experiment, str)) and experiment is not UNSET:
            raise TypeError("experiment: expected a string, got " + type(experiment).__name__)

        _role = d.pop("role", UNSET)
        role: Role | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = Role(_role)

        update_submission_request = cls(
            submission_id=submission_id,
            jobsub_job_id=jobsub_job_id,
            status=status,
            project=project,
            pct_complete=pct_complete,
            experiment=experiment,
            role=role,
        )

        return update_submission_request
