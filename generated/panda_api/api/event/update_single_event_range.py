from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event_range_command_envelope import EventRangeCommandEnvelope
from ...models.update_single_event_range_request import UpdateSingleEventRangeRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: UpdateSingleEventRangeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/event/update_single_event_range",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EventRangeCommandEnvelope | None:
    if response.status_code == 200:
        response_200 = EventRangeCommandEnvelope.from_dict(response.json())

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
) -> Response[Any | EventRangeCommandEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateSingleEventRangeRequest,
) -> Response[Any | EventRangeCommandEnvelope]:
    """Update the status of one event range

     Updates one event range. Only the final statuses (`finished`, `failed`, `fatal`) are stored;
    `running` and
    `transferring` are accepted but skipped. `object_store_id` is annotated on the server with the
    builtin `id`,
    which is not a type: any non-null value makes the type check raise (HTTP 500), so it must be null or
    omitted. On success `data.Command` is **JSON text** of a map PanDA ID → command for the pilot. A
    non-final status (`running`, `transferring`) is skipped and answered with **`success: null`** (not
    false: the call is valid; nothing is stored) and `data.Command` `"{}"`. Failures are `success:
    false`
    with message `TimeOut` or `database error in the PanDA server` (also an unknown range or job, a job
    not in
    sent/starting/running/transferring, a range not in sent/running).

    Args:
        body (UpdateSingleEventRangeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EventRangeCommandEnvelope]
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
    body: UpdateSingleEventRangeRequest,
) -> Any | EventRangeCommandEnvelope | None:
    """Update the status of one event range

     Updates one event range. Only the final statuses (`finished`, `failed`, `fatal`) are stored;
    `running` and
    `transferring` are accepted but skipped. `object_store_id` is annotated on the server with the
    builtin `id`,
    which is not a type: any non-null value makes the type check raise (HTTP 500), so it must be null or
    omitted. On success `data.Command` is **JSON text** of a map PanDA ID → command for the pilot. A
    non-final status (`running`, `transferring`) is skipped and answered with **`success: null`** (not
    false: the call is valid; nothing is stored) and `data.Command` `"{}"`. Failures are `success:
    false`
    with message `TimeOut` or `database error in the PanDA server` (also an unknown range or job, a job
    not in
    sent/starting/running/transferring, a range not in sent/running).

    Args:
        body (UpdateSingleEventRangeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EventRangeCommandEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateSingleEventRangeRequest,
) -> Response[Any | EventRangeCommandEnvelope]:
    """Update the status of one event range

     Updates one event range. Only the final statuses (`finished`, `failed`, `fatal`) are stored;
    `running` and
    `transferring` are accepted but skipped. `object_store_id` is annotated on the server with the
    builtin `id`,
    which is not a type: any non-null value makes the type check raise (HTTP 500), so it must be null or
    omitted. On success `data.Command` is **JSON text** of a map PanDA ID → command for the pilot. A
    non-final status (`running`, `transferring`) is skipped and answered with **`success: null`** (not
    false: the call is valid; nothing is stored) and `data.Command` `"{}"`. Failures are `success:
    false`
    with message `TimeOut` or `database error in the PanDA server` (also an unknown range or job, a job
    not in
    sent/starting/running/transferring, a range not in sent/running).

    Args:
        body (UpdateSingleEventRangeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EventRangeCommandEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdateSingleEventRangeRequest,
) -> Any | EventRangeCommandEnvelope | None:
    """Update the status of one event range

     Updates one event range. Only the final statuses (`finished`, `failed`, `fatal`) are stored;
    `running` and
    `transferring` are accepted but skipped. `object_store_id` is annotated on the server with the
    builtin `id`,
    which is not a type: any non-null value makes the type check raise (HTTP 500), so it must be null or
    omitted. On success `data.Command` is **JSON text** of a map PanDA ID → command for the pilot. A
    non-final status (`running`, `transferring`) is skipped and answered with **`success: null`** (not
    false: the call is valid; nothing is stored) and `data.Command` `"{}"`. Failures are `success:
    false`
    with message `TimeOut` or `database error in the PanDA server` (also an unknown range or job, a job
    not in
    sent/starting/running/transferring, a range not in sent/running).

    Args:
        body (UpdateSingleEventRangeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EventRangeCommandEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
