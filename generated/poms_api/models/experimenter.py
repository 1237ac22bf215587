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
        if not (
            isinstance(experimenter_id, int)
            and not isinstance(experimenter_id, bool)
            and -(2**63) <= experimenter_id < 2**63
        ):
            raise TypeError("experimenter_id: expected a 64-bit integer, got " + type(experimenter_id).__name__)

        first_name = d.pop("first_name")
        if not (isinstance(first_name, str)):
            raise TypeError("first_name: expected a string, got " + type(first_name).__name__)

        def _parse_last_name(data: object) -> None | str:
            if data is None:
                return data
            try:
                if not True:
                    raise TypeError()
                last_name_type_0 = data
                if not (isinstance(last_name_type_0, str)):
                    raise TypeError("last_name: expected a string, got " + type(last_name_type_0).__name__)

                return last_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            last_name_type_1 = data
            if not (last_name_type_1 is None):
                raise TypeError("last_name: expected the documented type, got " + type(last_name_type_1).__name__)

            return last_name_type_1

        last_name = _parse_last_name(d.pop("last_name"))

        username = d.pop("username")
        if not (isinstance(username, str)):
            raise TypeError("username: expected a string, got " + type(username).__name__)

        last_login = d.pop("last_login")
        if not (isinstance(last_login, str)):
            raise TypeError("last_login: expected a string, got " + type(last_login).__name__)

        session_experiment = d.pop("session_experiment")
        if not (isinstance(session_experiment, str)):
            raise TypeError("session_experiment: expected a string, got " + type(session_experiment).__name__)

        session_role = d.pop("session_role")
        if not (isinstance(session_role, str)):
            raise TypeError("session_role: expected a string, got " + type(session_role).__name__)

        root = d.pop("root")
        if not (isinstance(root, bool)):
            raise TypeError("root: expected true or false, got " + type(root).__name__)

        exp_expers = d.pop("exp_expers", UNSET)
        if not (exp_expers is None) and exp_expers is not UNSET:
            raise TypeError("exp_expers: expected the documented type, got " + type(exp_expers).__name__)

        exp_watch = d.pop("exp_watch", UNSET)
        if not (exp_watch is None) and exp_watch is not UNSET:
            raise TypeError("exp_watch: expected the documented type, got " + type(exp_watch).__name__)

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

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        experimenter.additional_properties = additional_properties
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
