from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubmitWorkflowRequestWorkflowDefinition")


@_attrs_define
class SubmitWorkflowRequestWorkflowDefinition:
    """The workflow definition; any keys. Its optional `workflow_name` names the workflow.

    Attributes:
        workflow_name (str | Unset): The workflow name.
    """

    workflow_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_name = self.workflow_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workflow_name is not UNSET:
            field_dict["workflow_name"] = workflow_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        workflow_name = d.pop("workflow_name", UNSET)
        if not (isinstance(workflow_name, str)) and workflow_name is not UNSET:
            raise TypeError("workflow_name: expected a string, got " + type(workflow_name).__name__)

        submit_workflow_request_workflow_definition = cls(
            workflow_name=workflow_name,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        submit_workflow_request_workflow_definition.additional_properties = additional_properties
        return submit_workflow_request_workflow_definition

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
