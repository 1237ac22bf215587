from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stage_submissions_darrow import StageSubmissionsDarrow
    from ..models.stage_submissions_depends import StageSubmissionsDepends
    from ..models.stage_submissions_depth import StageSubmissionsDepth
    from ..models.submission_row import SubmissionRow


T = TypeVar("T", bound="StageSubmissions")


@_attrs_define
class StageSubmissions:
    """Submissions in the window. When the campaign or stage is unknown only `tmin`, `tmax`, `tdays` (as sent, or null) and
    an empty `submissions` are present.

        Attributes:
            tmin (None | str | Unset): Window start (`YYYY-MM-DDTHH:MM:SS`; as sent when nothing was found).
            tmax (None | str | Unset): Window end (`YYYY-MM-DDTHH:MM:SS`; as sent when nothing was found).
            nextlink (str | Unset): Relative URL (not URL-encoded) of the next window.
            prevlink (str | Unset): Relative URL (not URL-encoded) of the previous window.
            tdays (float | None | str | Unset): Window length in days (as sent when nothing was found).
            tminsec (str | Unset): Window start in epoch seconds.
            depends (StageSubmissionsDepends | Unset): Submission id → the submission it depends on or recovers, or null.
            depth (StageSubmissionsDepth | Unset): Submission id → dependency depth.
            darrow (StageSubmissionsDarrow | Unset): Submission id → HTML arrow entity (`&#x21b3;` dependency, `&#x21ba;`
                recovery) or empty.
            submissions (list[SubmissionRow] | Unset): Absent when the window holds no submission.
    """

    tmin: None | str | Unset = UNSET
    tmax: None | str | Unset = UNSET
    nextlink: str | Unset = UNSET
    prevlink: str | Unset = UNSET
    tdays: float | None | str | Unset = UNSET
    tminsec: str | Unset = UNSET
    depends: StageSubmissionsDepends | Unset = UNSET
    depth: StageSubmissionsDepth | Unset = UNSET
    darrow: StageSubmissionsDarrow | Unset = UNSET
    submissions: list[SubmissionRow] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.stage_submissions_darrow import StageSubmissionsDarrow  # noqa: PLC0415
        from ..models.stage_submissions_depends import StageSubmissionsDepends  # noqa: PLC0415
        from ..models.stage_submissions_depth import StageSubmissionsDepth  # noqa: PLC0415
        from ..models.submission_row import SubmissionRow  # noqa: PLC0415

        tmin: None | str | Unset
        if isinstance(self.tmin, Unset):
            tmin = UNSET
        else:
            tmin = self.tmin

        tmax: None | str | Unset
        if isinstance(self.tmax, Unset):
            tmax = UNSET
        else:
            tmax = self.tmax

        nextlink = self.nextlink

        prevlink = self.prevlink

        tdays: float | None | str | Unset
        if isinstance(self.tdays, Unset):
            tdays = UNSET
        else:
            tdays = self.tdays

        tminsec = self.tminsec

        depends: dict[str, Any] | Unset = UNSET
        if not isinstance(self.depends, Unset):
            depends = self.depends.to_dict()

        depth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.depth, Unset):
            depth = self.depth.to_dict()

        darrow: dict[str, Any] | Unset = UNSET
        if not isinstance(self.darrow, Unset):
            darrow = self.darrow.to_dict()

        submissions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.submissions, Unset):
            submissions = []
            for submissions_item_data in self.submissions:
                submissions_item = submissions_item_data.to_dict()
                submissions.append(submissions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tmin is not UNSET:
            field_dict["tmin"] = tmin
        if tmax is not UNSET:
            field_dict["tmax"] = tmax
        if nextlink is not UNSET:
            field_dict["nextlink"] = nextlink
        if prevlink is not UNSET:
            field_dict["prevlink"] = prevlink
        if tdays is not UNSET:
            field_dict["tdays"] = tdays
        if tminsec is not UNSET:
            field_dict["tminsec"] = tminsec
        if depends is not UNSET:
            field_dict["depends"] = depends
        if depth is not UNSET:
            field_dict["depth"] = depth
        if darrow is not UNSET:
            field_dict["darrow"] = darrow
        if submissions is not UNSET:
            field_dict["submissions"] = submissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stage_submissions_darrow import StageSubmissionsDarrow  # noqa: PLC0415
        from ..models.stage_submissions_depends import StageSubmissionsDepends  # noqa: PLC0415
        from ..models.stage_submissions_depth import StageSubmissionsDepth  # noqa: PLC0415
        from ..models.submission_row import SubmissionRow  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_tmin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                tmin_type_0 = data
                if not (isinstance(tmin_type_0, str)):
                    raise TypeError("tmin: expected a string, got " + type(tmin_type_0).__name__)

                return tmin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            tmin_type_1 = data
            if not (tmin_type_1 is None):
                raise TypeError("tmin: expected the documented type, got " + type(tmin_type_1).__name__)

            return tmin_type_1

        tmin = _parse_tmin(d.pop("tmin", UNSET))

        def _parse_tmax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                tmax_type_0 = data
                if not (isinstance(tmax_type_0, str)):
                    raise TypeError("tmax: expected a string, got " + type(tmax_type_0).__name__)

                return tmax_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            tmax_type_1 = data
            if not (tmax_type_1 is None):
                raise TypeError("tmax: expected the documented type, got " + type(tmax_type_1).__name__)

            return tmax_type_1

        tmax = _parse_tmax(d.pop("tmax", UNSET))

        nextlink = d.pop("nextlink", UNSET)
        if not (isinstance(nextlink, str)) and nextlink is not UNSET:
            raise TypeError("nextlink: expected a string, got " + type(nextlink).__name__)

        prevlink = d.pop("prevlink", UNSET)
        if not (isinstance(prevlink, str)) and prevlink is not UNSET:
            raise TypeError("prevlink: expected a string, got " + type(prevlink).__name__)

        def _parse_tdays(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                tdays_type_0 = data
                if not (
                    isinstance(tdays_type_0, (int, float))
                    and not isinstance(tdays_type_0, bool)
                    and float("-inf") < tdays_type_0 < float("inf")
                ):
                    raise TypeError("tdays: expected a finite number, got " + type(tdays_type_0).__name__)

                return tdays_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not True:
                    raise TypeError()
                tdays_type_1 = data
                if not (isinstance(tdays_type_1, str)):
                    raise TypeError("tdays: expected a string, got " + type(tdays_type_1).__name__)

                return tdays_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            tdays_type_2 = data
            if not (tdays_type_2 is None):
                raise TypeError("tdays: expected the documented type, got " + type(tdays_type_2).__name__)

            return tdays_type_2

        tdays = _parse_tdays(d.pop("tdays", UNSET))

        tminsec = d.pop("tminsec", UNSET)
        if not (isinstance(tminsec, str)) and tminsec is not UNSET:
            raise TypeError("tminsec: expected a string, got " + type(tminsec).__name__)

        _depends = d.pop("depends", UNSET)
        depends: StageSubmissionsDepends | Unset
        if isinstance(_depends, Unset):
            depends = UNSET
        else:
            depends = StageSubmissionsDepends.from_dict(_depends)

        _depth = d.pop("depth", UNSET)
        depth: StageSubmissionsDepth | Unset
        if isinstance(_depth, Unset):
            depth = UNSET
        else:
            depth = StageSubmissionsDepth.from_dict(_depth)

        _darrow = d.pop("darrow", UNSET)
        darrow: StageSubmissionsDarrow | Unset
        if isinstance(_darrow, Unset):
            darrow = UNSET
        else:
            darrow = StageSubmissionsDarrow.from_dict(_darrow)

        _submissions = d.pop("submissions", UNSET)
        submissions: list[SubmissionRow] | Unset = UNSET
        if _submissions is not UNSET:
            submissions = []
            for submissions_item_data in _submissions:
                submissions_item = SubmissionRow.from_dict(submissions_item_data)

                submissions.append(submissions_item)

        stage_submissions = cls(
            tmin=tmin,
            tmax=tmax,
            nextlink=nextlink,
            prevlink=prevlink,
            tdays=tdays,
            tminsec=tminsec,
            depends=depends,
            depth=depth,
            darrow=darrow,
            submissions=submissions,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        stage_submissions.additional_properties = additional_properties
        return stage_submissions

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
