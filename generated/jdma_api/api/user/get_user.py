from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.user import User
from ...types import UNSET, Response


def _get_kwargs(
    *,
    name: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | User | None:
    if response.status_code == 200:
        response_200 = User.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | User]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    name: str,
) -> Response[Error | User]:
    """Get a user's details.

     Returns the stored user `{"name", "email", "notify"}`. `name` selects the user.

    Errors: no query string at all → `404 {"error": "No name supplied"}` (no final period here, unlike
    PUT);
    a query string without `name`, or `name=` empty → `404 {"error": "Error with name parameter.",
    "name": ""}`;
    an unknown user → **`403`** (not 404) `{"error": "User X not initialised yet.  Run jdma.py init
    first.",
    "name": "X"}`. The route also matches `user/` and any longer path starting with `user`.

    Args:
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | User]
    """

    kwargs = _get_kwargs(
        name=name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    name: str,
) -> Error | User | None:
    """Get a user's details.

     Returns the stored user `{"name", "email", "notify"}`. `name` selects the user.

    Errors: no query string at all → `404 {"error": "No name supplied"}` (no final period here, unlike
    PUT);
    a query string without `name`, or `name=` empty → `404 {"error": "Error with name parameter.",
    "name": ""}`;
    an unknown user → **`403`** (not 404) `{"error": "User X not initialised yet.  Run jdma.py init
    first.",
    "name": "X"}`. The route also matches `user/` and any longer path starting with `user`.

    Args:
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | User
    """

    return sync_detailed(
        client=client,
        name=name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    name: str,
) -> Response[Error | User]:
    """Get a user's details.

     Returns the stored user `{"name", "email", "notify"}`. `name` selects the user.

    Errors: no query string at all → `404 {"error": "No name supplied"}` (no final period here, unlike
    PUT);
    a query string without `name`, or `name=` empty → `404 {"error": "Error with name parameter.",
    "name": ""}`;
    an unknown user → **`403`** (not 404) `{"error": "User X not initialised yet.  Run jdma.py init
    first.",
    "name": "X"}`. The route also matches `user/` and any longer path starting with `user`.

    Args:
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | User]
    """

    kwargs = _get_kwargs(
        name=name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    name: str,
) -> Error | User | None:
    """Get a user's details.

     Returns the stored user `{"name", "email", "notify"}`. `name` selects the user.

    Errors: no query string at all → `404 {"error": "No name supplied"}` (no final period here, unlike
    PUT);
    a query string without `name`, or `name=` empty → `404 {"error": "Error with name parameter.",
    "name": ""}`;
    an unknown user → **`403`** (not 404) `{"error": "User X not initialised yet.  Run jdma.py init
    first.",
    "name": "X"}`. The route also matches `user/` and any longer path starting with `user`.

    Args:
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | User
    """

    return (
        await asyncio_detailed(
            client=client,
            name=name,
        )
    ).parsed
