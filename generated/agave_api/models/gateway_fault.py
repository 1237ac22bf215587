from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gateway_fault_detail import GatewayFaultDetail


T = TypeVar("T", bound="GatewayFault")


@_attrs_define
class GatewayFault:
    """JSON error of newer WSO2 gateways (not an Agave envelope).

    Attributes:
        fault (GatewayFaultDetail | Unset):
    """

    fault: GatewayFaultDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.gateway_fault_detail import GatewayFaultDetail  # noqa: PLC0415

        fault: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fault, Unset):
            fault = self.fault.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fault is not UNSET:
            field_dict["fault"] = fault

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gateway_fault_detail import GatewayFaultDetail  # noqa: PLC0415

        d = dict(src_dict)
        _fault = d.pop("fault", UNSET)
        fault: GatewayFaultDetail | Unset
        if isinstance(_fault, Unset):
            fault = UNSET
        else:
            fault = GatewayFaultDetail.from_dict(_fault)

        gateway_fault = cls(
            fault=fault,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        gateway_fault.additional_properties = additional_properties
        return gateway_fault

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
