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
        if not (isinstance(task_id, int) and not isinstance(task_id, bool) and -(2**63) <= task_id < 2**63):
            raise TypeError("task_id: expected a 64-bit integer, got " + type(task_id).__name__)

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
            try:
                if not True:
                    raise TypeError()
                new_parameters_type_1 = data
                if not (isinstance(new_parameters_type_1, str)):
                    raise TypeError("new_parameters: expected a string, got " + type(new_parameters_type_1).__name__)

                return new_parameters_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            new_parameters_type_2 = data
            if not (new_parameters_type_2 is None):
                raise TypeError(
                    "new_parameters: expected the documented type, got " + type(new_parameters_type_2).__name__
                )

            return new_parameters_type_2

        new_parameters = _parse_new_parameters(d.pop("new_parameters", UNSET))

        no_child_retry = d.pop("no_child_retry", UNSET)
        if not (isinstance(no_child_retry, bool)) and no_child_retry is not UNSET:
            raise TypeError("no_child_retry: expected true or false, got " + type(no_child_retry).__name__)

        discard_events = d.pop("discard_events", UNSET)
        if not (isinstance(discard_events, bool)) and discard_events is not UNSET:
            raise TypeError("discard_events: expected true or false, got " + type(discard_events).__name__)

        disable_staging_mode = d.pop("disable_staging_mode", UNSET)
        if not (isinstance(disable_staging_mode, bool)) and disable_staging_mode is not UNSET:
            raise TypeError("disable_staging_mode: expected true or false, got " + type(disable_staging_mode).__name__)

        keep_gshare_priority = d.pop("keep_gshare_priority", UNSET)
        if not (isinstance(keep_gshare_priority, bool)) and keep_gshare_priority is not UNSET:
            raise TypeError("keep_gshare_priority: expected true or false, got " + type(keep_gshare_priority).__name__)

        ignore_hard_exhausted = d.pop("ignore_hard_exhausted", UNSET)
        if not (isinstance(ignore_hard_exhausted, bool)) and ignore_hard_exhausted is not UNSET:
            raise TypeError(
                "ignore_hard_exhausted: expected true or false, got " + type(ignore_hard_exhausted).__name__
            )

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
