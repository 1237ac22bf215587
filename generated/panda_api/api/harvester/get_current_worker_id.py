from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.integer_envelope import IntegerEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    harvester_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["harvester_id"] = harvester_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/harvester/get_current_worker_id",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | IntegerEnvelope | None:
    if response.status_code == 200:
        response_200 = IntegerEnvelope.from_dict(response.json())

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
) -> Response[Any | IntegerEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    harvester_id: str,
) -> Response[Any | IntegerEnvelope]:
    """Get the highest worker ID of a Harvester instance

     `data` is the current (maximum) worker ID. A failure is `success: false` with message `database
    error in the PanDA server`; server 1.0.4 answers that failure also for an instance without workers
    (the maximum is null).

    Args:
        harvester_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | IntegerEnvelope]
    """

    kwargs = _get_kwargs(
        harvester_id=harvester_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    harvester_id: str,
) -> Any | IntegerEnvelope | None:
    """Get the highest worker ID of a Harvester instance

     `data` is the current (maximum) worker ID. A failure is `success: false` with message `database
    error in the PanDA server`; server 1.0.4 answers that failure also for an instance without workers
    (the maximum is null).

    Args:
        harvester_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | IntegerEnvelope
    """

    return sync_detailed(
        client=client,
        harvester_id=harvester_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    harvester_id: str,
) -> Response[Any | IntegerEnvelope]:
    """Get the highest worker ID of a Harvester instance

     `data` is the current (maximum) worker ID. A failure is `success: false` with message `database
    error in the PanDA server`; server 1.0.4 answers that failure also for an instance without workers
    (the maximum is null).

    Args:
        harvester_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | IntegerEnvelope]
    """

    kwargs = _get_kwargs(
        harvester_id=harvester_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    harvester_id: str,
) -> Any | IntegerEnvelope | None:
    """Get the highest worker ID of a Harvester instance

     `data` is the current (maximum) worker ID. A failure is `success: false` with message `database
    error in the PanDA server`; server 1.0.4 answers that failure also for an instance without workers
    (the maximum is null).

    Args:
        harvester_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | IntegerEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            harvester_id=harvester_id,
        )
    ).parsed
