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
        if not (isinstance(ae_launch_name, str)):
            raise TypeError("ae_launch_name: expected a string, got " + type(ae_launch_name).__name__)

        pcl_call = d.pop("pcl_call", UNSET)
        if (
            not (isinstance(pcl_call, int) and not isinstance(pcl_call, bool) and -(2**63) <= pcl_call < 2**63)
            and pcl_call is not UNSET
        ):
            raise TypeError("pcl_call: expected a 64-bit integer, got " + type(pcl_call).__name__)

        pc_username = d.pop("pc_username", UNSET)
        if not (isinstance(pc_username, str)) and pc_username is not UNSET:
            raise TypeError("pc_username: expected a string, got " + type(pc_username).__name__)

        experiment = d.pop("experiment", UNSET)
        if not (isinstance(experiment, str)) and experiment is not UNSET:
            raise TypeError("experiment: expected a string, got " + type(experiment).__name__)

        _role = d.pop("role", UNSET)
        role: Role | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = Role(_role)

        ae_launch_host = d.pop("ae_launch_host", UNSET)
        if not (isinstance(ae_launch_host, str)) and ae_launch_host is not UNSET:
            raise TypeError("ae_launch_host: expected a string, got " + type(ae_launch_host).__name__)

        ae_launch_account = d.pop("ae_launch_account", UNSET)
        if not (isinstance(ae_launch_account, str)) and ae_launch_account is not UNSET:
            raise TypeError("ae_launch_account: expected a string, got " + type(ae_launch_account).__name__)

        ae_launch_setup = d.pop("ae_launch_setup", UNSET)
        if not (isinstance(ae_launch_setup, str)) and ae_launch_setup is not UNSET:
            raise TypeError("ae_launch_setup: expected a string, got " + type(ae_launch_setup).__name__)

        ae_active = d.pop("ae_active", UNSET)
        if not (isinstance(ae_active, str)) and ae_active is not UNSET:
            raise TypeError("ae_active: expected a string, got " + type(ae_active).__name__)

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

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        edit_login_setup_request.additional_properties = additional_properties
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
