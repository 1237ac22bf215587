from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.acquire_jobs_request import AcquireJobsRequest
from ...models.dispatched_jobs_envelope import DispatchedJobsEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: AcquireJobsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/pilot/acquire_jobs",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DispatchedJobsEnvelope | None:
    if response.status_code == 200:
        response_200 = DispatchedJobsEnvelope.from_dict(response.json())

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
) -> Response[Any | DispatchedJobsEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AcquireJobsRequest,
) -> Response[Any | DispatchedJobsEnvelope]:
    """Acquire jobs for a pilot

     Reserves jobs for the queue, sets them to `sent` and returns them in the dispatcher format
    `{"StatusCode": 0, "jobs": [<job dict>, ...]}`. Without the production role only `prod_source_label:
    user`
    is allowed (else `no production/pilot role in VOMS FQANs or non pilot owner`) and `prod_user_id` is
    forced
    to the caller's DN. `get_proxy_key` is honoured only with the production role. No job is
    `success: false` with `No jobs in PanDA`; a bad `target_architecture` is rejected with a message.

    Args:
        body (AcquireJobsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DispatchedJobsEnvelope]
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
    body: AcquireJobsRequest,
) -> Any | DispatchedJobsEnvelope | None:
    """Acquire jobs for a pilot

     Reserves jobs for the queue, sets them to `sent` and returns them in the dispatcher format
    `{"StatusCode": 0, "jobs": [<job dict>, ...]}`. Without the production role only `prod_source_label:
    user`
    is allowed (else `no production/pilot role in VOMS FQANs or non pilot owner`) and `prod_user_id` is
    forced
    to the caller's DN. `get_proxy_key` is honoured only with the production role. No job is
    `success: false` with `No jobs in PanDA`; a bad `target_architecture` is rejected with a message.

    Args:
        body (AcquireJobsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DispatchedJobsEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AcquireJobsRequest,
) -> Response[Any | DispatchedJobsEnvelope]:
    """Acquire jobs for a pilot

     Reserves jobs for the queue, sets them to `sent` and returns them in the dispatcher format
    `{"StatusCode": 0, "jobs": [<job dict>, ...]}`. Without the production role only `prod_source_label:
    user`
    is allowed (else `no production/pilot role in VOMS FQANs or non pilot owner`) and `prod_user_id` is
    forced
    to the caller's DN. `get_proxy_key` is honoured only with the production role. No job is
    `success: false` with `No jobs in PanDA`; a bad `target_architecture` is rejected with a message.

    Args:
        body (AcquireJobsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DispatchedJobsEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AcquireJobsRequest,
) -> Any | DispatchedJobsEnvelope | None:
    """Acquire jobs for a pilot

     Reserves jobs for the queue, sets them to `sent` and returns them in the dispatcher format
    `{"StatusCode": 0, "jobs": [<job dict>, ...]}`. Without the production role only `prod_source_label:
    user`
    is allowed (else `no production/pilot role in VOMS FQANs or non pilot owner`) and `prod_user_id` is
    forced
    to the caller's DN. `get_proxy_key` is honoured only with the production role. No job is
    `success: false` with `No jobs in PanDA`; a bad `target_architecture` is rejected with a message.

    Args:
        body (AcquireJobsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DispatchedJobsEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
