from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobUpdateResult")


@_attrs_define
class JobUpdateResult:
    """
    Attributes:
        status_code (int | Unset): Dispatcher code: 0 success, 10 time out, 30 failed, 50 invalid.
        command (None | str | Unset): A command for the pilot, e.g. `tobekilled` (an unknown job); server 1.0.4 sends
            the text `NULL` when there is no command.
        pilot_secrets (Any | Unset): The pilot secrets, when configured.
        error_diag (str | Unset): The error message when the metadata could not be stored.
    """

    status_code: int | Unset = UNSET
    command: None | str | Unset = UNSET
    pilot_secrets: Any | Unset = UNSET
    error_diag: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        command: None | str | Unset
        if isinstance(self.command, Unset):
            command = UNSET
        else:
            command = self.command

        pilot_secrets = self.pilot_secrets

        error_diag = self.error_diag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status_code is not UNSET:
            field_dict["StatusCode"] = status_code
        if command is not UNSET:
            field_dict["command"] = command
        if pilot_secrets is not UNSET:
            field_dict["pilotSecrets"] = pilot_secrets
        if error_diag is not UNSET:
            field_dict["ErrorDiag"] = error_diag

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status_code = d.pop("StatusCode", UNSET)
        if (
            not (isinstance(status_code, int) and not isinstance(status_code, bool) and -(2**63) <= status_code < 2**63)
            and status_code is not UNSET
        ):
            raise TypeError("StatusCode: expected a 64-bit integer, got " + type(status_code).__name__)

        def _parse_command(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                command_type_0 = data
                if not (isinstance(command_type_0, str)):
                    raise TypeError("command: expected a string, got " + type(command_type_0).__name__)

                return command_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            command_type_1 = data
            if not (command_type_1 is None):
                raise TypeError("command: expected the documented type, got " + type(command_type_1).__name__)

            return command_type_1

        command = _parse_command(d.pop("command", UNSET))

        pilot_secrets = d.pop("pilotSecrets", UNSET)

        error_diag = d.pop("ErrorDiag", UNSET)
        if not (isinstance(error_diag, str)) and error_diag is not UNSET:
            raise TypeError("ErrorDiag: expected a string, got " + type(error_diag).__name__)

        job_update_result = cls(
            status_code=status_code,
            command=command,
            pilot_secrets=pilot_secrets,
            error_diag=error_diag,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        job_update_result.additional_properties = additional_properties
        return job_update_result

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
