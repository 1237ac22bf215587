from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_jobs_bulk_envelope import UpdateJobsBulkEnvelope
from ...models.update_jobs_bulk_request import UpdateJobsBulkRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: UpdateJobsBulkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/pilot/update_jobs_bulk",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | UpdateJobsBulkEnvelope | None:
    if response.status_code == 200:
        response_200 = UpdateJobsBulkEnvelope.from_dict(response.json())

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
) -> Response[Any | UpdateJobsBulkEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateJobsBulkRequest,
) -> Response[Any | UpdateJobsBulkEnvelope]:
    """Update several jobs from the pilot or Harvester

     Calls `update_job` for each item of `job_list` (each item has the same keys as the `update_job`
    body, with
    `job_id` and `job_status` mandatory). `data` is the list of the per-job envelopes, in order; an item
    with an
    unknown key gets its own `Argument error` envelope. A missing `job_id`/`job_status` aborts the whole
    call with
    `success: false`, message `failed with KeyError ...` and `data: []`.

    Args:
        body (UpdateJobsBulkRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateJobsBulkEnvelope]
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
    body: UpdateJobsBulkRequest,
) -> Any | UpdateJobsBulkEnvelope | None:
    """Update several jobs from the pilot or Harvester

     Calls `update_job` for each item of `job_list` (each item has the same keys as the `update_job`
    body, with
    `job_id` and `job_status` mandatory). `data` is the list of the per-job envelopes, in order; an item
    with an
    unknown key gets its own `Argument error` envelope. A missing `job_id`/`job_status` aborts the whole
    call with
    `success: false`, message `failed with KeyError ...` and `data: []`.

    Args:
        body (UpdateJobsBulkRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateJobsBulkEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateJobsBulkRequest,
) -> Response[Any | UpdateJobsBulkEnvelope]:
    """Update several jobs from the pilot or Harvester

     Calls `update_job` for each item of `job_list` (each item has the same keys as the `update_job`
    body, with
    `job_id` and `job_status` mandatory). `data` is the list of the per-job envelopes, in order; an item
    with an
    unknown key gets its own `Argument error` envelope. A missing `job_id`/`job_status` aborts the whole
    call with
    `success: false`, message `failed with KeyError ...` and `data: []`.

    Args:
        body (UpdateJobsBulkRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateJobsBulkEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdateJobsBulkRequest,
) -> Any | UpdateJobsBulkEnvelope | None:
    """Update several jobs from the pilot or Harvester

     Calls `update_job` for each item of `job_list` (each item has the same keys as the `update_job`
    body, with
    `job_id` and `job_status` mandatory). `data` is the list of the per-job envelopes, in order; an item
    with an
    unknown key gets its own `Argument error` envelope. A missing `job_id`/`job_status` aborts the whole
    call with
    `success: false`, message `failed with KeyError ...` and `data: []`.

    Args:
        body (UpdateJobsBulkRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateJobsBulkEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
