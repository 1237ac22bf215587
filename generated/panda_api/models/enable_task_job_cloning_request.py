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
        if not (
            isinstance(jedi_task_id, int) and not isinstance(jedi_task_id, bool) and -(2**63) <= jedi_task_id < 2**63
        ):
            raise TypeError("jedi_task_id: expected a 64-bit integer, got " + type(jedi_task_id).__name__)

        def _parse_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                mode_type_0 = data
                if not (isinstance(mode_type_0, str)):
                    raise TypeError("mode: expected a string, got " + type(mode_type_0).__name__)

                return mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            mode_type_1 = data
            if not (mode_type_1 is None):
                raise TypeError("mode: expected the documented type, got " + type(mode_type_1).__name__)

            return mode_type_1

        mode = _parse_mode(d.pop("mode", UNSET))

        def _parse_multiplicity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                multiplicity_type_0 = data
                if not (
                    isinstance(multiplicity_type_0, int)
                    and not isinstance(multiplicity_type_0, bool)
                    and -(2**63) <= multiplicity_type_0 < 2**63
                ):
                    raise TypeError(
                        "multiplicity: expected a 64-bit integer, got " + type(multiplicity_type_0).__name__
                    )

                return multiplicity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            multiplicity_type_1 = data
            if not (multiplicity_type_1 is None):
                raise TypeError("multiplicity: expected the documented type, got " + type(multiplicity_type_1).__name__)

            return multiplicity_type_1

        multiplicity = _parse_multiplicity(d.pop("multiplicity", UNSET))

        def _parse_num_sites(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                num_sites_type_0 = data
                if not (
                    isinstance(num_sites_type_0, int)
                    and not isinstance(num_sites_type_0, bool)
                    and -(2**63) <= num_sites_type_0 < 2**63
                ):
                    raise TypeError("num_sites: expected a 64-bit integer, got " + type(num_sites_type_0).__name__)

                return num_sites_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            num_sites_type_1 = data
            if not (num_sites_type_1 is None):
                raise TypeError("num_sites: expected the documented type, got " + type(num_sites_type_1).__name__)

            return num_sites_type_1

        num_sites = _parse_num_sites(d.pop("num_sites", UNSET))

        enable_task_job_cloning_request = cls(
            jedi_task_id=jedi_task_id,
            mode=mode,
            multiplicity=multiplicity,
            num_sites=num_sites,
        )

        return enable_task_job_cloning_request
