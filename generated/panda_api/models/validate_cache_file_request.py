from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidateCacheFileRequest")


@_attrs_define
class ValidateCacheFileRequest:
    """
    Attributes:
        file_size (int): The size in bytes of the local sandbox.
        checksum (int | str): The CRC32 from the gzip footer of the local sandbox, as an integer or decimal text
            (compared as text).
    """

    file_size: int
    checksum: int | str

    def to_dict(self) -> dict[str, Any]:
        file_size = self.file_size

        checksum: int | str
        checksum = self.checksum

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file_size": file_size,
                "checksum": checksum,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_size = d.pop("file_size")
        if not (isinstance(file_size, int) and not isinstance(file_size, bool) and -(2**63) <= file_size < 2**63):
            raise TypeError("file_size: expected a 64-bit integer, got " + type(file_size).__name__)

        def _parse_checksum(data: object) -> int | str:
            try:
                if not True:
                    raise TypeError()
                checksum_type_0 = data
                if not (
                    isinstance(checksum_type_0, int)
                    and not isinstance(checksum_type_0, bool)
                    and -(2**63) <= checksum_type_0 < 2**63
                ):
                    raise TypeError("checksum: expected a 64-bit integer, got " + type(checksum_type_0).__name__)

                return checksum_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            checksum_type_1 = data
            if not (isinstance(checksum_type_1, str)):
                raise TypeError("checksum: expected a string, got " + type(checksum_type_1).__name__)

            return checksum_type_1

        checksum = _parse_checksum(d.pop("checksum"))

        validate_cache_file_request = cls(
            file_size=file_size,
            checksum=checksum,
        )

        return validate_cache_file_request
