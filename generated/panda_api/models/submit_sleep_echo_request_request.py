from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubmitSleepEchoRequestRequest")


@_attrs_define
class SubmitSleepEchoRequestRequest:
    """
    Attributes:
        service_name (str): The service one of whose alive machines runs the request.
        message (str): The text echoed back as the result (at most 100 characters).
        seconds (int | Unset): Seconds to sleep before echoing (0..60). Default: 10.
    """

    service_name: str
    message: str
    seconds: int | Unset = 10

    def to_dict(self) -> dict[str, Any]:
        service_name = self.service_name

        message = self.message

        seconds = self.seconds

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "service_name": service_name,
                "message": message,
            }
        )
        if seconds is not UNSET:
            field_dict["seconds"] = seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service_name = d.pop("service_name")

        message = d.pop("message")

        seconds = d.pop("seconds", UNSET)

        submit_sleep_echo_request_request = cls(
            service_name=service_name,
            message=message,
            seconds=seconds,
        )

        return submit_sleep_echo_request_request
