"""`panda.workflow`: registering PanDA native workflows."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from sciclients._core import AsyncMode, Call, SyncMode, build_call, check_str, operation
from sciclients._generated.panda_api import models  # models load on first use
from sciclients._generated.panda_api.api import workflow as endpoints  # endpoint modules load on first use

from ._base import PandaResource, as_dict, as_int, data
from .task import _json_object

__all__ = ["WorkflowResource"]

M = TypeVar("M", SyncMode, AsyncMode)


class WorkflowResource(PandaResource[M]):
    """Functions of the `workflow` module."""

    @operation
    def submit_workflow_raw_request(self, params: Mapping[str, Any] | str) -> Call[int]:
        """Register a workflow from its raw request (what pchain builds); authenticated caller.

        `params` is the raw request dict (`sourceURL`, `sandbox`, `language`, `workflowSpecFile`, `outDS`, ...)
        or its JSON text; it is sent as a JSON object. The workflow is registered as `user`, even with the
        production role. Returns the new workflow ID.
        """
        request = models.SubmitWorkflowRawRequestRequestParamsType0.from_dict(_json_object(params, "params"))
        body = models.SubmitWorkflowRawRequestRequest(params=request)
        return build_call(endpoints.submit_workflow_raw_request, data(_workflow_id), body=body)

    @operation
    def submit_workflow(self, workflow_definition: Mapping[str, Any] | str) -> Call[int]:
        """Register a workflow from its definition dict (or its JSON text); authenticated caller.

        The optional `workflow_name` key names the workflow. With the production role the workflow is
        registered as `managed`, otherwise as `user`. Returns the new workflow ID.
        """
        definition = _json_object(workflow_definition, "workflow_definition")
        if "workflow_name" in definition:
            check_str(definition["workflow_name"], "workflow_definition['workflow_name']")
        body = models.SubmitWorkflowRequest(
            workflow_definition=models.SubmitWorkflowRequestWorkflowDefinition.from_dict(definition)
        )
        return build_call(endpoints.submit_workflow, data(_workflow_id), body=body)


def _workflow_id(value: Any) -> int:
    """`data` is `{"workflow_id": N}`."""
    return as_int(as_dict(value)["workflow_id"])
