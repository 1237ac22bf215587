from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attributes_environment import AttributesEnvironment
    from ..models.attributes_parameters import AttributesParameters


T = TypeVar("T", bound="Attributes")


@_attrs_define
class Attributes:
    """
    Attributes:
        parameters (AttributesParameters):
        environment (AttributesEnvironment):
    """

    parameters: AttributesParameters
    environment: AttributesEnvironment
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.attributes_environment import AttributesEnvironment  # noqa: PLC0415
        from ..models.attributes_parameters import AttributesParameters  # noqa: PLC0415

        parameters = self.parameters.to_dict()

        environment = self.environment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "parameters": parameters,
                "environment": environment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attributes_environment import AttributesEnvironment  # noqa: PLC0415
        from ..models.attributes_parameters import AttributesParameters  # noqa: PLC0415

        d = dict(src_dict)
        parameters = AttributesParameters.from_dict(d.pop("parameters"))

        environment = AttributesEnvironment.from_dict(d.pop("environment"))

        attributes = cls(
            parameters=parameters,
            environment=environment,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        attributes.additional_properties = additional_properties
        return attributes

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
