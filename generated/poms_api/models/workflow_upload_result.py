from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_upload_result_status import WorkflowUploadResultStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowUploadResult")


@_attrs_define
class WorkflowUploadResult:
    """Result of saving an uploaded campaign .ini, merged with the echoed form fields. On failure only `status` and
    `message` are set.

        Attributes:
            status (WorkflowUploadResultStatus): `201 Created` or `400 Bad Request` (a field, not the HTTP status).
            message (list[str] | str): `OK`; or a list of warnings/errors (`Warning: JobType 'x' already exists and will not
                change.`, `Error: LoginSetup 'x' not found! Campaign is incomplete!`); or an error string (`Bad file format
                ...`, `No Campaign section in the file`, `No Campaign Stage sections in the file`).
            pcl_call (str | Unset): Echoed.
            replace (str | Unset): Echoed.
            upload (str | Unset): Echoed file part, rendered as the placeholder `<uploaded_file_data>`.
            campaign_id (int | Unset):
            campaign_stage_ids (list[list[int | str]] | Unset): `[stage id, stage name]` of every stage of the campaign.
    """

    status: WorkflowUploadResultStatus
    message: list[str] | str
    pcl_call: str | Unset = UNSET
    replace: str | Unset = UNSET
    upload: str | Unset = UNSET
    campaign_id: int | Unset = UNSET
    campaign_stage_ids: list[list[int | str]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        message: list[str] | str
        if isinstance(self.message, list):
            message = self.message

        else:
            message = self.message

        pcl_call = self.pcl_call

        replace = self.replace

        upload = self.upload

        campaign_id = self.campaign_id

        campaign_stage_ids: list[list[int | str]] | Unset = UNSET
        if not isinstance(self.campaign_stage_ids, Unset):
            campaign_stage_ids = []
            for campaign_stage_ids_item_data in self.campaign_stage_ids:
                campaign_stage_ids_item = []
                for campaign_stage_ids_item_item_data in campaign_stage_ids_item_data:
                    campaign_stage_ids_item_item: int | str
                    campaign_stage_ids_item_item = campaign_stage_ids_item_item_data
                    campaign_stage_ids_item.append(campaign_stage_ids_item_item)

                campaign_stage_ids.append(campaign_stage_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "message": message,
            }
        )
        if pcl_call is not UNSET:
            field_dict["pcl_call"] = pcl_call
        if replace is not UNSET:
            field_dict["replace"] = replace
        if upload is not UNSET:
            field_dict["upload"] = upload
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if campaign_stage_ids is not UNSET:
            field_dict["campaign_stage_ids"] = campaign_stage_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = WorkflowUploadResultStatus(d.pop("status"))

        def _parse_message(data: object) -> list[str] | str:
            try:
                if not True:
                    raise TypeError()
                message_type_0 = data
                if not (isinstance(message_type_0, str)):
                    raise TypeError("message: expected a string, got " + type(message_type_0).__name__)

                return message_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            message_type_1 = []
            _message_type_1 = data
            for message_type_1_item_data in _message_type_1:
                message_type_1_item = message_type_1_item_data
                if not (isinstance(message_type_1_item, str)):
                    raise TypeError("message_type_1_item: expected a string, got " + type(message_type_1_item).__name__)

                message_type_1.append(message_type_1_item)

            return message_type_1

        message = _parse_message(d.pop("message"))

        pcl_call = d.pop("pcl_call", UNSET)
        if not (isinstance(pcl_call, str)) and pcl_call is not UNSET:
            raise TypeError("pcl_call: expected a string, got " + type(pcl_call).__name__)

        replace = d.pop("replace", UNSET)
        if not (isinstance(replace, str)) and replace is not UNSET:
            raise TypeError("replace: expected a string, got " + type(replace).__name__)

        upload = d.pop("upload", UNSET)
        if not (isinstance(upload, str)) and upload is not UNSET:
            raise TypeError("upload: expected a string, got " + type(upload).__name__)

        campaign_id = d.pop("campaign_id", UNSET)
        if (
            not (isinstance(campaign_id, int) and not isinstance(campaign_id, bool) and -(2**63) <= campaign_id < 2**63)
            and campaign_id is not UNSET
        ):
            raise TypeError("campaign_id: expected a 64-bit integer, got " + type(campaign_id).__name__)

        _campaign_stage_ids = d.pop("campaign_stage_ids", UNSET)
        campaign_stage_ids: list[list[int | str]] | Unset = UNSET
        if _campaign_stage_ids is not UNSET:
            campaign_stage_ids = []
            for campaign_stage_ids_item_data in _campaign_stage_ids:
                campaign_stage_ids_item = []
                _campaign_stage_ids_item = campaign_stage_ids_item_data
                for campaign_stage_ids_item_item_data in _campaign_stage_ids_item:

                    def _parse_campaign_stage_ids_item_item(data: object) -> int | str:
                        try:
                            if not True:
                                raise TypeError()
                            campaign_stage_ids_item_item_type_0 = data
                            if not (
                                isinstance(campaign_stage_ids_item_item_type_0, int)
                                and not isinstance(campaign_stage_ids_item_item_type_0, bool)
                                and -(2**63) <= campaign_stage_ids_item_item_type_0 < 2**63
                            ):
                                raise TypeError(
                                    "campaign_stage_ids_item_item: expected a 64-bit integer, got "
                                    + type(campaign_stage_ids_item_item_type_0).__name__
                                )

                            return campaign_stage_ids_item_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not True:
                            raise TypeError()
                        campaign_stage_ids_item_item_type_1 = data
                        if not (isinstance(campaign_stage_ids_item_item_type_1, str)):
                            raise TypeError(
                                "campaign_stage_ids_item_item: expected a string, got "
                                + type(campaign_stage_ids_item_item_type_1).__name__
                            )

                        return campaign_stage_ids_item_item_type_1

                    campaign_stage_ids_item_item = _parse_campaign_stage_ids_item_item(
                        campaign_stage_ids_item_item_data
                    )

                    campaign_stage_ids_item.append(campaign_stage_ids_item_item)

                campaign_stage_ids.append(campaign_stage_ids_item)

        workflow_upload_result = cls(
            status=status,
            message=message,
            pcl_call=pcl_call,
            replace=replace,
            upload=upload,
            campaign_id=campaign_id,
            campaign_stage_ids=campaign_stage_ids,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        workflow_upload_result.additional_properties = additional_properties
        return workflow_upload_result

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
