from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Archive")


@_attrs_define
class Archive:
    """An archive (a group of files transferred together, packed into a tar file on some backends).

    Attributes:
        archive_id (str): `"archive_"` + the archive's primary key zero-padded to 10 digits.
        pk (int): The archive's numeric id (key `pk`, no trailing space, unlike files).
        size (int): Size in bytes.
        limit (int): Echo of the request's `limit` parameter (0 when not sent).
        digest (str | Unset): Checksum of the archive; present only when `digest` was requested.
        digest_format (None | str | Unset): Digest algorithm (e.g. `SHA256`); present only when `digest` was requested.
    """

    archive_id: str
    pk: int
    size: int
    limit: int
    digest: str | Unset = UNSET
    digest_format: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        archive_id = self.archive_id

        pk = self.pk

        size = self.size

        limit = self.limit

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
                "archive_id": archive_id,
                "pk": pk,
                "size": size,
                "limit": limit,
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
        archive_id = d.pop("archive_id")
        if not (isinstance(archive_id, str)):
            raise TypeError("archive_id: expected a string, got " + type(archive_id).__name__)

        pk = d.pop("pk")
        if not (isinstance(pk, int) and not isinstance(pk, bool) and -(2**63) <= pk < 2**63):
            raise TypeError("pk: expected a 64-bit integer, got " + type(pk).__name__)

        size = d.pop("size")
        if not (isinstance(size, int) and not isinstance(size, bool) and -(2**63) <= size < 2**63):
            raise TypeError("size: expected a 64-bit integer, got " + type(size).__name__)

        limit = d.pop("limit")
        if not (isinstance(limit, int) and not isinstance(limit, bool) and -(2**63) <= limit < 2**63):
            raise TypeError("limit: expected a 64-bit integer, got " + type(limit).__name__)

        digest = d.pop("digest", UNSET)
        if not (isinstance(digest, str)) and digest is not UNSET:
            raise TypeError("digest: expected a string, got " + type(digest).__name__)

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

        archive = cls(
            archive_id=archive_id,
            pk=pk,
            size=size,
            limit=limit,
            digest=digest,
            digest_format=digest_format,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        archive.additional_properties = additional_properties
        return archive

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
