from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StagingOperationResult")


@_attrs_define
class StagingOperationResult:
    """The staging request after a Data Carousel operation. change_staging_destination gives request_id, new_request_id
    and dataset; change_staging_source gives request_id, dataset, source_rse and ddm_rule_id; force_to_staging and
    retire_unused give request_id, dataset, status and ddm_rule_id.

        Attributes:
            request_id (int | Unset): The staging request ID (the original one for a change of destination).
            new_request_id (int | Unset): The ID of the resubmitted request (change of destination only).
            dataset (str | Unset): The Rucio DID `scope:name`.
            status (str | Unset): The request status: `queued`, `staging`, `done`, `cancelled` or `retired`.
            source_rse (None | str | Unset):
            ddm_rule_id (None | str | Unset):
    """

    request_id: int | Unset = UNSET
    new_request_id: int | Unset = UNSET
    dataset: str | Unset = UNSET
    status: str | Unset = UNSET
    source_rse: None | str | Unset = UNSET
    ddm_rule_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        new_request_id = self.new_request_id

        dataset = self.dataset

        status = self.status

        source_rse: None | str | Unset
        if isinstance(self.source_rse, Unset):
            source_rse = UNSET
        else:
            source_rse = self.source_rse

        ddm_rule_id: None | str | Unset
        if isinstance(self.ddm_rule_id, Unset):
            ddm_rule_id = UNSET
        else:
            ddm_rule_id = self.ddm_rule_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if new_request_id is not UNSET:
            field_dict["new_request_id"] = new_request_id
        if dataset is not UNSET:
            field_dict["dataset"] = dataset
        if status is not UNSET:
            field_dict["status"] = status
        if source_rse is not UNSET:
            field_dict["source_rse"] = source_rse
        if ddm_rule_id is not UNSET:
            field_dict["ddm_rule_id"] = ddm_rule_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("request_id", UNSET)

        new_request_id = d.pop("new_request_id", UNSET)

        dataset = d.pop("dataset", UNSET)

        status = d.pop("status", UNSET)

        def _parse_source_rse(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_rse = _parse_source_rse(d.pop("source_rse", UNSET))

        def _parse_ddm_rule_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ddm_rule_id = _parse_ddm_rule_id(d.pop("ddm_rule_id", UNSET))

        staging_operation_result = cls(
            request_id=request_id,
            new_request_id=new_request_id,
            dataset=dataset,
            status=status,
            source_rse=source_rse,
            ddm_rule_id=ddm_rule_id,
        )

        staging_operation_result.additional_properties = d
        return staging_operation_result

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
