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
        if not (isinstance(site, str)):
            raise TypeError("site: expected a string, got " + type(site).__name__)

        host_name = d.pop("host_name")
        if not (isinstance(host_name, str)):
            raise TypeError("host_name: expected a string, got " + type(host_name).__name__)

        vendor = d.pop("vendor")
        if not (isinstance(vendor, str)):
            raise TypeError("vendor: expected a string, got " + type(vendor).__name__)

        model = d.pop("model")
        if not (isinstance(model, str)):
            raise TypeError("model: expected a string, got " + type(model).__name__)

        count = d.pop("count")
        if not (isinstance(count, int) and not isinstance(count, bool) and -(2**63) <= count < 2**63):
            raise TypeError("count: expected a 64-bit integer, got " + type(count).__name__)

        def _parse_vram(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                vram_type_0 = data
                if not (
                    isinstance(vram_type_0, int)
                    and not isinstance(vram_type_0, bool)
                    and -(2**63) <= vram_type_0 < 2**63
                ):
                    raise TypeError("vram: expected a 64-bit integer, got " + type(vram_type_0).__name__)

                return vram_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            vram_type_1 = data
            if not (vram_type_1 is None):
                raise TypeError("vram: expected the documented type, got " + type(vram_type_1).__name__)

            return vram_type_1

        vram = _parse_vram(d.pop("vram", UNSET))

        def _parse_architecture(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                architecture_type_0 = data
                if not (isinstance(architecture_type_0, str)):
                    raise TypeError("architecture: expected a string, got " + type(architecture_type_0).__name__)

                return architecture_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            architecture_type_1 = data
            if not (architecture_type_1 is None):
                raise TypeError("architecture: expected the documented type, got " + type(architecture_type_1).__name__)

            return architecture_type_1

        architecture = _parse_architecture(d.pop("architecture", UNSET))

        def _parse_framework(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                framework_type_0 = data
                if not (isinstance(framework_type_0, str)):
                    raise TypeError("framework: expected a string, got " + type(framework_type_0).__name__)

                return framework_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            framework_type_1 = data
            if not (framework_type_1 is None):
                raise TypeError("framework: expected the documented type, got " + type(framework_type_1).__name__)

            return framework_type_1

        framework = _parse_framework(d.pop("framework", UNSET))

        def _parse_framework_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                framework_version_type_0 = data
                if not (isinstance(framework_version_type_0, str)):
                    raise TypeError(
                        "framework_version: expected a string, got " + type(framework_version_type_0).__name__
                    )

                return framework_version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            framework_version_type_1 = data
            if not (framework_version_type_1 is None):
                raise TypeError(
                    "framework_version: expected the documented type, got " + type(framework_version_type_1).__name__
                )

            return framework_version_type_1

        framework_version = _parse_framework_version(d.pop("framework_version", UNSET))

        def _parse_driver_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                driver_version_type_0 = data
                if not (isinstance(driver_version_type_0, str)):
                    raise TypeError("driver_version: expected a string, got " + type(driver_version_type_0).__name__)

                return driver_version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            driver_version_type_1 = data
            if not (driver_version_type_1 is None):
                raise TypeError(
                    "driver_version: expected the documented type, got " + type(driver_version_type_1).__name__
                )

            return driver_version_type_1

        driver_version = _parse_driver_version(d.pop("driver_version", UNSET))

        timeout = d.pop("timeout", UNSET)
        if (
            not (isinstance(timeout, int) and not isinstance(timeout, bool) and -(2**63) <= timeout < 2**63)
            and timeout is not UNSET
        ):
            raise TypeError("timeout: expected a 64-bit integer, got " + type(timeout).__name__)

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
