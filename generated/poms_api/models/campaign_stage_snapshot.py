from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignStageSnapshot")


@_attrs_define
class CampaignStageSnapshot:
    """Copy of a stage taken when a submission was created (`campaign_stage_snapshots` row).

    Attributes:
        campaign_stage_snapshot_id (int):
        campaign_stage_id (int):
        experiment (str):
        name (str):
        job_type_id (int):
        vo_role (str):
        creator (int):
        created (str): Database timestamp as rendered by the server: `YYYY-MM-DDTHH:MM:SS`, no zone designator and no
            fraction (not RFC 3339). Example: 2019-09-10T11:28:29.
        dataset (str):
        software_version (str):
        login_setup_id (int):
        completion_type (str):
        completion_pct (int):
        param_overrides (list[list[str]] | None | Unset):
        updater (int | None | Unset):
        updated (None | str | Unset):
        cs_last_split (int | None | Unset):
        cs_split_type (None | str | Unset):
        cs_split_dimensions (None | str | Unset):
        default_clear_cronjob (bool | Unset):
        campaign_stage (None | Unset): Relationship key, always null.
    """

    campaign_stage_snapshot_id: int
    campaign_stage_id: int
    experiment: str
    name: str
    job_type_id: int
    vo_role: str
    creator: int
    created: str
    dataset: str
    software_version: str
    login_setup_id: int
    completion_type: str
    completion_pct: int
    param_overrides: list[list[str]] | None | Unset = UNSET
    updater: int | None | Unset = UNSET
    updated: None | str | Unset = UNSET
    cs_last_split: int | None | Unset = UNSET
    cs_split_type: None | str | Unset = UNSET
    cs_split_dimensions: None | str | Unset = UNSET
    default_clear_cronjob: bool | Unset = UNSET
    campaign_stage: None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_stage_snapshot_id = self.campaign_stage_snapshot_id

        campaign_stage_id = self.campaign_stage_id

        experiment = self.experiment

        name = self.name

        job_type_id = self.job_type_id

        vo_role = self.vo_role

        creator = self.creator

        created = self.created

        dataset = self.dataset

        software_version = self.software_version

        login_setup_id = self.login_setup_id

        completion_type = self.completion_type

        completion_pct = self.completion_pct

        param_overrides: list[list[str]] | None | Unset
        if isinstance(self.param_overrides, Unset):
            param_overrides = UNSET
        elif isinstance(self.param_overrides, list):
            param_overrides = []
            for componentsschemas_param_override_list_item_data in self.param_overrides:
                componentsschemas_param_override_list_item = componentsschemas_param_override_list_item_data

                param_overrides.append(componentsschemas_param_override_list_item)

        else:
            param_overrides = self.param_overrides

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

        cs_last_split: int | None | Unset
        if isinstance(self.cs_last_split, Unset):
            cs_last_split = UNSET
        else:
            cs_last_split = self.cs_last_split

        cs_split_type: None | str | Unset
        if isinstance(self.cs_split_type, Unset):
            cs_split_type = UNSET
        else:
            cs_split_type = self.cs_split_type

        cs_split_dimensions: None | str | Unset
        if isinstance(self.cs_split_dimensions, Unset):
            cs_split_dimensions = UNSET
        else:
            cs_split_dimensions = self.cs_split_dimensions

        default_clear_cronjob = self.default_clear_cronjob

        campaign_stage = self.campaign_stage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_stage_snapshot_id": campaign_stage_snapshot_id,
                "campaign_stage_id": campaign_stage_id,
                "experiment": experiment,
                "name": name,
                "job_type_id": job_type_id,
                "vo_role": vo_role,
                "creator": creator,
                "created": created,
                "dataset": dataset,
                "software_version": software_version,
                "login_setup_id": login_setup_id,
                "completion_type": completion_type,
                "completion_pct": completion_pct,
            }
        )
        if param_overrides is not UNSET:
            field_dict["param_overrides"] = param_overrides
        if updater is not UNSET:
            field_dict["updater"] = updater
        if updated is not UNSET:
            field_dict["updated"] = updated
        if cs_last_split is not UNSET:
            field_dict["cs_last_split"] = cs_last_split
        if cs_split_type is not UNSET:
            field_dict["cs_split_type"] = cs_split_type
        if cs_split_dimensions is not UNSET:
            field_dict["cs_split_dimensions"] = cs_split_dimensions
        if default_clear_cronjob is not UNSET:
            field_dict["default_clear_cronjob"] = default_clear_cronjob
        if campaign_stage is not UNSET:
            field_dict["campaign_stage"] = campaign_stage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign_stage_snapshot_id = d.pop("campaign_stage_snapshot_id")
        if not (
            isinstance(campaign_stage_snapshot_id, int)
            and not isinstance(campaign_stage_snapshot_id, bool)
            and -(2**63) <= campaign_stage_snapshot_id < 2**63
        ):
            raise TypeError(
                "campaign_stage_snapshot_id: expected a 64-bit integer, got "
                + type(campaign_stage_snapshot_id).__name__
            )

        campaign_stage_id = d.pop("campaign_stage_id")
        if not (
            isinstance(campaign_stage_id, int)
            and not isinstance(campaign_stage_id, bool)
            and -(2**63) <= campaign_stage_id < 2**63
        ):
            raise TypeError("campaign_stage_id: expected a 64-bit integer, got " + type(campaign_stage_id).__name__)

        experiment = d.pop("experiment")
        if not (isinstance(experiment, str)):
            raise TypeError("experiment: expected a string, got " + type(experiment).__name__)

        name = d.pop("name")
        if not (isinstance(name, str)):
            raise TypeError("name: expected a string, got " + type(name).__name__)

        job_type_id = d.pop("job_type_id")
        if not (isinstance(job_type_id, int) and not isinstance(job_type_id, bool) and -(2**63) <= job_type_id < 2**63):
            raise TypeError("job_type_id: expected a 64-bit integer, got " + type(job_type_id).__name__)

        vo_role = d.pop("vo_role")
        if not (isinstance(vo_role, str)):
            raise TypeError("vo_role: expected a string, got " + type(vo_role).__name__)

        creator = d.pop("creator")
        if not (isinstance(creator, int) and not isinstance(creator, bool) and -(2**63) <= creator < 2**63):
            raise TypeError("creator: expected a 64-bit integer, got " + type(creator).__name__)

        created = d.pop("created")
        if not (isinstance(created, str)):
            raise TypeError("created: expected a string, got " + type(created).__name__)

        dataset = d.pop("dataset")
        if not (isinstance(dataset, str)):
            raise TypeError("dataset: expected a string, got " + type(dataset).__name__)

        software_version = d.pop("software_version")
        if not (isinstance(software_version, str)):
            raise TypeError("software_version: expected a string, got " + type(software_version).__name__)

        login_setup_id = d.pop("login_setup_id")
        if not (
            isinstance(login_setup_id, int)
            and not isinstance(login_setup_id, bool)
            and -(2**63) <= login_setup_id < 2**63
        ):
            raise TypeError("login_setup_id: expected a 64-bit integer, got " + type(login_setup_id).__name__)

        completion_type = d.pop("completion_type")
        if not (isinstance(completion_type, str)):
            raise TypeError("completion_type: expected a string, got " + type(completion_type).__name__)

        completion_pct = d.pop("completion_pct")
        if not (
            isinstance(completion_pct, int)
            and not isinstance(completion_pct, bool)
            and -(2**63) <= completion_pct < 2**63
        ):
            raise TypeError("completion_pct: expected a 64-bit integer, got " + type(completion_pct).__name__)

        def _parse_param_overrides(data: object) -> list[list[str]] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                param_overrides_type_0 = []
                _param_overrides_type_0 = data
                for componentsschemas_param_override_list_item_data in _param_overrides_type_0:
                    componentsschemas_param_override_list_item = []
                    _componentsschemas_param_override_list_item = componentsschemas_param_override_list_item_data
                    for componentsschemas_key_value_pair_item_data in _componentsschemas_param_override_list_item:
                        componentsschemas_key_value_pair_item = componentsschemas_key_value_pair_item_data
                        if not (isinstance(componentsschemas_key_value_pair_item, str)):
                            raise TypeError(
                                "/components/schemas/KeyValuePair_item: expected a string, got "
                                + type(componentsschemas_key_value_pair_item).__name__
                            )

                        componentsschemas_param_override_list_item.append(componentsschemas_key_value_pair_item)

                    param_overrides_type_0.append(componentsschemas_param_override_list_item)

                return param_overrides_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            param_overrides_type_1 = data
            if not (param_overrides_type_1 is None):
                raise TypeError(
                    "param_overrides: expected the documented type, got " + type(param_overrides_type_1).__name__
                )

            return param_overrides_type_1

        param_overrides = _parse_param_overrides(d.pop("param_overrides", UNSET))

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

        def _parse_cs_last_split(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                cs_last_split_type_0 = data
                if not (
                    isinstance(cs_last_split_type_0, int)
                    and not isinstance(cs_last_split_type_0, bool)
                    and -(2**63) <= cs_last_split_type_0 < 2**63
                ):
                    raise TypeError(
                        "cs_last_split: expected a 64-bit integer, got " + type(cs_last_split_type_0).__name__
                    )

                return cs_last_split_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            cs_last_split_type_1 = data
            if not (cs_last_split_type_1 is None):
                raise TypeError(
                    "cs_last_split: expected the documented type, got " + type(cs_last_split_type_1).__name__
                )

            return cs_last_split_type_1

        cs_last_split = _parse_cs_last_split(d.pop("cs_last_split", UNSET))

        def _parse_cs_split_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                cs_split_type_type_0 = data
                if not (isinstance(cs_split_type_type_0, str)):
                    raise TypeError("cs_split_type: expected a string, got " + type(cs_split_type_type_0).__name__)

                return cs_split_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            cs_split_type_type_1 = data
            if not (cs_split_type_type_1 is None):
                raise TypeError(
                    "cs_split_type: expected the documented type, got " + type(cs_split_type_type_1).__name__
                )

            return cs_split_type_type_1

        cs_split_type = _parse_cs_split_type(d.pop("cs_split_type", UNSET))

        def _parse_cs_split_dimensions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                cs_split_dimensions_type_0 = data
                if not (isinstance(cs_split_dimensions_type_0, str)):
                    raise TypeError(
                        "cs_split_dimensions: expected a string, got " + type(cs_split_dimensions_type_0).__name__
                    )

                return cs_split_dimensions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            cs_split_dimensions_type_1 = data
            if not (cs_split_dimensions_type_1 is None):
                raise TypeError(
                    "cs_split_dimensions: expected the documented type, got "
                    + type(cs_split_dimensions_type_1).__name__
                )

            return cs_split_dimensions_type_1

        cs_split_dimensions = _parse_cs_split_dimensions(d.pop("cs_split_dimensions", UNSET))

        default_clear_cronjob = d.pop("default_clear_cronjob", UNSET)
        if not (isinstance(default_clear_cronjob, bool)) and default_clear_cronjob is not UNSET:
            raise TypeError(
                "default_clear_cronjob: expected true or false, got " + type(default_clear_cronjob).__name__
            )

        campaign_stage = d.pop("campaign_stage", UNSET)
        if not (campaign_stage is None) and campaign_stage is not UNSET:
            raise TypeError("campaign_stage: expected the documented type, got " + type(campaign_stage).__name__)

        campaign_stage_snapshot = cls(
            campaign_stage_snapshot_id=campaign_stage_snapshot_id,
            campaign_stage_id=campaign_stage_id,
            experiment=experiment,
            name=name,
            job_type_id=job_type_id,
            vo_role=vo_role,
            creator=creator,
            created=created,
            dataset=dataset,
            software_version=software_version,
            login_setup_id=login_setup_id,
            completion_type=completion_type,
            completion_pct=completion_pct,
            param_overrides=param_overrides,
            updater=updater,
            updated=updated,
            cs_last_split=cs_last_split,
            cs_split_type=cs_split_type,
            cs_split_dimensions=cs_split_dimensions,
            default_clear_cronjob=default_clear_cronjob,
            campaign_stage=campaign_stage,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        campaign_stage_snapshot.additional_properties = additional_properties
        return campaign_stage_snapshot

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
