from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.submit_workflow_request_workflow_definition import SubmitWorkflowRequestWorkflowDefinition


T = TypeVar("T", bound="SubmitWorkflowRequest")


@_attrs_define
class SubmitWorkflowRequest:
    """
    Attributes:
        workflow_definition (SubmitWorkflowRequestWorkflowDefinition): The workflow definition; any keys. Its optional
            `workflow_name` names the workflow.
    """

    workflow_definition: SubmitWorkflowRequestWorkflowDefinition

    def to_dict(self) -> dict[str, Any]:
        from ..models.submit_workflow_request_workflow_definition import SubmitWorkflowRequestWorkflowDefinition  # noqa: PLC0415

        workflow_definition = self.workflow_definition.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "workflow_definition": workflow_definition,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.submit_workflow_request_workflow_definition import SubmitWorkflowRequestWorkflowDefinition  # noqa: PLC0415

        d = dict(src_dict)
        workflow_definition = SubmitWorkflowRequestWorkflowDefinition.from_dict(d.pop("workflow_definition"))

        submit_workflow_request = cls(
            workflow_definition=workflow_definition,
        )

        return submit_workflow_request
