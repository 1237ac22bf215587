from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddTargetSlotsRequest")


@_attrs_define
class AddTargetSlotsRequest:
    """
    Attributes:
        panda_queue (str): The PanDA queue name.
        slots (int): The target number of slots.
        global_share (None | str | Unset): The global share the slots apply to (default: the whole queue).
        resource_type (None | str | Unset): The resource type, e.g. `SCORE`, `MCORE` (default: the whole queue).
        expiration_date (None | str | Unset): Despite the name, the validity period in **days** as a string (the server
            does `int(value)` and adds that
            many days to now), e.g. `"7"`. Null means no expiry.
    """

    panda_queue: str
    slots: int
    global_share: None | str | Unset = UNSET
    resource_type: None | str | Unset = UNSET
    expiration_date: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        panda_queue = self.panda_queue

        slots = self.slots

        global_share: None | str | Unset
        if isinstance(self.global_share, Unset):
            global_share = UNSET
        else:
            global_share = self.global_share

        resource_type: None | str | Unset
        if isinstance(self.resource_type, Unset):
            resource_type = UNSET
        else:
            resource_type = self.resource_type

        expiration_date: None | str | Unset
        if isinstance(self.expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = self.expiration_date

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "panda_queue": panda_queue,
                "slots": slots,
            }
        )
        if global_share is not UNSET:
            field_dict["global_share"] = global_share
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        panda_queue = d.pop("panda_queue")
        if not (isinstance(panda_queue, str)):
            raise TypeError("panda_queue: expected a string, got " + type(panda_queue).__name__)

        slots = d.pop("slots")
        if not (isinstance(slots, int) and not isinstance(slots, bool) and -(2**63) <= slots < 2**63):
            raise TypeError("slots: expected a 64-bit integer, got " + type(slots).__name__)

        def _parse_global_share(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                global_share_type_0 = data
                if not (isinstance(global_share_type_0, str)):
                    raise TypeError("global_share: expected a string, got " + type(global_share_type_0).__name__)

                return global_share_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            global_share_type_1 = data
            if not (global_share_type_1 is None):
                raise TypeError("global_share: expected the documented type, got " + type(global_share_type_1).__name__)

            return global_share_type_1

        global_share = _parse_global_share(d.pop("global_share", UNSET))

        def _parse_resource_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                resource_type_type_0 = data
                if not (isinstance(resource_type_type_0, str)):
                    raise TypeError("resource_type: expected a string, got " + type(resource_type_type_0).__name__)

                return resource_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            resource_type_type_1 = data
            if not (resource_type_type_1 is None):
                raise TypeError(
                    "resource_type: expected the documented type, got " + type(resource_type_type_1).__name__
                )

            return resource_type_type_1

        resource_type = _parse_resource_type(d.pop("resource_type", UNSET))

        def _parse_expiration_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                expiration_date_type_0 = data
                if not (isinstance(expiration_date_type_0, str)):
                    raise TypeError("expiration_date: expected a string, got " + type(expiration_date_type_0).__name__)

                return expiration_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            expiration_date_type_1 = data
            if not (expiration_date_type_1 is None):
                raise TypeError(
                    "expiration_date: expected the documented type, got " + type(expiration_date_type_1).__name__
                )

            return expiration_date_type_1

        expiration_date = _parse_expiration_date(d.pop("expiration_date", UNSET))

        add_target_slots_request = cls(
            panda_queue=panda_queue,
            slots=slots,
            global_share=global_share,
            resource_type=resource_type,
            expiration_date=expiration_date,
        )

        return add_target_slots_request
