from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, Literal, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.request_stage import RequestStage
from ..models.request_type import RequestType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.blanked_credentials import BlankedCredentials


T = TypeVar("T", bound="PutRequestAccepted")


@_attrs_define
class PutRequestAccepted:
    """Answer to a PUT/MIGRATE request: the body echoed, with `request_type` turned into an integer, plus the new request
    and batch. **Contains `"error": ""`** although it is a success.

        Attributes:
            name (str):
            workspace (str):
            filelist (list[str]): The submitted absolute paths.
            label (None | str):
            request_type (RequestType): Request type as an integer (success answers and lists): 0 PUT, 1 GET, 2 MIGRATE, 3
                DELETE. On input (and in error echoes) the same types are the strings `"PUT"`, `"GET"`, `"MIGRATE"`, `"DELETE"`.
            storage (str): Backend id: `elastictape` (STFC Elastic Tape) or `objectstore` (JASMIN object store). Stored
                internally as 0/1 but always exposed as the string id. The set is served by `list_backends`.
            error (Literal['']): Always `""` on success (left over from the path checks). Not an error.
            request_id (int): Id of the new request.
            batch_id (int): Id of the new batch (`migration_id` elsewhere).
            stage (RequestStage): Stage of a request (server names; the legacy client prints 3 as `PUT_PACK` and 103 as
                `GET_UNPACK`): 0 PUT_START, 1 PUT_BUILDING, 2 PUT_PENDING, 3 PUT_PACKING, 4 PUTTING, 5 VERIFY_PENDING, 6
                VERIFY_GETTING, 7 VERIFYING, 8 PUT_TIDY, 9 PUT_COMPLETED; 100 GET_START, 101 GET_PENDING, 102 GETTING, 103
                GET_UNPACKING, 104 GET_RESTORE, 105 GET_TIDY, 106 GET_COMPLETED; 200 DELETE_START, 201 DELETE_PENDING, 202
                DELETING, 203 DELETE_TIDY, 204 DELETE_COMPLETED; 1000 FAILED, 1001 FAILED_COMPLETED.
            registered_date (str): Registration time, timezone-aware ISO-8601 (`...+00:00`); no fraction when the
                microseconds are zero.
            credentials (BlankedCredentials | Unset): The server never returns credentials; when the body had a
                `credentials` key it is answered as `{}`.
    """

    name: str
    workspace: str
    filelist: list[str]
    label: None | str
    request_type: RequestType
    storage: str
    error: Literal[""]
    request_id: int
    batch_id: int
    stage: RequestStage
    registered_date: str
    credentials: BlankedCredentials | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.blanked_credentials import BlankedCredentials  # noqa: PLC0415

        name = self.name

        workspace = self.workspace

        filelist = self.filelist

        label: None | str
        label = self.label

        request_type = self.request_type.value

        storage = self.storage

        error = self.error

        request_id = self.request_id

        batch_id = self.batch_id

        stage = self.stage.value

        registered_date = self.registered_date

        credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credentials, Unset):
            credentials = self.credentials.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "workspace": workspace,
                "filelist": filelist,
                "label": label,
                "request_type": request_type,
                "storage": storage,
                "error": error,
                "request_id": request_id,
                "batch_id": batch_id,
                "stage": stage,
                "registered_date": registered_date,
            }
        )
        if credentials is not UNSET:
            field_dict["credentials"] = credentials

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.blanked_credentials import BlankedCredentials  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")
        if not (isinstance(name, str)):
            raise TypeError("name: expected a string, got " + type(name).__name__)

        workspace = d.pop("workspace")
        if not (isinstance(workspace, str)):
            raise TypeError("workspace: expected a string, got " + type(workspace).__name__)

        filelist = []
        _filelist = d.pop("filelist")
        for filelist_item_data in _filelist:
            filelist_item = filelist_item_data
            if not (isinstance(filelist_item, str)):
                raise TypeError("filelist_item: expected a string, got " + type(filelist_item).__name__)

            filelist.append(filelist_item)

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

        request_type = RequestType(d.pop("request_type"))

        storage = d.pop("storage")
        if not (isinstance(storage, str)):
            raise TypeError("storage: expected a string, got " + type(storage).__name__)

        error = cast(Literal[""], d.pop("error"))
        if error != "":
            raise ValueError(f"error must match const '', got '{error}'")

        request_id = d.pop("request_id")
        if not (isinstance(request_id, int) and not isinstance(request_id, bool) and -(2**63) <= request_id < 2**63):
            raise TypeError("request_id: expected a 64-bit integer, got " + type(request_id).__name__)

        batch_id = d.pop("batch_id")
        if not (isinstance(batch_id, int) and not isinstance(batch_id, bool) and -(2**63) <= batch_id < 2**63):
            raise TypeError("batch_id: expected a 64-bit integer, got " + type(batch_id).__name__)

        stage = RequestStage(d.pop("stage"))

        registered_date = d.pop("registered_date")
        if not (isinstance(registered_date, str)):
            raise TypeError("registered_date: expected a string, got " + type(registered_date).__name__)

        _credentials = d.pop("credentials", UNSET)
        credentials: BlankedCredentials | Unset
        if isinstance(_credentials, Unset):
            credentials = UNSET
        else:
            credentials = BlankedCredentials.from_dict(_credentials)

        put_request_accepted = cls(
            name=name,
            workspace=workspace,
            filelist=filelist,
            label=label,
            request_type=request_type,
            storage=storage,
            error=error,
            request_id=request_id,
            batch_id=batch_id,
            stage=stage,
            registered_date=registered_date,
            credentials=credentials,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        put_request_accepted.additional_properties = additional_properties
        return put_request_accepted

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
