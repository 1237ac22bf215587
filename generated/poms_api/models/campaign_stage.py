from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_ref import CampaignRef
    from ..models.experimenter import Experimenter


T = TypeVar("T", bound="CampaignStage")


@_attrs_define
class CampaignStage:
    """A campaign stage (`campaign_stages` row).

    Attributes:
        campaign_stage_id (int):
        experiment (str):
        name (str):
        job_type_id (int):
        creator (int):
        created (str): Database timestamp as rendered by the server: `YYYY-MM-DDTHH:MM:SS`, no zone designator and no
            fraction (not RFC 3339). Example: 2019-09-10T11:28:29.
        updater (int | None):
        updated (None | str):
        vo_role (str): VO role of the jobs, e.g. `Analysis`, `Production`.
        cs_last_split (int | None): Position of the last split launched.
        cs_split_type (None | str): Split type, e.g. `drainingn(10)`; the string `None` means no split.
        cs_split_dimensions (None | str):
        dataset (str): Dataset or split data (may be the string `None`).
        software_version (str):
        login_setup_id (int):
        param_overrides (list[list[str]] | None):
        test_param_overrides (list[list[str]] | None):
        completion_type (str): `located` (default) or `complete`.
        completion_pct (int):
        hold_experimenter_id (int | None): Who holds the stage's launches.
        creator_role (str):
        role_held_with (None | str):
        campaign_stage_type (str): e.g. `regular`, `test`, `approval`, `datatransfer`.
        merge_overrides (bool | None):
        output_ancestor_depth (int | None):
        campaign_id (int | None):
        test_split_type (None | str | Unset):
        default_clear_cronjob (bool | Unset):
        experimenter_creator_obj (Experimenter | None | Unset):
        experimenter_updater_obj (Experimenter | None | Unset):
        experimenter_holder_obj (Experimenter | None | Unset):
        experiment_obj (None | Unset): Relationship key, always null.
        job_type_obj (None | Unset): Relationship key, always null (see JobType for the row).
        login_setup_obj (None | Unset): Relationship key, always null (see LoginSetup for the row).
        campaign_obj (CampaignRef | Unset): How the server renders a row's campaign relationship (`campaign_obj`).
        providers (None | Unset): Relationship key, always null.
        consumers (None | Unset): Relationship key, always null.
        consumer_associations (None | Unset): Relationship key, always null.
        provider_associations (None | Unset): Relationship key, always null.
    """

    campaign_stage_id: int
    experiment: str
    name: str
    job_type_id: int
    creator: int
    created: str
    updater: int | None
    updated: None | str
    vo_role: str
    cs_last_split: int | None
    cs_split_type: None | str
    cs_split_dimensions: None | str
    dataset: str
    software_version: str
    login_setup_id: int
    param_overrides: list[list[str]] | None
    test_param_overrides: list[list[str]] | None
    completion_type: str
    completion_pct: int
    hold_experimenter_id: int | None
    creator_role: str
    role_held_with: None | str
    campaign_stage_type: str
    merge_overrides: bool | None
    output_ancestor_depth: int | None
    campaign_id: int | None
    test_split_type: None | str | Unset = UNSET
    default_clear_cronjob: bool | Unset = UNSET
    experimenter_creator_obj: Experimenter | None | Unset = UNSET
    experimenter_updater_obj: Experimenter | None | Unset = UNSET
    experimenter_holder_obj: Experimenter | None | Unset = UNSET
    experiment_obj: None | Unset = UNSET
    job_type_obj: None | Unset = UNSET
    login_setup_obj: None | Unset = UNSET
    campaign_obj: CampaignRef | Unset = UNSET
    providers: None | Unset = UNSET
    consumers: None | Unset = UNSET
    consumer_associations: None | Unset = UNSET
    provider_associations: None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.campaign_ref import CampaignRef  # noqa: PLC0415
        from ..models.experimenter import Experimenter  # noqa: PLC0415

        campaign_stage_id = self.campaign_stage_id

        experiment = self.experiment

        name = self.name

        job_type_id = self.job_type_id

        creator = self.creator

        created = self.created

        updater: int | None
        updater = self.updater

        updated: None | str
        updated = self.updated

        vo_role = self.vo_role

        cs_last_split: int | None
        cs_last_split = self.cs_last_split

        cs_split_type: None | str
        cs_split_type = self.cs_split_type

        cs_split_dimensions: None | str
        cs_split_dimensions = self.cs_split_dimensions

        dataset = self.dataset

        software_version = self.software_version

        login_setup_id = self.login_setup_id

        param_overrides: list[list[str]] | None
        if isinstance(self.param_overrides, list):
            param_overrides = []
            for componentsschemas_param_override_list_item_data in self.param_overrides:
                componentsschemas_param_override_list_item = componentsschemas_param_override_list_item_data

                param_overrides.append(componentsschemas_param_override_list_item)

        else:
            param_overrides = self.param_overrides

        test_param_overrides: list[list[str]] | None
        if isinstance(self.test_param_overrides, list):
            test_param_overrides = []
            for componentsschemas_param_override_list_item_data in self.test_param_overrides:
                componentsschemas_param_override_list_item = componentsschemas_param_override_list_item_data

                test_param_overrides.append(componentsschemas_param_override_list_item)

        else:
            test_param_overrides = self.test_param_overrides

        completion_type = self.completion_type

        completion_pct = self.completion_pct

        hold_experimenter_id: int | None
        hold_experimenter_id = self.hold_experimenter_id

        creator_role = self.creator_role

        role_held_with: None | str
        role_held_with = self.role_held_with

        campaign_stage_type = self.campaign_stage_type

        merge_overrides: bool | None
        merge_overrides = self.merge_overrides

        output_ancestor_depth: int | None
        output_ancestor_depth = self.output_ancestor_depth

        campaign_id: int | None
        campaign_id = self.campaign_id

        test_split_type: None | str | Unset
        if isinstance(self.test_split_type, Unset):
            test_split_type = UNSET
        else:
            test_split_type = self.test_split_type

        default_clear_cronjob = self.default_clear_cronjob

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

        experimenter_holder_obj: dict[str, Any] | None | Unset
        if isinstance(self.experimenter_holder_obj, Unset):
            experimenter_holder_obj = UNSET
        elif isinstance(self.experimenter_holder_obj, Experimenter):
            experimenter_holder_obj = self.experimenter_holder_obj.to_dict()
        else:
            experimenter_holder_obj = self.experimenter_holder_obj

        experiment_obj = self.experiment_obj

        job_type_obj = self.job_type_obj

        login_setup_obj = self.login_setup_obj

        campaign_obj: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign_obj, Unset):
            campaign_obj = self.campaign_obj.to_dict()

        providers = self.providers

        consumers = self.consumers

        consumer_associations = self.consumer_associations

        provider_associations = self.provider_associations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_stage_id": campaign_stage_id,
                "experiment": experiment,
                "name": name,
                "job_type_id": job_type_id,
                "creator": creator,
                "created": created,
                "updater": updater,
                "updated": updated,
                "vo_role": vo_role,
                "cs_last_split": cs_last_split,
                "cs_split_type": cs_split_type,
                "cs_split_dimensions": cs_split_dimensions,
                "dataset": dataset,
                "software_version": software_version,
                "login_setup_id": login_setup_id,
                "param_overrides": param_overrides,
                "test_param_overrides": test_param_overrides,
                "completion_type": completion_type,
                "completion_pct": completion_pct,
                "hold_experimenter_id": hold_experimenter_id,
                "creator_role": creator_role,
                "role_held_with": role_held_with,
                "campaign_stage_type": campaign_stage_type,
                "merge_overrides": merge_overrides,
                "output_ancestor_depth": output_ancestor_depth,
                "campaign_id": campaign_id,
            }
        )
        if test_split_type is not UNSET:
            field_dict["test_split_type"] = test_split_type
        if default_clear_cronjob is not UNSET:
            field_dict["default_clear_cronjob"] = default_clear_cronjob
        if experimenter_creator_obj is not UNSET:
            field_dict["experimenter_creator_obj"] = experimenter_creator_obj
        if experimenter_updater_obj is not UNSET:
            field_dict["experimenter_updater_obj"] = experimenter_updater_obj
        if experimenter_holder_obj is not UNSET:
            field_dict["experimenter_holder_obj"] = experimenter_holder_obj
        if experiment_obj is not UNSET:
            field_dict["experiment_obj"] = experiment_obj
        if job_type_obj is not UNSET:
            field_dict["job_type_obj"] = job_type_obj
        if login_setup_obj is not UNSET:
            field_dict["login_setup_obj"] = login_setup_obj
        if campaign_obj is not UNSET:
            field_dict["campaign_obj"] = campaign_obj
        if providers is not UNSET:
            field_dict["providers"] = providers
        if consumers is not UNSET:
            field_dict["consumers"] = consumers
        if consumer_associations is not UNSET:
            field_dict["consumer_associations"] = consumer_associations
        if provider_associations is not UNSET:
            field_dict["provider_associations"] = provider_associations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_ref import CampaignRef  # noqa: PLC0415
        from ..models.experimenter import Experimenter  # noqa: PLC0415

        d = dict(src_dict)
        campaign_stage_id = d.pop("campaign_stage_id")

        experiment = d.pop("experiment")

        name = d.pop("name")

        job_type_id = d.pop("job_type_id")

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

        vo_role = d.pop("vo_role")

        def _parse_cs_last_split(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        cs_last_split = _parse_cs_last_split(d.pop("cs_last_split"))

        def _parse_cs_split_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cs_split_type = _parse_cs_split_type(d.pop("cs_split_type"))

        def _parse_cs_split_dimensions(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cs_split_dimensions = _parse_cs_split_dimensions(d.pop("cs_split_dimensions"))

        dataset = d.pop("dataset")

        software_version = d.pop("software_version")

        login_setup_id = d.pop("login_setup_id")

        def _parse_param_overrides(data: object) -> list[list[str]] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                param_overrides_type_0 = []
                _param_overrides_type_0 = data
                for componentsschemas_param_override_list_item_data in _param_overrides_type_0:
                    componentsschemas_param_override_list_item = cast(
                        list[str], componentsschemas_param_override_list_item_data
                    )

                    param_overrides_type_0.append(componentsschemas_param_override_list_item)

                return param_overrides_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[list[str]] | None, data)

        param_overrides = _parse_param_overrides(d.pop("param_overrides"))

        def _parse_test_param_overrides(data: object) -> list[list[str]] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                test_param_overrides_type_0 = []
                _test_param_overrides_type_0 = data
                for componentsschemas_param_override_list_item_data in _test_param_overrides_type_0:
                    componentsschemas_param_override_list_item = cast(
                        list[str], componentsschemas_param_override_list_item_data
                    )

                    test_param_overrides_type_0.append(componentsschemas_param_override_list_item)

                return test_param_overrides_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[list[str]] | None, data)

        test_param_overrides = _parse_test_param_overrides(d.pop("test_param_overrides"))

        completion_type = d.pop("completion_type")

        completion_pct = d.pop("completion_pct")

        def _parse_hold_experimenter_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        hold_experimenter_id = _parse_hold_experimenter_id(d.pop("hold_experimenter_id"))

        creator_role = d.pop("creator_role")

        def _parse_role_held_with(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        role_held_with = _parse_role_held_with(d.pop("role_held_with"))

        campaign_stage_type = d.pop("campaign_stage_type")

        def _parse_merge_overrides(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        merge_overrides = _parse_merge_overrides(d.pop("merge_overrides"))

        def _parse_output_ancestor_depth(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        output_ancestor_depth = _parse_output_ancestor_depth(d.pop("output_ancestor_depth"))

        def _parse_campaign_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        campaign_id = _parse_campaign_id(d.pop("campaign_id"))

        def _parse_test_split_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        test_split_type = _parse_test_split_type(d.pop("test_split_type", UNSET))

        default_clear_cronjob = d.pop("default_clear_cronjob", UNSET)

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

        def _parse_experimenter_holder_obj(data: object) -> Experimenter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                experimenter_holder_obj_type_0 = Experimenter.from_dict(data)

                return experimenter_holder_obj_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Experimenter | None | Unset, data)

        experimenter_holder_obj = _parse_experimenter_holder_obj(d.pop("experimenter_holder_obj", UNSET))

        experiment_obj = d.pop("experiment_obj", UNSET)

        job_type_obj = d.pop("job_type_obj", UNSET)

        login_setup_obj = d.pop("login_setup_obj", UNSET)

        _campaign_obj = d.pop("campaign_obj", UNSET)
        campaign_obj: CampaignRef | Unset
        if isinstance(_campaign_obj, Unset):
            campaign_obj = UNSET
        else:
            campaign_obj = CampaignRef.from_dict(_campaign_obj)

        providers = d.pop("providers", UNSET)

        consumers = d.pop("consumers", UNSET)

        consumer_associations = d.pop("consumer_associations", UNSET)

        provider_associations = d.pop("provider_associations", UNSET)

        campaign_stage = cls(
            campaign_stage_id=campaign_stage_id,
            experiment=experiment,
            name=name,
            job_type_id=job_type_id,
            creator=creator,
            created=created,
            updater=updater,
            updated=updated,
            vo_role=vo_role,
            cs_last_split=cs_last_split,
            cs_split_type=cs_split_type,
            cs_split_dimensions=cs_split_dimensions,
            dataset=dataset,
            software_version=software_version,
            login_setup_id=login_setup_id,
            param_overrides=param_overrides,
            test_param_overrides=test_param_overrides,
            completion_type=completion_type,
            completion_pct=completion_pct,
            hold_experimenter_id=hold_experimenter_id,
            creator_role=creator_role,
            role_held_with=role_held_with,
            campaign_stage_type=campaign_stage_type,
            merge_overrides=merge_overrides,
            output_ancestor_depth=output_ancestor_depth,
            campaign_id=campaign_id,
            test_split_type=test_split_type,
            default_clear_cronjob=default_clear_cronjob,
            experimenter_creator_obj=experimenter_creator_obj,
            experimenter_updater_obj=experimenter_updater_obj,
            experimenter_holder_obj=experimenter_holder_obj,
            experiment_obj=experiment_obj,
            job_type_obj=job_type_obj,
            login_setup_obj=login_setup_obj,
            campaign_obj=campaign_obj,
            providers=providers,
            consumers=consumers,
            consumer_associations=consumer_associations,
            provider_associations=provider_associations,
        )

        campaign_stage.additional_properties = d
        return campaign_stage

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
