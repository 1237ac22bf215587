from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchFile")


@_attrs_define
class BatchFile:
    """A file of a batch. **The id key is `"pk "` with a trailing space** (a server typo kept on the wire); a client should
    expose it under a clean name such as `pk`/`file_id`. Entries whose digest is `"0"` (directories) are never listed.

        Attributes:
            pk (int): The file's numeric id. The key is the three characters `p`, `k`, space.
            path (str): Absolute original path (batch common path + the stored relative path).
            size (int): Size in bytes.
            digest (None | str | Unset): Checksum of the file; present only when `digest` was requested.
            digest_format (None | str | Unset): Digest algorithm (e.g. `SHA256`); present only when `digest` was requested.
    """

    pk: int
    path: str
    size: int
    digest: None | str | Unset = UNSET
    digest_format: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pk = self.pk

        path = self.path

        size = self.size

        digest: None | str | Unset
        if isinstance(self.digest, Unset):
            digest = UNSET
        else:
            digest = self.digest

        digest_format: None | str | Unset
        if isinstance(self.digest_format, Unset):
            digest_format = UNSET
        else:
            digest_format = self.digest_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pk ": pk,
                "path": path,
                "size": size,
            }
        )
        if digest is not UNSET:
            field_dict["digest"] = digest
        if digest_format is not UNSET:
            field_dict["digest_format"] = digest_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pk = d.pop("pk ")
        if not (isinstance(pk, int) and not isinstance(pk, bool) and -(2**63) <= pk < 2**63):
            raise TypeError("pk : expected a 64-bit integer, got " + type(pk).__name__)

        path = d.pop("path")
        if not (isinstance(path, str)):
            raise TypeError("path: expected a string, got " + type(path).__name__)

        size = d.pop("size")
        if not (isinstance(size, int) and not isinstance(size, bool) and -(2**63) <= size < 2**63):
            raise TypeError("size: expected a 64-bit integer, got " + type(size).__name__)

        def _parse_digest(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                digest_type_0 = data
                if not (isinstance(digest_type_0, str)):
                    raise TypeError("digest: expected a string, got " + type(digest_type_0).__name__)

                return digest_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            digest_type_1 = data
            if not (digest_type_1 is None):
                raise TypeError("digest: expected the documented type, got " + type(digest_type_1).__name__)

            return digest_type_1

        digest = _parse_digest(d.pop("digest", UNSET))

        def _parse_digest_format(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                digest_format_type_0 = data
                if not (isinstance(digest_format_type_0, str)):
                    raise TypeError("digest_format: expected a string, got " + type(digest_format_type_0).__name__)

                return digest_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            digest_format_type_1 = data
            if not (digest_format_type_1 is None):
                raise TypeError(
                    "digest_format: expected the documented type, got " + type(digest_format_type_1).__name__
                )

            return digest_format_type_1

        digest_format = _parse_digest_format(d.pop("digest_format", UNSET))

        batch_file = cls(
            pk=pk,
            path=path,
            size=size,
            digest=digest,
            digest_format=digest_format,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        batch_file.additional_properties = additional_properties
        return batch_file

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
