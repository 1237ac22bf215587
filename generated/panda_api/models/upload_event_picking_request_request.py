from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadEventPickingRequestRequest")


@_attrs_define
class UploadEventPickingRequestRequest:
    """
    Attributes:
        run_event_list (str | Unset): One `run event` pair per line (`run event guid` with include_guids). Default: ''.
        data_type (str | Unset): The data type, e.g. `AOD`. Default: ''.
        stream_name (str | Unset): The stream name, e.g. `physics_Main`. Default: ''.
        dataset_name (str | Unset): The dataset to pick from. Default: ''.
        ami_tag (str | Unset): The AMI tag. Default: ''.
        user_dataset_name (str | Unset): The output dataset name. Default: ''.
        locked_by (str | Unset): The locking agent. Default: ''.
        parameters (str | Unset): Extra parameters, stored verbatim. Default: ''.
        input_file_list (str | Unset): A comma-separated list of input files. Default: ''.
        n_sites (str | Unset): The number of sites, as text. Default: ''.
        user_task_name (str | Unset): The user task name. Default: ''.
        ei_api (str | Unset): The EventIndex API to use. Default: ''.
        include_guids (bool | Unset): Each line of run_event_list carries a third field, the GUID. Default: False.
    """

    run_event_list: str | Unset = ""
    data_type: str | Unset = ""
    stream_name: str | Unset = ""
    dataset_name: str | Unset = ""
    ami_tag: str | Unset = ""
    user_dataset_name: str | Unset = ""
    locked_by: str | Unset = ""
    parameters: str | Unset = ""
    input_file_list: str | Unset = ""
    n_sites: str | Unset = ""
    user_task_name: str | Unset = ""
    ei_api: str | Unset = ""
    include_guids: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        run_event_list = self.run_event_list

        data_type = self.data_type

        stream_name = self.stream_name

        dataset_name = self.dataset_name

        ami_tag = self.ami_tag

        user_dataset_name = self.user_dataset_name

        locked_by = self.locked_by

        parameters = self.parameters

        input_file_list = self.input_file_list

        n_sites = self.n_sites

        user_task_name = self.user_task_name

        ei_api = self.ei_api

        include_guids = self.include_guids

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if run_event_list is not UNSET:
            field_dict["run_event_list"] = run_event_list
        if data_type is not UNSET:
            field_dict["data_type"] = data_type
        if stream_name is not UNSET:
            field_dict["stream_name"] = stream_name
        if dataset_name is not UNSET:
            field_dict["dataset_name"] = dataset_name
        if ami_tag is not UNSET:
            field_dict["ami_tag"] = ami_tag
        if user_dataset_name is not UNSET:
            field_dict["user_dataset_name"] = user_dataset_name
        if locked_by is not UNSET:
            field_dict["locked_by"] = locked_by
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if input_file_list is not UNSET:
            field_dict["input_file_list"] = input_file_list
        if n_sites is not UNSET:
            field_dict["n_sites"] = n_sites
        if user_task_name is not UNSET:
            field_dict["user_task_name"] = user_task_name
        if ei_api is not UNSET:
            field_dict["ei_api"] = ei_api
        if include_guids is not UNSET:
            field_dict["include_guids"] = include_guids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        run_event_list = d.pop("run_event_list", UNSET)
        if not (isinstance(run_event_list, str)) and run_event_list is not UNSET:
            raise TypeError("run_event_list: expected a string, got " + type(run_event_list).__name__)

        data_type = d.pop("data_type", UNSET)
        if not (isinstance(data_type, str)) and data_type is not UNSET:
            raise TypeError("data_type: expected a string, got " + type(data_type).__name__)

        stream_name = d.pop("stream_name", UNSET)
        if not (isinstance(stream_name, str)) and stream_name is not UNSET:
            raise TypeError("stream_name: expected a string, got " + type(stream_name).__name__)

        dataset_name = d.pop("dataset_name", UNSET)
        if not (isinstance(dataset_name, str)) and dataset_name is not UNSET:
            raise TypeError("dataset_name: expected a string, got " + type(dataset_name).__name__)

        ami_tag = d.pop("ami_tag", UNSET)
        if not (isinstance(ami_tag, str)) and ami_tag is not UNSET:
            raise TypeError("ami_tag: expected a string, got " + type(ami_tag).__name__)

        user_dataset_name = d.pop("user_dataset_name", UNSET)
        if not (isinstance(user_dataset_name, str)) and user_dataset_name is not UNSET:
            raise TypeError("user_dataset_name: expected a string, got " + type(user_dataset_name).__name__)

        locked_by = d.pop("locked_by", UNSET)
        if not (isinstance(locked_by, str)) and locked_by is not UNSET:
            raise TypeError("locked_by: expected a string, got " + type(locked_by).__name__)

        parameters = d.pop("parameters", UNSET)
        if not (isinstance(parameters, str)) and parameters is not UNSET:
            raise TypeError("parameters: expected a string, got " + type(parameters).__name__)

        input_file_list = d.pop("input_file_list", UNSET)
        if not (isinstance(input_file_list, str)) and input_file_list is not UNSET:
            raise TypeError("input_file_list: expected a string, got " + type(input_file_list).__name__)

        n_sites = d.pop("n_sites", UNSET)
        if not (isinstance(n_sites, str)) and n_sites is not UNSET:
            raise TypeError("n_sites: expected a string, got " + type(n_sites).__name__)

        user_task_name = d.pop("user_task_name", UNSET)
        if not (isinstance(user_task_name, str)) and user_task_name is not UNSET:
            raise TypeError("user_task_name: expected a string, got " + type(user_task_name).__name__)

        ei_api = d.pop("ei_api", UNSET)
        if not (isinstance(ei_api, str)) and ei_api is not UNSET:
            raise TypeError("ei_api: expected a string, got " + type(ei_api).__name__)

        include_guids = d.pop("include_guids", UNSET)
        if not (isinstance(include_guids, bool)) and include_guids is not UNSET:
            raise TypeError("include_guids: expected true or false, got " + type(include_guids).__name__)

        upload_event_picking_request_request = cls(
            run_event_list=run_event_list,
            data_type=data_type,
            stream_name=stream_name,
            dataset_name=dataset_name,
            ami_tag=ami_tag,
            user_dataset_name=user_dataset_name,
            locked_by=locked_by,
            parameters=parameters,
            input_file_list=input_file_list,
            n_sites=n_sites,
            user_task_name=user_task_name,
            ei_api=ei_api,
            include_guids=include_guids,
        )

        return upload_event_picking_request_request
