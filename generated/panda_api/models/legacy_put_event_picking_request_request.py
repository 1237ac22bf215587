from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.legacy_put_event_picking_request_request_give_guid import LegacyPutEventPickingRequestRequestGiveGUID
from ..types import UNSET, Unset

T = TypeVar("T", bound="LegacyPutEventPickingRequestRequest")


@_attrs_define
class LegacyPutEventPickingRequestRequest:
    """
    Attributes:
        run_event_list (str | Unset): Lines `<run> <event>` (or `<run> <event> <guid>` with giveGUID). Default: ''.
        event_pick_data_type (str | Unset): The data type, e.g. `AOD`. Default: ''.
        event_pick_stream_name (str | Unset): The stream name, e.g. `physics_Main`. Default: ''.
        event_pick_ds (str | Unset): Comma-separated dataset name patterns to pick from. Default: ''.
        event_pick_ami_tag (str | Unset): The AMI tag. Default: ''.
        user_dataset_name (str | Unset): The output dataset (panda-client sends the first two fields of outDS plus
            `.<uuid>/`). Default: ''.
        locked_by (str | Unset): The agent locking the request. Default: ''.
        params (str | Unset): Extra parameters (free text). Default: ''.
        input_file_list (str | Unset): Comma-separated input file names. Default: ''.
        event_pick_num_sites (str | Unset): Number of sites to spread over (panda-client sends it only if > 1). Default:
            ''.
        user_task_name (str | Unset): The user task name. Default: ''.
        ei_api (str | Unset): The event index API to use. Default: ''.
        give_guid (LegacyPutEventPickingRequestRequestGiveGUID | Unset): `True` if each runEventList line has a third
            column, the GUID; anything else means no GUID column.
    """

    run_event_list: str | Unset = ""
    event_pick_data_type: str | Unset = ""
    event_pick_stream_name: str | Unset = ""
    event_pick_ds: str | Unset = ""
    event_pick_ami_tag: str | Unset = ""
    user_dataset_name: str | Unset = ""
    locked_by: str | Unset = ""
    params: str | Unset = ""
    input_file_list: str | Unset = ""
    event_pick_num_sites: str | Unset = ""
    user_task_name: str | Unset = ""
    ei_api: str | Unset = ""
    give_guid: LegacyPutEventPickingRequestRequestGiveGUID | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        run_event_list = self.run_event_list

        event_pick_data_type = self.event_pick_data_type

        event_pick_stream_name = self.event_pick_stream_name

        event_pick_ds = self.event_pick_ds

        event_pick_ami_tag = self.event_pick_ami_tag

        user_dataset_name = self.user_dataset_name

        locked_by = self.locked_by

        params = self.params

        input_file_list = self.input_file_list

        event_pick_num_sites = self.event_pick_num_sites

        user_task_name = self.user_task_name

        ei_api = self.ei_api

        give_guid: str | Unset = UNSET
        if not isinstance(self.give_guid, Unset):
            give_guid = self.give_guid.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if run_event_list is not UNSET:
            field_dict["runEventList"] = run_event_list
        if event_pick_data_type is not UNSET:
            field_dict["eventPickDataType"] = event_pick_data_type
        if event_pick_stream_name is not UNSET:
            field_dict["eventPickStreamName"] = event_pick_stream_name
        if event_pick_ds is not UNSET:
            field_dict["eventPickDS"] = event_pick_ds
        if event_pick_ami_tag is not UNSET:
            field_dict["eventPickAmiTag"] = event_pick_ami_tag
        if user_dataset_name is not UNSET:
            field_dict["userDatasetName"] = user_dataset_name
        if locked_by is not UNSET:
            field_dict["lockedBy"] = locked_by
        if params is not UNSET:
            field_dict["params"] = params
        if input_file_list is not UNSET:
            field_dict["inputFileList"] = input_file_list
        if event_pick_num_sites is not UNSET:
            field_dict["eventPickNumSites"] = event_pick_num_sites
        if user_task_name is not UNSET:
            field_dict["userTaskName"] = user_task_name
        if ei_api is not UNSET:
            field_dict["ei_api"] = ei_api
        if give_guid is not UNSET:
            field_dict["giveGUID"] = give_guid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        run_event_list = d.pop("runEventList", UNSET)
        if not (isinstance(run_event_list, str)) and run_event_list is not UNSET:
            raise TypeError("runEventList: expected a string, got " + type(run_event_list).__name__)

        event_pick_data_type = d.pop("eventPickDataType", UNSET)
        if not (isinstance(event_pick_data_type, str)) and event_pick_data_type is not UNSET:
            raise TypeError("eventPickDataType: expected a string, got " + type(event_pick_data_type).__name__)

        event_pick_stream_name = d.pop("eventPickStreamName", UNSET)
        if not (isinstance(event_pick_stream_name, str)) and event_pick_stream_name is not UNSET:
            raise TypeError("eventPickStreamName: expected a string, got " + type(event_pick_stream_name).__name__)

        event_pick_ds = d.pop("eventPickDS", UNSET)
        if not (isinstance(event_pick_ds, str)) and event_pick_ds is not UNSET:
            raise TypeError("eventPickDS: expected a string, got " + type(event_pick_ds).__name__)

        event_pick_ami_tag = d.pop("eventPickAmiTag", UNSET)
        if not (isinstance(event_pick_ami_tag, str)) and event_pick_ami_tag is not UNSET:
            raise TypeError("eventPickAmiTag: expected a string, got " + type(event_pick_ami_tag).__name__)

        user_dataset_name = d.pop("userDatasetName", UNSET)
        if not (isinstance(user_dataset_name, str)) and user_dataset_name is not UNSET:
            raise TypeError("userDatasetName: expected a string, got " + type(user_dataset_name).__name__)

        locked_by = d.pop("lockedBy", UNSET)
        if not (isinstance(locked_by, str)) and locked_by is not UNSET:
            raise TypeError("lockedBy: expected a string, got " + type(locked_by).__name__)

        params = d.pop("params", UNSET)
        if not (isinstance(params, str)) and params is not UNSET:
            raise TypeError("params: expected a string, got " + type(params).__name__)

        input_file_list = d.pop("inputFileList", UNSET)
        if not (isinstance(input_file_list, str)) and input_file_list is not UNSET:
            raise TypeError("inputFileList: expected a string, got " + type(input_file_list).__name__)

        event_pick_num_sites = d.pop("eventPickNumSites", UNSET)
        if not (isinstance(event_pick_num_sites, str)) and event_pick_num_sites is not UNSET:
            raise TypeError("eventPickNumSites: expected a string, got " + type(event_pick_num_sites).__name__)

        user_task_name = d.pop("userTaskName", UNSET)
        if not (isinstance(user_task_name, str)) and user_task_name is not UNSET:
            raise TypeError("userTaskName: expected a string, got " + type(user_task_name).__name__)

        ei_api = d.pop("ei_api", UNSET)
        if not (isinstance(ei_api, str)) and ei_api is not UNSET:
            raise TypeError("ei_api: expected a string, got " + type(ei_api).__name__)

        _give_guid = d.pop("giveGUID", UNSET)
        give_guid: LegacyPutEventPickingRequestRequestGiveGUID | Unset
        if isinstance(_give_guid, Unset):
            give_guid = UNSET
        else:
            give_guid = LegacyPutEventPickingRequestRequestGiveGUID(_give_guid)

        legacy_put_event_picking_request_request = cls(
            run_event_list=run_event_list,
            event_pick_data_type=event_pick_data_type,
            event_pick_stream_name=event_pick_stream_name,
            event_pick_ds=event_pick_ds,
            event_pick_ami_tag=event_pick_ami_tag,
            user_dataset_name=user_dataset_name,
            locked_by=locked_by,
            params=params,
            input_file_list=input_file_list,
            event_pick_num_sites=event_pick_num_sites,
            user_task_name=user_task_name,
            ei_api=ei_api,
            give_guid=give_guid,
        )

        return legacy_put_event_picking_request_request
