"""`poms.submissions`: a stage's submissions, submission details, registering and updating submissions."""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING, Literal, TypeVar, get_args

import httpx

from sciclients import errors
from sciclients._core import (
    NOT_GIVEN,
    AsyncMode,
    Call,
    NotGiven,
    SyncMode,
    build_call,
    check_choice,
    check_id,
    check_number,
    check_str,
    operation,
)
from sciclients._generated.poms_api import models  # models load on first use
from sciclients._generated.poms_api.api import submissions as endpoints  # endpoint modules load on first use

from ._base import PomsResource, failure, invalid, json_model, opt, positive, text_body, timestamp

if TYPE_CHECKING:
    from sciclients._generated.poms_api.models import StageSubmissionsPage, SubmissionDetails

__all__ = ["SubmissionsResource", "StatusName", "STATUS_NAMES"]

M = TypeVar("M", SyncMode, AsyncMode)
StatusName = Literal["New", "Cancelled", "LaunchFailed", "Awaiting Approval", "Approved", "Idle", "Running", "Held",
                     "Failed", "Completed", "Located", "Removed"]  # fmt: skip
STATUS_NAMES: tuple[str, ...] = get_args(StatusName)
_TASK = re.compile(r"^\s*Task=(\d+)\s*$")


def _submission_id(response: httpx.Response) -> int:
    match = _TASK.match(text_body(response))
    if match is None:
        raise invalid(response, "'Task=<submission id>'")
    return int(match.group(1))


def _updated(response: httpx.Response) -> None:
    text = text_body(response).strip()
    if text == "Ok.":
        return None
    if text == "Unknown.":
        raise failure(errors.NotFoundError, "Unknown. (POMS has no such submission)", response)
    raise invalid(response, "'Ok.' or 'Unknown.'")


def _pct(value: object, name: str) -> float:
    number = check_number(value, name)
    if not 0 <= number <= 100:
        raise ValueError(f"{name} must be between 0 and 100, got {value!r}")
    return number


class SubmissionsResource(PomsResource[M]):
    """Submissions (one jobsub submission each) and their status."""

    @operation
    def show(
        self,
        *,
        campaign_name: str | NotGiven = NOT_GIVEN,
        stage_name: str | NotGiven = NOT_GIVEN,
        campaign_id: int | NotGiven = NOT_GIVEN,
        stage_id: int | NotGiven = NOT_GIVEN,
        tmin: datetime | str | NotGiven = NOT_GIVEN,
        tmax: datetime | str | NotGiven = NOT_GIVEN,
        tdays: float | NotGiven = NOT_GIVEN,
        experiment: str | NotGiven = NOT_GIVEN,
        role: str | NotGiven = NOT_GIVEN,
    ) -> Call[StageSubmissionsPage]:
        """The submissions of a stage (`stage_name="*"`: of every stage of the campaign) in a time window.

        Name the campaign (`campaign_name` or `campaign_id`) and the stage (`stage_name` or `stage_id`).
        Without tmin/tmax/tdays the window runs from the stage's creation to now. An unknown campaign or stage
        is not an error: `data.submissions` is then empty (and absent when the window holds none).
        """
        exp, the_role = self._context(experiment, role)
        if all(isinstance(v, NotGiven) for v in (campaign_name, stage_name, campaign_id, stage_id)):
            raise ValueError("name the campaign (campaign_name or campaign_id) and the stage (stage_name or stage_id)")
        body = models.ListStageSubmissionsRequest(
            experiment=exp, role=the_role,
            campaign_name=opt(campaign_name, check_str, "campaign_name"),
            stage_name=opt(stage_name, check_str, "stage_name"),
            campaign_id=opt(campaign_id, check_id, "campaign_id"),
            campaign_stage_id=opt(stage_id, check_id, "stage_id"),
            tmin=opt(tmin, timestamp, "tmin"), tmax=opt(tmax, timestamp, "tmax"),
            tdays=opt(tdays, positive, "tdays"),
        )  # fmt: skip
        return build_call(
            endpoints.list_stage_submissions, json_model(models.StageSubmissionsPage), idempotent=True, body=body
        )

    @operation
    def get_details(
        self, submission_id: int, *, experiment: str | NotGiven = NOT_GIVEN, role: str | NotGiven = NOT_GIVEN
    ) -> Call[SubmissionDetails]:
        """A submission with its status history, snapshots and SAM file statistics (unknown id: NotFoundError)."""
        exp, the_role = self._context(experiment, role)
        body = models.GetSubmissionDetailsRequest(submission_id=check_id(submission_id, "submission_id"),
                                                  experiment=exp, role=the_role)  # fmt: skip
        return build_call(
            endpoints.get_submission_details, json_model(models.SubmissionDetails), idempotent=True, body=body
        )

    @operation
    def update(
        self,
        submission_id: int,
        jobsub_job_id: str,
        *,
        status: StatusName | NotGiven = NOT_GIVEN,
        project: str | NotGiven = NOT_GIVEN,
        pct_complete: float | NotGiven = NOT_GIVEN,
        experiment: str | NotGiven = NOT_GIVEN,
        role: str | NotGiven = NOT_GIVEN,
    ) -> Call[None]:
        """Update a submission's status, SAM project and/or jobsub id.

        The server requires `jobsub_job_id` on every update: resend the current one when only changing the
        status. `Running` with `pct_complete` at or above the stage's completion percentage is recorded as
        `Completed`; final states are not rolled back. An unknown submission raises NotFoundError.
        """
        exp, the_role = self._context(experiment, role)
        body = models.UpdateSubmissionRequest(
            submission_id=check_id(submission_id, "submission_id"),
            jobsub_job_id=check_str(jobsub_job_id, "jobsub_job_id"),
            status=opt(status, lambda v, n: models.SubmissionStatusName(check_choice(v, n, STATUS_NAMES)), "status"),
            project=opt(project, check_str, "project"), pct_complete=opt(pct_complete, _pct, "pct_complete"),
            experiment=exp, role=the_role,
        )  # fmt: skip
        return build_call(endpoints.update_submission, _updated, body=body)

    @operation
    def register(
        self,
        stage_id: int,
        *,
        command_executed: str | NotGiven = NOT_GIVEN,
        submission_id: int | NotGiven = NOT_GIVEN,
        parent_submission_id: int | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        input_dataset: str | NotGiven = NOT_GIVEN,
        experiment: str | NotGiven = NOT_GIVEN,
        role: str | NotGiven = NOT_GIVEN,
    ) -> Call[int]:
        """Create a submission of a stage (status New) and return its id; with `submission_id`, record the
        command executed for that existing submission instead. `user` and `input_dataset` are sent as the
        classic client does; the server ignores them (the creator is the caller)."""
        exp, the_role = self._context(experiment, role)
        body = models.RegisterSubmissionRequest(
            campaign_stage_id=check_id(stage_id, "stage_id"),
            command_executed=opt(command_executed, check_str, "command_executed"),
            submission_id=opt(submission_id, check_id, "submission_id"),
            parent_submission_id=opt(parent_submission_id, check_id, "parent_submission_id"),
            user=opt(user, check_str, "user"), input_dataset=opt(input_dataset, check_str, "input_dataset"),
            experiment=exp, role=the_role,
        )  # fmt: skip
        return build_call(endpoints.register_submission, _submission_id, body=body)
