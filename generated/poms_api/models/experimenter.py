from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Experimenter")


@_attrs_define
class Experimenter:
    """A POMS user (`experimenters` row). Relationship keys `exp_expers` and `exp_watch` are always null.

    Attributes:
        experimenter_id (int):
        first_name (str):
        last_name (None | str):
        username (str): Fermilab username.
        last_login (str): Database timestamp as rendered by the server: `YYYY-MM-DDTHH:MM:SS`, no zone designator and no
            fraction (not RFC 3339). Example: 2019-09-10T11:28:29.
        session_experiment (str): Stored default experiment (used when a request omits experiment or role).
        session_role (str): Stored default role.
        root (bool): POMS superuser.
        exp_expers (None | Unset): Relationship key, always null.
        exp_watch (None | Unset): Relationship key, always null.
    """

    experimenter_id: int
    first_name: str
    last_name: None | str
    username: str
    last_login: str
    session_experiment: str
    session_role: str
    root: bool
    exp_expers: None | Unset = UNSET
    exp_watch: None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        experimenter_id = self.experimenter_id

        first_name = self.first_name

        last_name: None | str
        last_name = self.last_name

        username = self.username

        last_login = self.last_login

        session_experiment = self.session_experiment

        session_role = self.session_role

        root = self.root

        exp_expers = self.exp_expers

        exp_watch = self.exp_watch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "experimenter_id": experimenter_id,
                "first_name": first_name,
                "last_name": last_name,
                "username": username,
                "last_login": last_login,
                "session_experiment": session_experiment,
                "session_role": session_role,
                "root": root,
            }
        )
        if exp_expers is not UNSET:
            field_dict["exp_expers"] = exp_expers
        if exp_watch is not UNSET:
            field_dict["exp_watch"] = exp_watch

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        experimenter_id = d.pop("experimenter_id")

        first_name = d.pop("first_name")

        def _parse_last_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_name = _parse_last_name(d.pop("last_name"))

        username = d.pop("username")

        last_login = d.pop("last_login")

        session_experiment = d.pop("session_experiment")

        session_role = d.pop("session_role")

        root = d.pop("root")

        exp_expers = d.pop("exp_expers", UNSET)

        exp_watch = d.pop("exp_watch", UNSET)

        experimenter = cls(
            experimenter_id=experimenter_id,
            first_name=first_name,
            last_name=last_name,
            username=username,
            last_login=last_login,
            session_experiment=session_experiment,
            session_role=session_role,
            root=root,
            exp_expers=exp_expers,
            exp_watch=exp_watch,
        )

        experimenter.additional_properties = d
        return experimenter

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
