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
        if not (isinstance(job_type_id, int) and not isinstance(job_type_id, bool) and -(2**63) <= job_type_id < 2**63):
            raise TypeError("job_type_id: expected a 64-bit integer, got " + type(job_type_id).__name__)

        name = d.pop("name")
        if not (isinstance(name, str)):
            raise TypeError("name: expected a string, got " + type(name).__name__)

        experiment = d.pop("experiment")
        if not (isinstance(experiment, str)):
            raise TypeError("experiment: expected a string, got " + type(experiment).__name__)

        def _parse_launch_script(data: object) -> None | str:
            if data is None:
                return data
            try:
                if not True:
                    raise TypeError()
                launch_script_type_0 = data
                if not (isinstance(launch_script_type_0, str)):
                    raise TypeError("launch_script: expected a string, got " + type(launch_script_type_0).__name__)

                return launch_script_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            launch_script_type_1 = data
            if not (launch_script_type_1 is None):
                raise TypeError(
                    "launch_script: expected the documented type, got " + type(launch_script_type_1).__name__
                )

            return launch_script_type_1

        launch_script = _parse_launch_script(d.pop("launch_script"))

        definition_parameters = d.pop("definition_parameters")

        def _parse_input_files_per_job(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not True:
                    raise TypeError()
                input_files_per_job_type_0 = data
                if not (
                    isinstance(input_files_per_job_type_0, int)
                    and not isinstance(input_files_per_job_type_0, bool)
                    and -(2**63) <= input_files_per_job_type_0 < 2**63
                ):
                    raise TypeError(
                        "input_files_per_job: expected a 64-bit integer, got "
                        + type(input_files_per_job_type_0).__name__
                    )

                return input_files_per_job_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            input_files_per_job_type_1 = data
            if not (input_files_per_job_type_1 is None):
                raise TypeError(
                    "input_files_per_job: expected the documented type, got "
                    + type(input_files_per_job_type_1).__name__
                )

            return input_files_per_job_type_1

        input_files_per_job = _parse_input_files_per_job(d.pop("input_files_per_job"))

        def _parse_output_files_per_job(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not True:
                    raise TypeError()
                output_files_per_job_type_0 = data
                if not (
                    isinstance(output_files_per_job_type_0, int)
                    and not isinstance(output_files_per_job_type_0, bool)
                    and -(2**63) <= output_files_per_job_type_0 < 2**63
                ):
                    raise TypeError(
                        "output_files_per_job: expected a 64-bit integer, got "
                        + type(output_files_per_job_type_0).__name__
                    )

                return output_files_per_job_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            output_files_per_job_type_1 = data
            if not (output_files_per_job_type_1 is None):
                raise TypeError(
                    "output_files_per_job: expected the documented type, got "
                    + type(output_files_per_job_type_1).__name__
                )

            return output_files_per_job_type_1

        output_files_per_job = _parse_output_files_per_job(d.pop("output_files_per_job"))

        def _parse_output_file_patterns(data: object) -> None | str:
            if data is None:
                return data
            try:
                if not True:
                    raise TypeError()
                output_file_patterns_type_0 = data
                if not (isinstance(output_file_patterns_type_0, str)):
                    raise TypeError(
                        "output_file_patterns: expected a string, got " + type(output_file_patterns_type_0).__name__
                    )

                return output_file_patterns_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            output_file_patterns_type_1 = data
            if not (output_file_patterns_type_1 is None):
                raise TypeError(
                    "output_file_patterns: expected the documented type, got "
                    + type(output_file_patterns_type_1).__name__
                )

            return output_file_patterns_type_1

        output_file_patterns = _parse_output_file_patterns(d.pop("output_file_patterns"))

        creator = d.pop("creator")
        if not (isinstance(creator, int) and not isinstance(creator, bool) and -(2**63) <= creator < 2**63):
            raise TypeError("creator: expected a 64-bit integer, got " + type(creator).__name__)

        created = d.pop("created")
        if not (isinstance(created, str)):
            raise TypeError("created: expected a string, got " + type(created).__name__)

        def _parse_updater(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not True:
                    raise TypeError()
                updater_type_0 = data
                if not (
                    isinstance(updater_type_0, int)
                    and not isinstance(updater_type_0, bool)
                    and -(2**63) <= updater_type_0 < 2**63
                ):
                    raise TypeError("updater: expected a 64-bit integer, got " + type(updater_type_0).__name__)

                return updater_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            updater_type_1 = data
            if not (updater_type_1 is None):
                raise TypeError("updater: expected the documented type, got " + type(updater_type_1).__name__)

            return updater_type_1

        updater = _parse_updater(d.pop("updater"))

        def _parse_updated(data: object) -> None | str:
            if data is None:
                return data
            try:
                if not True:
                    raise TypeError()
                updated_type_0 = data
                if not (isinstance(updated_type_0, str)):
                    raise TypeError("updated: expected a string, got " + type(updated_type_0).__name__)

                return updated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            updated_type_1 = data
            if not (updated_type_1 is None):
                raise TypeError("updated: expected the documented type, got " + type(updated_type_1).__name__)

            return updated_type_1

        updated = _parse_updated(d.pop("updated"))

        creator_role = d.pop("creator_role")
        if not (isinstance(creator_role, str)):
            raise TypeError("creator_role: expected a string, got " + type(creator_role).__name__)

        def _parse_active(data: object) -> bool | None:
            if data is None:
                return data
            try:
                if not True:
                    raise TypeError()
                active_type_0 = data
                if not (isinstance(active_type_0, bool)):
                    raise TypeError("active: expected true or false, got " + type(active_type_0).__name__)

                return active_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            active_type_1 = data
            if not (active_type_1 is None):
                raise TypeError("active: expected the documented type, got " + type(active_type_1).__name__)

            return active_type_1

        active = _parse_active(d.pop("active"))

        experiment_obj = d.pop("experiment_obj", UNSET)
        if not (experiment_obj is None) and experiment_obj is not UNSET:
            raise TypeError("experiment_obj: expected the documented type, got " + type(experiment_obj).__name__)

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
            if not True:
                raise TypeError()
            experimenter_creator_obj_type_1 = data
            if not (experimenter_creator_obj_type_1 is None):
                raise TypeError(
                    "experimenter_creator_obj: expected the documented type, got "
                    + type(experimenter_creator_obj_type_1).__name__
                )

            return experimenter_creator_obj_type_1

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
            if not True:
                raise TypeError()
            experimenter_updater_obj_type_1 = data
            if not (experimenter_updater_obj_type_1 is None):
                raise TypeError(
                    "experimenter_updater_obj: expected the documented type, got "
                    + type(experimenter_updater_obj_type_1).__name__
                )

            return experimenter_updater_obj_type_1

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

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        job_type.additional_properties = additional_properties
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
