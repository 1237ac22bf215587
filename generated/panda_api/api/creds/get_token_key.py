from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.token_key_envelope import TokenKeyEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    client_name: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["client_name"] = client_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/creds/get_token_key",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | TokenKeyEnvelope | None:
    if response.status_code == 200:
        response_200 = TokenKeyEnvelope.from_dict(response.json())

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
) -> Response[Any | TokenKeyEnvelope]:
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
) -> Response[Any | TokenKeyEnvelope]:
    """Get the latest token key of a token-cache target

     Returns the latest token key of `client_name`, to pass as `token_key` to `get_access_token`. The
    caller's
    compact DN must carry the `t` permission (`Denied since '<user>' not authorized with 't' in
    <schema>.USERS.GRIDPREF`);
    an unknown target gives `Token key is missing for '<client_name>'`.

    Args:
        client_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TokenKeyEnvelope]
    """

    kwargs = _get_kwargs(
        client_name=client_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    client_name: str,
) -> Any | TokenKeyEnvelope | None:
    """Get the latest token key of a token-cache target

     Returns the latest token key of `client_name`, to pass as `token_key` to `get_access_token`. The
    caller's
    compact DN must carry the `t` permission (`Denied since '<user>' not authorized with 't' in
    <schema>.USERS.GRIDPREF`);
    an unknown target gives `Token key is missing for '<client_name>'`.

    Args:
        client_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TokenKeyEnvelope
    """

    return sync_detailed(
        client=client,
        client_name=client_name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    client_name: str,
) -> Response[Any | TokenKeyEnvelope]:
    """Get the latest token key of a token-cache target

     Returns the latest token key of `client_name`, to pass as `token_key` to `get_access_token`. The
    caller's
    compact DN must carry the `t` permission (`Denied since '<user>' not authorized with 't' in
    <schema>.USERS.GRIDPREF`);
    an unknown target gives `Token key is missing for '<client_name>'`.

    Args:
        client_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TokenKeyEnvelope]
    """

    kwargs = _get_kwargs(
        client_name=client_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    client_name: str,
) -> Any | TokenKeyEnvelope | None:
    """Get the latest token key of a token-cache target

     Returns the latest token key of `client_name`, to pass as `token_key` to `get_access_token`. The
    caller's
    compact DN must carry the `t` permission (`Denied since '<user>' not authorized with 't' in
    <schema>.USERS.GRIDPREF`);
    an unknown target gives `Token key is missing for '<client_name>'`.

    Args:
        client_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TokenKeyEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            client_name=client_name,
        )
    ).parsed
