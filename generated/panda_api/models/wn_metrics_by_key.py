from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.panda_datetime import PandaDatetime


T = TypeVar("T", bound="WnMetricsByKey")


@_attrs_define
class WnMetricsByKey:
    """Metrics key (`jobs`, `workers`) mapped to the recorded entries."""

    additional_properties: dict[str, list[list[Any | PandaDatetime]]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.panda_datetime import PandaDatetime  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item = []
                for componentsschemas_wn_metrics_entry_item_data in additional_property_item_data:
                    componentsschemas_wn_metrics_entry_item: Any | dict[str, Any]
                    if isinstance(componentsschemas_wn_metrics_entry_item_data, PandaDatetime):
                        componentsschemas_wn_metrics_entry_item = componentsschemas_wn_metrics_entry_item_data.to_dict()
                    else:
                        componentsschemas_wn_metrics_entry_item = componentsschemas_wn_metrics_entry_item_data
                    additional_property_item.append(componentsschemas_wn_metrics_entry_item)

                field_dict[prop_name].append(additional_property_item)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.panda_datetime import PandaDatetime  # noqa: PLC0415

        d = dict(src_dict)
        wn_metrics_by_key = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = []
            _additional_property = prop_dict
            for additional_property_item_data in _additional_property:
                additional_property_item = []
                _additional_property_item = additional_property_item_data
                for componentsschemas_wn_metrics_entry_item_data in _additional_property_item:

                    def _parse_componentsschemas_wn_metrics_entry_item(data: object) -> Any | PandaDatetime:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_wn_metrics_entry_item_type_0 = PandaDatetime.from_dict(data)

                            return componentsschemas_wn_metrics_entry_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not True:
                            raise TypeError()
                        componentsschemas_wn_metrics_entry_item_type_1 = data

                        return componentsschemas_wn_metrics_entry_item_type_1

                    componentsschemas_wn_metrics_entry_item = _parse_componentsschemas_wn_metrics_entry_item(
                        componentsschemas_wn_metrics_entry_item_data
                    )

                    additional_property_item.append(componentsschemas_wn_metrics_entry_item)

                additional_property.append(additional_property_item)

            additional_properties[prop_name] = additional_property

        wn_metrics_by_key.additional_properties = additional_properties
        return wn_metrics_by_key

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[list[Any | PandaDatetime]]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[list[Any | PandaDatetime]]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
