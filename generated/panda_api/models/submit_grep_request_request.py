from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubmitGrepRequestRequest")


@_attrs_define
class SubmitGrepRequestRequest:
    """
    Attributes:
        pattern (str): The pattern to search for (ripgrep syntax; zgrep for .gz files).
        log_filename (str): A bare file name under the server log directory, starting with `panda-` and ending in `.log`
            or `.gz`.
        service_name (None | str | Unset): Search on every alive machine of this service, e.g. `server` or `jedi`.
            Exclusive with machine_name.
        machine_name (None | str | Unset): Search on this one machine (host name). Exclusive with service_name.
        max_matches (int | None | Unset): Stop after this many matching lines (1..200000); a capped result has
            `truncated` set.
        tail_bytes (int | None | Unset): Search only the last N bytes of the file (1..1073741824). Ignored for .gz
            files.
    """

    pattern: str
    log_filename: str
    service_name: None | str | Unset = UNSET
    machine_name: None | str | Unset = UNSET
    max_matches: int | None | Unset = UNSET
    tail_bytes: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        pattern = self.pattern

        log_filename = self.log_filename

        service_name: None | str | Unset
        if isinstance(self.service_name, Unset):
            service_name = UNSET
        else:
            service_name = self.service_name

        machine_name: None | str | Unset
        if isinstance(self.machine_name, Unset):
            machine_name = UNSET
        else:
            machine_name = self.machine_name

        max_matches: int | None | Unset
        if isinstance(self.max_matches, Unset):
            max_matches = UNSET
        else:
            max_matches = self.max_matches

        tail_bytes: int | None | Unset
        if isinstance(self.tail_bytes, Unset):
            tail_bytes = UNSET
        else:
            tail_bytes = self.tail_bytes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "pattern": pattern,
                "log_filename": log_filename,
            }
        )
        if service_name is not UNSET:
            field_dict["service_name"] = service_name
        if machine_name is not UNSET:
            field_dict["machine_name"] = machine_name
        if max_matches is not UNSET:
            field_dict["max_matches"] = max_matches
        if tail_bytes is not UNSET:
            field_dict["tail_bytes"] = tail_bytes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pattern = d.pop("pattern")

        log_filename = d.pop("log_filename")

        def _parse_service_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_name = _parse_service_name(d.pop("service_name", UNSET))

        def _parse_machine_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        machine_name = _parse_machine_name(d.pop("machine_name", UNSET))

        def _parse_max_matches(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_matches = _parse_max_matches(d.pop("max_matches", UNSET))

        def _parse_tail_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tail_bytes = _parse_tail_bytes(d.pop("tail_bytes", UNSET))

        submit_grep_request_request = cls(
            pattern=pattern,
            log_filename=log_filename,
            service_name=service_name,
            machine_name=machine_name,
            max_matches=max_matches,
            tail_bytes=tail_bytes,
        )

        return submit_grep_request_request
