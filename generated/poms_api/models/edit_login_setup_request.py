from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.edit_action import EditAction
from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="EditLoginSetupRequest")


@_attrs_define
class EditLoginSetupRequest:
    """Form of the login-setup editor, client variant (`pcl_call=1`).

    Attributes:
        action (EditAction): What the editor method does with the named item.
        ae_launch_name (str): Login setup name.
        pcl_call (int | Unset): 1 = client variant (login setup by name). Default: 1.
        pc_username (str | Unset): Caller's username (informational).
        experiment (str | Unset): Experiment of the login setup (send together with role).
        role (Role | Unset): Role to act in. `analysis` works on the caller's own items; `production-shifter` may do
            (launch, update) what production may, but not modify; `production` and `superuser` need the matching membership.
        ae_launch_host (str | Unset): Host the launches ssh to.
        ae_launch_account (str | Unset): Account on the launch host.
        ae_launch_setup (str | Unset): Shell setup commands run before the launch script.
        ae_active (str | Unset): Any value = active; absent = inactive.
    """

    action: EditAction
    ae_launch_name: str
    pcl_call: int | Unset = 1
    pc_username: str | Unset = UNSET
    experiment: str | Unset = UNSET
    role: Role | Unset = UNSET
    ae_launch_host: str | Unset = UNSET
    ae_launch_account: str | Unset = UNSET
    ae_launch_setup: str | Unset = UNSET
    ae_active: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        ae_launch_name = self.ae_launch_name

        pcl_call = self.pcl_call

        pc_username = self.pc_username

        experiment = self.experiment

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        ae_launch_host = self.ae_launch_host

        ae_launch_account = self.ae_launch_account

        ae_launch_setup = self.ae_launch_setup

        ae_active = self.ae_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "ae_launch_name": ae_launch_name,
            }
        )
        if pcl_call is not UNSET:
            field_dict["pcl_call"] = pcl_call
        if pc_username is not UNSET:
            field_dict["pc_username"] = pc_username
        if experiment is not UNSET:
            field_dict["experiment"] = experiment
        if role is not UNSET:
            field_dict["role"] = role
        if ae_launch_host is not UNSET:
            field_dict["ae_launch_host"] = ae_launch_host
        if ae_launch_account is not UNSET:
            field_dict["ae_launch_account"] = ae_launch_account
        if ae_launch_setup is not UNSET:
            field_dict["ae_launch_setup"] = ae_launch_setup
        if ae_active is not UNSET:
            field_dict["ae_active"] = ae_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = EditAction(d.pop("action"))

        ae_launch_name = d.pop("ae_launch_name")

        pcl_call = d.pop("pcl_call", UNSET)

        pc_username = d.pop("pc_username", UNSET)

        experiment = d.pop("experiment", UNSET)

        _role = d.pop("role", UNSET)
        role: Role | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = Role(_role)

        ae_launch_host = d.pop("ae_launch_host", UNSET)

        ae_launch_account = d.pop("ae_launch_account", UNSET)

        ae_launch_setup = d.pop("ae_launch_setup", UNSET)

        ae_active = d.pop("ae_active", UNSET)

        edit_login_setup_request = cls(
            action=action,
            ae_launch_name=ae_launch_name,
            pcl_call=pcl_call,
            pc_username=pc_username,
            experiment=experiment,
            role=role,
            ae_launch_host=ae_launch_host,
            ae_launch_account=ae_launch_account,
            ae_launch_setup=ae_launch_setup,
            ae_active=ae_active,
        )

        edit_login_setup_request.additional_properties = d
        return edit_login_setup_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
