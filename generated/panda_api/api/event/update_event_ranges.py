from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.update_event_ranges_request import UpdateEventRangesRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: UpdateEventRangesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/event/update_event_ranges",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Envelope | None:
    if response.status_code == 200:
        response_200 = Envelope.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Envelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateEventRangesRequest,
) -> Response[Any | Envelope]:
    """Update event ranges in bulk (broken in server 1.0.4)

     `event_ranges` is **JSON text** of a list of `{"eventRangeID", "eventStatus", ["errorCode"],
    ["errorDiag"],
    ["coreCount"], ["cpuConsumptionTime"], ["objstoreID"]}` objects; with `version: 1` the items may
    instead be
    `{"zipFile": {...}, "eventRanges": [...]}` chunks. `eventStatus` is one of `running`,
    `transferring`,
    `finished`, `failed`, `fatal` (only the last three are stored).

    **Broken server-side in 1.0.4**: the handler builds `data` as a Python *set* instead of the
    documented
    `{"Returns": [...], "Commands": {PanDA ID: command}}` dict, so every call that passes validation and
    does not
    time out ends in HTTP 500 (`Type not serializable ... set`, or `unhashable type` for `version` ≠ 0),
    even
    though the updates were applied. Only validation failures and `TimeOut` come back as a 200 envelope.

    Args:
        body (UpdateEventRangesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Envelope]
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
    body: UpdateEventRangesRequest,
) -> Any | Envelope | None:
    """Update event ranges in bulk (broken in server 1.0.4)

     `event_ranges` is **JSON text** of a list of `{"eventRangeID", "eventStatus", ["errorCode"],
    ["errorDiag"],
    ["coreCount"], ["cpuConsumptionTime"], ["objstoreID"]}` objects; with `version: 1` the items may
    instead be
    `{"zipFile": {...}, "eventRanges": [...]}` chunks. `eventStatus` is one of `running`,
    `transferring`,
    `finished`, `failed`, `fatal` (only the last three are stored).

    **Broken server-side in 1.0.4**: the handler builds `data` as a Python *set* instead of the
    documented
    `{"Returns": [...], "Commands": {PanDA ID: command}}` dict, so every call that passes validation and
    does not
    time out ends in HTTP 500 (`Type not serializable ... set`, or `unhashable type` for `version` ≠ 0),
    even
    though the updates were applied. Only validation failures and `TimeOut` come back as a 200 envelope.

    Args:
        body (UpdateEventRangesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Envelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateEventRangesRequest,
) -> Response[Any | Envelope]:
    """Update event ranges in bulk (broken in server 1.0.4)

     `event_ranges` is **JSON text** of a list of `{"eventRangeID", "eventStatus", ["errorCode"],
    ["errorDiag"],
    ["coreCount"], ["cpuConsumptionTime"], ["objstoreID"]}` objects; with `version: 1` the items may
    instead be
    `{"zipFile": {...}, "eventRanges": [...]}` chunks. `eventStatus` is one of `running`,
    `transferring`,
    `finished`, `failed`, `fatal` (only the last three are stored).

    **Broken server-side in 1.0.4**: the handler builds `data` as a Python *set* instead of the
    documented
    `{"Returns": [...], "Commands": {PanDA ID: command}}` dict, so every call that passes validation and
    does not
    time out ends in HTTP 500 (`Type not serializable ... set`, or `unhashable type` for `version` ≠ 0),
    even
    though the updates were applied. Only validation failures and `TimeOut` come back as a 200 envelope.

    Args:
        body (UpdateEventRangesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Envelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdateEventRangesRequest,
) -> Any | Envelope | None:
    """Update event ranges in bulk (broken in server 1.0.4)

     `event_ranges` is **JSON text** of a list of `{"eventRangeID", "eventStatus", ["errorCode"],
    ["errorDiag"],
    ["coreCount"], ["cpuConsumptionTime"], ["objstoreID"]}` objects; with `version: 1` the items may
    instead be
    `{"zipFile": {...}, "eventRanges": [...]}` chunks. `eventStatus` is one of `running`,
    `transferring`,
    `finished`, `failed`, `fatal` (only the last three are stored).

    **Broken server-side in 1.0.4**: the handler builds `data` as a Python *set* instead of the
    documented
    `{"Returns": [...], "Commands": {PanDA ID: command}}` dict, so every call that passes validation and
    does not
    time out ends in HTTP 500 (`Type not serializable ... set`, or `unhashable type` for `version` ≠ 0),
    even
    though the updates were applied. Only validation failures and `TimeOut` come back as a 200 envelope.

    Args:
        body (UpdateEventRangesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Envelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
