from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_job_request import UpdateJobRequest


T = TypeVar("T", bound="UpdateJobsBulkRequest")


@_attrs_define
class UpdateJobsBulkRequest:
    """
    Attributes:
        job_list (list[UpdateJobRequest]): The jobs to update, each with the keys of the `update_job` body.
        harvester_id (None | str | Unset): The Harvester instance ID (only logged).
    """

    job_list: list[UpdateJobRequest]
    harvester_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_job_request import UpdateJobRequest  # noqa: PLC0415

        job_list = []
        for job_list_item_data in self.job_list:
            job_list_item = job_list_item_data.to_dict()
            job_list.append(job_list_item)

        harvester_id: None | str | Unset
        if isinstance(self.harvester_id, Unset):
            harvester_id = UNSET
        else:
            harvester_id = self.harvester_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "job_list": job_list,
            }
        )
        if harvester_id is not UNSET:
            field_dict["harvester_id"] = harvester_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_job_request import UpdateJobRequest  # noqa: PLC0415

        d = dict(src_dict)
        job_list = []
        _job_list = d.pop("job_list")
        for job_list_item_data in _job_list:
            job_list_item = UpdateJobRequest.from_dict(job_list_item_data)

            job_list.append(job_list_item)

        def _parse_harvester_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                harvester_id_type_0 = data
                if not (isinstance(harvester_id_type_0, str)):
                    raise TypeError("harvester_id: expected a string, got " + type(harvester_id_type_0).__name__)

                return harvester_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            harvester_id_type_1 = data
            if not (harvester_id_type_1 is None):
                raise TypeError("harvester_id: expected the documented type, got " + type(harvester_id_type_1).__name__)

            return harvester_id_type_1

        harvester_id = _parse_harvester_id(d.pop("harvester_id", UNSET))

        update_jobs_bulk_request = cls(
            job_list=job_list,
            harvester_id=harvester_id,
        )

        return update_jobs_bulk_request
