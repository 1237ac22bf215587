from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.experimenter import Experimenter


T = TypeVar("T", bound="JobType")


@_attrs_define
class JobType:
    """A job type (`job_types` row), as the server renders it where a job type row is returned (no method of the classic
    client returns one directly; its submissions carry `JobTypeSnapshot` copies).

        Attributes:
            job_type_id (int):
            name (str): Unique across all experiments.
            experiment (str):
            launch_script (None | str):
            definition_parameters (Any): JSON column: normally a list of `[key, value]` pairs.
            input_files_per_job (int | None):
            output_files_per_job (int | None):
            output_file_patterns (None | str):
            creator (int):
            created (str): Database timestamp as rendered by the server: `YYYY-MM-DDTHH:MM:SS`, no zone designator and no
                fraction (not RFC 3339). Example: 2019-09-10T11:28:29.
            updater (int | None):
            updated (None | str):
            creator_role (str):
            active (bool | None):
            experiment_obj (None | Unset): Relationship key, always null.
            experimenter_creator_obj (Experimenter | None | Unset):
            experimenter_updater_obj (Experimenter | None | Unset):
    """

    job_type_id: int
    name: str
    experiment: str
    launch_script: None | str
    definition_parameters: Any
    input_files_per_job: int | None
    output_files_per_job: int | None
    output_file_patterns: None | str
    creator: int
    created: str
    updater: int | None
    updated: None | str
    creator_role: str
    active: bool | None
    experiment_obj: None | Unset = UNSET
    experimenter_creator_obj: Experimenter | None | Unset = UNSET
    experimenter_updater_obj: Experimenter | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.experimenter import Experimenter  # noqa: PLC0415

        job_type_id = self.job_type_id

        name = self.name

        experiment = self.experiment

        launch_script: None | str
        launch_script = self.launch_script

        definition_parameters = self.definition_parameters

        input_files_per_job: int | None
        input_files_per_job = self.input_files_per_job

        output_files_per_job: int | None
        output_files_per_job = self.output_files_per_job

        output_file_patterns: None | str
        output_file_patterns = self.output_file_patterns

        creator = self.creator

        created = self.created

        updater: int | None
        updater = self.updater

        updated: None | str
        updated = self.updated

        creator_role = self.creator_role

        active: bool | None
        active = self.active

        experiment_obj = self.experiment_obj

        experimenter_creator_obj: dict[str, Any] | None | Unset
        if isinstance(self.experimenter_creator_obj, Unset):
            experimenter_creator_obj = UNSET
        elif isinstance(self.experimenter_creator_obj, Experimenter):
            experimenter_creator_obj = self.experimenter_creator_obj.to_dict()
        else:
            experimenter_creator_obj = self.experimenter_creator_obj

        experimenter_updater_obj: dict[str, Any] | None | Unset
        if isinstance(self.experimenter_updater_obj, Unset):
            experimenter_updater_obj = UNSET
        elif isinstance(self.experimenter_updater_obj, Experimenter):
            experimenter_updater_obj = self.experimenter_updater_obj.to_dict()
        else:
            experimenter_updater_obj = self.experimenter_updater_obj

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_type_id": job_type_id,
                "name": name,
                "experiment": experiment,
                "launch_script": launch_script,
                "definition_parameters": definition_parameters,
                "input_files_per_job": input_files_per_job,
                "output_files_per_job": output_files_per_job,
                "output_file_patterns": output_file_patterns,
                "creator": creator,
                "created": created,
                "updater": updater,
                "updated": updated,
                "creator_role": creator_role,
                "active": active,
            }
        )
        if experiment_obj is not UNSET:
            field_dict["experiment_obj"] = experiment_obj
        if experimenter_creator_obj is not UNSET:
            field_dict["experimenter_creator_obj"] = experimenter_creator_obj
        if experimenter_updater_obj is not UNSET:
            field_dict["experimenter_updater_obj"] = experimenter_updater_obj

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.experimenter import Experimenter  # noqa: PLC0415

        d = dict(src_dict)
        job_type_id = d.pop("job_type_id")

        name = d.pop("name")

        experiment = d.pop("experiment")

        def _parse_launch_script(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        launch_script = _parse_launch_script(d.pop("launch_script"))

        definition_parameters = d.pop("definition_parameters")

        def _parse_input_files_per_job(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        input_files_per_job = _parse_input_files_per_job(d.pop("input_files_per_job"))

        def _parse_output_files_per_job(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        output_files_per_job = _parse_output_files_per_job(d.pop("output_files_per_job"))

        def _parse_output_file_patterns(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        output_file_patterns = _parse_output_file_patterns(d.pop("output_file_patterns"))

        creator = d.pop("creator")

        created = d.pop("created")

        def _parse_updater(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        updater = _parse_updater(d.pop("updater"))

        def _parse_updated(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        updated = _parse_updated(d.pop("updated"))

        creator_role = d.pop("creator_role")

        def _parse_active(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        active = _parse_active(d.pop("active"))

        experiment_obj = d.pop("experiment_obj", UNSET)

        def _parse_experimenter_creator_obj(data: object) -> Experimenter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                experimenter_creator_obj_type_0 = Experimenter.from_dict(data)

                return experimenter_creator_obj_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Experimenter | None | Unset, data)

        experimenter_creator_obj = _parse_experimenter_creator_obj(d.pop("experimenter_creator_obj", UNSET))

        def _parse_experimenter_updater_obj(data: object) -> Experimenter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                experimenter_updater_obj_type_0 = Experimenter.from_dict(data)

                return experimenter_updater_obj_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Experimenter | None | Unset, data)

        experimenter_updater_obj = _parse_experimenter_updater_obj(d.pop("experimenter_updater_obj", UNSET))

        job_type = cls(
            job_type_id=job_type_id,
            name=name,
            experiment=experiment,
            launch_script=launch_script,
            definition_parameters=definition_parameters,
            input_files_per_job=input_files_per_job,
            output_files_per_job=output_files_per_job,
            output_file_patterns=output_file_patterns,
            creator=creator,
            created=created,
            updater=updater,
            updated=updated,
            creator_role=creator_role,
            active=active,
            experiment_obj=experiment_obj,
            experimenter_creator_obj=experimenter_creator_obj,
            experimenter_updater_obj=experimenter_updater_obj,
        )

        job_type.additional_properties = d
        return job_type

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
