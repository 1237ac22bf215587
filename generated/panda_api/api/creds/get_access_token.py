from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.access_token_envelope import AccessTokenEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    client_name: str,
    token_key: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["client_name"] = client_name

    json_token_key: None | str | Unset
    if isinstance(token_key, Unset):
        json_token_key = UNSET
    else:
        json_token_key = token_key
    params["token_key"] = json_token_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/creds/get_access_token",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccessTokenEnvelope | Any | None:
    if response.status_code == 200:
        response_200 = AccessTokenEnvelope.from_dict(response.json())

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
) -> Response[AccessTokenEnvelope | Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    client_name: str,
    token_key: None | str | Unset = UNSET,
) -> Response[AccessTokenEnvelope | Any]:
    """Get a cached OAuth access token

     Returns the access token cached for `client_name` (a target name in the server's token-cache
    configuration).
    The token is under `data.user_proxy` (**sic**, not `access_token`). The caller's compact DN must be
    on the allow
    list (`p` permission): `failed: '<user>' not in authorized users with 'p' in <schema>.USERS.GRIDPREF
    to get access token`.
    When the target is configured with `use_token_key`, `token_key` must be one of its valid keys
    (see `get_token_key`), else `failed since token key is invalid for <client_name>`. A missing token
    gives
    `'token' not found for <client_name>`.

    Args:
        client_name (str):
        token_key (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessTokenEnvelope | Any]
    """

    kwargs = _get_kwargs(
        client_name=client_name,
        token_key=token_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    client_name: str,
    token_key: None | str | Unset = UNSET,
) -> AccessTokenEnvelope | Any | None:
    """Get a cached OAuth access token

     Returns the access token cached for `client_name` (a target name in the server's token-cache
    configuration).
    The token is under `data.user_proxy` (**sic**, not `access_token`). The caller's compact DN must be
    on the allow
    list (`p` permission): `failed: '<user>' not in authorized users with 'p' in <schema>.USERS.GRIDPREF
    to get access token`.
    When the target is configured with `use_token_key`, `token_key` must be one of its valid keys
    (see `get_token_key`), else `failed since token key is invalid for <client_name>`. A missing token
    gives
    `'token' not found for <client_name>`.

    Args:
        client_name (str):
        token_key (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessTokenEnvelope | Any
    """

    return sync_detailed(
        client=client,
        client_name=client_name,
        token_key=token_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    client_name: str,
    token_key: None | str | Unset = UNSET,
) -> Response[AccessTokenEnvelope | Any]:
    """Get a cached OAuth access token

     Returns the access token cached for `client_name` (a target name in the server's token-cache
    configuration).
    The token is under `data.user_proxy` (**sic**, not `access_token`). The caller's compact DN must be
    on the allow
    list (`p` permission): `failed: '<user>' not in authorized users with 'p' in <schema>.USERS.GRIDPREF
    to get access token`.
    When the target is configured with `use_token_key`, `token_key` must be one of its valid keys
    (see `get_token_key`), else `failed since token key is invalid for <client_name>`. A missing token
    gives
    `'token' not found for <client_name>`.

    Args:
        client_name (str):
        token_key (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessTokenEnvelope | Any]
    """

    kwargs = _get_kwargs(
        client_name=client_name,
        token_key=token_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    client_name: str,
    token_key: None | str | Unset = UNSET,
) -> AccessTokenEnvelope | Any | None:
    """Get a cached OAuth access token

     Returns the access token cached for `client_name` (a target name in the server's token-cache
    configuration).
    The token is under `data.user_proxy` (**sic**, not `access_token`). The caller's compact DN must be
    on the allow
    list (`p` permission): `failed: '<user>' not in authorized users with 'p' in <schema>.USERS.GRIDPREF
    to get access token`.
    When the target is configured with `use_token_key`, `token_key` must be one of its valid keys
    (see `get_token_key`), else `failed since token key is invalid for <client_name>`. A missing token
    gives
    `'token' not found for <client_name>`.

    Args:
        client_name (str):
        token_key (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessTokenEnvelope | Any
    """

    return (
        await asyncio_detailed(
            client=client,
            client_name=client_name,
            token_key=token_key,
        )
    ).parsed
