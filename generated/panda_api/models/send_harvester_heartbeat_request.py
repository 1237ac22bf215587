from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_harvester_heartbeat_request_data_type_0 import SendHarvesterHeartbeatRequestDataType0


T = TypeVar("T", bound="SendHarvesterHeartbeatRequest")


@_attrs_define
class SendHarvesterHeartbeatRequest:
    """
    Attributes:
        harvester_id (str): The Harvester instance ID, e.g. `harvester_central_A`.
        data (None | SendHarvesterHeartbeatRequestDataType0 | Unset): Instance metadata to store, e.g. `{"startTime",
            "sw_version", "commit_stamp"}`.
    """

    harvester_id: str
    data: None | SendHarvesterHeartbeatRequestDataType0 | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.send_harvester_heartbeat_request_data_type_0 import SendHarvesterHeartbeatRequestDataType0  # noqa: PLC0415

        harvester_id = self.harvester_id

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, SendHarvesterHeartbeatRequestDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "harvester_id": harvester_id,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.send_harvester_heartbeat_request_data_type_0 import SendHarvesterHeartbeatRequestDataType0  # noqa: PLC0415

        d = dict(src_dict)
        harvester_id = d.pop("harvester_id")
        if not (isinstance(harvester_id, str)):
            raise TypeError("harvester_id: expected a string, got " + type(harvester_id).__name__)

        def _parse_data(data: object) -> None | SendHarvesterHeartbeatRequestDataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = SendHarvesterHeartbeatRequestDataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            data_type_1 = data
            if not (data_type_1 is None):
                raise TypeError("data: expected the documented type, got " + type(data_type_1).__name__)

            return data_type_1

        data = _parse_data(d.pop("data", UNSET))

        send_harvester_heartbeat_request = cls(
            harvester_id=harvester_id,
            data=data,
        )

        return send_harvester_heartbeat_request
