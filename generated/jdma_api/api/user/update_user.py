from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.update_user_request import UpdateUserRequest
from ...models.user import User
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: UpdateUserRequest,
    name: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["name"] = name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/user",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | User | str | None:
    if response.status_code == 200:
        response_200 = User.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | User | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateUserRequest,
    name: str,
) -> Response[Error | User | str]:
    """Update a user's email address and/or notification switch.

     The user is selected by the **query** parameter `name`; the body's `name` key is ignored (the legacy
    client sends it; it only shows up in error echoes). Keys absent from the body are left unchanged.
    Answers
    the stored user after the update.

    Errors, in the order checked: no query string at all → `404 {"error": "No name supplied."}` (error
    only,
    body not read); `name` missing or empty → `404` `Error with name parameter.`; unknown user →
    **`403`**
    `User X not initialised yet.  Run jdma.py init first.`; `"email": ""` → `404` `No email supplied.`.
    These
    carry an echo of the body. A body is required: an empty or non-JSON body gives a `500` HTML page,
    and so do
    `null` values for `email` or `notify`.

    Args:
        name (str):
        body (UpdateUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | User | str]
    """

    kwargs = _get_kwargs(
        body=body,
        name=name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateUserRequest,
    name: str,
) -> Error | User | str | None:
    """Update a user's email address and/or notification switch.

     The user is selected by the **query** parameter `name`; the body's `name` key is ignored (the legacy
    client sends it; it only shows up in error echoes). Keys absent from the body are left unchanged.
    Answers
    the stored user after the update.

    Errors, in the order checked: no query string at all → `404 {"error": "No name supplied."}` (error
    only,
    body not read); `name` missing or empty → `404` `Error with name parameter.`; unknown user →
    **`403`**
    `User X not initialised yet.  Run jdma.py init first.`; `"email": ""` → `404` `No email supplied.`.
    These
    carry an echo of the body. A body is required: an empty or non-JSON body gives a `500` HTML page,
    and so do
    `null` values for `email` or `notify`.

    Args:
        name (str):
        body (UpdateUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | User | str
    """

    return sync_detailed(
        client=client,
        body=body,
        name=name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateUserRequest,
    name: str,
) -> Response[Error | User | str]:
    """Update a user's email address and/or notification switch.

     The user is selected by the **query** parameter `name`; the body's `name` key is ignored (the legacy
    client sends it; it only shows up in error echoes). Keys absent from the body are left unchanged.
    Answers
    the stored user after the update.

    Errors, in the order checked: no query string at all → `404 {"error": "No name supplied."}` (error
    only,
    body not read); `name` missing or empty → `404` `Error with name parameter.`; unknown user →
    **`403`**
    `User X not initialised yet.  Run jdma.py init first.`; `"email": ""` → `404` `No email supplied.`.
    These
    carry an echo of the body. A body is required: an empty or non-JSON body gives a `500` HTML page,
    and so do
    `null` values for `email` or `notify`.

    Args:
        name (str):
        body (UpdateUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | User | str]
    """

    kwargs = _get_kwargs(
        body=body,
        name=name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateUserRequest,
    name: str,
) -> Error | User | str | None:
    """Update a user's email address and/or notification switch.

     The user is selected by the **query** parameter `name`; the body's `name` key is ignored (the legacy
    client sends it; it only shows up in error echoes). Keys absent from the body are left unchanged.
    Answers
    the stored user after the update.

    Errors, in the order checked: no query string at all → `404 {"error": "No name supplied."}` (error
    only,
    body not read); `name` missing or empty → `404` `Error with name parameter.`; unknown user →
    **`403`**
    `User X not initialised yet.  Run jdma.py init first.`; `"email": ""` → `404` `No email supplied.`.
    These
    carry an echo of the body. A body is required: an empty or non-JSON body gives a `500` HTML page,
    and so do
    `null` values for `email` or `notify`.

    Args:
        name (str):
        body (UpdateUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | User | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            name=name,
        )
    ).parsed
