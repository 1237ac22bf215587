from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateWorkerNodeGpuRequest")


@_attrs_define
class UpdateWorkerNodeGpuRequest:
    """
    Attributes:
        site (str): The site name (e.g. the ATLAS site, not the PanDA queue).
        host_name (str): The host name; a `slot@` prefix is stripped.
        vendor (str): The GPU vendor, e.g. `NVIDIA`.
        model (str): The GPU model, e.g. `A100 80GB`.
        count (int): The number of GPUs of this type.
        vram (int | None | Unset): VRAM in MB.
        architecture (None | str | Unset): The GPU architecture, e.g. `Ampere`.
        framework (None | str | Unset): The driver framework, e.g. `CUDA`.
        framework_version (None | str | Unset): The framework version, e.g. `12.2`.
        driver_version (None | str | Unset): The driver version, e.g. `575.51.03`.
        timeout (int | Unset): Timeout in seconds (accepted but not enforced by server 1.0.4). Default: 60.
    """

    site: str
    host_name: str
    vendor: str
    model: str
    count: int
    vram: int | None | Unset = UNSET
    architecture: None | str | Unset = UNSET
    framework: None | str | Unset = UNSET
    framework_version: None | str | Unset = UNSET
    driver_version: None | str | Unset = UNSET
    timeout: int | Unset = 60

    def to_dict(self) -> dict[str, Any]:
        site = self.site

        host_name = self.host_name

        vendor = self.vendor

        model = self.model

        count = self.count

        vram: int | None | Unset
        if isinstance(self.vram, Unset):
            vram = UNSET
        else:
            vram = self.vram

        architecture: None | str | Unset
        if isinstance(self.architecture, Unset):
            architecture = UNSET
        else:
            architecture = self.architecture

        framework: None | str | Unset
        if isinstance(self.framework, Unset):
            framework = UNSET
        else:
            framework = self.framework

        framework_version: None | str | Unset
        if isinstance(self.framework_version, Unset):
            framework_version = UNSET
        else:
            framework_version = self.framework_version

        driver_version: None | str | Unset
        if isinstance(self.driver_version, Unset):
            driver_version = UNSET
        else:
            driver_version = self.driver_version

        timeout = self.timeout

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "site": site,
                "host_name": host_name,
                "vendor": vendor,
                "model": model,
                "count": count,
            }
        )
        if vram is not UNSET:
            field_dict["vram"] = vram
        if architecture is not UNSET:
            field_dict["architecture"] = architecture
        if framework is not UNSET:
            field_dict["framework"] = framework
        if framework_version is not UNSET:
            field_dict["framework_version"] = framework_version
        if driver_version is not UNSET:
            field_dict["driver_version"] = driver_version
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        site = d.pop("site")

        host_name = d.pop("host_name")

        vendor = d.pop("vendor")

        model = d.pop("model")

        count = d.pop("count")

        def _parse_vram(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        vram = _parse_vram(d.pop("vram", UNSET))

        def _parse_architecture(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        architecture = _parse_architecture(d.pop("architecture", UNSET))

        def _parse_framework(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        framework = _parse_framework(d.pop("framework", UNSET))

        def _parse_framework_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        framework_version = _parse_framework_version(d.pop("framework_version", UNSET))

        def _parse_driver_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        driver_version = _parse_driver_version(d.pop("driver_version", UNSET))

        timeout = d.pop("timeout", UNSET)

        update_worker_node_gpu_request = cls(
            site=site,
            host_name=host_name,
            vendor=vendor,
            model=model,
            count=count,
            vram=vram,
            architecture=architecture,
            framework=framework,
            framework_version=framework_version,
            driver_version=driver_version,
            timeout=timeout,
        )

        return update_worker_node_gpu_request
