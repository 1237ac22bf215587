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
        if (
            not (isinstance(request_id, int) and not isinstance(request_id, bool) and -(2**63) <= request_id < 2**63)
            and request_id is not UNSET
        ):
            raise TypeError("request_id: expected a 64-bit integer, got " + type(request_id).__name__)

        new_request_id = d.pop("new_request_id", UNSET)
        if (
            not (
                isinstance(new_request_id, int)
                and not isinstance(new_request_id, bool)
                and -(2**63) <= new_request_id < 2**63
            )
            and new_request_id is not UNSET
        ):
            raise TypeError("new_request_id: expected a 64-bit integer, got " + type(new_request_id).__name__)

        dataset = d.pop("dataset", UNSET)
        if not (isinstance(dataset, str)) and dataset is not UNSET:
            raise TypeError("dataset: expected a string, got " + type(dataset).__name__)

        status = d.pop("status", UNSET)
        if not (isinstance(status, str)) and status is not UNSET:
            raise TypeError("status: expected a string, got " + type(status).__name__)

        def _parse_source_rse(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                source_rse_type_0 = data
                if not (isinstance(source_rse_type_0, str)):
                    raise TypeError("source_rse: expected a string, got " + type(source_rse_type_0).__name__)

                return source_rse_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            source_rse_type_1 = data
            if not (source_rse_type_1 is None):
                raise TypeError("source_rse: expected the documented type, got " + type(source_rse_type_1).__name__)

            return source_rse_type_1

        source_rse = _parse_source_rse(d.pop("source_rse", UNSET))

        def _parse_ddm_rule_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                ddm_rule_id_type_0 = data
                if not (isinstance(ddm_rule_id_type_0, str)):
                    raise TypeError("ddm_rule_id: expected a string, got " + type(ddm_rule_id_type_0).__name__)

                return ddm_rule_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            ddm_rule_id_type_1 = data
            if not (ddm_rule_id_type_1 is None):
                raise TypeError("ddm_rule_id: expected the documented type, got " + type(ddm_rule_id_type_1).__name__)

            return ddm_rule_id_type_1

        ddm_rule_id = _parse_ddm_rule_id(d.pop("ddm_rule_id", UNSET))

        staging_operation_result = cls(
            request_id=request_id,
            new_request_id=new_request_id,
            dataset=dataset,
            status=status,
            source_rse=source_rse,
            ddm_rule_id=ddm_rule_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        staging_operation_result.additional_properties = additional_properties
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
