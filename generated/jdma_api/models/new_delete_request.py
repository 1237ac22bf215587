from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, Literal, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credentials import Credentials


T = TypeVar("T", bound="NewDeleteRequest")


@_attrs_define
class NewDeleteRequest:
    """Delete a batch from external storage (owner or GWS manager).

    Attributes:
        name (str): The caller's username.
        request_type (Literal['DELETE']):
        migration_id (int): Id of the batch to delete.
        storage (None | str): The key is required (without it: 404 `'storage'`), but the value is only used in error
            messages: the batch's own backend is used and answered.
        credentials (Credentials | Unset): Storage-backend credentials (not HTTP credentials), encrypted and stored with
            the request for the daemons. `elastictape` requires none: send `{}`. `objectstore` requires `access_key` and
            `secret_key`. Extra keys are tolerated. Values must be strings. Never send `null` instead of an object.
    """

    name: str
    request_type: Literal["DELETE"]
    migration_id: int
    storage: None | str
    credentials: Credentials | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.credentials import Credentials  # noqa: PLC0415

        name = self.name

        request_type = self.request_type

        migration_id = self.migration_id

        storage: None | str
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
                "migration_id": migration_id,
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

        request_type = cast(Literal["DELETE"], d.pop("request_type"))
        if request_type != "DELETE":
            raise ValueError(f"request_type must match const 'DELETE', got '{request_type}'")

        migration_id = d.pop("migration_id")
        if not (
            isinstance(migration_id, int) and not isinstance(migration_id, bool) and -(2**63) <= migration_id < 2**63
        ):
            raise TypeError("migration_id: expected a 64-bit integer, got " + type(migration_id).__name__)

        def _parse_storage(data: object) -> None | str:
            if data is None:
                return data
            try:
                if not True:
                    raise TypeError()
                storage_type_0 = data
                if not (isinstance(storage_type_0, str)):
                    raise TypeError("storage: expected a string, got " + type(storage_type_0).__name__)

                return storage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            storage_type_1 = data
            if not (storage_type_1 is None):
                raise TypeError("storage: expected the documented type, got " + type(storage_type_1).__name__)

            return storage_type_1

        storage = _parse_storage(d.pop("storage"))

        _credentials = d.pop("credentials", UNSET)
        credentials: Credentials | Unset
        if isinstance(_credentials, Unset):
            credentials = UNSET
        else:
            credentials = Credentials.from_dict(_credentials)

        new_delete_request = cls(
            name=name,
            request_type=request_type,
            migration_id=migration_id,
            storage=storage,
            credentials=credentials,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        new_delete_request.additional_properties = additional_properties
        return new_delete_request

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
