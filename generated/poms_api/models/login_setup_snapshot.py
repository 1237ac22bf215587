from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoginSetupSnapshot")


@_attrs_define
class LoginSetupSnapshot:
    """Copy of a login setup taken when a submission was created (`login_setup_snapshots` row).

    Attributes:
        login_setup_snapshot_id (int):
        login_setup_id (int):
        experiment (str):
        launch_host (str):
        launch_account (str):
        launch_setup (str):
        creator (int):
        created (str): Database timestamp as rendered by the server: `YYYY-MM-DDTHH:MM:SS`, no zone designator and no
            fraction (not RFC 3339). Example: 2019-09-10T11:28:29.
        name (str):
        updater (int | None | Unset):
        updated (None | str | Unset):
        login_setup (None | Unset): Relationship key, always null.
    """

    login_setup_snapshot_id: int
    login_setup_id: int
    experiment: str
    launch_host: str
    launch_account: str
    launch_setup: str
    creator: int
    created: str
    name: str
    updater: int | None | Unset = UNSET
    updated: None | str | Unset = UNSET
    login_setup: None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        login_setup_snapshot_id = self.login_setup_snapshot_id

        login_setup_id = self.login_setup_id

        experiment = self.experiment

        launch_host = self.launch_host

        launch_account = self.launch_account

        launch_setup = self.launch_setup

        creator = self.creator

        created = self.created

        name = self.name

        updater: int | None | Unset
        if isinstance(self.updater, Unset):
            updater = UNSET
        else:
            updater = self.updater

        updated: None | str | Unset
        if isinstance(self.updated, Unset):
            updated = UNSET
        else:
            updated = self.updated

        login_setup = self.login_setup

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "login_setup_snapshot_id": login_setup_snapshot_id,
                "login_setup_id": login_setup_id,
                "experiment": experiment,
                "launch_host": launch_host,
                "launch_account": launch_account,
                "launch_setup": launch_setup,
                "creator": creator,
                "created": created,
                "name": name,
            }
        )
        if updater is not UNSET:
            field_dict["updater"] = updater
        if updated is not UNSET:
            field_dict["updated"] = updated
        if login_setup is not UNSET:
            field_dict["login_setup"] = login_setup

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        login_setup_snapshot_id = d.pop("login_setup_snapshot_id")
        if not (
            isinstance(login_setup_snapshot_id, int)
            and not isinstance(login_setup_snapshot_id, bool)
            and -(2**63) <= login_setup_snapshot_id < 2**63
        ):
            raise TypeError(
                "login_setup_snapshot_id: expected a 64-bit integer, got " + type(login_setup_snapshot_id).__name__
            )

        login_setup_id = d.pop("login_setup_id")
        if not (
            isinstance(login_setup_id, int)
            and not isinstance(login_setup_id, bool)
            and -(2**63) <= login_setup_id < 2**63
        ):
            raise TypeError("login_setup_id: expected a 64-bit integer, got " + type(login_setup_id).__name__)

        experiment = d.pop("experiment")
        if not (isinstance(experiment, str)):
            raise TypeError("experiment: expected a string, got " + type(experiment).__name__)

        launch_host = d.pop("launch_host")
        if not (isinstance(launch_host, str)):
            raise TypeError("launch_host: expected a string, got " + type(launch_host).__name__)

        launch_account = d.pop("launch_account")
        if not (isinstance(launch_account, str)):
            raise TypeError("launch_account: expected a string, got " + type(launch_account).__name__)

        launch_setup = d.pop("launch_setup")
        if not (isinstance(launch_setup, str)):
            raise TypeError("launch_setup: expected a string, got " + type(launch_setup).__name__)

        creator = d.pop("creator")
        if not (isinstance(creator, int) and not isinstance(creator, bool) and -(2**63) <= creator < 2**63):
            raise TypeError("creator: expected a 64-bit integer, got " + type(creator).__name__)

        created = d.pop("created")
        if not (isinstance(created, str)):
            raise TypeError("created: expected a string, got " + type(created).__name__)

        name = d.pop("name")
        if not (isinstance(name, str)):
            raise TypeError("name: expected a string, got " + type(name).__name__)

        def _parse_updater(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                updater_type_0 = data
                if not (
                    isinstance(updater_type_0, int)
                    and not isinstance(updater_type_0, bool)
                    and -(2**63) <= updater_type_0 < 2**63
                ):
                    raise TypeError("updater: expected a 64-bit integer, got " + type(updater_type_0).__name__)

                return updater_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            updater_type_1 = data
            if not (updater_type_1 is None):
                raise TypeError("updater: expected the documented type, got " + type(updater_type_1).__name__)

            return updater_type_1

        updater = _parse_updater(d.pop("updater", UNSET))

        def _parse_updated(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                updated_type_0 = data
                if not (isinstance(updated_type_0, str)):
                    raise TypeError("updated: expected a string, got " + type(updated_type_0).__name__)

                return updated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            updated_type_1 = data
            if not (updated_type_1 is None):
                raise TypeError("updated: expected the documented type, got " + type(updated_type_1).__name__)

            return updated_type_1

        updated = _parse_updated(d.pop("updated", UNSET))

        login_setup = d.pop("login_setup", UNSET)
        if not (login_setup is None) and login_setup is not UNSET:
            raise TypeError("login_setup: expected the documented type, got " + type(login_setup).__name__)

        login_setup_snapshot = cls(
            login_setup_snapshot_id=login_setup_snapshot_id,
            login_setup_id=login_setup_id,
            experiment=experiment,
            launch_host=launch_host,
            launch_account=launch_account,
            launch_setup=launch_setup,
            creator=creator,
            created=created,
            name=name,
            updater=updater,
            updated=updated,
            login_setup=login_setup,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        login_setup_snapshot.additional_properties = additional_properties
        return login_setup_snapshot

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
