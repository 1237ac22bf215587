from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.acquire_event_ranges_request import AcquireEventRangesRequest
from ...models.event_ranges_envelope import EventRangesEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: AcquireEventRangesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/event/acquire_event_ranges",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EventRangesEnvelope | None:
    if response.status_code == 200:
        response_200 = EventRangesEnvelope.from_dict(response.json())

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
) -> Response[Any | EventRangesEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AcquireEventRangesRequest,
) -> Response[Any | EventRangesEnvelope]:
    """Acquire event ranges for an event-service job

     Reserves up to `n_ranges` event ranges for the job and marks them as sent. `data` is the list of
    event ranges
    (an empty list when none are left). Failures are `success: false` with message `TimeOut` or
    `database error in the PanDA server`.

    Args:
        body (AcquireEventRangesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EventRangesEnvelope]
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
    body: AcquireEventRangesRequest,
) -> Any | EventRangesEnvelope | None:
    """Acquire event ranges for an event-service job

     Reserves up to `n_ranges` event ranges for the job and marks them as sent. `data` is the list of
    event ranges
    (an empty list when none are left). Failures are `success: false` with message `TimeOut` or
    `database error in the PanDA server`.

    Args:
        body (AcquireEventRangesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EventRangesEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AcquireEventRangesRequest,
) -> Response[Any | EventRangesEnvelope]:
    """Acquire event ranges for an event-service job

     Reserves up to `n_ranges` event ranges for the job and marks them as sent. `data` is the list of
    event ranges
    (an empty list when none are left). Failures are `success: false` with message `TimeOut` or
    `database error in the PanDA server`.

    Args:
        body (AcquireEventRangesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EventRangesEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AcquireEventRangesRequest,
) -> Any | EventRangesEnvelope | None:
    """Acquire event ranges for an event-service job

     Reserves up to `n_ranges` event ranges for the job and marks them as sent. `data` is the list of
    event ranges
    (an empty list when none are left). Failures are `success: false` with message `TimeOut` or
    `database error in the PanDA server`.

    Args:
        body (AcquireEventRangesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EventRangesEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
