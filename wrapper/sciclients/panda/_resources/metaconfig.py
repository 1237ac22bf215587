"""`panda.metaconfig`: server metadata and configuration."""

from __future__ import annotations

from typing import Any, Literal, TypeVar

from sciclients._core import NOT_GIVEN, AsyncMode, Call, NotGiven, SyncMode, build_call, check_choice, operation
from sciclients._generated.panda_api.api import metaconfig as endpoints  # endpoint modules load on first use

from ._base import PandaResource, as_dict, as_list, data, opt

__all__ = ["MetaconfigResource"]

M = TypeVar("M", SyncMode, AsyncMode)
SiteType = Literal["unified", "production", "analysis", "all"]


class MetaconfigResource(PandaResource[M]):
    """Functions of the `metaconfig` module."""

    @operation
    def get_banned_users(self) -> Call[dict[str, bool]]:
        """The banned users, as `{"<user name>": False}`."""
        return build_call(endpoints.get_banned_users, data(as_dict))

    @operation
    def get_site_specs(self, type: SiteType | NotGiven = NOT_GIVEN) -> Call[dict[str, Any]]:
        """Site specifications keyed by site name (open).

        `type`: unified, production, analysis (the server's default) or all.
        """
        if type is not NOT_GIVEN:
            check_choice(type, "type", ("unified", "production", "analysis", "all"))
        return build_call(endpoints.get_site_specs, data(as_dict), type_=opt(type))

    @operation
    def get_resource_types(self) -> Call[list[dict[str, Any]]]:
        """The resource types the server knows (name, core and memory limits)."""
        return build_call(endpoints.get_resource_types, data(as_list))
