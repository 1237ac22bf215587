from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.submission import Submission
    from ..models.submission_details_recoverymap import SubmissionDetailsRecoverymap
    from ..models.submission_details_statusmap import SubmissionDetailsStatusmap
    from ..models.submission_history_entry import SubmissionHistoryEntry


T = TypeVar("T", bound="SubmissionDetails")


@_attrs_define
class SubmissionDetails:
    """The submission details page as JSON, merged with the echoed `submission_id` (string).

    Attributes:
        submission (Submission): A submission (`submissions` row) with its stage, creator and snapshots expanded.
        history (list[SubmissionHistoryEntry]): Status changes, oldest first.
        dataset (None | str): The dataset the submission ran on, when known.
        recoverymap (SubmissionDetailsRecoverymap): Recovery type name → `[recovery_type_id, description]`.
        statusmap (SubmissionDetailsStatusmap): Status id (as a string key) → status name.
        ds (str): Launch timestamp `YYYYmmdd_HHMMSS` used in launch log names.
        submission_log_format (int): Which launch-log naming scheme applies (0–4).
        recovery_ids (list[int]): Recovery submissions launched from this one.
        depend_ids (list[int]): Dependent submissions launched from this one.
        statuses (list[list[int | str]]): SAM file statistics.
        submission_id (str | Unset): Echoed.
    """

    submission: Submission
    history: list[SubmissionHistoryEntry]
    dataset: None | str
    recoverymap: SubmissionDetailsRecoverymap
    statusmap: SubmissionDetailsStatusmap
    ds: str
    submission_log_format: int
    recovery_ids: list[int]
    depend_ids: list[int]
    statuses: list[list[int | str]]
    submission_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.submission import Submission  # noqa: PLC0415
        from ..models.submission_details_recoverymap import SubmissionDetailsRecoverymap  # noqa: PLC0415
        from ..models.submission_details_statusmap import SubmissionDetailsStatusmap  # noqa: PLC0415
        from ..models.submission_history_entry import SubmissionHistoryEntry  # noqa: PLC0415

        submission = self.submission.to_dict()

        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)

        dataset: None | str
        dataset = self.dataset

        recoverymap = self.recoverymap.to_dict()

        statusmap = self.statusmap.to_dict()

        ds = self.ds

        submission_log_format = self.submission_log_format

        recovery_ids = self.recovery_ids

        depend_ids = self.depend_ids

        statuses = []
        for statuses_item_data in self.statuses:
            statuses_item = []
            for componentsschemas_status_count_item_data in statuses_item_data:
                componentsschemas_status_count_item: int | str
                componentsschemas_status_count_item = componentsschemas_status_count_item_data
                statuses_item.append(componentsschemas_status_count_item)

            statuses.append(statuses_item)

        submission_id = self.submission_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "submission": submission,
                "history": history,
                "dataset": dataset,
                "recoverymap": recoverymap,
                "statusmap": statusmap,
                "ds": ds,
                "submission_log_format": submission_log_format,
                "recovery_ids": recovery_ids,
                "depend_ids": depend_ids,
                "statuses": statuses,
            }
        )
        if submission_id is not UNSET:
            field_dict["submission_id"] = submission_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.submission import Submission  # noqa: PLC0415
        from ..models.submission_details_recoverymap import SubmissionDetailsRecoverymap  # noqa: PLC0415
        from ..models.submission_details_statusmap import SubmissionDetailsStatusmap  # noqa: PLC0415
        from ..models.submission_history_entry import SubmissionHistoryEntry  # noqa: PLC0415

        d = dict(src_dict)
        submission = Submission.from_dict(d.pop("submission"))

        history = []
        _history = d.pop("history")
        for history_item_data in _history:
            history_item = SubmissionHistoryEntry.from_dict(history_item_data)

            history.append(history_item)

        def _parse_dataset(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        dataset = _parse_dataset(d.pop("dataset"))

        recoverymap = SubmissionDetailsRecoverymap.from_dict(d.pop("recoverymap"))

        statusmap = SubmissionDetailsStatusmap.from_dict(d.pop("statusmap"))

        ds = d.pop("ds")

        submission_log_format = d.pop("submission_log_format")

        recovery_ids = cast(list[int], d.pop("recovery_ids"))

        depend_ids = cast(list[int], d.pop("depend_ids"))

        statuses = []
        _statuses = d.pop("statuses")
        for statuses_item_data in _statuses:
            statuses_item = []
            _statuses_item = statuses_item_data
            for componentsschemas_status_count_item_data in _statuses_item:

                def _parse_componentsschemas_status_count_item(data: object) -> int | str:
                    return cast(int | str, data)

                componentsschemas_status_count_item = _parse_componentsschemas_status_count_item(
                    componentsschemas_status_count_item_data
                )

                statuses_item.append(componentsschemas_status_count_item)

            statuses.append(statuses_item)

        submission_id = d.pop("submission_id", UNSET)

        submission_details = cls(
            submission=submission,
            history=history,
            dataset=dataset,
            recoverymap=recoverymap,
            statusmap=statusmap,
            ds=ds,
            submission_log_format=submission_log_format,
            recovery_ids=recovery_ids,
            depend_ids=depend_ids,
            statuses=statuses,
            submission_id=submission_id,
        )

        submission_details.additional_properties = d
        return submission_details

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
