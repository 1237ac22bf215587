from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.upload_workflow_request_request import UploadWorkflowRequestRequest
from ...models.workflow_request_envelope import WorkflowRequestEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: UploadWorkflowRequestRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/file_server/upload_workflow_request",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | WorkflowRequestEnvelope | None:
    if response.status_code == 200:
        response_200 = WorkflowRequestEnvelope.from_dict(response.json())

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
) -> Response[Any | WorkflowRequestEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UploadWorkflowRequestRequest,
) -> Response[Any | WorkflowRequestEnvelope]:
    """Submit a workflow (CWL/Snakemake) request

     `data` is **JSON text** of the workflow request (as built by `pchain`: `taskParams`, `outDS`,
    `sourceURL`,
    `sandbox`, optional `base_platform`, …). By default the request is queued and processed within
    minutes
    (`message` `The request was accepted and will be processed in a few minutes`, `data` null). With
    `dry_run`
    (a check only) or `sync` the server processes it before answering and `data` is `{status,
    request_id, log}`.
    Server bug (1.0.4): that processing runs `python <pandaserver>/taskbuffer/workflow_processor.py`
    with the
    first `python` on the server's PATH, not the server's own interpreter; where that interpreter cannot
    import
    iDDS (or does not exist) the answer is `status: false`, `request_id: null` and a `log` containing
    `main
    execution failed with <exit code>:<traceback>`.
    Failure: `Cannot upload the workflow request: …` (e.g. `data` is not valid JSON).

    Args:
        body (UploadWorkflowRequestRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | WorkflowRequestEnvelope]
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
    body: UploadWorkflowRequestRequest,
) -> Any | WorkflowRequestEnvelope | None:
    """Submit a workflow (CWL/Snakemake) request

     `data` is **JSON text** of the workflow request (as built by `pchain`: `taskParams`, `outDS`,
    `sourceURL`,
    `sandbox`, optional `base_platform`, …). By default the request is queued and processed within
    minutes
    (`message` `The request was accepted and will be processed in a few minutes`, `data` null). With
    `dry_run`
    (a check only) or `sync` the server processes it before answering and `data` is `{status,
    request_id, log}`.
    Server bug (1.0.4): that processing runs `python <pandaserver>/taskbuffer/workflow_processor.py`
    with the
    first `python` on the server's PATH, not the server's own interpreter; where that interpreter cannot
    import
    iDDS (or does not exist) the answer is `status: false`, `request_id: null` and a `log` containing
    `main
    execution failed with <exit code>:<traceback>`.
    Failure: `Cannot upload the workflow request: …` (e.g. `data` is not valid JSON).

    Args:
        body (UploadWorkflowRequestRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | WorkflowRequestEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UploadWorkflowRequestRequest,
) -> Response[Any | WorkflowRequestEnvelope]:
    """Submit a workflow (CWL/Snakemake) request

     `data` is **JSON text** of the workflow request (as built by `pchain`: `taskParams`, `outDS`,
    `sourceURL`,
    `sandbox`, optional `base_platform`, …). By default the request is queued and processed within
    minutes
    (`message` `The request was accepted and will be processed in a few minutes`, `data` null). With
    `dry_run`
    (a check only) or `sync` the server processes it before answering and `data` is `{status,
    request_id, log}`.
    Server bug (1.0.4): that processing runs `python <pandaserver>/taskbuffer/workflow_processor.py`
    with the
    first `python` on the server's PATH, not the server's own interpreter; where that interpreter cannot
    import
    iDDS (or does not exist) the answer is `status: false`, `request_id: null` and a `log` containing
    `main
    execution failed with <exit code>:<traceback>`.
    Failure: `Cannot upload the workflow request: …` (e.g. `data` is not valid JSON).

    Args:
        body (UploadWorkflowRequestRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | WorkflowRequestEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UploadWorkflowRequestRequest,
) -> Any | WorkflowRequestEnvelope | None:
    """Submit a workflow (CWL/Snakemake) request

     `data` is **JSON text** of the workflow request (as built by `pchain`: `taskParams`, `outDS`,
    `sourceURL`,
    `sandbox`, optional `base_platform`, …). By default the request is queued and processed within
    minutes
    (`message` `The request was accepted and will be processed in a few minutes`, `data` null). With
    `dry_run`
    (a check only) or `sync` the server processes it before answering and `data` is `{status,
    request_id, log}`.
    Server bug (1.0.4): that processing runs `python <pandaserver>/taskbuffer/workflow_processor.py`
    with the
    first `python` on the server's PATH, not the server's own interpreter; where that interpreter cannot
    import
    iDDS (or does not exist) the answer is `status: false`, `request_id: null` and a `log` containing
    `main
    execution failed with <exit code>:<traceback>`.
    Failure: `Cannot upload the workflow request: …` (e.g. `data` is not valid JSON).

    Args:
        body (UploadWorkflowRequestRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | WorkflowRequestEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
