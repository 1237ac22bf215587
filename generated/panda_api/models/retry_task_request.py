from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.retry_task_request_new_parameters_type_0 import RetryTaskRequestNewParametersType0


T = TypeVar("T", bound="RetryTaskRequest")


@_attrs_define
class RetryTaskRequest:
    """
    Attributes:
        task_id (int): The JEDI task ID.
        new_parameters (None | RetryTaskRequestNewParametersType0 | str | Unset): Task parameters to merge into the
            stored ones; a non-empty value re-registers the task (incexec)
            and makes the flags below irrelevant. An object, or the JSON text of an object; null or empty means
            a plain retry.
        no_child_retry (bool | Unset): Do not retry the child tasks. Default: False.
        discard_events (bool | Unset): Discard the events (event service). Default: False.
        disable_staging_mode (bool | Unset): Skip the staging state and go directly to the next state. Default: False.
        keep_gshare_priority (bool | Unset): Keep the current global share and priority. Default: False.
        ignore_hard_exhausted (bool | Unset): Ignore the limits of the hard-exhausted state; dropped silently unless the
            caller has the production role. Default: False.
    """

    task_id: int
    new_parameters: None | RetryTaskRequestNewParametersType0 | str | Unset = UNSET
    no_child_retry: bool | Unset = False
    discard_events: bool | Unset = False
    disable_staging_mode: bool | Unset = False
    keep_gshare_priority: bool | Unset = False
    ignore_hard_exhausted: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        from ..models.retry_task_request_new_parameters_type_0 import RetryTaskRequestNewParametersType0  # noqa: PLC0415

        task_id = self.task_id

        new_parameters: dict[str, Any] | None | str | Unset
        if isinstance(self.new_parameters, Unset):
            new_parameters = UNSET
        elif isinstance(self.new_parameters, RetryTaskRequestNewParametersType0):
            new_parameters = self.new_parameters.to_dict()
        else:
            new_parameters = self.new_parameters

        no_child_retry = self.no_child_retry

        discard_events = self.discard_events

        disable_staging_mode = self.disable_staging_mode

        keep_gshare_priority = self.keep_gshare_priority

        ignore_hard_exhausted = self.ignore_hard_exhausted

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "task_id": task_id,
            }
        )
        if new_parameters is not UNSET:
            field_dict["new_parameters"] = new_parameters
        if no_child_retry is not UNSET:
            field_dict["no_child_retry"] = no_child_retry
        if discard_events is not UNSET:
            field_dict["discard_events"] = discard_events
        if disable_staging_mode is not UNSET:
            field_dict["disable_staging_mode"] = disable_staging_mode
        if keep_gshare_priority is not UNSET:
            field_dict["keep_gshare_priority"] = keep_gshare_priority
        if ignore_hard_exhausted is not UNSET:
            field_dict["ignore_hard_exhausted"] = ignore_hard_exhausted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.retry_task_request_new_parameters_type_0 import RetryTaskRequestNewParametersType0  # noqa: PLC0415

        d = dict(src_dict)
        task_id = d.pop("task_id")

        def _parse_new_parameters(data: object) -> None | RetryTaskRequestNewParametersType0 | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                new_parameters_type_0 = RetryTaskRequestNewParametersType0.from_dict(data)

                return new_parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RetryTaskRequestNewParametersType0 | str | Unset, data)

        new_parameters = _parse_new_parameters(d.pop("new_parameters", UNSET))

        no_child_retry = d.pop("no_child_retry", UNSET)

        discard_events = d.pop("discard_events", UNSET)

        disable_staging_mode = d.pop("disable_staging_mode", UNSET)

        keep_gshare_priority = d.pop("keep_gshare_priority", UNSET)

        ignore_hard_exhausted = d.pop("ignore_hard_exhausted", UNSET)

        retry_task_request = cls(
            task_id=task_id,
            new_parameters=new_parameters,
            no_child_retry=no_child_retry,
            discard_events=discard_events,
            disable_staging_mode=disable_staging_mode,
            keep_gshare_priority=keep_gshare_priority,
            ignore_hard_exhausted=ignore_hard_exhausted,
        )

        return retry_task_request
