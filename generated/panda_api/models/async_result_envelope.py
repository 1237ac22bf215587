from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.async_meta import AsyncMeta
    from ..models.async_raw_result import AsyncRawResult
    from ..models.staging_operation_result import StagingOperationResult


T = TypeVar("T", bound="AsyncResultEnvelope")


@_attrs_define
class AsyncResultEnvelope:
    """The answer of `async_process/get_result`, in one of two shapes. Raw: `success` is the poll's outcome and `data` an
    `AsyncRawResult`; no `async_meta`. Structured: `success`/`message`/`data` are the operation's outcome (`data` e.g. a
    `StagingOperationResult`, or null while unfinished) and `async_meta` is present.

        Attributes:
            success (bool):
            message (str):
            data (AsyncRawResult | None | StagingOperationResult):
            async_meta (AsyncMeta | Unset): The state of a structured-result request; present whenever the poll itself
                succeeded.
    """

    success: bool
    message: str
    data: AsyncRawResult | None | StagingOperationResult
    async_meta: AsyncMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.async_meta import AsyncMeta  # noqa: PLC0415
        from ..models.async_raw_result import AsyncRawResult  # noqa: PLC0415
        from ..models.staging_operation_result import StagingOperationResult  # noqa: PLC0415

        success = self.success

        message = self.message

        data: dict[str, Any] | None
        if isinstance(self.data, AsyncRawResult):
            data = self.data.to_dict()
        elif isinstance(self.data, StagingOperationResult):
            data = self.data.to_dict()
        else:
            data = self.data

        async_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.async_meta, Unset):
            async_meta = self.async_meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "message": message,
                "data": data,
            }
        )
        if async_meta is not UNSET:
            field_dict["async_meta"] = async_meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.async_meta import AsyncMeta  # noqa: PLC0415
        from ..models.async_raw_result import AsyncRawResult  # noqa: PLC0415
        from ..models.staging_operation_result import StagingOperationResult  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")
        if not (isinstance(success, bool)):
            raise TypeError("success: expected true or false, got " + type(success).__name__)

        message = d.pop("message")
        if not (isinstance(message, str)):
            raise TypeError("message: expected a string, got " + type(message).__name__)

        def _parse_data(data: object) -> AsyncRawResult | None | StagingOperationResult:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = AsyncRawResult.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_1 = StagingOperationResult.from_dict(data)

                return data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            data_type_2 = data
            if not (data_type_2 is None):
                raise TypeError("data: expected the documented type, got " + type(data_type_2).__name__)

            return data_type_2

        data = _parse_data(d.pop("data"))

        _async_meta = d.pop("async_meta", UNSET)
        async_meta: AsyncMeta | Unset
        if isinstance(_async_meta, Unset):
            async_meta = UNSET
        else:
            async_meta = AsyncMeta.from_dict(_async_meta)

        async_result_envelope = cls(
            success=success,
            message=message,
            data=data,
            async_meta=async_meta,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        async_result_envelope.additional_properties = additional_properties
        return async_result_envelope

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
