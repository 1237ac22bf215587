from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.remote_file_links import RemoteFileLinks


T = TypeVar("T", bound="RemoteFile")


@_attrs_define
class RemoteFile:
    """A directory entry of the job's output directory.

    Attributes:
        name (str | Unset):
        path (str | Unset): Path relative to the job's output folder (jobs-api source), the form `list_job_outputs` and
            `download_job_output` take as `filePath`; not an absolute path on the storage system.
        last_modified (datetime.datetime | Unset):
        length (int | Unset): Size in bytes.
        permission (str | Unset): The caller's permission on the entry: the jobs service only ever sets `READ` or
            `READ_WRITE` here (jobs-api source), for files and folders alike. Singular; agavepy declares `permissions`.
        mime_type (str | Unset): `text/directory` for folders, else guessed from the name (default application/octet-
            stream).
        format_ (str | Unset): `folder` or `unknown`.
        type_ (str | Unset): `dir` or `file`.
        links (RemoteFileLinks | Unset):
    """

    name: str | Unset = UNSET
    path: str | Unset = UNSET
    last_modified: datetime.datetime | Unset = UNSET
    length: int | Unset = UNSET
    permission: str | Unset = UNSET
    mime_type: str | Unset = UNSET
    format_: str | Unset = UNSET
    type_: str | Unset = UNSET
    links: RemoteFileLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.remote_file_links import RemoteFileLinks  # noqa: PLC0415

        name = self.name

        path = self.path

        last_modified: str | Unset = UNSET
        if not isinstance(self.last_modified, Unset):
            last_modified = self.last_modified.isoformat()

        length = self.length

        permission = self.permission

        mime_type = self.mime_type

        format_ = self.format_

        type_ = self.type_

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if path is not UNSET:
            field_dict["path"] = path
        if last_modified is not UNSET:
            field_dict["lastModified"] = last_modified
        if length is not UNSET:
            field_dict["length"] = length
        if permission is not UNSET:
            field_dict["permission"] = permission
        if mime_type is not UNSET:
            field_dict["mimeType"] = mime_type
        if format_ is not UNSET:
            field_dict["format"] = format_
        if type_ is not UNSET:
            field_dict["type"] = type_
        if links is not UNSET:
            field_dict["_links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.remote_file_links import RemoteFileLinks  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if not (isinstance(name, str)) and name is not UNSET:
            raise TypeError("name: expected a string, got " + type(name).__name__)

        path = d.pop("path", UNSET)
        if not (isinstance(path, str)) and path is not UNSET:
            raise TypeError("path: expected a string, got " + type(path).__name__)

        _last_modified = d.pop("lastModified", UNSET)
        last_modified: datetime.datetime | Unset
        if isinstance(_last_modified, Unset):
            last_modified = UNSET
        else:
            last_modified = datetime.datetime.fromisoformat(_last_modified)

        length = d.pop("length", UNSET)
        if (
            not (isinstance(length, int) and not isinstance(length, bool) and -(2**63) <= length < 2**63)
            and length is not UNSET
        ):
            raise TypeError("length: expected a 64-bit integer, got " + type(length).__name__)

        permission = d.pop("permission", UNSET)
        if not (isinstance(permission, str)) and permission is not UNSET:
            raise TypeError("permission: expected a string, got " + type(permission).__name__)

        mime_type = d.pop("mimeType", UNSET)
        if not (isinstance(mime_type, str)) and mime_type is not UNSET:
            raise TypeError("mimeType: expected a string, got " + type(mime_type).__name__)

        format_ = d.pop("format", UNSET)
        if not (isinstance(format_, str)) and format_ is not UNSET:
            raise TypeError("format: expected a string, got " + type(format_).__name__)

        type_ = d.pop("type", UNSET)
        if not (isinstance(type_, str)) and type_ is not UNSET:
            raise TypeError("type: expected a string, got " + type(type_).__name__)

        _links = d.pop("_links", UNSET)
        links: RemoteFileLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = RemoteFileLinks.from_dict(_links)

        remote_file = cls(
            name=name,
            path=path,
            last_modified=last_modified,
            length=length,
            permission=permission,
            mime_type=mime_type,
            format_=format_,
            type_=type_,
            links=links,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        remote_file.additional_properties = additional_properties
        return remote_file

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
