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
        if not (isinstance(pattern, str)):
            raise TypeError("pattern: expected a string, got " + type(pattern).__name__)

        log_filename = d.pop("log_filename")
        if not (isinstance(log_filename, str)):
            raise TypeError("log_filename: expected a string, got " + type(log_filename).__name__)

        def _parse_service_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                service_name_type_0 = data
                if not (isinstance(service_name_type_0, str)):
                    raise TypeError("service_name: expected a string, got " + type(service_name_type_0).__name__)

                return service_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            service_name_type_1 = data
            if not (service_name_type_1 is None):
                raise TypeError("service_name: expected the documented type, got " + type(service_name_type_1).__name__)

            return service_name_type_1

        service_name = _parse_service_name(d.pop("service_name", UNSET))

        def _parse_machine_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                machine_name_type_0 = data
                if not (isinstance(machine_name_type_0, str)):
                    raise TypeError("machine_name: expected a string, got " + type(machine_name_type_0).__name__)

                return machine_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            machine_name_type_1 = data
            if not (machine_name_type_1 is None):
                raise TypeError("machine_name: expected the documented type, got " + type(machine_name_type_1).__name__)

            return machine_name_type_1

        machine_name = _parse_machine_name(d.pop("machine_name", UNSET))

        def _parse_max_matches(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                max_matches_type_0 = data
                if not (
                    isinstance(max_matches_type_0, int)
                    and not isinstance(max_matches_type_0, bool)
                    and -(2**63) <= max_matches_type_0 < 2**63
                ):
                    raise TypeError("max_matches: expected a 64-bit integer, got " + type(max_matches_type_0).__name__)

                return max_matches_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            max_matches_type_1 = data
            if not (max_matches_type_1 is None):
                raise TypeError("max_matches: expected the documented type, got " + type(max_matches_type_1).__name__)

            return max_matches_type_1

        max_matches = _parse_max_matches(d.pop("max_matches", UNSET))

        def _parse_tail_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                tail_bytes_type_0 = data
                if not (
                    isinstance(tail_bytes_type_0, int)
                    and not isinstance(tail_bytes_type_0, bool)
                    and -(2**63) <= tail_bytes_type_0 < 2**63
                ):
                    raise TypeError("tail_bytes: expected a 64-bit integer, got " + type(tail_bytes_type_0).__name__)

                return tail_bytes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            tail_bytes_type_1 = data
            if not (tail_bytes_type_1 is None):
                raise TypeError("tail_bytes: expected the documented type, got " + type(tail_bytes_type_1).__name__)

            return tail_bytes_type_1

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
