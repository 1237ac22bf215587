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

        login_setup_id = d.pop("login_setup_id")

        experiment = d.pop("experiment")

        launch_host = d.pop("launch_host")

        launch_account = d.pop("launch_account")

        launch_setup = d.pop("launch_setup")

        creator = d.pop("creator")

        created = d.pop("created")

        name = d.pop("name")

        def _parse_updater(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        updater = _parse_updater(d.pop("updater", UNSET))

        def _parse_updated(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated = _parse_updated(d.pop("updated", UNSET))

        login_setup = d.pop("login_setup", UNSET)

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

        login_setup_snapshot.additional_properties = d
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
