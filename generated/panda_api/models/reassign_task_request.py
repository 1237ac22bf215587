from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReassignTaskRequest")


@_attrs_define
class ReassignTaskRequest:
    """
    Attributes:
        task_id (int): The JEDI task ID.
        site (None | str | Unset): Target site (PanDA queue) name.
        cloud (None | str | Unset): Target cloud name.
        nucleus (None | str | Unset): Target nucleus name.
        mode (None | str | Unset): `kill` (kill all jobs; the default when null), `soft` (kill only queued jobs) or
            `nokill`.
    """

    task_id: int
    site: None | str | Unset = UNSET
    cloud: None | str | Unset = UNSET
    nucleus: None | str | Unset = UNSET
    mode: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        site: None | str | Unset
        if isinstance(self.site, Unset):
            site = UNSET
        else:
            site = self.site

        cloud: None | str | Unset
        if isinstance(self.cloud, Unset):
            cloud = UNSET
        else:
            cloud = self.cloud

        nucleus: None | str | Unset
        if isinstance(self.nucleus, Unset):
            nucleus = UNSET
        else:
            nucleus = self.nucleus

        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        else:
            mode = self.mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "task_id": task_id,
            }
        )
        if site is not UNSET:
            field_dict["site"] = site
        if cloud is not UNSET:
            field_dict["cloud"] = cloud
        if nucleus is not UNSET:
            field_dict["nucleus"] = nucleus
        if mode is not UNSET:
            field_dict["mode"] = mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = d.pop("task_id")
        if not (isinstance(task_id, int) and not isinstance(task_id, bool) and -(2**63) <= task_id < 2**63):
            raise TypeError("task_id: expected a 64-bit integer, got " + type(task_id).__name__)

        def _parse_site(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                site_type_0 = data
                if not (isinstance(site_type_0, str)):
                    raise TypeError("site: expected a string, got " + type(site_type_0).__name__)

                return site_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            site_type_1 = data
            if not (site_type_1 is None):
                raise TypeError("site: expected the documented type, got " + type(site_type_1).__name__)

            return site_type_1

        site = _parse_site(d.pop("site", UNSET))

        def _parse_cloud(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                cloud_type_0 = data
                if not (isinstance(cloud_type_0, str)):
                    raise TypeError("cloud: expected a string, got " + type(cloud_type_0).__name__)

                return cloud_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            cloud_type_1 = data
            if not (cloud_type_1 is None):
                raise TypeError("cloud: expected the documented type, got " + type(cloud_type_1).__name__)

            return cloud_type_1

        cloud = _parse_cloud(d.pop("cloud", UNSET))

        def _parse_nucleus(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                nucleus_type_0 = data
                if not (isinstance(nucleus_type_0, str)):
                    raise TypeError("nucleus: expected a string, got " + type(nucleus_type_0).__name__)

                return nucleus_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            nucleus_type_1 = data
            if not (nucleus_type_1 is None):
                raise TypeError("nucleus: expected the documented type, got " + type(nucleus_type_1).__name__)

            return nucleus_type_1

        nucleus = _parse_nucleus(d.pop("nucleus", UNSET))

        def _parse_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                mode_type_0 = data
                if not (isinstance(mode_type_0, str)):
                    raise TypeError("mode: expected a string, got " + type(mode_type_0).__name__)

                return mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            mode_type_1 = data
            if not (mode_type_1 is None):
                raise TypeError("mode: expected the documented type, got " + type(mode_type_1).__name__)

            return mode_type_1

        mode = _parse_mode(d.pop("mode", UNSET))

        reassign_task_request = cls(
            task_id=task_id,
            site=site,
            cloud=cloud,
            nucleus=nucleus,
            mode=mode,
        )

        return reassign_task_request
