"""`poms.tags`: free-form tags linked to campaigns."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from poms_api.api.tags import tag_campaigns
from poms_api.models import TagCampaignsRequest, TagLink

from sciclients._core import NOT_GIVEN, AsyncMode, Call, NotGiven, SyncMode, build_call, check_ids, check_str, operation

from ._base import PomsResource, json_model

__all__ = ["TagsResource"]

M = TypeVar("M", SyncMode, AsyncMode)


class TagsResource(PomsResource[M]):
    """Tags linked to campaigns."""

    @operation
    def link(
        self,
        tag_name: str,
        campaign_ids: Sequence[int],
        *,
        experiment: str | NotGiven = NOT_GIVEN,
        role: str | NotGiven = NOT_GIVEN,
    ) -> Call[TagLink]:
        """Link a tag to campaigns (the tag is created in the experiment if new). Unknown id: NotFoundError."""
        exp, the_role = self._context(experiment, role)
        ids = ",".join(map(str, check_ids(campaign_ids, "campaign_ids")))
        body = TagCampaignsRequest(campaign_id=ids, tag_name=check_str(tag_name, "tag_name"), experiment=exp,
                                   role=the_role)  # fmt: skip
        return build_call(tag_campaigns, json_model(TagLink), body=body)
