"""`poms.tags`: free-form tags linked to campaigns."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar

from sciclients._core import NOT_GIVEN, AsyncMode, Call, NotGiven, SyncMode, build_call, check_ids, check_str, operation
from sciclients._generated.poms_api import models  # models load on first use
from sciclients._generated.poms_api.api import tags as endpoints  # endpoint modules load on first use

from ._base import PomsResource, json_model

if TYPE_CHECKING:
    from sciclients._generated.poms_api.models import TagLink

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
        body = models.TagCampaignsRequest(campaign_id=ids, tag_name=check_str(tag_name, "tag_name"), experiment=exp,
                                   role=the_role)  # fmt: skip
        return build_call(endpoints.tag_campaigns, json_model(models.TagLink), body=body)
