from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.submit_workflow_raw_request_request_params_type_0 import SubmitWorkflowRawRequestRequestParamsType0


T = TypeVar("T", bound="SubmitWorkflowRawRequestRequest")


@_attrs_define
class SubmitWorkflowRawRequestRequest:
    """
    Attributes:
        params (str | SubmitWorkflowRawRequestRequestParamsType0): The raw request parameters, as an object or as its
            JSON text.
    """

    params: str | SubmitWorkflowRawRequestRequestParamsType0

    def to_dict(self) -> dict[str, Any]:
        from ..models.submit_workflow_raw_request_request_params_type_0 import (
            SubmitWorkflowRawRequestRequestParamsType0,  # noqa: PLC0415
        )

        params: dict[str, Any] | str
        if isinstance(self.params, SubmitWorkflowRawRequestRequestParamsType0):
            params = self.params.to_dict()
        else:
            params = self.params

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "params": params,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.submit_workflow_raw_request_request_params_type_0 import (
            SubmitWorkflowRawRequestRequestParamsType0,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_params(data: object) -> str | SubmitWorkflowRawRequestRequestParamsType0:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_0 = SubmitWorkflowRawRequestRequestParamsType0.from_dict(data)

                return params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            params_type_1 = data
            if not (isinstance(params_type_1, str)):
                raise TypeError("params: expected a string, got " + type(params_type_1).__name__)

            return params_type_1

        params = _parse_params(d.pop("params"))

        submit_workflow_raw_request_request = cls(
            params=params,
        )

        return submit_workflow_raw_request_request
