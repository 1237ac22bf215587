from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobTypeSnapshot")


@_attrs_define
class JobTypeSnapshot:
    """Copy of a job type taken when a submission was created (`job_type_snapshots` row).

    Attributes:
        job_type_snapshot_id (int):
        job_type_id (int):
        name (str):
        experiment (str):
        creator (int):
        created (str): Database timestamp as rendered by the server: `YYYY-MM-DDTHH:MM:SS`, no zone designator and no
            fraction (not RFC 3339). Example: 2019-09-10T11:28:29.
        launch_script (None | str | Unset):
        definition_parameters (Any | Unset): JSON column: normally a list of `[key, value]` pairs.
        input_files_per_job (int | None | Unset):
        output_files_per_job (int | None | Unset):
        output_file_patterns (None | str | Unset):
        updater (int | None | Unset):
        updated (None | str | Unset):
        job_type (None | Unset): Relationship key, always null.
    """

    job_type_snapshot_id: int
    job_type_id: int
    name: str
    experiment: str
    creator: int
    created: str
    launch_script: None | str | Unset = UNSET
    definition_parameters: Any | Unset = UNSET
    input_files_per_job: int | None | Unset = UNSET
    output_files_per_job: int | None | Unset = UNSET
    output_file_patterns: None | str | Unset = UNSET
    updater: int | None | Unset = UNSET
    updated: None | str | Unset = UNSET
    job_type: None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_type_snapshot_id = self.job_type_snapshot_id

        job_type_id = self.job_type_id

        name = self.name

        experiment = self.experiment

        creator = self.creator

        created = self.created

        launch_script: None | str | Unset
        if isinstance(self.launch_script, Unset):
            launch_script = UNSET
        else:
            launch_script = self.launch_script

        definition_parameters = self.definition_parameters

        input_files_per_job: int | None | Unset
        if isinstance(self.input_files_per_job, Unset):
            input_files_per_job = UNSET
        else:
            input_files_per_job = self.input_files_per_job

        output_files_per_job: int | None | Unset
        if isinstance(self.output_files_per_job, Unset):
            output_files_per_job = UNSET
        else:
            output_files_per_job = self.output_files_per_job

        output_file_patterns: None | str | Unset
        if isinstance(self.output_file_patterns, Unset):
            output_file_patterns = UNSET
        else:
            output_file_patterns = self.output_file_patterns

        updater: int | None | Unset
        if isinstance(self.updater, Unset):
            updater = UNSET
        else:
            updater = self.updater

        updated: None | str | Unset
        if isinstance(self.updated, Unset):
            updated = UNSET
        else:
            updated = self.updated

        job_type = self.job_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_type_snapshot_id": job_type_snapshot_id,
                "job_type_id": job_type_id,
                "name": name,
                "experiment": experiment,
                "creator": creator,
                "created": created,
            }
        )
        if launch_script is not UNSET:
            field_dict["launch_script"] = launch_script
        if definition_parameters is not UNSET:
            field_dict["definition_parameters"] = definition_parameters
        if input_files_per_job is not UNSET:
            field_dict["input_files_per_job"] = input_files_per_job
        if output_files_per_job is not UNSET:
            field_dict["output_files_per_job"] = output_files_per_job
        if output_file_patterns is not UNSET:
            field_dict["output_file_patterns"] = output_file_patterns
        if updater is not UNSET:
            field_dict["updater"] = updater
        if updated is not UNSET:
            field_dict["updated"] = updated
        if job_type is not UNSET:
            field_dict["job_type"] = job_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_type_snapshot_id = d.pop("job_type_snapshot_id")
        if not (
            isinstance(job_type_snapshot_id, int)
            and not isinstance(job_type_snapshot_id, bool)
            and -(2**63) <= job_type_snapshot_id < 2**63
        ):
            raise TypeError(
                "job_type_snapshot_id: expected a 64-bit integer, got " + type(job_type_snapshot_id).__name__
            )

        job_type_id = d.pop("job_type_id")
        if not (isinstance(job_type_id, int) and not isinstance(job_type_id, bool) and -(2**63) <= job_type_id < 2**63):
            raise TypeError("job_type_id: expected a 64-bit integer, got " + type(job_type_id).__name__)

        name = d.pop("name")
        if not (isinstance(name, str)):
            raise TypeError("name: expected a string, got " + type(name).__name__)

        experiment = d.pop("experiment")
        if not (isinstance(experiment, str)):
            raise TypeError("experiment: expected a string, got " + type(experiment).__name__)

        creator = d.pop("creator")
        if not (isinstance(creator, int) and not isinstance(creator, bool) and -(2**63) <= creator < 2**63):
            raise TypeError("creator: expected a 64-bit integer, got " + type(creator).__name__)

        created = d.pop("created")
        if not (isinstance(created, str)):
            raise TypeError("created: expected a string, got " + type(created).__name__)

        def _parse_launch_script(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
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

        launch_script = _parse_launch_script(d.pop("launch_script", UNSET))

        definition_parameters = d.pop("definition_parameters", UNSET)

        def _parse_input_files_per_job(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
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

        input_files_per_job = _parse_input_files_per_job(d.pop("input_files_per_job", UNSET))

        def _parse_output_files_per_job(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
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

        output_files_per_job = _parse_output_files_per_job(d.pop("output_files_per_job", UNSET))

        def _parse_output_file_patterns(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
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

        output_file_patterns = _parse_output_file_patterns(d.pop("output_file_patterns", UNSET))

        def _parse_updater(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
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

        updater = _parse_updater(d.pop("updater", UNSET))

        def _parse_updated(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
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

        updated = _parse_updated(d.pop("updated", UNSET))

        job_type = d.pop("job_type", UNSET)
        if not (job_type is None) and job_type is not UNSET:
            raise TypeError("job_type: expected the documented type, got " + type(job_type).__name__)

        job_type_snapshot = cls(
            job_type_snapshot_id=job_type_snapshot_id,
            job_type_id=job_type_id,
            name=name,
            experiment=experiment,
            creator=creator,
            created=created,
            launch_script=launch_script,
            definition_parameters=definition_parameters,
            input_files_per_job=input_files_per_job,
            output_files_per_job=output_files_per_job,
            output_file_patterns=output_file_patterns,
            updater=updater,
            updated=updated,
            job_type=job_type,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        job_type_snapshot.additional_properties = additional_properties
        return job_type_snapshot

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
