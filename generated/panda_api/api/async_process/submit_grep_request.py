from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.async_request_id_envelope import AsyncRequestIdEnvelope
from ...models.submit_grep_request_request import SubmitGrepRequestRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: SubmitGrepRequestRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/async_process/submit_grep_request",
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
    body: SubmitGrepRequestRequest,
) -> Response[Any | AsyncRequestIdEnvelope]:
    """Submit an asynchronous grep of a server log file

     Queues a grep (`rg`, or `zgrep` for `.gz` files) of one log file under the server log directory, run
    asynchronously on every alive machine of `service_name`, or on the one machine `machine_name`. Give
    exactly
    one of the two. `data.request_id` is a UUID; poll it with `get_async_result` (raw shape, one entry
    per machine).

    Besides being authenticated, the caller's DN must be on the server's `allowAsyncRequest` list
    (`success: false`, `'<user>' is not authorized`). Only the submitter may read the results.
    Other handled failures: `exactly one of service_name or machine_name must be provided`,
    `invalid log_filename: …` (it must be a bare name, start with `panda-` and end with `.log` or
    `.gz`),
    `invalid max_matches: …`, `invalid tail_bytes: …`, `no alive machines found for service '<name>'`,
    `failed to insert request into DB`. A `machine_name` without a recent heartbeat is accepted anyway.

    Args:
        body (SubmitGrepRequestRequest):

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
    body: SubmitGrepRequestRequest,
) -> Any | AsyncRequestIdEnvelope | None:
    """Submit an asynchronous grep of a server log file

     Queues a grep (`rg`, or `zgrep` for `.gz` files) of one log file under the server log directory, run
    asynchronously on every alive machine of `service_name`, or on the one machine `machine_name`. Give
    exactly
    one of the two. `data.request_id` is a UUID; poll it with `get_async_result` (raw shape, one entry
    per machine).

    Besides being authenticated, the caller's DN must be on the server's `allowAsyncRequest` list
    (`success: false`, `'<user>' is not authorized`). Only the submitter may read the results.
    Other handled failures: `exactly one of service_name or machine_name must be provided`,
    `invalid log_filename: …` (it must be a bare name, start with `panda-` and end with `.log` or
    `.gz`),
    `invalid max_matches: …`, `invalid tail_bytes: …`, `no alive machines found for service '<name>'`,
    `failed to insert request into DB`. A `machine_name` without a recent heartbeat is accepted anyway.

    Args:
        body (SubmitGrepRequestRequest):

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
    body: SubmitGrepRequestRequest,
) -> Response[Any | AsyncRequestIdEnvelope]:
    """Submit an asynchronous grep of a server log file

     Queues a grep (`rg`, or `zgrep` for `.gz` files) of one log file under the server log directory, run
    asynchronously on every alive machine of `service_name`, or on the one machine `machine_name`. Give
    exactly
    one of the two. `data.request_id` is a UUID; poll it with `get_async_result` (raw shape, one entry
    per machine).

    Besides being authenticated, the caller's DN must be on the server's `allowAsyncRequest` list
    (`success: false`, `'<user>' is not authorized`). Only the submitter may read the results.
    Other handled failures: `exactly one of service_name or machine_name must be provided`,
    `invalid log_filename: …` (it must be a bare name, start with `panda-` and end with `.log` or
    `.gz`),
    `invalid max_matches: …`, `invalid tail_bytes: …`, `no alive machines found for service '<name>'`,
    `failed to insert request into DB`. A `machine_name` without a recent heartbeat is accepted anyway.

    Args:
        body (SubmitGrepRequestRequest):

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
    body: SubmitGrepRequestRequest,
) -> Any | AsyncRequestIdEnvelope | None:
    """Submit an asynchronous grep of a server log file

     Queues a grep (`rg`, or `zgrep` for `.gz` files) of one log file under the server log directory, run
    asynchronously on every alive machine of `service_name`, or on the one machine `machine_name`. Give
    exactly
    one of the two. `data.request_id` is a UUID; poll it with `get_async_result` (raw shape, one entry
    per machine).

    Besides being authenticated, the caller's DN must be on the server's `allowAsyncRequest` list
    (`success: false`, `'<user>' is not authorized`). Only the submitter may read the results.
    Other handled failures: `exactly one of service_name or machine_name must be provided`,
    `invalid log_filename: …` (it must be a bare name, start with `panda-` and end with `.log` or
    `.gz`),
    `invalid max_matches: …`, `invalid tail_bytes: …`, `no alive machines found for service '<name>'`,
    `failed to insert request into DB`. A `machine_name` without a recent heartbeat is accepted anyway.

    Args:
        body (SubmitGrepRequestRequest):

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
