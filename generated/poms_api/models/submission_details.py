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
            try:
                if not True:
                    raise TypeError()
                dataset_type_0 = data
                if not (isinstance(dataset_type_0, str)):
                    raise TypeError("dataset: expected a string, got " + type(dataset_type_0).__name__)

                return dataset_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            dataset_type_1 = data
            if not (dataset_type_1 is None):
                raise TypeError("dataset: expected the documented type, got " + type(dataset_type_1).__name__)

            return dataset_type_1

        dataset = _parse_dataset(d.pop("dataset"))

        recoverymap = SubmissionDetailsRecoverymap.from_dict(d.pop("recoverymap"))

        statusmap = SubmissionDetailsStatusmap.from_dict(d.pop("statusmap"))

        ds = d.pop("ds")
        if not (isinstance(ds, str)):
            raise TypeError("ds: expected a string, got " + type(ds).__name__)

        submission_log_format = d.pop("submission_log_format")
        if not (
            isinstance(submission_log_format, int)
            and not isinstance(submission_log_format, bool)
            and -(2**63) <= submission_log_format < 2**63
        ):
            raise TypeError(
                "submission_log_format: expected a 64-bit integer, got " + type(submission_log_format).__name__
            )

        recovery_ids = []
        _recovery_ids = d.pop("recovery_ids")
        for recovery_ids_item_data in _recovery_ids:
            recovery_ids_item = recovery_ids_item_data
            if not (
                isinstance(recovery_ids_item, int)
                and not isinstance(recovery_ids_item, bool)
                and -(2**63) <= recovery_ids_item < 2**63
            ):
                raise TypeError("recovery_ids_item: expected a 64-bit integer, got " + type(recovery_ids_item).__name__)

            recovery_ids.append(recovery_ids_item)

        depend_ids = []
        _depend_ids = d.pop("depend_ids")
        for depend_ids_item_data in _depend_ids:
            depend_ids_item = depend_ids_item_data
            if not (
                isinstance(depend_ids_item, int)
                and not isinstance(depend_ids_item, bool)
                and -(2**63) <= depend_ids_item < 2**63
            ):
                raise TypeError("depend_ids_item: expected a 64-bit integer, got " + type(depend_ids_item).__name__)

            depend_ids.append(depend_ids_item)

        statuses = []
        _statuses = d.pop("statuses")
        for statuses_item_data in _statuses:
            statuses_item = []
            _statuses_item = statuses_item_data
            for componentsschemas_status_count_item_data in _statuses_item:

                def _parse_componentsschemas_status_count_item(data: object) -> int | str:
                    try:
                        if not True:
                            raise TypeError()
                        componentsschemas_status_count_item_type_0 = data
                        if not (isinstance(componentsschemas_status_count_item_type_0, str)):
                            raise TypeError(
                                "/components/schemas/StatusCount_item: expected a string, got "
                                + type(componentsschemas_status_count_item_type_0).__name__
                            )

                        return componentsschemas_status_count_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not True:
                        raise TypeError()
                    componentsschemas_status_count_item_type_1_type_0 = data
                    if not (
                        isinstance(componentsschemas_status_count_item_type_1_type_0, int)
                        and not isinstance(componentsschemas_status_count_item_type_1_type_0, bool)
                        and -(2**63) <= componentsschemas_status_count_item_type_1_type_0 < 2**63
                    ):
                        raise TypeError(
                            "/components/schemas/StatusCount_item_type_1: expected a 64-bit integer, got "
                            + type(componentsschemas_status_count_item_type_1_type_0).__name__
                        )

                    return componentsschemas_status_count_item_type_1_type_0

                componentsschemas_status_count_item = _parse_componentsschemas_status_count_item(
                    componentsschemas_status_count_item_data
                )

                statuses_item.append(componentsschemas_status_count_item)

            statuses.append(statuses_item)

        submission_id = d.pop("submission_id", UNSET)
        if not (isinstance(submission_id, str)) and submission_id is not UNSET:
            raise TypeError("submission_id: expected a string, got " + type(submission_id).__name__)

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

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        submission_details.additional_properties = additional_properties
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
