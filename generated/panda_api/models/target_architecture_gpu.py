from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TargetArchitectureGpu")


@_attrs_define
class TargetArchitectureGpu:
    """
    Attributes:
        vendor (str | Unset): e.g. `NVIDIA`.
        model (str | Unset): e.g. `NVIDIA A100-SXM4-40GB`.
        vram (int | Unset): VRAM in MB.
        architecture (str | Unset): e.g. `Ampere`.
        framework_version (str | Unset): e.g. `12.4`.
        driver_version (str | Unset): e.g. `575.57.08`.
    """

    vendor: str | Unset = UNSET
    model: str | Unset = UNSET
    vram: int | Unset = UNSET
    architecture: str | Unset = UNSET
    framework_version: str | Unset = UNSET
    driver_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vendor = self.vendor

        model = self.model

        vram = self.vram

        architecture = self.architecture

        framework_version = self.framework_version

        driver_version = self.driver_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vendor is not UNSET:
            field_dict["vendor"] = vendor
        if model is not UNSET:
            field_dict["model"] = model
        if vram is not UNSET:
            field_dict["vram"] = vram
        if architecture is not UNSET:
            field_dict["architecture"] = architecture
        if framework_version is not UNSET:
            field_dict["framework_version"] = framework_version
        if driver_version is not UNSET:
            field_dict["driver_version"] = driver_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        vendor = d.pop("vendor", UNSET)
        if not (isinstance(vendor, str)) and vendor is not UNSET:
            raise TypeError("vendor: expected a string, got " + type(vendor).__name__)

        model = d.pop("model", UNSET)
        if not (isinstance(model, str)) and model is not UNSET:
            raise TypeError("model: expected a string, got " + type(model).__name__)

        vram = d.pop("vram", UNSET)
        if (
            not (isinstance(vram, int) and not isinstance(vram, bool) and -(2**63) <= vram < 2**63)
            and vram is not UNSET
        ):
            raise TypeError("vram: expected a 64-bit integer, got " + type(vram).__name__)

        architecture = d.pop("architecture", UNSET)
        if not (isinstance(architecture, str)) and architecture is not UNSET:
            raise TypeError("architecture: expected a string, got " + type(architecture).__name__)

        framework_version = d.pop("framework_version", UNSET)
        if not (isinstance(framework_version, str)) and framework_version is not UNSET:
            raise TypeError("framework_version: expected a string, got " + type(framework_version).__name__)

        driver_version = d.pop("driver_version", UNSET)
        if not (isinstance(driver_version, str)) and driver_version is not UNSET:
            raise TypeError("driver_version: expected a string, got " + type(driver_version).__name__)

        target_architecture_gpu = cls(
            vendor=vendor,
            model=model,
            vram=vram,
            architecture=architecture,
            framework_version=framework_version,
            driver_version=driver_version,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        target_architecture_gpu.additional_properties = additional_properties
        return target_architecture_gpu

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
