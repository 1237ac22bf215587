from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.manage_job_request_action import ManageJobRequestAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="ManageJobRequest")


@_attrs_define
class ManageJobRequest:
    """
    Attributes:
        action (ManageJobRequestAction): Case-insensitive on the server. agavepy declares only stop and resubmit.
        ignore_input_conflicts (str | Unset): resubmit only; `"true"`/`"1"` (default) or anything else to disable.
            Default: 'true'.
        ignore_parameter_conflicts (str | Unset): resubmit only; `"true"`/`"1"` (default) or anything else to disable.
            Default: 'true'.
        preserve_notifications (str | Unset): resubmit only; parsed but ignored by 2.2.27. Default: 'true'.
    """

    action: ManageJobRequestAction
    ignore_input_conflicts: str | Unset = "true"
    ignore_parameter_conflicts: str | Unset = "true"
    preserve_notifications: str | Unset = "true"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        ignore_input_conflicts = self.ignore_input_conflicts

        ignore_parameter_conflicts = self.ignore_parameter_conflicts

        preserve_notifications = self.preserve_notifications

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if ignore_input_conflicts is not UNSET:
            field_dict["ignoreInputConflicts"] = ignore_input_conflicts
        if ignore_parameter_conflicts is not UNSET:
            field_dict["ignoreParameterConflicts"] = ignore_parameter_conflicts
        if preserve_notifications is not UNSET:
            field_dict["preserveNotifications"] = preserve_notifications

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = ManageJobRequestAction(d.pop("action"))

        ignore_input_conflicts = d.pop("ignoreInputConflicts", UNSET)
        if not (isinstance(ignore_input_conflicts, str)) and ignore_input_conflicts is not UNSET:
            raise TypeError("ignoreInputConflicts: expected a string, got " + type(ignore_input_conflicts).__name__)

        ignore_parameter_conflicts = d.pop("ignoreParameterConflicts", UNSET)
        if not (isinstance(ignore_parameter_conflicts, str)) and ignore_parameter_conflicts is not UNSET:
            raise TypeError(
                "ignoreParameterConflicts: expected a string, got " + type(ignore_parameter_conflicts).__name__
            )

        preserve_notifications = d.pop("preserveNotifications", UNSET)
        if not (isinstance(preserve_notifications, str)) and preserve_notifications is not UNSET:
            raise TypeError("preserveNotifications: expected a string, got " + type(preserve_notifications).__name__)

        manage_job_request = cls(
            action=action,
            ignore_input_conflicts=ignore_input_conflicts,
            ignore_parameter_conflicts=ignore_parameter_conflicts,
            preserve_notifications=preserve_notifications,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        manage_job_request.additional_properties = additional_properties
        return manage_job_request

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
