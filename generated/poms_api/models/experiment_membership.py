from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.experimenter import Experimenter


T = TypeVar("T", bound="ExperimentMembership")


@_attrs_define
class ExperimentMembership:
    """Membership of an experimenter in an experiment (`experiments_experimenters` row).

    Attributes:
        experimenter_id (int):
        experiment (str):
        active (bool):
        role (str): Highest role: `analysis`, `production` or `superuser`.
        experimenter_obj (Experimenter | None | Unset):
        experiment_obj (None | Unset): Relationship key, always null.
    """

    experimenter_id: int
    experiment: str
    active: bool
    role: str
    experimenter_obj: Experimenter | None | Unset = UNSET
    experiment_obj: None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.experimenter import Experimenter  # noqa: PLC0415

        experimenter_id = self.experimenter_id

        experiment = self.experiment

        active = self.active

        role = self.role

        experimenter_obj: dict[str, Any] | None | Unset
        if isinstance(self.experimenter_obj, Unset):
            experimenter_obj = UNSET
        elif isinstance(self.experimenter_obj, Experimenter):
            experimenter_obj = self.experimenter_obj.to_dict()
        else:
            experimenter_obj = self.experimenter_obj

        experiment_obj = self.experiment_obj

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "experimenter_id": experimenter_id,
                "experiment": experiment,
                "active": active,
                "role": role,
            }
        )
        if experimenter_obj is not UNSET:
            field_dict["experimenter_obj"] = experimenter_obj
        if experiment_obj is not UNSET:
            field_dict["experiment_obj"] = experiment_obj

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.experimenter import Experimenter  # noqa: PLC0415

        d = dict(src_dict)
        experimenter_id = d.pop("experimenter_id")
        if not (
            isinstance(experimenter_id, int)
            and not isinstance(experimenter_id, bool)
            and -(2**63) <= experimenter_id < 2**63
        ):
            raise TypeError("experimenter_id: expected a 64-bit integer, got " + type(experimenter_id).__name__)

        experiment = d.pop("experiment")
        if not (isinstance(experiment, str)):
            raise TypeError("experiment: expected a string, got " + type(experiment).__name__)

        active = d.pop("active")
        if not (isinstance(active, bool)):
            raise TypeError("active: expected true or false, got " + type(active).__name__)

        role = d.pop("role")
        if not (isinstance(role, str)):
            raise TypeError("role: expected a string, got " + type(role).__name__)

        def _parse_experimenter_obj(data: object) -> Experimenter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                experimenter_obj_type_0 = Experimenter.from_dict(data)

                return experimenter_obj_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            experimenter_obj_type_1 = data
            if not (experimenter_obj_type_1 is None):
                raise TypeError(
                    "experimenter_obj: expected the documented type, got " + type(experimenter_obj_type_1).__name__
                )

            return experimenter_obj_type_1

        experimenter_obj = _parse_experimenter_obj(d.pop("experimenter_obj", UNSET))

        experiment_obj = d.pop("experiment_obj", UNSET)
        if not (experiment_obj is None) and experiment_obj is not UNSET:
            raise TypeError("experiment_obj: expected the documented type, got " + type(experiment_obj).__name__)

        experiment_membership = cls(
            experimenter_id=experimenter_id,
            experiment=experiment,
            active=active,
            role=role,
            experimenter_obj=experimenter_obj,
            experiment_obj=experiment_obj,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        experiment_membership.additional_properties = additional_properties
        return experiment_membership

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
