from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteCacheFileRequest")


@_attrs_define
class DeleteCacheFileRequest:
    """
    Attributes:
        file_name (str): The cache file name (ignored; the call is a no-op).
    """

    file_name: str

    def to_dict(self) -> dict[str, Any]:
        file_name = self.file_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file_name": file_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_name = d.pop("file_name")
        if not (isinstance(file_name, str)):
            raise TypeError("file_name: expected a string, got " + type(file_name).__name__)

        delete_cache_file_request = cls(
            file_name=file_name,
        )

        return delete_cache_file_request
