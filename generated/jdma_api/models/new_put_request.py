from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.new_put_request_request_type import NewPutRequestRequestType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credentials import Credentials


T = TypeVar("T", bound="NewPutRequest")


@_attrs_define
class NewPutRequest:
    """Upload a list of files/directories as a new batch. PUT keeps the source files; MIGRATE deletes them after a verified
    upload. All keys are needed (the legacy client always sends all seven).

        Attributes:
            name (str): The caller's username.
            request_type (NewPutRequestRequestType):
            workspace (str): Group workspace the files belong to (must have a JDMA quota).
            filelist (list[str]): Absolute paths of files and directories; each must exist.
            label (None | str): Batch label. **The key must be present** (`null` is fine): without it the server fails with
                404 `'list' object has no attribute 'first'`.
            storage (str): Backend id: `elastictape` (STFC Elastic Tape) or `objectstore` (JASMIN object store). Stored
                internally as 0/1 but always exposed as the string id. The set is served by `list_backends`.
            credentials (Credentials | Unset): Storage-backend credentials (not HTTP credentials), encrypted and stored with
                the request for the daemons. `elastictape` requires none: send `{}`. `objectstore` requires `access_key` and
                `secret_key`. Extra keys are tolerated. Values must be strings. Never send `null` instead of an object.
    """

    name: str
    request_type: NewPutRequestRequestType
    workspace: str
    filelist: list[str]
    label: None | str
    storage: str
    credentials: Credentials | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.credentials import Credentials  # noqa: PLC0415

        name = self.name

        request_type = self.request_type.value

        workspace = self.workspace

        filelist = self.filelist

        label: None | str
        label = self.label

        storage = self.storage

        credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credentials, Unset):
            credentials = self.credentials.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "request_type": request_type,
                "workspace": workspace,
                "filelist": filelist,
                "label": label,
                "storage": storage,
            }
        )
        if credentials is not UNSET:
            field_dict["credentials"] = credentials

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credentials import Credentials  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")
        if not (isinstance(name, str)):
            raise TypeError("name: expected a string, got " + type(name).__name__)

        request_type = NewPutRequestRequestType(d.pop("request_type"))

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

        storage = d.pop("storage")
        if not (isinstance(storage, str)):
            raise TypeError("storage: expected a string, got " + type(storage).__name__)

        _credentials = d.pop("credentials", UNSET)
        credentials: Credentials | Unset
        if isinstance(_credentials, Unset):
            credentials = UNSET
        else:
            credentials = Credentials.from_dict(_credentials)

        new_put_request = cls(
            name=name,
            request_type=request_type,
            workspace=workspace,
            filelist=filelist,
            label=label,
            storage=storage,
            credentials=credentials,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        new_put_request.additional_properties = additional_properties
        return new_put_request

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
