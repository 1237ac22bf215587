from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.blanked_credentials import BlankedCredentials


T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """Every JSON error body. `error` is the message (also used as the HTTP reason phrase). Most errors also echo
    the inputs: selected query parameters (`name`, `request_id`, `migration_id`, `label`, `workspace`) for GET
    and PUT routes, or the whole JSON body for POST/PUT bodies (with `credentials` blanked to `{}`). Some carry
    only `error` (missing `name`, backend errors). Echoed values are whatever the client sent.

        Attributes:
            error (str): The message. For unexpected server-side exceptions it is the Python exception text (e.g. `'list'
                object has no attribute 'first'`, `'storage'`, `'error'`).
            name (str | Unset): Echo of the caller's username.
            email (str | Unset): Echo of the body's `email` (user routes).
            notify (bool | Unset): Echo of the body's `notify` (user PUT).
            request_id (int | Unset): Echo of the `request_id` query parameter.
            migration_id (int | None | Unset): Echo of the batch id; `null` in list-form failures of the file and archive
                routes.
            label (None | str | Unset): Echo of the label.
            workspace (None | str | Unset): Echo of the workspace (or the batch's workspace in permission errors).
            request_type (str | Unset): Echo of the body's `request_type` — a string here, unlike success answers.
            filelist (list[str] | None | Unset): Echo of the body's `filelist`.
            storage (None | str | Unset): Echo of the body's `storage`.
            target_path (None | str | Unset): Echo of the body's `target_path`.
            credentials (BlankedCredentials | Unset): The server never returns credentials; when the body had a
                `credentials` key it is answered as `{}`.
    """

    error: str
    name: str | Unset = UNSET
    email: str | Unset = UNSET
    notify: bool | Unset = UNSET
    request_id: int | Unset = UNSET
    migration_id: int | None | Unset = UNSET
    label: None | str | Unset = UNSET
    workspace: None | str | Unset = UNSET
    request_type: str | Unset = UNSET
    filelist: list[str] | None | Unset = UNSET
    storage: None | str | Unset = UNSET
    target_path: None | str | Unset = UNSET
    credentials: BlankedCredentials | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.blanked_credentials import BlankedCredentials  # noqa: PLC0415

        error = self.error

        name = self.name

        email = self.email

        notify = self.notify

        request_id = self.request_id

        migration_id: int | None | Unset
        if isinstance(self.migration_id, Unset):
            migration_id = UNSET
        else:
            migration_id = self.migration_id

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        workspace: None | str | Unset
        if isinstance(self.workspace, Unset):
            workspace = UNSET
        else:
            workspace = self.workspace

        request_type = self.request_type

        filelist: list[str] | None | Unset
        if isinstance(self.filelist, Unset):
            filelist = UNSET
        elif isinstance(self.filelist, list):
            filelist = self.filelist

        else:
            filelist = self.filelist

        storage: None | str | Unset
        if isinstance(self.storage, Unset):
            storage = UNSET
        else:
            storage = self.storage

        target_path: None | str | Unset
        if isinstance(self.target_path, Unset):
            target_path = UNSET
        else:
            target_path = self.target_path

        credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credentials, Unset):
            credentials = self.credentials.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if notify is not UNSET:
            field_dict["notify"] = notify
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if migration_id is not UNSET:
            field_dict["migration_id"] = migration_id
        if label is not UNSET:
            field_dict["label"] = label
        if workspace is not UNSET:
            field_dict["workspace"] = workspace
        if request_type is not UNSET:
            field_dict["request_type"] = request_type
        if filelist is not UNSET:
            field_dict["filelist"] = filelist
        if storage is not UNSET:
            field_dict["storage"] = storage
        if target_path is not UNSET:
            field_dict["target_path"] = target_path
        if credentials is not UNSET:
            field_dict["credentials"] = credentials

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.blanked_credentials import BlankedCredentials  # noqa: PLC0415

        d = dict(src_dict)
        error = d.pop("error")
        if not (isinstance(error, str)):
            raise TypeError("error: expected a string, got " + type(error).__name__)

        name = d.pop("name", UNSET)
        if not (isinstance(name, str)) and name is not UNSET:
            raise TypeError("name: expected a string, got " + type(name).__name__)

        email = d.pop("email", UNSET)
        if not (isinstance(email, str)) and email is not UNSET:
            raise TypeError("email: expected a string, got " + type(email).__name__)

        notify = d.pop("notify", UNSET)
        if not (isinstance(notify, bool)) and notify is not UNSET:
            raise TypeError("notify: expected true or false, got " + type(notify).__name__)

        request_id = d.pop("request_id", UNSET)
        if (
            not (isinstance(request_id, int) and not isinstance(request_id, bool) and -(2**63) <= request_id < 2**63)
            and request_id is not UNSET
        ):
            raise TypeError("request_id: expected a 64-bit integer, got " + type(request_id).__name__)

        def _parse_migration_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                migration_id_type_0 = data
                if not (
                    isinstance(migration_id_type_0, int)
                    and not isinstance(migration_id_type_0, bool)
                    and -(2**63) <= migration_id_type_0 < 2**63
                ):
                    raise TypeError(
                        "migration_id: expected a 64-bit integer, got " + type(migration_id_type_0).__name__
                    )

                return migration_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            migration_id_type_1 = data
            if not (migration_id_type_1 is None):
                raise TypeError("migration_id: expected the documented type, got " + type(migration_id_type_1).__name__)

            return migration_id_type_1

        migration_id = _parse_migration_id(d.pop("migration_id", UNSET))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
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

        label = _parse_label(d.pop("label", UNSET))

        def _parse_workspace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                workspace_type_0 = data
                if not (isinstance(workspace_type_0, str)):
                    raise TypeError("workspace: expected a string, got " + type(workspace_type_0).__name__)

                return workspace_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            workspace_type_1 = data
            if not (workspace_type_1 is None):
                raise TypeError("workspace: expected the documented type, got " + type(workspace_type_1).__name__)

            return workspace_type_1

        workspace = _parse_workspace(d.pop("workspace", UNSET))

        request_type = d.pop("request_type", UNSET)
        if not (isinstance(request_type, str)) and request_type is not UNSET:
            raise TypeError("request_type: expected a string, got " + type(request_type).__name__)

        def _parse_filelist(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                filelist_type_0 = []
                _filelist_type_0 = data
                for filelist_type_0_item_data in _filelist_type_0:
                    filelist_type_0_item = filelist_type_0_item_data
                    if not (isinstance(filelist_type_0_item, str)):
                        raise TypeError(
                            "filelist_type_0_item: expected a string, got " + type(filelist_type_0_item).__name__
                        )

                    filelist_type_0.append(filelist_type_0_item)

                return filelist_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            filelist_type_1 = data
            if not (filelist_type_1 is None):
                raise TypeError("filelist: expected the documented type, got " + type(filelist_type_1).__name__)

            return filelist_type_1

        filelist = _parse_filelist(d.pop("filelist", UNSET))

        def _parse_storage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
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

        storage = _parse_storage(d.pop("storage", UNSET))

        def _parse_target_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                target_path_type_0 = data
                if not (isinstance(target_path_type_0, str)):
                    raise TypeError("target_path: expected a string, got " + type(target_path_type_0).__name__)

                return target_path_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            target_path_type_1 = data
            if not (target_path_type_1 is None):
                raise TypeError("target_path: expected the documented type, got " + type(target_path_type_1).__name__)

            return target_path_type_1

        target_path = _parse_target_path(d.pop("target_path", UNSET))

        _credentials = d.pop("credentials", UNSET)
        credentials: BlankedCredentials | Unset
        if isinstance(_credentials, Unset):
            credentials = UNSET
        else:
            credentials = BlankedCredentials.from_dict(_credentials)

        error = cls(
            error=error,
            name=name,
            email=email,
            notify=notify,
            request_id=request_id,
            migration_id=migration_id,
            label=label,
            workspace=workspace,
            request_type=request_type,
            filelist=filelist,
            storage=storage,
            target_path=target_path,
            credentials=credentials,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        error.additional_properties = additional_properties
        return error

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
