from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user_proxy_envelope import UserProxyEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    role: None | str | Unset = UNSET,
    dn: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_role: None | str | Unset
    if isinstance(role, Unset):
        json_role = UNSET
    else:
        json_role = role
    params["role"] = json_role

    json_dn: None | str | Unset
    if isinstance(dn, Unset):
        json_dn = UNSET
    else:
        json_dn = dn
    params["dn"] = json_dn

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/creds/get_proxy",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | UserProxyEnvelope | None:
    if response.status_code == 200:
        response_200 = UserProxyEnvelope.from_dict(response.json())

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
) -> Response[Any | UserProxyEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    role: None | str | Unset = UNSET,
    dn: None | str | Unset = UNSET,
) -> Response[Any | UserProxyEnvelope]:
    """Get a user's X.509 proxy from the proxy cache

     Returns the cached proxy of `dn` (default: the caller) with the VOMS `role`. The caller's compact DN
    must be
    on the server's proxy allow list (`p` permission): `failed: '<user>' not in authorized users with
    'p' in
    <schema>.USERS.GRIDPREF to get proxy`. A missing proxy gives `'proxy' not found for <dn>`.

    Args:
        role (None | str | Unset):
        dn (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UserProxyEnvelope]
    """

    kwargs = _get_kwargs(
        role=role,
        dn=dn,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    role: None | str | Unset = UNSET,
    dn: None | str | Unset = UNSET,
) -> Any | UserProxyEnvelope | None:
    """Get a user's X.509 proxy from the proxy cache

     Returns the cached proxy of `dn` (default: the caller) with the VOMS `role`. The caller's compact DN
    must be
    on the server's proxy allow list (`p` permission): `failed: '<user>' not in authorized users with
    'p' in
    <schema>.USERS.GRIDPREF to get proxy`. A missing proxy gives `'proxy' not found for <dn>`.

    Args:
        role (None | str | Unset):
        dn (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UserProxyEnvelope
    """

    return sync_detailed(
        client=client,
        role=role,
        dn=dn,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    role: None | str | Unset = UNSET,
    dn: None | str | Unset = UNSET,
) -> Response[Any | UserProxyEnvelope]:
    """Get a user's X.509 proxy from the proxy cache

     Returns the cached proxy of `dn` (default: the caller) with the VOMS `role`. The caller's compact DN
    must be
    on the server's proxy allow list (`p` permission): `failed: '<user>' not in authorized users with
    'p' in
    <schema>.USERS.GRIDPREF to get proxy`. A missing proxy gives `'proxy' not found for <dn>`.

    Args:
        role (None | str | Unset):
        dn (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UserProxyEnvelope]
    """

    kwargs = _get_kwargs(
        role=role,
        dn=dn,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    role: None | str | Unset = UNSET,
    dn: None | str | Unset = UNSET,
) -> Any | UserProxyEnvelope | None:
    """Get a user's X.509 proxy from the proxy cache

     Returns the cached proxy of `dn` (default: the caller) with the VOMS `role`. The caller's compact DN
    must be
    on the server's proxy allow list (`p` permission): `failed: '<user>' not in authorized users with
    'p' in
    <schema>.USERS.GRIDPREF to get proxy`. A missing proxy gives `'proxy' not found for <dn>`.

    Args:
        role (None | str | Unset):
        dn (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UserProxyEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            role=role,
            dn=dn,
        )
    ).parsed
