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

        creator = d.pop("creator")
        if not (isinstance(creator, int) and not isinstance(creator, bool) and -(2**63) <= creator < 2**63):
            raise TypeError("creator: expected a 64-bit integer, got " + type(creator).__name__)

        created = d.pop("created")
        if not (isinstance(created, str)):
            raise TypeError("created: expected a string, got " + type(created).__name__)

        def _parse_updater(data: object) -> int | None:
            if data is None:
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

        updater = _parse_updater(d.pop("updater"))

        def _parse_updated(data: object) -> None | str:
            if data is None:
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

        updated = _parse_updated(d.pop("updated"))

        vo_role = d.pop("vo_role")
        if not (isinstance(vo_role, str)):
            raise TypeError("vo_role: expected a string, got " + type(vo_role).__name__)

        def _parse_cs_last_split(data: object) -> int | None:
            if data is None:
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

        cs_last_split = _parse_cs_last_split(d.pop("cs_last_split"))

        def _parse_cs_split_type(data: object) -> None | str:
            if data is None:
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

        cs_split_type = _parse_cs_split_type(d.pop("cs_split_type"))

        def _parse_cs_split_dimensions(data: object) -> None | str:
            if data is None:
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

        cs_split_dimensions = _parse_cs_split_dimensions(d.pop("cs_split_dimensions"))

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

        def _parse_param_overrides(data: object) -> list[list[str]] | None:
            if data is None:
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

                    test_param_overrides_type_0.append(componentsschemas_param_override_list_item)

                return test_param_overrides_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            test_param_overrides_type_1 = data
            if not (test_param_overrides_type_1 is None):
                raise TypeError(
                    "test_param_overrides: expected the documented type, got "
                    + type(test_param_overrides_type_1).__name__
                )

            return test_param_overrides_type_1

        test_param_overrides = _parse_test_param_overrides(d.pop("test_param_overrides"))

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

        def _parse_hold_experimenter_id(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not True:
                    raise TypeError()
                hold_experimenter_id_type_0 = data
                if not (
                    isinstance(hold_experimenter_id_type_0, int)
                    and not isinstance(hold_experimenter_id_type_0, bool)
                    and -(2**63) <= hold_experimenter_id_type_0 < 2**63
                ):
                    raise TypeError(
                        "hold_experimenter_id: expected a 64-bit integer, got "
                        + type(hold_experimenter_id_type_0).__name__
                    )

                return hold_experimenter_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            hold_experimenter_id_type_1 = data
            if not (hold_experimenter_id_type_1 is None):
                raise TypeError(
                    "hold_experimenter_id: expected the documented type, got "
                    + type(hold_experimenter_id_type_1).__name__
                )

            return hold_experimenter_id_type_1

        hold_experimenter_id = _parse_hold_experimenter_id(d.pop("hold_experimenter_id"))

        creator_role = d.pop("creator_role")
        if not (isinstance(creator_role, str)):
            raise TypeError("creator_role: expected a string, got " + type(creator_role).__name__)

        def _parse_role_held_with(data: object) -> None | str:
            if data is None:
                return data
            try:
                if not True:
                    raise TypeError()
                role_held_with_type_0 = data
                if not (isinstance(role_held_with_type_0, str)):
                    raise TypeError("role_held_with: expected a string, got " + type(role_held_with_type_0).__name__)

                return role_held_with_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            role_held_with_type_1 = data
            if not (role_held_with_type_1 is None):
                raise TypeError(
                    "role_held_with: expected the documented type, got " + type(role_held_with_type_1).__name__
                )

            return role_held_with_type_1

        role_held_with = _parse_role_held_with(d.pop("role_held_with"))

        campaign_stage_type = d.pop("campaign_stage_type")
        if not (isinstance(campaign_stage_type, str)):
            raise TypeError("campaign_stage_type: expected a string, got " + type(campaign_stage_type).__name__)

        def _parse_merge_overrides(data: object) -> bool | None:
            if data is None:
                return data
            try:
                if not True:
                    raise TypeError()
                merge_overrides_type_0 = data
                if not (isinstance(merge_overrides_type_0, bool)):
                    raise TypeError(
                        "merge_overrides: expected true or false, got " + type(merge_overrides_type_0).__name__
                    )

                return merge_overrides_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            merge_overrides_type_1 = data
            if not (merge_overrides_type_1 is None):
                raise TypeError(
                    "merge_overrides: expected the documented type, got " + type(merge_overrides_type_1).__name__
                )

            return merge_overrides_type_1

        merge_overrides = _parse_merge_overrides(d.pop("merge_overrides"))

        def _parse_output_ancestor_depth(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not True:
                    raise TypeError()
                output_ancestor_depth_type_0 = data
                if not (
                    isinstance(output_ancestor_depth_type_0, int)
                    and not isinstance(output_ancestor_depth_type_0, bool)
                    and -(2**63) <= output_ancestor_depth_type_0 < 2**63
                ):
                    raise TypeError(
                        "output_ancestor_depth: expected a 64-bit integer, got "
                        + type(output_ancestor_depth_type_0).__name__
                    )

                return output_ancestor_depth_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            output_ancestor_depth_type_1 = data
            if not (output_ancestor_depth_type_1 is None):
                raise TypeError(
                    "output_ancestor_depth: expected the documented type, got "
                    + type(output_ancestor_depth_type_1).__name__
                )

            return output_ancestor_depth_type_1

        output_ancestor_depth = _parse_output_ancestor_depth(d.pop("output_ancestor_depth"))

        def _parse_campaign_id(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not True:
                    raise TypeError()
                campaign_id_type_0 = data
                if not (
                    isinstance(campaign_id_type_0, int)
                    and not isinstance(campaign_id_type_0, bool)
                    and -(2**63) <= campaign_id_type_0 < 2**63
                ):
                    raise TypeError("campaign_id: expected a 64-bit integer, got " + type(campaign_id_type_0).__name__)

                return campaign_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            campaign_id_type_1 = data
            if not (campaign_id_type_1 is None):
                raise TypeError("campaign_id: expected the documented type, got " + type(campaign_id_type_1).__name__)

            return campaign_id_type_1

        campaign_id = _parse_campaign_id(d.pop("campaign_id"))

        def _parse_test_split_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                test_split_type_type_0 = data
                if not (isinstance(test_split_type_type_0, str)):
                    raise TypeError("test_split_type: expected a string, got " + type(test_split_type_type_0).__name__)

                return test_split_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            test_split_type_type_1 = data
            if not (test_split_type_type_1 is None):
                raise TypeError(
                    "test_split_type: expected the documented type, got " + type(test_split_type_type_1).__name__
                )

            return test_split_type_type_1

        test_split_type = _parse_test_split_type(d.pop("test_split_type", UNSET))

        default_clear_cronjob = d.pop("default_clear_cronjob", UNSET)
        if not (isinstance(default_clear_cronjob, bool)) and default_clear_cronjob is not UNSET:
            raise TypeError(
                "default_clear_cronjob: expected true or false, got " + type(default_clear_cronjob).__name__
            )

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
            if not True:
                raise TypeError()
            experimenter_creator_obj_type_1 = data
            if not (experimenter_creator_obj_type_1 is None):
                raise TypeError(
                    "experimenter_creator_obj: expected the documented type, got "
                    + type(experimenter_creator_obj_type_1).__name__
                )

            return experimenter_creator_obj_type_1

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
            if not True:
                raise TypeError()
            experimenter_updater_obj_type_1 = data
            if not (experimenter_updater_obj_type_1 is None):
                raise TypeError(
                    "experimenter_updater_obj: expected the documented type, got "
                    + type(experimenter_updater_obj_type_1).__name__
                )

            return experimenter_updater_obj_type_1

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
            if not True:
                raise TypeError()
            experimenter_holder_obj_type_1 = data
            if not (experimenter_holder_obj_type_1 is None):
                raise TypeError(
                    "experimenter_holder_obj: expected the documented type, got "
                    + type(experimenter_holder_obj_type_1).__name__
                )

            return experimenter_holder_obj_type_1

        experimenter_holder_obj = _parse_experimenter_holder_obj(d.pop("experimenter_holder_obj", UNSET))

        experiment_obj = d.pop("experiment_obj", UNSET)
        if not (experiment_obj is None) and experiment_obj is not UNSET:
            raise TypeError("experiment_obj: expected the documented type, got " + type(experiment_obj).__name__)

        job_type_obj = d.pop("job_type_obj", UNSET)
        if not (job_type_obj is None) and job_type_obj is not UNSET:
            raise TypeError("job_type_obj: expected the documented type, got " + type(job_type_obj).__name__)

        login_setup_obj = d.pop("login_setup_obj", UNSET)
        if not (login_setup_obj is None) and login_setup_obj is not UNSET:
            raise TypeError("login_setup_obj: expected the documented type, got " + type(login_setup_obj).__name__)

        _campaign_obj = d.pop("campaign_obj", UNSET)
        campaign_obj: CampaignRef | Unset
        if isinstance(_campaign_obj, Unset):
            campaign_obj = UNSET
        else:
            campaign_obj = CampaignRef.from_dict(_campaign_obj)

        providers = d.pop("providers", UNSET)
        if not (providers is None) and providers is not UNSET:
            raise TypeError("providers: expected the documented type, got " + type(providers).__name__)

        consumers = d.pop("consumers", UNSET)
        if not (consumers is None) and consumers is not UNSET:
            raise TypeError("consumers: expected the documented type, got " + type(consumers).__name__)

        consumer_associations = d.pop("consumer_associations", UNSET)
        if not (consumer_associations is None) and consumer_associations is not UNSET:
            raise TypeError(
                "consumer_associations: expected the documented type, got " + type(consumer_associations).__name__
            )

        provider_associations = d.pop("provider_associations", UNSET)
        if not (provider_associations is None) and provider_associations is not UNSET:
            raise TypeError(
                "provider_associations: expected the documented type, got " + type(provider_associations).__name__
            )

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

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        campaign_stage.additional_properties = additional_properties
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
