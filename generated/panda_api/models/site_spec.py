from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SiteSpec")


@_attrs_define
class SiteSpec:
    """The attributes of a PanDA queue (SiteSpec) as loaded from CRIC/schedconfig, e.g. `sitename`, `nickname`,
    `cloud`, `type`, `status`, `pandasite`, `maxtime`, `memory`, `coreCount`, `catchall`, `capability`, `tier`.
    Any attribute may be null.

        Attributes:
            sitename (None | str | Unset): The PanDA queue name.
            nickname (None | str | Unset):
            cloud (None | str | Unset):
            type_ (None | str | Unset): The queue type: `unified`, `production`, `analysis`, ...
            status (None | str | Unset): e.g. `online`, `offline`, `test`, `brokeroff`.
            pandasite (None | str | Unset): The ATLAS site of the queue.
    """

    sitename: None | str | Unset = UNSET
    nickname: None | str | Unset = UNSET
    cloud: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    pandasite: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sitename: None | str | Unset
        if isinstance(self.sitename, Unset):
            sitename = UNSET
        else:
            sitename = self.sitename

        nickname: None | str | Unset
        if isinstance(self.nickname, Unset):
            nickname = UNSET
        else:
            nickname = self.nickname

        cloud: None | str | Unset
        if isinstance(self.cloud, Unset):
            cloud = UNSET
        else:
            cloud = self.cloud

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        pandasite: None | str | Unset
        if isinstance(self.pandasite, Unset):
            pandasite = UNSET
        else:
            pandasite = self.pandasite

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sitename is not UNSET:
            field_dict["sitename"] = sitename
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
        if cloud is not UNSET:
            field_dict["cloud"] = cloud
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if pandasite is not UNSET:
            field_dict["pandasite"] = pandasite

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_sitename(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                sitename_type_0 = data
                if not (isinstance(sitename_type_0, str)):
                    raise TypeError("sitename: expected a string, got " + type(sitename_type_0).__name__)

                return sitename_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            sitename_type_1 = data
            if not (sitename_type_1 is None):
                raise TypeError("sitename: expected the documented type, got " + type(sitename_type_1).__name__)

            return sitename_type_1

        sitename = _parse_sitename(d.pop("sitename", UNSET))

        def _parse_nickname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                nickname_type_0 = data
                if not (isinstance(nickname_type_0, str)):
                    raise TypeError("nickname: expected a string, got " + type(nickname_type_0).__name__)

                return nickname_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            nickname_type_1 = data
            if not (nickname_type_1 is None):
                raise TypeError("nickname: expected the documented type, got " + type(nickname_type_1).__name__)

            return nickname_type_1

        nickname = _parse_nickname(d.pop("nickname", UNSET))

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

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                type_type_0 = data
                if not (isinstance(type_type_0, str)):
                    raise TypeError("type: expected a string, got " + type(type_type_0).__name__)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            type_type_1 = data
            if not (type_type_1 is None):
                raise TypeError("type: expected the documented type, got " + type(type_type_1).__name__)

            return type_type_1

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                status_type_0 = data
                if not (isinstance(status_type_0, str)):
                    raise TypeError("status: expected a string, got " + type(status_type_0).__name__)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            status_type_1 = data
            if not (status_type_1 is None):
                raise TypeError("status: expected the documented type, got " + type(status_type_1).__name__)

            return status_type_1

        status = _parse_status(d.pop("status", UNSET))

        def _parse_pandasite(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                pandasite_type_0 = data
                if not (isinstance(pandasite_type_0, str)):
                    raise TypeError("pandasite: expected a string, got " + type(pandasite_type_0).__name__)

                return pandasite_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            pandasite_type_1 = data
            if not (pandasite_type_1 is None):
                raise TypeError("pandasite: expected the documented type, got " + type(pandasite_type_1).__name__)

            return pandasite_type_1

        pandasite = _parse_pandasite(d.pop("pandasite", UNSET))

        site_spec = cls(
            sitename=sitename,
            nickname=nickname,
            cloud=cloud,
            type_=type_,
            status=status,
            pandasite=pandasite,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        site_spec.additional_properties = additional_properties
        return site_spec

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
