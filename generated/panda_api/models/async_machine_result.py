from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AsyncMachineResult")


@_attrs_define
class AsyncMachineResult:
    """
    Attributes:
        machine_name (str | Unset):
        status (str | Unset): `pending`, `running`, `done` or `failed`.
        result (None | str | Unset): The output (grep matches, the echoed message).
        truncated (int | None | Unset): 1 when the output was capped.
        error_msg (None | str | Unset):
        attempts (int | None | Unset):
        started_at (None | str | Unset): `str(datetime)`, naive UTC, e.g. `2026-11-22 22:22:09.101010`.
        finished_at (None | str | Unset): `str(datetime)`, naive UTC.
        stderr (None | str | Unset):
        return_code (int | None | Unset):
    """

    machine_name: str | Unset = UNSET
    status: str | Unset = UNSET
    result: None | str | Unset = UNSET
    truncated: int | None | Unset = UNSET
    error_msg: None | str | Unset = UNSET
    attempts: int | None | Unset = UNSET
    started_at: None | str | Unset = UNSET
    finished_at: None | str | Unset = UNSET
    stderr: None | str | Unset = UNSET
    return_code: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        machine_name = self.machine_name

        status = self.status

        result: None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        else:
            result = self.result

        truncated: int | None | Unset
        if isinstance(self.truncated, Unset):
            truncated = UNSET
        else:
            truncated = self.truncated

        error_msg: None | str | Unset
        if isinstance(self.error_msg, Unset):
            error_msg = UNSET
        else:
            error_msg = self.error_msg

        attempts: int | None | Unset
        if isinstance(self.attempts, Unset):
            attempts = UNSET
        else:
            attempts = self.attempts

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        else:
            started_at = self.started_at

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        else:
            finished_at = self.finished_at

        stderr: None | str | Unset
        if isinstance(self.stderr, Unset):
            stderr = UNSET
        else:
            stderr = self.stderr

        return_code: int | None | Unset
        if isinstance(self.return_code, Unset):
            return_code = UNSET
        else:
            return_code = self.return_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if machine_name is not UNSET:
            field_dict["machine_name"] = machine_name
        if status is not UNSET:
            field_dict["status"] = status
        if result is not UNSET:
            field_dict["result"] = result
        if truncated is not UNSET:
            field_dict["truncated"] = truncated
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg
        if attempts is not UNSET:
            field_dict["attempts"] = attempts
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if stderr is not UNSET:
            field_dict["stderr"] = stderr
        if return_code is not UNSET:
            field_dict["return_code"] = return_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        machine_name = d.pop("machine_name", UNSET)
        if not (isinstance(machine_name, str)) and machine_name is not UNSET:
            raise TypeError("machine_name: expected a string, got " + type(machine_name).__name__)

        status = d.pop("status", UNSET)
        if not (isinstance(status, str)) and status is not UNSET:
            raise TypeError("status: expected a string, got " + type(status).__name__)

        def _parse_result(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                result_type_0 = data
                if not (isinstance(result_type_0, str)):
                    raise TypeError("result: expected a string, got " + type(result_type_0).__name__)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            result_type_1 = data
            if not (result_type_1 is None):
                raise TypeError("result: expected the documented type, got " + type(result_type_1).__name__)

            return result_type_1

        result = _parse_result(d.pop("result", UNSET))

        def _parse_truncated(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                truncated_type_0 = data
                if not (
                    isinstance(truncated_type_0, int)
                    and not isinstance(truncated_type_0, bool)
                    and -(2**63) <= truncated_type_0 < 2**63
                ):
                    raise TypeError("truncated: expected a 64-bit integer, got " + type(truncated_type_0).__name__)

                return truncated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            truncated_type_1 = data
            if not (truncated_type_1 is None):
                raise TypeError("truncated: expected the documented type, got " + type(truncated_type_1).__name__)

            return truncated_type_1

        truncated = _parse_truncated(d.pop("truncated", UNSET))

        def _parse_error_msg(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                error_msg_type_0 = data
                if not (isinstance(error_msg_type_0, str)):
                    raise TypeError("error_msg: expected a string, got " + type(error_msg_type_0).__name__)

                return error_msg_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            error_msg_type_1 = data
            if not (error_msg_type_1 is None):
                raise TypeError("error_msg: expected the documented type, got " + type(error_msg_type_1).__name__)

            return error_msg_type_1

        error_msg = _parse_error_msg(d.pop("error_msg", UNSET))

        def _parse_attempts(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                attempts_type_0 = data
                if not (
                    isinstance(attempts_type_0, int)
                    and not isinstance(attempts_type_0, bool)
                    and -(2**63) <= attempts_type_0 < 2**63
                ):
                    raise TypeError("attempts: expected a 64-bit integer, got " + type(attempts_type_0).__name__)

                return attempts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            attempts_type_1 = data
            if not (attempts_type_1 is None):
                raise TypeError("attempts: expected the documented type, got " + type(attempts_type_1).__name__)

            return attempts_type_1

        attempts = _parse_attempts(d.pop("attempts", UNSET))

        def _parse_started_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                started_at_type_0 = data
                if not (isinstance(started_at_type_0, str)):
                    raise TypeError("started_at: expected a string, got " + type(started_at_type_0).__name__)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            started_at_type_1 = data
            if not (started_at_type_1 is None):
                raise TypeError("started_at: expected the documented type, got " + type(started_at_type_1).__name__)

            return started_at_type_1

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_finished_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                finished_at_type_0 = data
                if not (isinstance(finished_at_type_0, str)):
                    raise TypeError("finished_at: expected a string, got " + type(finished_at_type_0).__name__)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            finished_at_type_1 = data
            if not (finished_at_type_1 is None):
                raise TypeError("finished_at: expected the documented type, got " + type(finished_at_type_1).__name__)

            return finished_at_type_1

        finished_at = _parse_finished_at(d.pop("finished_at", UNSET))

        def _parse_stderr(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                stderr_type_0 = data
                if not (isinstance(stderr_type_0, str)):
                    raise TypeError("stderr: expected a string, got " + type(stderr_type_0).__name__)

                return stderr_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            stderr_type_1 = data
            if not (stderr_type_1 is None):
                raise TypeError("stderr: expected the documented type, got " + type(stderr_type_1).__name__)

            return stderr_type_1

        stderr = _parse_stderr(d.pop("stderr", UNSET))

        def _parse_return_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                return_code_type_0 = data
                if not (
                    isinstance(return_code_type_0, int)
                    and not isinstance(return_code_type_0, bool)
                    and -(2**63) <= return_code_type_0 < 2**63
                ):
                    raise TypeError("return_code: expected a 64-bit integer, got " + type(return_code_type_0).__name__)

                return return_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            return_code_type_1 = data
            if not (return_code_type_1 is None):
                raise TypeError("return_code: expected the documented type, got " + type(return_code_type_1).__name__)

            return return_code_type_1

        return_code = _parse_return_code(d.pop("return_code", UNSET))

        async_machine_result = cls(
            machine_name=machine_name,
            status=status,
            result=result,
            truncated=truncated,
            error_msg=error_msg,
            attempts=attempts,
            started_at=started_at,
            finished_at=finished_at,
            stderr=stderr,
            return_code=return_code,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        async_machine_result.additional_properties = additional_properties
        return async_machine_result

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
