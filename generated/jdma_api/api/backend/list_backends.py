from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.storage_backends import StorageBackends
from ...types import UNSET, Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/list_backends/",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> StorageBackends | None:
    if response.status_code == 200:
        response_200 = StorageBackends.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[StorageBackends]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[StorageBackends]:
    """List the external storage backends.

     Answers an object mapping each backend id to its display name, currently
    `{"elastictape": "Elastic Tape", "objectstore": "Object Store"}`. The keys are string ids (the
    legacy
    docstring wrongly claims integers). No parameters; no `name` needed. The view is a plain function,
    so it
    answers any HTTP method the same way. The slash-less `list_backends` answers 301 to this path for
    GET.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StorageBackends]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> StorageBackends | None:
    """List the external storage backends.

     Answers an object mapping each backend id to its display name, currently
    `{"elastictape": "Elastic Tape", "objectstore": "Object Store"}`. The keys are string ids (the
    legacy
    docstring wrongly claims integers). No parameters; no `name` needed. The view is a plain function,
    so it
    answers any HTTP method the same way. The slash-less `list_backends` answers 301 to this path for
    GET.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StorageBackends
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[StorageBackends]:
    """List the external storage backends.

     Answers an object mapping each backend id to its display name, currently
    `{"elastictape": "Elastic Tape", "objectstore": "Object Store"}`. The keys are string ids (the
    legacy
    docstring wrongly claims integers). No parameters; no `name` needed. The view is a plain function,
    so it
    answers any HTTP method the same way. The slash-less `list_backends` answers 301 to this path for
    GET.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StorageBackends]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> StorageBackends | None:
    """List the external storage backends.

     Answers an object mapping each backend id to its display name, currently
    `{"elastictape": "Elastic Tape", "objectstore": "Object Store"}`. The keys are string ids (the
    legacy
    docstring wrongly claims integers). No parameters; no `name` needed. The view is a plain function,
    so it
    answers any HTTP method the same way. The slash-less `list_backends` answers 301 to this path for
    GET.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StorageBackends
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
