from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChangeStagingSourceRequest")


@_attrs_define
class ChangeStagingSourceRequest:
    """
    Attributes:
        request_id (int | None | Unset): The staging request ID; wins over dataset.
        dataset (None | str | Unset): The dataset of the staging request, a Rucio DID `scope:name`.
        cancel_fts (bool | Unset): Also cancel the current FTS requests in DDM. Default: False.
        change_src_expr (bool | Unset): Replace the old source in the DDM rule's source replica expression instead of
            just dropping it. Default: False.
        source_rse (None | str | Unset): Use this source RSE instead of a random choice; implies change_src_expr.
    """

    request_id: int | None | Unset = UNSET
    dataset: None | str | Unset = UNSET
    cancel_fts: bool | Unset = False
    change_src_expr: bool | Unset = False
    source_rse: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        request_id: int | None | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        dataset: None | str | Unset
        if isinstance(self.dataset, Unset):
            dataset = UNSET
        else:
            dataset = self.dataset

        cancel_fts = self.cancel_fts

        change_src_expr = self.change_src_expr

        source_rse: None | str | Unset
        if isinstance(self.source_rse, Unset):
            source_rse = UNSET
        else:
            source_rse = self.source_rse

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if dataset is not UNSET:
            field_dict["dataset"] = dataset
        if cancel_fts is not UNSET:
            field_dict["cancel_fts"] = cancel_fts
        if change_src_expr is not UNSET:
            field_dict["change_src_expr"] = change_src_expr
        if source_rse is not UNSET:
            field_dict["source_rse"] = source_rse

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_request_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                request_id_type_0 = data
                if not (
                    isinstance(request_id_type_0, int)
                    and not isinstance(request_id_type_0, bool)
                    and -(2**63) <= request_id_type_0 < 2**63
                ):
                    raise TypeError("request_id: expected a 64-bit integer, got " + type(request_id_type_0).__name__)

                return request_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            request_id_type_1 = data
            if not (request_id_type_1 is None):
                raise TypeError("request_id: expected the documented type, got " + type(request_id_type_1).__name__)

            return request_id_type_1

        request_id = _parse_request_id(d.pop("request_id", UNSET))

        def _parse_dataset(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                dataset_type_0 = data
                if not (isinstance(dataset_type_0, str)):
                    raise TypeError("dataset: expected a string, got " + type(dataset_type_0).__name__)

                return dataset_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            dataset_type_1 = data
            if not (dataset_type_1 is None):
                raise TypeError("dataset: expected the documented type, got " + type(dataset_type_1).__name__)

            return dataset_type_1

        dataset = _parse_dataset(d.pop("dataset", UNSET))

        cancel_fts = d.pop("cancel_fts", UNSET)
        if not (isinstance(cancel_fts, bool)) and cancel_fts is not UNSET:
            raise TypeError("cancel_fts: expected true or false, got " + type(cancel_fts).__name__)

        change_src_expr = d.pop("change_src_expr", UNSET)
        if not (isinstance(change_src_expr, bool)) and change_src_expr is not UNSET:
            raise TypeError("change_src_expr: expected true or false, got " + type(change_src_expr).__name__)

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

        change_staging_source_request = cls(
            request_id=request_id,
            dataset=dataset,
            cancel_fts=cancel_fts,
            change_src_expr=change_src_expr,
            source_rse=source_rse,
        )

        return change_staging_source_request
