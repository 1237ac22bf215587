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

        out_ds = d.pop("outDS", UNSET)

        statistics = d.pop("statistics", UNSET)

        panda_id = cast(list[int], d.pop("PandaID", UNSET))

        merge_status = d.pop("mergeStatus", UNSET)

        merge_panda_id = cast(list[int], d.pop("mergePandaID", UNSET))

        status = d.pop("status", UNSET)

        cli_params = d.pop("cliParams", UNSET)

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

        task_details.additional_properties = d
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
