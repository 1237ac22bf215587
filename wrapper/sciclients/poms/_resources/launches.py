"""`poms.launches`: launching grid submissions for a stage, or for a campaign's leading stage."""

from __future__ import annotations

from typing import Any, TypeVar
from urllib.parse import parse_qs, urlsplit

import attrs
import httpx

from sciclients._core import (
    NOT_GIVEN,
    AsyncMode,
    Call,
    NotGiven,
    SyncMode,
    build_call,
    check_bool,
    check_id,
    check_str,
    operation,
)
from sciclients._generated.poms_api import models  # models load on first use
from sciclients._generated.poms_api.api import launches as endpoints  # endpoint modules load on first use

from .._errors import LaunchAuthRequiredError
from ._base import UNSET, PomsResource, invalid, opt, redirect_location

__all__ = ["LaunchesResource", "Launch", "read_launch"]

M = TypeVar("M", SyncMode, AsyncMode)


@attrs.frozen
class Launch:
    """A started launch: the new submission, and the URL of its launch log page."""

    submission_id: int
    campaign_stage_id: int | None
    location: str


def _int(text: str | None) -> int | None:
    return int(text) if text is not None and text.isdigit() else None


def read_launch(response: httpx.Response) -> Launch:
    """The 303 of a launch. `/poms/list_launch_file/...?fname=<stamp>_<user>_<submission id>` (or, on
    development branches, `?submission_id=N`) = launched; `/poms/auth/...` = credentials missing, nothing ran."""
    location = redirect_location(response)
    try:
        parts = urlsplit(location)
    except ValueError:  # e.g. "Invalid IPv6 URL"
        raise invalid(response, f"a redirect to a usable Location (got {location[:200]!r})") from None
    segments = [s for s in parts.path.split("/") if s]
    query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    if "auth" in segments[:2]:
        message = f"POMS launched nothing: upload a fresh vault token / proxy first (redirected to {location})"
        raise LaunchAuthRequiredError(
            message, location=location, status_code=response.status_code, server_message=message,
            body=response.text[:2000], method=response.request.method, url=str(response.request.url),
        )  # fmt: skip
    if "list_launch_file" in segments[:2]:
        submission_id = _int(query.get("submission_id")) or _int(query.get("fname", "").rpartition("_")[2])
        if submission_id is not None:
            return Launch(submission_id, _int(query.get("campaign_stage_id")), location)
    raise invalid(response, "a redirect to the launch log (list_launch_file) or to /poms/auth")


def _test_flag(value: Any, name: str) -> Any:
    # The server tests the string's truthiness: "False" would make a test launch too.
    return "True" if check_bool(value, name) else UNSET


class LaunchesResource(PomsResource[M]):
    """Launching submissions. Launches run synchronously on the server (over ssh): expect slow answers.

    Held launches raise LaunchHeldError (the request is queued); missing credentials LaunchAuthRequiredError.
    """

    @operation
    def launch_stage(
        self,
        stage_id: int,
        *,
        test_launch: bool = False,
        dataset_override: str | NotGiven = NOT_GIVEN,
        experiment: str | NotGiven = NOT_GIVEN,
        role: str | NotGiven = NOT_GIVEN,
    ) -> Call[Launch]:
        """Launch a submission of a campaign stage (`test_launch`: with the test overrides)."""
        exp, the_role = self._context(experiment, role)
        body = models.LaunchStageJobsRequest(
            campaign_stage_id=check_id(stage_id, "stage_id"), test_launch=_test_flag(test_launch, "test_launch"),
            dataset_override=opt(dataset_override, check_str, "dataset_override"), experiment=exp, role=the_role,
        )  # fmt: skip
        return build_call(endpoints.launch_stage_jobs, read_launch, body=body)

    @operation
    def launch_campaign(
        self,
        campaign_id: int,
        *,
        test_launch: bool = False,
        dataset_override: str | NotGiven = NOT_GIVEN,
        experiment: str | NotGiven = NOT_GIVEN,
        role: str | NotGiven = NOT_GIVEN,
    ) -> Call[Launch]:
        """Launch a submission of the campaign's single leading stage (several or none: BadRequestError)."""
        exp, the_role = self._context(experiment, role)
        body = models.LaunchCampaignJobsRequest(
            campaign_id=check_id(campaign_id, "campaign_id"), test_launch=_test_flag(test_launch, "test_launch"),
            dataset_override=opt(dataset_override, check_str, "dataset_override"), experiment=exp, role=the_role,
        )  # fmt: skip
        return build_call(endpoints.launch_campaign_jobs, read_launch, body=body)
