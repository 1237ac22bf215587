from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_campaign_keywords_type_0 import CampaignCampaignKeywordsType0
    from ..models.campaign_defaults import CampaignDefaults
    from ..models.campaign_stage import CampaignStage
    from ..models.experimenter import Experimenter


T = TypeVar("T", bound="Campaign")


@_attrs_define
class Campaign:
    """A campaign (`campaigns` row) with its stages.

    Attributes:
        campaign_id (int):
        experiment (str):
        name (str):
        active (bool):
        defaults (CampaignDefaults | None):
        creator (int): Experimenter id of the creator.
        creator_role (str):
        campaign_type (None | str): e.g. `test`; null for ordinary campaigns.
        campaign_keywords (CampaignCampaignKeywordsType0 | None): Free-form keywords substituted into launches.
        tags (None | Unset): Relationship key, always null.
        exp_watch (None | Unset): Relationship key, always null.
        stages (list[CampaignStage] | Unset):
        experimenter_creator_obj (Experimenter | None | Unset):
    """

    campaign_id: int
    experiment: str
    name: str
    active: bool
    defaults: CampaignDefaults | None
    creator: int
    creator_role: str
    campaign_type: None | str
    campaign_keywords: CampaignCampaignKeywordsType0 | None
    tags: None | Unset = UNSET
    exp_watch: None | Unset = UNSET
    stages: list[CampaignStage] | Unset = UNSET
    experimenter_creator_obj: Experimenter | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.campaign_campaign_keywords_type_0 import CampaignCampaignKeywordsType0  # noqa: PLC0415
        from ..models.campaign_defaults import CampaignDefaults  # noqa: PLC0415
        from ..models.campaign_stage import CampaignStage  # noqa: PLC0415
        from ..models.experimenter import Experimenter  # noqa: PLC0415

        campaign_id = self.campaign_id

        experiment = self.experiment

        name = self.name

        active = self.active

        defaults: dict[str, Any] | None
        if isinstance(self.defaults, CampaignDefaults):
            defaults = self.defaults.to_dict()
        else:
            defaults = self.defaults

        creator = self.creator

        creator_role = self.creator_role

        campaign_type: None | str
        campaign_type = self.campaign_type

        campaign_keywords: dict[str, Any] | None
        if isinstance(self.campaign_keywords, CampaignCampaignKeywordsType0):
            campaign_keywords = self.campaign_keywords.to_dict()
        else:
            campaign_keywords = self.campaign_keywords

        tags = self.tags

        exp_watch = self.exp_watch

        stages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stages, Unset):
            stages = []
            for stages_item_data in self.stages:
                stages_item = stages_item_data.to_dict()
                stages.append(stages_item)

        experimenter_creator_obj: dict[str, Any] | None | Unset
        if isinstance(self.experimenter_creator_obj, Unset):
            experimenter_creator_obj = UNSET
        elif isinstance(self.experimenter_creator_obj, Experimenter):
            experimenter_creator_obj = self.experimenter_creator_obj.to_dict()
        else:
            experimenter_creator_obj = self.experimenter_creator_obj

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_id": campaign_id,
                "experiment": experiment,
                "name": name,
                "active": active,
                "defaults": defaults,
                "creator": creator,
                "creator_role": creator_role,
                "campaign_type": campaign_type,
                "campaign_keywords": campaign_keywords,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags
        if exp_watch is not UNSET:
            field_dict["exp_watch"] = exp_watch
        if stages is not UNSET:
            field_dict["stages"] = stages
        if experimenter_creator_obj is not UNSET:
            field_dict["experimenter_creator_obj"] = experimenter_creator_obj

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_campaign_keywords_type_0 import CampaignCampaignKeywordsType0  # noqa: PLC0415
        from ..models.campaign_defaults import CampaignDefaults  # noqa: PLC0415
        from ..models.campaign_stage import CampaignStage  # noqa: PLC0415
        from ..models.experimenter import Experimenter  # noqa: PLC0415

        d = dict(src_dict)
        campaign_id = d.pop("campaign_id")
        if not (isinstance(campaign_id, int) and not isinstance(campaign_id, bool) and -(2**63) <= campaign_id < 2**63):
            raise TypeError("campaign_id: expected a 64-bit integer, got " + type(campaign_id).__name__)

        experiment = d.pop("experiment")
        if not (isinstance(experiment, str)):
            raise TypeError("experiment: expected a string, got " + type(experiment).__name__)

        name = d.pop("name")
        if not (isinstance(name, str)):
            raise TypeError("name: expected a string, got " + type(name).__name__)

        active = d.pop("active")
        if not (isinstance(active, bool)):
            raise TypeError("active: expected true or false, got " + type(active).__name__)

        def _parse_defaults(data: object) -> CampaignDefaults | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                defaults_type_0 = CampaignDefaults.from_dict(data)

                return defaults_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            defaults_type_1 = data
            if not (defaults_type_1 is None):
                raise TypeError("defaults: expected the documented type, got " + type(defaults_type_1).__name__)

            return defaults_type_1

        defaults = _parse_defaults(d.pop("defaults"))

        creator = d.pop("creator")
        if not (isinstance(creator, int) and not isinstance(creator, bool) and -(2**63) <= creator < 2**63):
            raise TypeError("creator: expected a 64-bit integer, got " + type(creator).__name__)

        creator_role = d.pop("creator_role")
        if not (isinstance(creator_role, str)):
            raise TypeError("creator_role: expected a string, got " + type(creator_role).__name__)

        def _parse_campaign_type(data: object) -> None | str:
            if data is None:
                return data
            try:
                if not True:
                    raise TypeError()
                campaign_type_type_0 = data
                if not (isinstance(campaign_type_type_0, str)):
                    raise TypeError("campaign_type: expected a string, got " + type(campaign_type_type_0).__name__)

                return campaign_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            campaign_type_type_1 = data
            if not (campaign_type_type_1 is None):
                raise TypeError(
                    "campaign_type: expected the documented type, got " + type(campaign_type_type_1).__name__
                )

            return campaign_type_type_1

        campaign_type = _parse_campaign_type(d.pop("campaign_type"))

        def _parse_campaign_keywords(data: object) -> CampaignCampaignKeywordsType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                campaign_keywords_type_0 = CampaignCampaignKeywordsType0.from_dict(data)

                return campaign_keywords_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            campaign_keywords_type_1 = data
            if not (campaign_keywords_type_1 is None):
                raise TypeError(
                    "campaign_keywords: expected the documented type, got " + type(campaign_keywords_type_1).__name__
                )

            return campaign_keywords_type_1

        campaign_keywords = _parse_campaign_keywords(d.pop("campaign_keywords"))

        tags = d.pop("tags", UNSET)
        if not (tags is None) and tags is not UNSET:
            raise TypeError("tags: expected the documented type, got " + type(tags).__name__)

        exp_watch = d.pop("exp_watch", UNSET)
        if not (exp_watch is None) and exp_watch is not UNSET:
            raise TypeError("exp_watch: expected the documented type, got " + type(exp_watch).__name__)

        _stages = d.pop("stages", UNSET)
        stages: list[CampaignStage] | Unset = UNSET
        if _stages is not UNSET:
            stages = []
            for stages_item_data in _stages:
                stages_item = CampaignStage.from_dict(stages_item_data)

                stages.append(stages_item)

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

        campaign = cls(
            campaign_id=campaign_id,
            experiment=experiment,
            name=name,
            active=active,
            defaults=defaults,
            creator=creator,
            creator_role=creator_role,
            campaign_type=campaign_type,
            campaign_keywords=campaign_keywords,
            tags=tags,
            exp_watch=exp_watch,
            stages=stages,
            experimenter_creator_obj=experimenter_creator_obj,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        campaign.additional_properties = additional_properties
        return campaign

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
