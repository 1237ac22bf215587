from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bool_list_envelope import BoolListEnvelope
from ...models.update_workers_request import UpdateWorkersRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: UpdateWorkersRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/harvester/update_workers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | BoolListEnvelope | None:
    if response.status_code == 200:
        response_200 = BoolListEnvelope.from_dict(response.json())

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
) -> Response[Any | BoolListEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateWorkersRequest,
) -> Response[Any | BoolListEnvelope]:
    """Update the workers of a Harvester instance

     Inserts or updates the given workers (WorkerSpec dicts). `data` is one `true` per worker. A database
    failure
    is `success: false` with message `database error in the PanDA server`; server 1.0.4 answers that
    failure
    also for an empty `workers` list (nothing to update gives an empty result, read as a failure).

    Args:
        body (UpdateWorkersRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BoolListEnvelope]
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
    body: UpdateWorkersRequest,
) -> Any | BoolListEnvelope | None:
    """Update the workers of a Harvester instance

     Inserts or updates the given workers (WorkerSpec dicts). `data` is one `true` per worker. A database
    failure
    is `success: false` with message `database error in the PanDA server`; server 1.0.4 answers that
    failure
    also for an empty `workers` list (nothing to update gives an empty result, read as a failure).

    Args:
        body (UpdateWorkersRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BoolListEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateWorkersRequest,
) -> Response[Any | BoolListEnvelope]:
    """Update the workers of a Harvester instance

     Inserts or updates the given workers (WorkerSpec dicts). `data` is one `true` per worker. A database
    failure
    is `success: false` with message `database error in the PanDA server`; server 1.0.4 answers that
    failure
    also for an empty `workers` list (nothing to update gives an empty result, read as a failure).

    Args:
        body (UpdateWorkersRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BoolListEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdateWorkersRequest,
) -> Any | BoolListEnvelope | None:
    """Update the workers of a Harvester instance

     Inserts or updates the given workers (WorkerSpec dicts). `data` is one `true` per worker. A database
    failure
    is `success: false` with message `database error in the PanDA server`; server 1.0.4 answers that
    failure
    also for an empty `workers` list (nothing to update gives an empty result, read as a failure).

    Args:
        body (UpdateWorkersRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BoolListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
