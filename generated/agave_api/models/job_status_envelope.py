from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.envelope_status import EnvelopeStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_status import JobStatus


T = TypeVar("T", bound="JobStatusEnvelope")


@_attrs_define
class JobStatusEnvelope:
    """
    Attributes:
        status (EnvelopeStatus): Outcome of the call. Always present in an envelope.
        message (None | str | Unset):
        version (str | Unset):
        result (JobStatus | Unset):
    """

    status: EnvelopeStatus
    message: None | str | Unset = UNSET
    version: str | Unset = UNSET
    result: JobStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_status import JobStatus  # noqa: PLC0415

        status = self.status.value

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        version = self.version

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if version is not UNSET:
            field_dict["version"] = version
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_status import JobStatus  # noqa: PLC0415

        d = dict(src_dict)
        status = EnvelopeStatus(d.pop("status"))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                message_type_0 = data
                if not (isinstance(message_type_0, str)):
                    raise TypeError("message: expected a string, got " + type(message_type_0).__name__)

                return message_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            message_type_1 = data
            if not (message_type_1 is None):
                raise TypeError("message: expected the documented type, got " + type(message_type_1).__name__)

            return message_type_1

        message = _parse_message(d.pop("message", UNSET))

        version = d.pop("version", UNSET)
        if not (isinstance(version, str)) and version is not UNSET:
            raise TypeError("version: expected a string, got " + type(version).__name__)

        _result = d.pop("result", UNSET)
        result: JobStatus | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = JobStatus.from_dict(_result)

        job_status_envelope = cls(
            status=status,
            message=message,
            version=version,
            result=result,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        job_status_envelope.additional_properties = additional_properties
        return job_status_envelope

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
