from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.experiment_membership import ExperimentMembership
    from ..models.experimenter import Experimenter


T = TypeVar("T", bound="FileUploads")


@_attrs_define
class FileUploads:
    """The caller's upload area, merged with the echoed path segment `user`.

    Attributes:
        file_stat_list (list[list[int | str]]):
        total (int): Total size in bytes.
        experimenters (list[list[Experimenter | ExperimentMembership]]): Members of the experiment as `[Experimenter,
            membership]` pairs.
        quota (int): Upload quota in bytes (server setting `base_uploads_quota`, default 10485760).
        user (str | Unset): Echoed path segment.
    """

    file_stat_list: list[list[int | str]]
    total: int
    experimenters: list[list[Experimenter | ExperimentMembership]]
    quota: int
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.experiment_membership import ExperimentMembership  # noqa: PLC0415
        from ..models.experimenter import Experimenter  # noqa: PLC0415

        file_stat_list = []
        for file_stat_list_item_data in self.file_stat_list:
            file_stat_list_item = []
            for componentsschemas_uploaded_file_item_data in file_stat_list_item_data:
                componentsschemas_uploaded_file_item: int | str
                componentsschemas_uploaded_file_item = componentsschemas_uploaded_file_item_data
                file_stat_list_item.append(componentsschemas_uploaded_file_item)

            file_stat_list.append(file_stat_list_item)

        total = self.total

        experimenters = []
        for experimenters_item_data in self.experimenters:
            experimenters_item = []
            for experimenters_item_item_data in experimenters_item_data:
                experimenters_item_item: dict[str, Any]
                if isinstance(experimenters_item_item_data, Experimenter):
                    experimenters_item_item = experimenters_item_item_data.to_dict()
                else:
                    experimenters_item_item = experimenters_item_item_data.to_dict()

                experimenters_item.append(experimenters_item_item)

            experimenters.append(experimenters_item)

        quota = self.quota

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_stat_list": file_stat_list,
                "total": total,
                "experimenters": experimenters,
                "quota": quota,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.experiment_membership import ExperimentMembership  # noqa: PLC0415
        from ..models.experimenter import Experimenter  # noqa: PLC0415

        d = dict(src_dict)
        file_stat_list = []
        _file_stat_list = d.pop("file_stat_list")
        for file_stat_list_item_data in _file_stat_list:
            file_stat_list_item = []
            _file_stat_list_item = file_stat_list_item_data
            for componentsschemas_uploaded_file_item_data in _file_stat_list_item:

                def _parse_componentsschemas_uploaded_file_item(data: object) -> int | str:
                    try:
                        if not True:
                            raise TypeError()
                        componentsschemas_uploaded_file_item_type_0 = data
                        if not (isinstance(componentsschemas_uploaded_file_item_type_0, str)):
                            raise TypeError(
                                "/components/schemas/UploadedFile_item: expected a string, got "
                                + type(componentsschemas_uploaded_file_item_type_0).__name__
                            )

                        return componentsschemas_uploaded_file_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not True:
                        raise TypeError()
                    componentsschemas_uploaded_file_item_type_1 = data
                    if not (
                        isinstance(componentsschemas_uploaded_file_item_type_1, int)
                        and not isinstance(componentsschemas_uploaded_file_item_type_1, bool)
                        and -(2**63) <= componentsschemas_uploaded_file_item_type_1 < 2**63
                    ):
                        raise TypeError(
                            "/components/schemas/UploadedFile_item: expected a 64-bit integer, got "
                            + type(componentsschemas_uploaded_file_item_type_1).__name__
                        )

                    return componentsschemas_uploaded_file_item_type_1

                componentsschemas_uploaded_file_item = _parse_componentsschemas_uploaded_file_item(
                    componentsschemas_uploaded_file_item_data
                )

                file_stat_list_item.append(componentsschemas_uploaded_file_item)

            file_stat_list.append(file_stat_list_item)

        total = d.pop("total")
        if not (isinstance(total, int) and not isinstance(total, bool) and -(2**63) <= total < 2**63):
            raise TypeError("total: expected a 64-bit integer, got " + type(total).__name__)

        experimenters = []
        _experimenters = d.pop("experimenters")
        for experimenters_item_data in _experimenters:
            experimenters_item = []
            _experimenters_item = experimenters_item_data
            for experimenters_item_item_data in _experimenters_item:

                def _parse_experimenters_item_item(data: object) -> Experimenter | ExperimentMembership:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        experimenters_item_item_type_0 = Experimenter.from_dict(data)

                        return experimenters_item_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    experimenters_item_item_type_1 = ExperimentMembership.from_dict(data)

                    return experimenters_item_item_type_1

                experimenters_item_item = _parse_experimenters_item_item(experimenters_item_item_data)

                experimenters_item.append(experimenters_item_item)

            experimenters.append(experimenters_item)

        quota = d.pop("quota")
        if not (isinstance(quota, int) and not isinstance(quota, bool) and -(2**63) <= quota < 2**63):
            raise TypeError("quota: expected a 64-bit integer, got " + type(quota).__name__)

        user = d.pop("user", UNSET)
        if not (isinstance(user, str)) and user is not UNSET:
            raise TypeError("user: expected a string, got " + type(user).__name__)

        file_uploads = cls(
            file_stat_list=file_stat_list,
            total=total,
            experimenters=experimenters,
            quota=quota,
            user=user,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        file_uploads.additional_properties = additional_properties
        return file_uploads

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
