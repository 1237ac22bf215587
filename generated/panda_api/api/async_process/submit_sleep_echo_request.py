from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.async_request_id_envelope import AsyncRequestIdEnvelope
from ...models.submit_sleep_echo_request_request import SubmitSleepEchoRequestRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: SubmitSleepEchoRequestRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/async_process/submit_sleep_echo_request",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | AsyncRequestIdEnvelope | None:
    if response.status_code == 200:
        response_200 = AsyncRequestIdEnvelope.from_dict(response.json())

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
) -> Response[Any | AsyncRequestIdEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SubmitSleepEchoRequestRequest,
) -> Response[Any | AsyncRequestIdEnvelope]:
    """Submit a test request that sleeps and then echoes a message

     A test of the asynchronous machinery: exactly one alive machine of `service_name` sleeps `seconds`
    and stores `message` as its result. `data.request_id` is a UUID to poll with `get_async_result` (raw
    shape,
    one entry with `machine_name: any`). The submitter and any production-role caller may read the
    result.
    Handled failures: `invalid seconds: must be between 0 and 60`, `invalid message: must be at most 100
    characters`,
    `service_name must be provided`, `no alive machines found for service '<name>'`, `failed to insert
    request into DB`.

    Args:
        body (SubmitSleepEchoRequestRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AsyncRequestIdEnvelope]
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
    body: SubmitSleepEchoRequestRequest,
) -> Any | AsyncRequestIdEnvelope | None:
    """Submit a test request that sleeps and then echoes a message

     A test of the asynchronous machinery: exactly one alive machine of `service_name` sleeps `seconds`
    and stores `message` as its result. `data.request_id` is a UUID to poll with `get_async_result` (raw
    shape,
    one entry with `machine_name: any`). The submitter and any production-role caller may read the
    result.
    Handled failures: `invalid seconds: must be between 0 and 60`, `invalid message: must be at most 100
    characters`,
    `service_name must be provided`, `no alive machines found for service '<name>'`, `failed to insert
    request into DB`.

    Args:
        body (SubmitSleepEchoRequestRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AsyncRequestIdEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SubmitSleepEchoRequestRequest,
) -> Response[Any | AsyncRequestIdEnvelope]:
    """Submit a test request that sleeps and then echoes a message

     A test of the asynchronous machinery: exactly one alive machine of `service_name` sleeps `seconds`
    and stores `message` as its result. `data.request_id` is a UUID to poll with `get_async_result` (raw
    shape,
    one entry with `machine_name: any`). The submitter and any production-role caller may read the
    result.
    Handled failures: `invalid seconds: must be between 0 and 60`, `invalid message: must be at most 100
    characters`,
    `service_name must be provided`, `no alive machines found for service '<name>'`, `failed to insert
    request into DB`.

    Args:
        body (SubmitSleepEchoRequestRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AsyncRequestIdEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SubmitSleepEchoRequestRequest,
) -> Any | AsyncRequestIdEnvelope | None:
    """Submit a test request that sleeps and then echoes a message

     A test of the asynchronous machinery: exactly one alive machine of `service_name` sleeps `seconds`
    and stores `message` as its result. `data.request_id` is a UUID to poll with `get_async_result` (raw
    shape,
    one entry with `machine_name: any`). The submitter and any production-role caller may read the
    result.
    Handled failures: `invalid seconds: must be between 0 and 60`, `invalid message: must be at most 100
    characters`,
    `service_name must be provided`, `no alive machines found for service '<name>'`, `failed to insert
    request into DB`.

    Args:
        body (SubmitSleepEchoRequestRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AsyncRequestIdEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
