from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_job_envelope import UpdateJobEnvelope
from ...models.update_job_request import UpdateJobRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: UpdateJobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/pilot/update_job",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | UpdateJobEnvelope | None:
    if response.status_code == 200:
        response_200 = UpdateJobEnvelope.from_dict(response.json())

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
) -> Response[Any | UpdateJobEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateJobRequest,
) -> Response[Any | UpdateJobEnvelope]:
    """Update a job from the pilot

     Updates the job's status and attributes, stores the pilot log excerpt, metadata and stdout, and for
    `finished`/`failed` puts the job into `holding` and processes `job_output_report`. `data` is the
    dispatcher
    dict `{"StatusCode": n, ["command": str|null], ["pilotSecrets": ...]}`; **read `StatusCode`**,
    because
    several failures still answer `success: true`: `Timed out` (StatusCode 10), `Database error` (30)
    and
    `Failed to add meta_data` (30, with `ErrorDiag`). An invalid `job_status` is `success: false` with
    `Invalid job status: <s>` and `data: {"StatusCode": 50}`. Values that fail the server's internal
    casts are
    logged and ignored.

    Args:
        body (UpdateJobRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateJobEnvelope]
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
    body: UpdateJobRequest,
) -> Any | UpdateJobEnvelope | None:
    """Update a job from the pilot

     Updates the job's status and attributes, stores the pilot log excerpt, metadata and stdout, and for
    `finished`/`failed` puts the job into `holding` and processes `job_output_report`. `data` is the
    dispatcher
    dict `{"StatusCode": n, ["command": str|null], ["pilotSecrets": ...]}`; **read `StatusCode`**,
    because
    several failures still answer `success: true`: `Timed out` (StatusCode 10), `Database error` (30)
    and
    `Failed to add meta_data` (30, with `ErrorDiag`). An invalid `job_status` is `success: false` with
    `Invalid job status: <s>` and `data: {"StatusCode": 50}`. Values that fail the server's internal
    casts are
    logged and ignored.

    Args:
        body (UpdateJobRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateJobEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateJobRequest,
) -> Response[Any | UpdateJobEnvelope]:
    """Update a job from the pilot

     Updates the job's status and attributes, stores the pilot log excerpt, metadata and stdout, and for
    `finished`/`failed` puts the job into `holding` and processes `job_output_report`. `data` is the
    dispatcher
    dict `{"StatusCode": n, ["command": str|null], ["pilotSecrets": ...]}`; **read `StatusCode`**,
    because
    several failures still answer `success: true`: `Timed out` (StatusCode 10), `Database error` (30)
    and
    `Failed to add meta_data` (30, with `ErrorDiag`). An invalid `job_status` is `success: false` with
    `Invalid job status: <s>` and `data: {"StatusCode": 50}`. Values that fail the server's internal
    casts are
    logged and ignored.

    Args:
        body (UpdateJobRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateJobEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdateJobRequest,
) -> Any | UpdateJobEnvelope | None:
    """Update a job from the pilot

     Updates the job's status and attributes, stores the pilot log excerpt, metadata and stdout, and for
    `finished`/`failed` puts the job into `holding` and processes `job_output_report`. `data` is the
    dispatcher
    dict `{"StatusCode": n, ["command": str|null], ["pilotSecrets": ...]}`; **read `StatusCode`**,
    because
    several failures still answer `success: true`: `Timed out` (StatusCode 10), `Database error` (30)
    and
    `Failed to add meta_data` (30, with `ErrorDiag`). An invalid `job_status` is `success: false` with
    `Invalid job status: <s>` and `data: {"StatusCode": 50}`. Values that fail the server's internal
    casts are
    logged and ignored.

    Args:
        body (UpdateJobRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateJobEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
