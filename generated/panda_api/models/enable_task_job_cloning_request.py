from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnableTaskJobCloningRequest")


@_attrs_define
class EnableTaskJobCloningRequest:
    """
    Attributes:
        jedi_task_id (int): The JEDI task ID.
        mode (None | str | Unset): `runonce` or `storeonce`.
        multiplicity (int | None | Unset): Number of clones created for each job.
        num_sites (int | None | Unset): Number of sites used for the clones of each job.
    """

    jedi_task_id: int
    mode: None | str | Unset = UNSET
    multiplicity: int | None | Unset = UNSET
    num_sites: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        jedi_task_id = self.jedi_task_id

        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        else:
            mode = self.mode

        multiplicity: int | None | Unset
        if isinstance(self.multiplicity, Unset):
            multiplicity = UNSET
        else:
            multiplicity = self.multiplicity

        num_sites: int | None | Unset
        if isinstance(self.num_sites, Unset):
            num_sites = UNSET
        else:
            num_sites = self.num_sites

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "jedi_task_id": jedi_task_id,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode
        if multiplicity is not UNSET:
            field_dict["multiplicity"] = multiplicity
        if num_sites is not UNSET:
            field_dict["num_sites"] = num_sites

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        jedi_task_id = d.pop("jedi_task_id")

        def _parse_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mode = _parse_mode(d.pop("mode", UNSET))

        def _parse_multiplicity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        multiplicity = _parse_multiplicity(d.pop("multiplicity", UNSET))

        def _parse_num_sites(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        num_sites = _parse_num_sites(d.pop("num_sites", UNSET))

        enable_task_job_cloning_request = cls(
            jedi_task_id=jedi_task_id,
            mode=mode,
            multiplicity=multiplicity,
            num_sites=num_sites,
        )

        return enable_task_job_cloning_request
