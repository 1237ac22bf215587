from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.submit_workflow_raw_request_request import SubmitWorkflowRawRequestRequest
from ...models.workflow_id_envelope import WorkflowIdEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: SubmitWorkflowRawRequestRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/workflow/submit_workflow_raw_request",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | WorkflowIdEnvelope | None:
    if response.status_code == 200:
        response_200 = WorkflowIdEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = None

        return response_403

    if response.status_code == 500:
        response_500 = None

        return response_500

    if response.status_code == 503:
        response_503 = None

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | WorkflowIdEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SubmitWorkflowRawRequestRequest,
) -> Response[Any | WorkflowIdEnvelope]:
    """Submit the raw request of a PanDA native workflow

     Registers a workflow from the raw request parameters (what pchain builds: `sourceURL`, `sandbox`,
    `language`, `workflowSpecFile`, `outDS`, …). `params` may be the object or its JSON text (panda-
    client
    2.2.0 sends JSON text); text that does not parse gives `success: false` with
    `Failed to parse params: …`, and JSON text of a non-object makes the server raise (HTTP 500).
    The workflow is always registered as `user`, even with the production role. A registration failure
    gives `Failed to submit raw workflow request`.

    Args:
        body (SubmitWorkflowRawRequestRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | WorkflowIdEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SubmitWorkflowRawRequestRequest,
) -> Any | WorkflowIdEnvelope | None:
    """Submit the raw request of a PanDA native workflow

     Registers a workflow from the raw request parameters (what pchain builds: `sourceURL`, `sandbox`,
    `language`, `workflowSpecFile`, `outDS`, …). `params` may be the object or its JSON text (panda-
    client
    2.2.0 sends JSON text); text that does not parse gives `success: false` with
    `Failed to parse params: …`, and JSON text of a non-object makes the server raise (HTTP 500).
    The workflow is always registered as `user`, even with the production role. A registration failure
    gives `Failed to submit raw workflow request`.

    Args:
        body (SubmitWorkflowRawRequestRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | WorkflowIdEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SubmitWorkflowRawRequestRequest,
) -> Response[Any | WorkflowIdEnvelope]:
    """Submit the raw request of a PanDA native workflow

     Registers a workflow from the raw request parameters (what pchain builds: `sourceURL`, `sandbox`,
    `language`, `workflowSpecFile`, `outDS`, …). `params` may be the object or its JSON text (panda-
    client
    2.2.0 sends JSON text); text that does not parse gives `success: false` with
    `Failed to parse params: …`, and JSON text of a non-object makes the server raise (HTTP 500).
    The workflow is always registered as `user`, even with the production role. A registration failure
    gives `Failed to submit raw workflow request`.

    Args:
        body (SubmitWorkflowRawRequestRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | WorkflowIdEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SubmitWorkflowRawRequestRequest,
) -> Any | WorkflowIdEnvelope | None:
    """Submit the raw request of a PanDA native workflow

     Registers a workflow from the raw request parameters (what pchain builds: `sourceURL`, `sandbox`,
    `language`, `workflowSpecFile`, `outDS`, …). `params` may be the object or its JSON text (panda-
    client
    2.2.0 sends JSON text); text that does not parse gives `success: false` with
    `Failed to parse params: …`, and JSON text of a non-object makes the server raise (HTTP 500).
    The workflow is always registered as `user`, even with the production role. A registration failure
    gives `Failed to submit raw workflow request`.

    Args:
        body (SubmitWorkflowRawRequestRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | WorkflowIdEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
