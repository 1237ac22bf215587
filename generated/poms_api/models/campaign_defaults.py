from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_default_values import CampaignDefaultValues
    from ..models.campaign_defaults_positions_type_0 import CampaignDefaultsPositionsType0


T = TypeVar("T", bound="CampaignDefaults")


@_attrs_define
class CampaignDefaults:
    """The campaign's `defaults` JSON column.

    Attributes:
        defaults (CampaignDefaultValues | Unset): The `[campaign_defaults]` section of the campaign's .ini, as strings.
        positions (CampaignDefaultsPositionsType0 | None | Unset): Node positions saved by the GUI workflow editor (null
            after an .ini upload).
    """

    defaults: CampaignDefaultValues | Unset = UNSET
    positions: CampaignDefaultsPositionsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.campaign_default_values import CampaignDefaultValues  # noqa: PLC0415
        from ..models.campaign_defaults_positions_type_0 import CampaignDefaultsPositionsType0  # noqa: PLC0415

        defaults: dict[str, Any] | Unset = UNSET
        if not isinstance(self.defaults, Unset):
            defaults = self.defaults.to_dict()

        positions: dict[str, Any] | None | Unset
        if isinstance(self.positions, Unset):
            positions = UNSET
        elif isinstance(self.positions, CampaignDefaultsPositionsType0):
            positions = self.positions.to_dict()
        else:
            positions = self.positions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if defaults is not UNSET:
            field_dict["defaults"] = defaults
        if positions is not UNSET:
            field_dict["positions"] = positions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_default_values import CampaignDefaultValues  # noqa: PLC0415
        from ..models.campaign_defaults_positions_type_0 import CampaignDefaultsPositionsType0  # noqa: PLC0415

        d = dict(src_dict)
        _defaults = d.pop("defaults", UNSET)
        defaults: CampaignDefaultValues | Unset
        if isinstance(_defaults, Unset):
            defaults = UNSET
        else:
            defaults = CampaignDefaultValues.from_dict(_defaults)

        def _parse_positions(data: object) -> CampaignDefaultsPositionsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                positions_type_0 = CampaignDefaultsPositionsType0.from_dict(data)

                return positions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            positions_type_1 = data
            if not (positions_type_1 is None):
                raise TypeError("positions: expected the documented type, got " + type(positions_type_1).__name__)

            return positions_type_1

        positions = _parse_positions(d.pop("positions", UNSET))

        campaign_defaults = cls(
            defaults=defaults,
            positions=positions,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        campaign_defaults.additional_properties = additional_properties
        return campaign_defaults

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
