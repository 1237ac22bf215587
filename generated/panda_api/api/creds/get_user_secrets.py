from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user_secrets_envelope import UserSecretsEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    keys: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_keys: list[str] | Unset = UNSET
    if not isinstance(keys, Unset):
        json_keys = keys

    params["keys"] = json_keys

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/creds/get_user_secrets",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | UserSecretsEnvelope | None:
    if response.status_code == 200:
        response_200 = UserSecretsEnvelope.from_dict(response.json())

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
) -> Response[Any | UserSecretsEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    keys: list[str] | Unset = UNSET,
) -> Response[Any | UserSecretsEnvelope]:
    """Get the caller's secrets

     `data` is a **JSON string** (text, to be decoded again) of an object `{key: value}` with the
    requested keys, or
    all secrets when `keys` is omitted; `"{}"` when there are none. Keys that are not set are simply
    missing.
    Secrets uploaded as files appear under `___file___:<name>`. On a database failure `success` is
    false,
    `message` is `database error` and `data` is an **empty object** `{}` (not null).

    Args:
        keys (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UserSecretsEnvelope]
    """

    kwargs = _get_kwargs(
        keys=keys,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    keys: list[str] | Unset = UNSET,
) -> Any | UserSecretsEnvelope | None:
    """Get the caller's secrets

     `data` is a **JSON string** (text, to be decoded again) of an object `{key: value}` with the
    requested keys, or
    all secrets when `keys` is omitted; `"{}"` when there are none. Keys that are not set are simply
    missing.
    Secrets uploaded as files appear under `___file___:<name>`. On a database failure `success` is
    false,
    `message` is `database error` and `data` is an **empty object** `{}` (not null).

    Args:
        keys (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UserSecretsEnvelope
    """

    return sync_detailed(
        client=client,
        keys=keys,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    keys: list[str] | Unset = UNSET,
) -> Response[Any | UserSecretsEnvelope]:
    """Get the caller's secrets

     `data` is a **JSON string** (text, to be decoded again) of an object `{key: value}` with the
    requested keys, or
    all secrets when `keys` is omitted; `"{}"` when there are none. Keys that are not set are simply
    missing.
    Secrets uploaded as files appear under `___file___:<name>`. On a database failure `success` is
    false,
    `message` is `database error` and `data` is an **empty object** `{}` (not null).

    Args:
        keys (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UserSecretsEnvelope]
    """

    kwargs = _get_kwargs(
        keys=keys,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    keys: list[str] | Unset = UNSET,
) -> Any | UserSecretsEnvelope | None:
    """Get the caller's secrets

     `data` is a **JSON string** (text, to be decoded again) of an object `{key: value}` with the
    requested keys, or
    all secrets when `keys` is omitted; `"{}"` when there are none. Keys that are not set are simply
    missing.
    Secrets uploaded as files appear under `___file___:<name>`. On a database failure `success` is
    false,
    `message` is `database error` and `data` is an **empty object** `{}` (not null).

    Args:
        keys (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UserSecretsEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            keys=keys,
        )
    ).parsed
