from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.request_stage import RequestStage
from ..models.request_type import RequestType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RequestSummary")


@_attrs_define
class RequestSummary:
    """A request as listed by `get_requests`.

    Attributes:
        request_id (int):
        user (str): Owner of the request.
        request_type (RequestType): Request type as an integer (success answers and lists): 0 PUT, 1 GET, 2 MIGRATE, 3
            DELETE. On input (and in error echoes) the same types are the strings `"PUT"`, `"GET"`, `"MIGRATE"`, `"DELETE"`.
        migration_id (int): Id of the batch the request acts on.
        label (None | str): The batch's label.
        workspace (str): The batch's group workspace.
        storage (str): Backend id: `elastictape` (STFC Elastic Tape) or `objectstore` (JASMIN object store). Stored
            internally as 0/1 but always exposed as the string id. The set is served by `list_backends`.
        stage (RequestStage): Stage of a request (server names; the legacy client prints 3 as `PUT_PACK` and 103 as
            `GET_UNPACK`): 0 PUT_START, 1 PUT_BUILDING, 2 PUT_PENDING, 3 PUT_PACKING, 4 PUTTING, 5 VERIFY_PENDING, 6
            VERIFY_GETTING, 7 VERIFYING, 8 PUT_TIDY, 9 PUT_COMPLETED; 100 GET_START, 101 GET_PENDING, 102 GETTING, 103
            GET_UNPACKING, 104 GET_RESTORE, 105 GET_TIDY, 106 GET_COMPLETED; 200 DELETE_START, 201 DELETE_PENDING, 202
            DELETING, 203 DELETE_TIDY, 204 DELETE_COMPLETED; 1000 FAILED, 1001 FAILED_COMPLETED.
        date (str | Unset): When the request was made: ISO-8601 in UTC, naive with microseconds (`+00:00` when the
            server runs with time zones; no fraction when the microseconds are zero). Absent when not set.
    """

    request_id: int
    user: str
    request_type: RequestType
    migration_id: int
    label: None | str
    workspace: str
    storage: str
    stage: RequestStage
    date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        user = self.user

        request_type = self.request_type.value

        migration_id = self.migration_id

        label: None | str
        label = self.label

        workspace = self.workspace

        storage = self.storage

        stage = self.stage.value

        date = self.date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
                "user": user,
                "request_type": request_type,
                "migration_id": migration_id,
                "label": label,
                "workspace": workspace,
                "storage": storage,
                "stage": stage,
            }
        )
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("request_id")
        if not (isinstance(request_id, int) and not isinstance(request_id, bool) and -(2**63) <= request_id < 2**63):
            raise TypeError("request_id: expected a 64-bit integer, got " + type(request_id).__name__)

        user = d.pop("user")
        if not (isinstance(user, str)):
            raise TypeError("user: expected a string, got " + type(user).__name__)

        request_type = RequestType(d.pop("request_type"))

        migration_id = d.pop("migration_id")
        if not (
            isinstance(migration_id, int) and not isinstance(migration_id, bool) and -(2**63) <= migration_id < 2**63
        ):
            raise TypeError("migration_id: expected a 64-bit integer, got " + type(migration_id).__name__)

        def _parse_label(data: object) -> None | str:
            if data is None:
                return data
            try:
                if not True:
                    raise TypeError()
                label_type_0 = data
                if not (isinstance(label_type_0, str)):
                    raise TypeError("label: expected a string, got " + type(label_type_0).__name__)

                return label_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            label_type_1 = data
            if not (label_type_1 is None):
                raise TypeError("label: expected the documented type, got " + type(label_type_1).__name__)

            return label_type_1

        label = _parse_label(d.pop("label"))

        workspace = d.pop("workspace")
        if not (isinstance(workspace, str)):
            raise TypeError("workspace: expected a string, got " + type(workspace).__name__)

        storage = d.pop("storage")
        if not (isinstance(storage, str)):
            raise TypeError("storage: expected a string, got " + type(storage).__name__)

        stage = RequestStage(d.pop("stage"))

        date = d.pop("date", UNSET)
        if not (isinstance(date, str)) and date is not UNSET:
            raise TypeError("date: expected a string, got " + type(date).__name__)

        request_summary = cls(
            request_id=request_id,
            user=user,
            request_type=request_type,
            migration_id=migration_id,
            label=label,
            workspace=workspace,
            storage=storage,
            stage=stage,
            date=date,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        request_summary.additional_properties = additional_properties
        return request_summary

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
