"""`panda.system`: server health and the caller's identity as the server sees it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from sciclients._core import AsyncMode, Call, SyncMode, build_call, check_mapping, operation
from sciclients._generated.panda_api import models  # models load on first use
from sciclients._generated.panda_api.api import system as endpoints  # endpoint modules load on first use

from ._base import UNSET, PandaResource, as_dict, data, model

if TYPE_CHECKING:
    from sciclients._generated.panda_api.models import UserAttributes

__all__ = ["SystemResource"]

M = TypeVar("M", SyncMode, AsyncMode)


class SystemResource(PandaResource[M]):
    """Functions of the `system` module."""

    @operation
    def is_alive(self) -> Call[None]:
        """Health check (open): returns None when the server is up, raises otherwise."""
        return build_call(endpoints.is_alive, data(lambda _: None))

    @operation
    def get_attributes(self, /, **echo: str) -> Call[dict[str, Any]]:
        """The server's view of this request: `{"parameters": {...}, "environment": {...}}`.

        Any keyword arguments are sent as query keys and echoed under `parameters`. The environment
        includes the request headers, the bearer token among them: do not log the result.
        """
        for key, value in check_mapping(echo, "echo").items():
            if not isinstance(value, str):
                raise TypeError(f"{key} must be a str (query values are strings), got {type(value).__name__}")
        return build_call(
            endpoints.get_attributes, data(as_dict), echo=models.GetAttributesEcho.from_dict(echo) if echo else UNSET
        )

    @operation
    def get_voms_attributes(self) -> Call[dict[str, str]]:
        """The caller's VOMS attributes: `{"GRST_CRED_...": "VOMS /atlas/Role=..."}`."""
        return build_call(endpoints.get_voms_attributes, data(as_dict))

    @operation
    def get_user_attributes(self) -> Call[UserAttributes]:
        """DN (raw and clean), FQANs, production status and working groups of the caller."""
        return build_call(endpoints.get_user_attributes, data(model(models.UserAttributes)))
