"""`poms.login_setups`: the login-setup editor method and deleting login setups."""

from __future__ import annotations

from typing import TypeVar

import attrs

from sciclients import errors
from sciclients._core import (
    NOT_GIVEN,
    AsyncMode,
    Call,
    NotGiven,
    SyncMode,
    build_call,
    check_bool,
    check_choice,
    check_str,
    operation,
)
from sciclients._generated.poms_api import models  # models load on first use
from sciclients._generated.poms_api.api import login_setups as endpoints  # endpoint modules load on first use

from ._base import UNSET, EditActionName, PomsResource, html_page, opt

__all__ = ["LoginSetupsResource", "DELETE_QUIRK"]

M = TypeVar("M", SyncMode, AsyncMode)
# The current server answers every login_setup_rm with this 400, after the delete (if any) is committed.
DELETE_QUIRK = "Object of type Query is not JSON serializable"


def _deleted(error: errors.APIStatusError) -> None:
    if error.status_code == 400 and DELETE_QUIRK in error.server_message:
        return None
    raise error


class LoginSetupsResource(PomsResource[M]):
    """Login setups, formerly launch templates (launch host, account, setup commands)."""

    @operation
    def edit(
        self,
        action: EditActionName,
        name: str,
        *,
        launch_host: str | NotGiven = NOT_GIVEN,
        launch_account: str | NotGiven = NOT_GIVEN,
        launch_setup: str | NotGiven = NOT_GIVEN,
        active: bool = True,
        pc_username: str | NotGiven = NOT_GIVEN,
        experiment: str | NotGiven = NOT_GIVEN,
        role: str | NotGiven = NOT_GIVEN,
    ) -> Call[None]:
        """Add, edit or delete a login setup through its editor method.

        Add needs launch_host, launch_account and launch_setup (shell commands run before the launch script).
        The server answers 200 even when it refuses: an existing name given to `add` raises ConflictError with
        the page's message ("A login setup named x already exists."); `edit` of an unknown name → 400.
        """
        exp, the_role = self._context(experiment, role)
        check_choice(action, "action", ("add", "edit", "delete"))
        check_bool(active, "active")
        if action == "add":
            missing = [n for n, v in (("launch_host", launch_host), ("launch_account", launch_account),
                                      ("launch_setup", launch_setup)) if isinstance(v, NotGiven)]  # fmt: skip
            if missing:
                raise ValueError(f"add needs {', '.join(missing)}")
        body = models.EditLoginSetupRequest(
            action=models.EditAction(action), ae_launch_name=check_str(name, "name"),
            pc_username=opt(pc_username, check_str, "pc_username"), experiment=exp, role=the_role,
            ae_launch_host=opt(launch_host, check_str, "launch_host"),
            ae_launch_account=opt(launch_account, check_str, "launch_account"),
            ae_launch_setup=opt(launch_setup, check_str, "launch_setup"),
            # The editor stores "inactive" whenever the field is absent.
            ae_active="True" if active and action != "delete" else UNSET,
        )  # fmt: skip
        return build_call(endpoints.edit_login_setup, html_page, body=body)

    @operation
    def delete(
        self, name: str, *, experiment: str | NotGiven = NOT_GIVEN, role: str | NotGiven = NOT_GIVEN
    ) -> Call[None]:
        """Delete one of the caller's login setups (nothing happens when it is not the caller's or in use).

        The current server then always answers 400 `TypeError('Object of type Query is not JSON
        serializable')`; that answer is taken as done (returns None). Not permitted: PermissionDeniedError.
        """
        exp, the_role = self._context(experiment, role)
        body = models.DeleteLoginSetupRequest(ae_launch_name=check_str(name, "name"), experiment=exp, role=the_role)
        call = build_call(endpoints.delete_login_setup, html_page, body=body)
        recovering: Call[None] = attrs.evolve(call, recover=_deleted)
        return recovering
