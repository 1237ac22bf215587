from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.experimenter import Experimenter


T = TypeVar("T", bound="LoginSetup")


@_attrs_define
class LoginSetup:
    """A login setup (`login_setups` row), as the server renders it where a login setup row is returned (no method of the
    classic client returns one directly; its submissions carry `LoginSetupSnapshot` copies).

        Attributes:
            login_setup_id (int):
            name (str): Unique across all experiments.
            experiment (str):
            launch_host (str):
            launch_account (str):
            launch_setup (str):
            creator (int):
            created (str): Database timestamp as rendered by the server: `YYYY-MM-DDTHH:MM:SS`, no zone designator and no
                fraction (not RFC 3339). Example: 2019-09-10T11:28:29.
            updater (int | None):
            updated (None | str):
            creator_role (str):
            active (bool | None):
            experiment_obj (None | Unset): Relationship key, always null.
            experimenter_creator_obj (Experimenter | None | Unset):
            experimenter_updater_obj (Experimenter | None | Unset):
    """

    login_setup_id: int
    name: str
    experiment: str
    launch_host: str
    launch_account: str
    launch_setup: str
    creator: int
    created: str
    updater: int | None
    updated: None | str
    creator_role: str
    active: bool | None
    experiment_obj: None | Unset = UNSET
    experimenter_creator_obj: Experimenter | None | Unset = UNSET
    experimenter_updater_obj: Experimenter | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.experimenter import Experimenter  # noqa: PLC0415

        login_setup_id = self.login_setup_id

        name = self.name

        experiment = self.experiment

        launch_host = self.launch_host

        launch_account = self.launch_account

        launch_setup = self.launch_setup

        creator = self.creator

        created = self.created

        updater: int | None
        updater = self.updater

        updated: None | str
        updated = self.updated

        creator_role = self.creator_role

        active: bool | None
        active = self.active

        experiment_obj = self.experiment_obj

        experimenter_creator_obj: dict[str, Any] | None | Unset
        if isinstance(self.experimenter_creator_obj, Unset):
            experimenter_creator_obj = UNSET
        elif isinstance(self.experimenter_creator_obj, Experimenter):
            experimenter_creator_obj = self.experimenter_creator_obj.to_dict()
        else:
            experimenter_creator_obj = self.experimenter_creator_obj

        experimenter_updater_obj: dict[str, Any] | None | Unset
        if isinstance(self.experimenter_updater_obj, Unset):
            experimenter_updater_obj = UNSET
        elif isinstance(self.experimenter_updater_obj, Experimenter):
            experimenter_updater_obj = self.experimenter_updater_obj.to_dict()
        else:
            experimenter_updater_obj = self.experimenter_updater_obj

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "login_setup_id": login_setup_id,
                "name": name,
                "experiment": experiment,
                "launch_host": launch_host,
                "launch_account": launch_account,
                "launch_setup": launch_setup,
                "creator": creator,
                "created": created,
                "updater": updater,
                "updated": updated,
                "creator_role": creator_role,
                "active": active,
            }
        )
        if experiment_obj is not UNSET:
            field_dict["experiment_obj"] = experiment_obj
        if experimenter_creator_obj is not UNSET:
            field_dict["experimenter_creator_obj"] = experimenter_creator_obj
        if experimenter_updater_obj is not UNSET:
            field_dict["experimenter_updater_obj"] = experimenter_updater_obj

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.experimenter import Experimenter  # noqa: PLC0415

        d = dict(src_dict)
        login_setup_id = d.pop("login_setup_id")

        name = d.pop("name")

        experiment = d.pop("experiment")

        launch_host = d.pop("launch_host")

        launch_account = d.pop("launch_account")

        launch_setup = d.pop("launch_setup")

        creator = d.pop("creator")

        created = d.pop("created")

        def _parse_updater(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        updater = _parse_updater(d.pop("updater"))

        def _parse_updated(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        updated = _parse_updated(d.pop("updated"))

        creator_role = d.pop("creator_role")

        def _parse_active(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        active = _parse_active(d.pop("active"))

        experiment_obj = d.pop("experiment_obj", UNSET)

        def _parse_experimenter_creator_obj(data: object) -> Experimenter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                experimenter_creator_obj_type_0 = Experimenter.from_dict(data)

                return experimenter_creator_obj_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Experimenter | None | Unset, data)

        experimenter_creator_obj = _parse_experimenter_creator_obj(d.pop("experimenter_creator_obj", UNSET))

        def _parse_experimenter_updater_obj(data: object) -> Experimenter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                experimenter_updater_obj_type_0 = Experimenter.from_dict(data)

                return experimenter_updater_obj_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Experimenter | None | Unset, data)

        experimenter_updater_obj = _parse_experimenter_updater_obj(d.pop("experimenter_updater_obj", UNSET))

        login_setup = cls(
            login_setup_id=login_setup_id,
            name=name,
            experiment=experiment,
            launch_host=launch_host,
            launch_account=launch_account,
            launch_setup=launch_setup,
            creator=creator,
            created=created,
            updater=updater,
            updated=updated,
            creator_role=creator_role,
            active=active,
            experiment_obj=experiment_obj,
            experimenter_creator_obj=experimenter_creator_obj,
            experimenter_updater_obj=experimenter_updater_obj,
        )

        login_setup.additional_properties = d
        return login_setup

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
