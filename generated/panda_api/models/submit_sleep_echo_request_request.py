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
        if not (isinstance(service_name, str)):
            raise TypeError("service_name: expected a string, got " + type(service_name).__name__)

        message = d.pop("message")
        if not (isinstance(message, str)):
            raise TypeError("message: expected a string, got " + type(message).__name__)

        seconds = d.pop("seconds", UNSET)
        if (
            not (isinstance(seconds, int) and not isinstance(seconds, bool) and -(2**63) <= seconds < 2**63)
            and seconds is not UNSET
        ):
            raise TypeError("seconds: expected a 64-bit integer, got " + type(seconds).__name__)

        submit_sleep_echo_request_request = cls(
            service_name=service_name,
            message=message,
            seconds=seconds,
        )

        return submit_sleep_echo_request_request
