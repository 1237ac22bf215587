from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, Literal, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credentials import Credentials


T = TypeVar("T", bound="NewGetRequest")


@_attrs_define
class NewGetRequest:
    """Retrieve a whole batch, or some of its files, into `target_path`.

    Attributes:
        name (str): The caller's username.
        request_type (Literal['GET']):
        migration_id (int): Id of the batch to retrieve (must be ON_STORAGE).
        target_path (str): Directory to retrieve into; its parent must exist and be writable by the user.
        filelist (list[str] | Unset): Absolute original paths of the files to retrieve; omit (or send `[]`) for the
            whole batch. The server stores them relative to the batch's common path.
        credentials (Credentials | Unset): Storage-backend credentials (not HTTP credentials), encrypted and stored with
            the request for the daemons. `elastictape` requires none: send `{}`. `objectstore` requires `access_key` and
            `secret_key`. Extra keys are tolerated. Values must be strings. Never send `null` instead of an object.
    """

    name: str
    request_type: Literal["GET"]
    migration_id: int
    target_path: str
    filelist: list[str] | Unset = UNSET
    credentials: Credentials | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.credentials import Credentials  # noqa: PLC0415

        name = self.name

        request_type = self.request_type

        migration_id = self.migration_id

        target_path = self.target_path

        filelist: list[str] | Unset = UNSET
        if not isinstance(self.filelist, Unset):
            filelist = self.filelist

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
                "target_path": target_path,
            }
        )
        if filelist is not UNSET:
            field_dict["filelist"] = filelist
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

        request_type = cast(Literal["GET"], d.pop("request_type"))
        if request_type != "GET":
            raise ValueError(f"request_type must match const 'GET', got '{request_type}'")

        migration_id = d.pop("migration_id")
        if not (
            isinstance(migration_id, int) and not isinstance(migration_id, bool) and -(2**63) <= migration_id < 2**63
        ):
            raise TypeError("migration_id: expected a 64-bit integer, got " + type(migration_id).__name__)

        target_path = d.pop("target_path")
        if not (isinstance(target_path, str)):
            raise TypeError("target_path: expected a string, got " + type(target_path).__name__)

        _filelist = d.pop("filelist", UNSET)
        filelist: list[str] | Unset = UNSET
        if _filelist is not UNSET:
            filelist = []
            for filelist_item_data in _filelist:
                filelist_item = filelist_item_data
                if not (isinstance(filelist_item, str)):
                    raise TypeError("filelist_item: expected a string, got " + type(filelist_item).__name__)

                filelist.append(filelist_item)

        _credentials = d.pop("credentials", UNSET)
        credentials: Credentials | Unset
        if isinstance(_credentials, Unset):
            credentials = UNSET
        else:
            credentials = Credentials.from_dict(_credentials)

        new_get_request = cls(
            name=name,
            request_type=request_type,
            migration_id=migration_id,
            target_path=target_path,
            filelist=filelist,
            credentials=credentials,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        new_get_request.additional_properties = additional_properties
        return new_get_request

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
