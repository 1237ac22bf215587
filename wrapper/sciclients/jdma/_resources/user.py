"""`jdma.user`: the caller's JDMA user (`api/v1/user`), which must exist before it can submit requests."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from sciclients._core import (
    NOT_GIVEN,
    AsyncMode,
    Call,
    NotGiven,
    SyncMode,
    build_call,
    check_bool,
    check_str,
    operation,
)
from sciclients._generated.jdma_api import models  # models load on first use
from sciclients._generated.jdma_api.api import user as endpoints  # endpoint modules load on first use

from ._base import JdmaResource, opt, parse_model

if TYPE_CHECKING:
    from sciclients._generated.jdma_api.models import CreatedUser, User

__all__ = ["UserResource"]

M = TypeVar("M", SyncMode, AsyncMode)


class UserResource(JdmaResource[M]):
    """Operations of the `user` tag, for the client's user."""

    @operation
    def create(self, email: str) -> Call[CreatedUser]:
        """Create (initialise) the user with its notification address (the server requires one).

        403 `ConflictError` if the user exists already. Unlike the legacy client, writes no `~/.jdma.json`.
        """
        check_str(email, "email")
        body = models.CreateUserRequest(name=self._name(), email=email)
        return build_call(endpoints.create_user, parse_model(models.CreatedUser.from_dict), body=body)

    @operation
    def get(self) -> Call[User]:
        """The user's details; 403 `PermissionDeniedError` if it was never created."""
        return build_call(endpoints.get_user, parse_model(models.User.from_dict), name=self._name())

    @operation
    def update(self, *, email: str | NotGiven = NOT_GIVEN, notify: bool | NotGiven = NOT_GIVEN) -> Call[User]:
        """Change the notification address and/or switch; arguments not given are left unchanged."""
        name = self._name()
        # The body's `name` is ignored by the server (the query selects the user) but echoed in its errors.
        body = models.UpdateUserRequest(
            name=name, email=opt(email, check_str, "email"), notify=opt(notify, check_bool, "notify")
        )
        return build_call(endpoints.update_user, parse_model(models.User.from_dict), body=body, name=name)
