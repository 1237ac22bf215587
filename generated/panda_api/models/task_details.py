from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskDetails")


@_attrs_define
class TaskDetails:
    """The digest of a task from `task/get_details`.

    Attributes:
        in_ds (str | Unset): Comma-separated input dataset (container) names.
        out_ds (str | Unset): Comma-separated output and log dataset (container) names.
        statistics (str | Unset): Input-file counts as `state*n` joined by commas, e.g. `finished*10,running*2`.
        panda_id (list[int] | Unset): PanDA IDs of the jobs that used the primary input.
        merge_status (Any | Unset): Always null in server 1.0.4.
        merge_panda_id (list[int] | Unset): PanDA IDs of the merge jobs.
        status (str | Unset): The task status (only with `include_status`).
        cli_params (str | Unset): The command line (only with `include_parameters`; empty if none).
    """

    in_ds: str | Unset = UNSET
    out_ds: str | Unset = UNSET
    statistics: str | Unset = UNSET
    panda_id: list[int] | Unset = UNSET
    merge_status: Any | Unset = UNSET
    merge_panda_id: list[int] | Unset = UNSET
    status: str | Unset = UNSET
    cli_params: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_ds = self.in_ds

        out_ds = self.out_ds

        statistics = self.statistics

        panda_id: list[int] | Unset = UNSET
        if not isinstance(self.panda_id, Unset):
            panda_id = self.panda_id

        merge_status = self.merge_status

        merge_panda_id: list[int] | Unset = UNSET
        if not isinstance(self.merge_panda_id, Unset):
            merge_panda_id = self.merge_panda_id

        status = self.status

        cli_params = self.cli_params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if in_ds is not UNSET:
            field_dict["inDS"] = in_ds
        if out_ds is not UNSET:
            field_dict["outDS"] = out_ds
        if statistics is not UNSET:
            field_dict["statistics"] = statistics
        if panda_id is not UNSET:
            field_dict["PandaID"] = panda_id
        if merge_status is not UNSET:
            field_dict["mergeStatus"] = merge_status
        if merge_panda_id is not UNSET:
            field_dict["mergePandaID"] = merge_panda_id
        if status is not UNSET:
            field_dict["status"] = status
        if cli_params is not UNSET:
            field_dict["cliParams"] = cli_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        in_ds = d.pop("inDS", UNSET)
        if not (isinstance(in_ds, str)) and in_ds is not UNSET:
            raise TypeError("inDS: expected a string, got " + type(in_ds).__name__)

        out_ds = d.pop("outDS", UNSET)
        if not (isinstance(out_ds, str)) and out_ds is not UNSET:
            raise TypeError("outDS: expected a string, got " + type(out_ds).__name__)

        statistics = d.pop("statistics", UNSET)
        if not (isinstance(statistics, str)) and statistics is not UNSET:
            raise TypeError("statistics: expected a string, got " + type(statistics).__name__)

        _panda_id = d.pop("PandaID", UNSET)
        panda_id: list[int] | Unset = UNSET
        if _panda_id is not UNSET:
            panda_id = []
            for panda_id_item_data in _panda_id:
                panda_id_item = panda_id_item_data
                if not (
                    isinstance(panda_id_item, int)
                    and not isinstance(panda_id_item, bool)
                    and -(2**63) <= panda_id_item < 2**63
                ):
                    raise TypeError("PandaID_item: expected a 64-bit integer, got " + type(panda_id_item).__name__)

                panda_id.append(panda_id_item)

        merge_status = d.pop("mergeStatus", UNSET)

        _merge_panda_id = d.pop("mergePandaID", UNSET)
        merge_panda_id: list[int] | Unset = UNSET
        if _merge_panda_id is not UNSET:
            merge_panda_id = []
            for merge_panda_id_item_data in _merge_panda_id:
                merge_panda_id_item = merge_panda_id_item_data
                if not (
                    isinstance(merge_panda_id_item, int)
                    and not isinstance(merge_panda_id_item, bool)
                    and -(2**63) <= merge_panda_id_item < 2**63
                ):
                    raise TypeError(
                        "mergePandaID_item: expected a 64-bit integer, got " + type(merge_panda_id_item).__name__
                    )

                merge_panda_id.append(merge_panda_id_item)

        status = d.pop("status", UNSET)
        if not (isinstance(status, str)) and status is not UNSET:
            raise TypeError("status: expected a string, got " + type(status).__name__)

        cli_params = d.pop("cliParams", UNSET)
        if not (isinstance(cli_params, str)) and cli_params is not UNSET:
            raise TypeError("cliParams: expected a string, got " + type(cli_params).__name__)

        task_details = cls(
            in_ds=in_ds,
            out_ds=out_ds,
            statistics=statistics,
            panda_id=panda_id,
            merge_status=merge_status,
            merge_panda_id=merge_panda_id,
            status=status,
            cli_params=cli_params,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        task_details.additional_properties = additional_properties
        return task_details

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
