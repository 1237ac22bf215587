from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegisterCacheFileRequest")


@_attrs_define
class RegisterCacheFileRequest:
    """
    Attributes:
        user_name (str): The owner, as a compact DN (the user's name).
        file_name (str): The cache file name.
        file_size (int): The size in bytes.
        checksum (str): The CRC32 from the gzip footer, as decimal text.
    """

    user_name: str
    file_name: str
    file_size: int
    checksum: str

    def to_dict(self) -> dict[str, Any]:
        user_name = self.user_name

        file_name = self.file_name

        file_size = self.file_size

        checksum = self.checksum

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "user_name": user_name,
                "file_name": file_name,
                "file_size": file_size,
                "checksum": checksum,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_name = d.pop("user_name")
        if not (isinstance(user_name, str)):
            raise TypeError("user_name: expected a string, got " + type(user_name).__name__)

        file_name = d.pop("file_name")
        if not (isinstance(file_name, str)):
            raise TypeError("file_name: expected a string, got " + type(file_name).__name__)

        file_size = d.pop("file_size")
        if not (isinstance(file_size, int) and not isinstance(file_size, bool) and -(2**63) <= file_size < 2**63):
            raise TypeError("file_size: expected a 64-bit integer, got " + type(file_size).__name__)

        checksum = d.pop("checksum")
        if not (isinstance(checksum, str)):
            raise TypeError("checksum: expected a string, got " + type(checksum).__name__)

        register_cache_file_request = cls(
            user_name=user_name,
            file_name=file_name,
            file_size=file_size,
            checksum=checksum,
        )

        return register_cache_file_request
