"""`poms.campaigns`: listing, id/name lookups, deletion and .ini uploads of campaigns."""

from __future__ import annotations

import os
from collections.abc import Collection
from typing import TYPE_CHECKING, Any, Literal, TypeVar, get_args

import httpx

from sciclients import errors
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
from sciclients._generated.poms_api.api import campaigns as endpoints  # endpoint modules load on first use

from .._errors import PomsAPIError
from ._base import PomsResource, failure, invalid, json_model, json_value, streamed, text_body, upload_part

if TYPE_CHECKING:
    from sciclients._generated.poms_api.models import CampaignDeletion, CampaignListing, WorkflowUploadResult

__all__ = ["CampaignsResource", "CampaignView", "VIEWS", "view_fields", "lookup_id"]

M = TypeVar("M", SyncMode, AsyncMode)
CampaignView = Literal["active", "inactive", "mine", "others", "analysis", "production"]
VIEWS: tuple[str, ...] = get_args(CampaignView)


def view_fields(views: Collection[str] | NotGiven) -> dict[str, str]:
    """The form fields of a view selection: `update_view` plus `view_<x>=view_<x>` for each view that is on.

    Without `update_view` the server ignores every view_* field and applies its default view.
    """
    if isinstance(views, NotGiven):
        return {}
    if isinstance(views, str) or not isinstance(views, Collection):
        raise TypeError(f"views must be a collection of {', '.join(VIEWS)}, got {type(views).__name__}")
    for view in views:
        if view not in VIEWS:
            raise ValueError(f"views: unknown view {view!r}; choose from {', '.join(VIEWS)}")
    return {"update_view": "1", **{f"view_{v}": f"view_{v}" for v in VIEWS if v in views}}


def lookup_id(response: httpx.Response) -> int | None:
    """A JSON id, or None for the JSON null POMS answers when nothing has that name."""
    value = json_value(response)
    if value is None or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    raise invalid(response, "an id or null")


def _name(response: httpx.Response) -> str | None:
    name = text_body(response)
    return name if name else None


def _deletion(response: httpx.Response) -> CampaignDeletion:
    result = json_model(models.CampaignDeletion)(response)
    if "were deleted" in result.msg:
        return result
    if "does not exist" in result.msg:
        raise failure(errors.NotFoundError, result.msg, response)
    if "cannot be deleted" in result.msg:
        raise failure(errors.ConflictError, result.msg, response)
    raise failure(PomsAPIError, result.msg or "POMS did not delete the campaign", response)


def _workflow(response: httpx.Response) -> WorkflowUploadResult:
    value = json_value(response)
    if isinstance(value, str):  # "Pick the file first!": the upload part had no file name
        raise failure(errors.BadRequestError, value, response)
    result = json_model(models.WorkflowUploadResult)(response)
    if result.status.value != "201 Created":
        message = result.message if isinstance(result.message, str) else "; ".join(result.message)
        raise failure(errors.BadRequestError, message or result.status.value, response)
    return result


class CampaignsResource(PomsResource[M]):
    """Campaigns (a named set of stages) of an experiment."""

    @operation
    def show(
        self,
        *,
        views: Collection[CampaignView] | NotGiven = NOT_GIVEN,
        experiment: str | NotGiven = NOT_GIVEN,
        role: str | NotGiven = NOT_GIVEN,
    ) -> Call[CampaignListing]:
        """The experiment's campaigns with their stages (`show_campaigns` as JSON).

        `views` selects which campaigns (e.g. `{"active", "mine"}`); without it the server's default view
        applies: active campaigns, mine and others', of the role's kind (analysis or production).
        """
        exp, the_role = self._context(experiment, role)
        body = models.ListCampaignsRequest(experiment=exp, role=the_role)
        body.additional_properties.update(view_fields(views))
        return build_call(endpoints.list_campaigns, json_model(models.CampaignListing), idempotent=True, body=body)

    @operation
    def get_id(
        self, name: str, *, experiment: str | NotGiven = NOT_GIVEN, role: str | NotGiven = NOT_GIVEN
    ) -> Call[int | None]:
        """The id of the campaign with this exact name, or None when the experiment has none."""
        exp, the_role = self._context(experiment, role)
        body = models.GetCampaignIdRequest(campaign_name=check_str(name, "name"), experiment=exp, role=the_role)
        return build_call(endpoints.get_campaign_id, lookup_id, idempotent=True, body=body)

    @operation
    def get_name(
        self, campaign_id: int, *, experiment: str | NotGiven = NOT_GIVEN, role: str | NotGiven = NOT_GIVEN
    ) -> Call[str | None]:
        """The name of the campaign with this id, or None when the experiment has none."""
        exp, the_role = self._context(experiment, role)
        body = models.GetCampaignNameRequest(
            campaign_id=check_id(campaign_id, "campaign_id"), experiment=exp, role=the_role
        )
        return build_call(endpoints.get_campaign_name, _name, idempotent=True, body=body)

    @operation
    def delete(
        self, name: str, *, experiment: str | NotGiven = NOT_GIVEN, role: str | NotGiven = NOT_GIVEN
    ) -> Call[CampaignDeletion]:
        """Delete one of the caller's own campaigns, with its stages, dependencies and tag links.

        The outcome is in the answer's `msg` (always HTTP 200): a campaign that does not exist (among the
        caller's own) raises NotFoundError, one that has been submitted raises ConflictError.
        """
        return self.delete_call(name, experiment=experiment, role=role)

    def delete_call(
        self, name: str, *, experiment: str | NotGiven = NOT_GIVEN, role: str | NotGiven = NOT_GIVEN
    ) -> Call[CampaignDeletion]:
        """The request `delete` sends (poms_client.campaign_rm reads its answer's text as the classic did)."""
        exp, the_role = self._context(experiment, role)
        body = models.DeleteCampaignRequest(del_campaign_name=check_str(name, "name"))
        return build_call(endpoints.delete_campaign, _deletion, experiment=exp, role=the_role, body=body)

    @operation
    def upload_workflow(
        self,
        path: str | os.PathLike[str],
        *,
        replace: bool | NotGiven = NOT_GIVEN,
        experiment: str | NotGiven = NOT_GIVEN,
        role: str | NotGiven = NOT_GIVEN,
    ) -> Call[WorkflowUploadResult]:
        """Create or update a campaign from a campaign .ini file (streamed from disk).

        Existing job types and login setups are left unchanged (warnings in `message`). A file POMS refuses
        raises BadRequestError with its message, although POMS answers HTTP 200. `replace` is sent as the
        classic client does; the server ignores it.
        """
        exp, the_role = self._context(experiment, role)
        flag: Any = NOT_GIVEN if isinstance(replace, NotGiven) else models.PyBool(str(check_bool(replace, "replace")))
        part, handle = upload_part(path, "path")
        try:
            body = models.UploadWorkflowRequest(upload=part, experiment=exp, role=the_role)
            if not isinstance(flag, NotGiven):
                body.replace = flag
            return streamed(build_call(endpoints.upload_workflow, _workflow, closing=(handle,), body=body))
        except BaseException:
            handle.close()
            raise
