from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_user_request import CreateUserRequest
from ...models.created_user import CreatedUser
from ...models.error import Error
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: CreateUserRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatedUser | Error | str | None:
    if response.status_code == 200:
        response_200 = CreatedUser.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = response.text
        if not (isinstance(response_500, str)):
            raise TypeError("response_500: expected a string, got " + type(response_500).__name__)

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreatedUser | Error | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUserRequest,
) -> Response[CreatedUser | Error | str]:
    """Create (initialise) a user.

     Creates the user `name` with notification address `email`; `notify` starts as `true`. Nothing checks
    that
    the name is the caller's or that the address is valid. The answer has no `notify` key.

    Errors, in the order checked: no `name` key → `404 {"error": "No name supplied"}` (error only); no
    `email`
    key → `404` `No email supplied` with an echo of the body (the legacy client omits `email` when it is
    `None`, but the server requires it); user exists → `403` `JDMA already initialized for this user.`
    with an
    echo of the body. A body that is not JSON, or `null` values, give a `500` HTML page.

    The legacy `create_user()` also writes `~/.jdma.json` (backend credentials and CLI defaults) and
    refuses
    `workspace="default"` before sending anything; neither is part of the HTTP API (`workspace` is never
    sent).

    Args:
        body (CreateUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedUser | Error | str]
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
    client: AuthenticatedClient | Client,
    body: CreateUserRequest,
) -> CreatedUser | Error | str | None:
    """Create (initialise) a user.

     Creates the user `name` with notification address `email`; `notify` starts as `true`. Nothing checks
    that
    the name is the caller's or that the address is valid. The answer has no `notify` key.

    Errors, in the order checked: no `name` key → `404 {"error": "No name supplied"}` (error only); no
    `email`
    key → `404` `No email supplied` with an echo of the body (the legacy client omits `email` when it is
    `None`, but the server requires it); user exists → `403` `JDMA already initialized for this user.`
    with an
    echo of the body. A body that is not JSON, or `null` values, give a `500` HTML page.

    The legacy `create_user()` also writes `~/.jdma.json` (backend credentials and CLI defaults) and
    refuses
    `workspace="default"` before sending anything; neither is part of the HTTP API (`workspace` is never
    sent).

    Args:
        body (CreateUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedUser | Error | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUserRequest,
) -> Response[CreatedUser | Error | str]:
    """Create (initialise) a user.

     Creates the user `name` with notification address `email`; `notify` starts as `true`. Nothing checks
    that
    the name is the caller's or that the address is valid. The answer has no `notify` key.

    Errors, in the order checked: no `name` key → `404 {"error": "No name supplied"}` (error only); no
    `email`
    key → `404` `No email supplied` with an echo of the body (the legacy client omits `email` when it is
    `None`, but the server requires it); user exists → `403` `JDMA already initialized for this user.`
    with an
    echo of the body. A body that is not JSON, or `null` values, give a `500` HTML page.

    The legacy `create_user()` also writes `~/.jdma.json` (backend credentials and CLI defaults) and
    refuses
    `workspace="default"` before sending anything; neither is part of the HTTP API (`workspace` is never
    sent).

    Args:
        body (CreateUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedUser | Error | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUserRequest,
) -> CreatedUser | Error | str | None:
    """Create (initialise) a user.

     Creates the user `name` with notification address `email`; `notify` starts as `true`. Nothing checks
    that
    the name is the caller's or that the address is valid. The answer has no `notify` key.

    Errors, in the order checked: no `name` key → `404 {"error": "No name supplied"}` (error only); no
    `email`
    key → `404` `No email supplied` with an echo of the body (the legacy client omits `email` when it is
    `None`, but the server requires it); user exists → `403` `JDMA already initialized for this user.`
    with an
    echo of the body. A body that is not JSON, or `null` values, give a `500` HTML page.

    The legacy `create_user()` also writes `~/.jdma.json` (backend credentials and CLI defaults) and
    refuses
    `workspace="default"` before sending anything; neither is part of the HTTP API (`workspace` is never
    sent).

    Args:
        body (CreateUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedUser | Error | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
