from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, Literal, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.request_stage import RequestStage
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.blanked_credentials import BlankedCredentials


T = TypeVar("T", bound="DeleteRequestAccepted")


@_attrs_define
class DeleteRequestAccepted:
    """Answer to a DELETE request.

    Attributes:
        name (str):
        request_type (Literal[3]): Always 3 (DELETE).
        migration_id (int): Echo of the batch id.
        request_id (int):
        batch_id (int): Same as `migration_id`.
        workspace (str): The batch's workspace.
        storage (str): Backend id: `elastictape` (STFC Elastic Tape) or `objectstore` (JASMIN object store). Stored
            internally as 0/1 but always exposed as the string id. The set is served by `list_backends`.
        stage (RequestStage): Stage of a request (server names; the legacy client prints 3 as `PUT_PACK` and 103 as
            `GET_UNPACK`): 0 PUT_START, 1 PUT_BUILDING, 2 PUT_PENDING, 3 PUT_PACKING, 4 PUTTING, 5 VERIFY_PENDING, 6
            VERIFY_GETTING, 7 VERIFYING, 8 PUT_TIDY, 9 PUT_COMPLETED; 100 GET_START, 101 GET_PENDING, 102 GETTING, 103
            GET_UNPACKING, 104 GET_RESTORE, 105 GET_TIDY, 106 GET_COMPLETED; 200 DELETE_START, 201 DELETE_PENDING, 202
            DELETING, 203 DELETE_TIDY, 204 DELETE_COMPLETED; 1000 FAILED, 1001 FAILED_COMPLETED.
        registered_date (str): The **batch's** registration date (ISO-8601, UTC; naive, or with `+00:00` when the server
            runs with time zones; no fraction when the microseconds are zero).
        label (None | str): The batch's label.
        credentials (BlankedCredentials | Unset): The server never returns credentials; when the body had a
            `credentials` key it is answered as `{}`.
    """

    name: str
    request_type: Literal[3]
    migration_id: int
    request_id: int
    batch_id: int
    workspace: str
    storage: str
    stage: RequestStage
    registered_date: str
    label: None | str
    credentials: BlankedCredentials | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.blanked_credentials import BlankedCredentials  # noqa: PLC0415

        name = self.name

        request_type = self.request_type

        migration_id = self.migration_id

        request_id = self.request_id

        batch_id = self.batch_id

        workspace = self.workspace

        storage = self.storage

        stage = self.stage.value

        registered_date = self.registered_date

        label: None | str
        label = self.label

        credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credentials, Unset):
            credentials = self.credentials.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "request_type": request_type,
                "migration_id": migration_id,
                "request_id": request_id,
                "batch_id": batch_id,
                "workspace": workspace,
                "storage": storage,
                "stage": stage,
                "registered_date": registered_date,
                "label": label,
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

        request_type = cast(Literal[3], d.pop("request_type"))
        if request_type != 3:
            raise ValueError(f"request_type must match const 3, got '{request_type}'")

        migration_id = d.pop("migration_id")
        if not (
            isinstance(migration_id, int) and not isinstance(migration_id, bool) and -(2**63) <= migration_id < 2**63
        ):
            raise TypeError("migration_id: expected a 64-bit integer, got " + type(migration_id).__name__)

        request_id = d.pop("request_id")
        if not (isinstance(request_id, int) and not isinstance(request_id, bool) and -(2**63) <= request_id < 2**63):
            raise TypeError("request_id: expected a 64-bit integer, got " + type(request_id).__name__)

        batch_id = d.pop("batch_id")
        if not (isinstance(batch_id, int) and not isinstance(batch_id, bool) and -(2**63) <= batch_id < 2**63):
            raise TypeError("batch_id: expected a 64-bit integer, got " + type(batch_id).__name__)

        workspace = d.pop("workspace")
        if not (isinstance(workspace, str)):
            raise TypeError("workspace: expected a string, got " + type(workspace).__name__)

        storage = d.pop("storage")
        if not (isinstance(storage, str)):
            raise TypeError("storage: expected a string, got " + type(storage).__name__)

        stage = RequestStage(d.pop("stage"))

        registered_date = d.pop("registered_date")
        if not (isinstance(registered_date, str)):
            raise TypeError("registered_date: expected a string, got " + type(registered_date).__name__)

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

        _credentials = d.pop("credentials", UNSET)
        credentials: BlankedCredentials | Unset
        if isinstance(_credentials, Unset):
            credentials = UNSET
        else:
            credentials = BlankedCredentials.from_dict(_credentials)

        delete_request_accepted = cls(
            name=name,
            request_type=request_type,
            migration_id=migration_id,
            request_id=request_id,
            batch_id=batch_id,
            workspace=workspace,
            storage=storage,
            stage=stage,
            registered_date=registered_date,
            label=label,
            credentials=credentials,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        delete_request_accepted.additional_properties = additional_properties
        return delete_request_accepted

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
