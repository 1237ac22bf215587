from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link import Link
    from ..models.notification_link import NotificationLink


T = TypeVar("T", bound="JobLinks")


@_attrs_define
class JobLinks:
    """
    Attributes:
        self_ (Link | Unset):
        app (Link | Unset):
        execution_system (Link | Unset):
        archive_system (Link | Unset):
        archive_data (Link | Unset):
        owner (Link | Unset):
        permissions (Link | Unset):
        history (Link | Unset):
        metadata (Link | Unset):
        notifications (Link | Unset):
        internal_user (Link | Unset):
        notification (list[NotificationLink] | Unset): Submit answer only; the notifications registered with the job.
    """

    self_: Link | Unset = UNSET
    app: Link | Unset = UNSET
    execution_system: Link | Unset = UNSET
    archive_system: Link | Unset = UNSET
    archive_data: Link | Unset = UNSET
    owner: Link | Unset = UNSET
    permissions: Link | Unset = UNSET
    history: Link | Unset = UNSET
    metadata: Link | Unset = UNSET
    notifications: Link | Unset = UNSET
    internal_user: Link | Unset = UNSET
    notification: list[NotificationLink] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.link import Link  # noqa: PLC0415
        from ..models.notification_link import NotificationLink  # noqa: PLC0415

        self_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.self_, Unset):
            self_ = self.self_.to_dict()

        app: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app, Unset):
            app = self.app.to_dict()

        execution_system: dict[str, Any] | Unset = UNSET
        if not isinstance(self.execution_system, Unset):
            execution_system = self.execution_system.to_dict()

        archive_system: dict[str, Any] | Unset = UNSET
        if not isinstance(self.archive_system, Unset):
            archive_system = self.archive_system.to_dict()

        archive_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.archive_data, Unset):
            archive_data = self.archive_data.to_dict()

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

        history: dict[str, Any] | Unset = UNSET
        if not isinstance(self.history, Unset):
            history = self.history.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        notifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notifications, Unset):
            notifications = self.notifications.to_dict()

        internal_user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.internal_user, Unset):
            internal_user = self.internal_user.to_dict()

        notification: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notification, Unset):
            notification = []
            for notification_item_data in self.notification:
                notification_item = notification_item_data.to_dict()
                notification.append(notification_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if self_ is not UNSET:
            field_dict["self"] = self_
        if app is not UNSET:
            field_dict["app"] = app
        if execution_system is not UNSET:
            field_dict["executionSystem"] = execution_system
        if archive_system is not UNSET:
            field_dict["archiveSystem"] = archive_system
        if archive_data is not UNSET:
            field_dict["archiveData"] = archive_data
        if owner is not UNSET:
            field_dict["owner"] = owner
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if history is not UNSET:
            field_dict["history"] = history
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if notifications is not UNSET:
            field_dict["notifications"] = notifications
        if internal_user is not UNSET:
            field_dict["internalUser"] = internal_user
        if notification is not UNSET:
            field_dict["notification"] = notification

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.link import Link  # noqa: PLC0415
        from ..models.notification_link import NotificationLink  # noqa: PLC0415

        d = dict(src_dict)
        _self_ = d.pop("self", UNSET)
        self_: Link | Unset
        if isinstance(_self_, Unset):
            self_ = UNSET
        else:
            self_ = Link.from_dict(_self_)

        _app = d.pop("app", UNSET)
        app: Link | Unset
        if isinstance(_app, Unset):
            app = UNSET
        else:
            app = Link.from_dict(_app)

        _execution_system = d.pop("executionSystem", UNSET)
        execution_system: Link | Unset
        if isinstance(_execution_system, Unset):
            execution_system = UNSET
        else:
            execution_system = Link.from_dict(_execution_system)

        _archive_system = d.pop("archiveSystem", UNSET)
        archive_system: Link | Unset
        if isinstance(_archive_system, Unset):
            archive_system = UNSET
        else:
            archive_system = Link.from_dict(_archive_system)

        _archive_data = d.pop("archiveData", UNSET)
        archive_data: Link | Unset
        if isinstance(_archive_data, Unset):
            archive_data = UNSET
        else:
            archive_data = Link.from_dict(_archive_data)

        _owner = d.pop("owner", UNSET)
        owner: Link | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = Link.from_dict(_owner)

        _permissions = d.pop("permissions", UNSET)
        permissions: Link | Unset
        if isinstance(_permissions, Unset):
            permissions = UNSET
        else:
            permissions = Link.from_dict(_permissions)

        _history = d.pop("history", UNSET)
        history: Link | Unset
        if isinstance(_history, Unset):
            history = UNSET
        else:
            history = Link.from_dict(_history)

        _metadata = d.pop("metadata", UNSET)
        metadata: Link | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Link.from_dict(_metadata)

        _notifications = d.pop("notifications", UNSET)
        notifications: Link | Unset
        if isinstance(_notifications, Unset):
            notifications = UNSET
        else:
            notifications = Link.from_dict(_notifications)

        _internal_user = d.pop("internalUser", UNSET)
        internal_user: Link | Unset
        if isinstance(_internal_user, Unset):
            internal_user = UNSET
        else:
            internal_user = Link.from_dict(_internal_user)

        _notification = d.pop("notification", UNSET)
        notification: list[NotificationLink] | Unset = UNSET
        if _notification is not UNSET:
            notification = []
            for notification_item_data in _notification:
                notification_item = NotificationLink.from_dict(notification_item_data)

                notification.append(notification_item)

        job_links = cls(
            self_=self_,
            app=app,
            execution_system=execution_system,
            archive_system=archive_system,
            archive_data=archive_data,
            owner=owner,
            permissions=permissions,
            history=history,
            metadata=metadata,
            notifications=notifications,
            internal_user=internal_user,
            notification=notification,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        job_links.additional_properties = additional_properties
        return job_links

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
