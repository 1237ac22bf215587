from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.key_pair_envelope import KeyPairEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    public_key_name: str,
    private_key_name: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["public_key_name"] = public_key_name

    params["private_key_name"] = private_key_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/creds/get_key_pair",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | KeyPairEnvelope | None:
    if response.status_code == 200:
        response_200 = KeyPairEnvelope.from_dict(response.json())

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
) -> Response[Any | KeyPairEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    public_key_name: str,
    private_key_name: str,
) -> Response[Any | KeyPairEnvelope]:
    """Get a named key pair held by the server

     Returns the public and private keys configured on the server under the given names. The caller's
    compact DN
    must carry the `k` permission (`Failed since '<user>' not authorized with 'k' in
    <schema>.USERS.GRIDPREF`);
    a missing name gives `Failed for '<user>' since <name> is missing on <host>`.

    Args:
        public_key_name (str):
        private_key_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | KeyPairEnvelope]
    """

    kwargs = _get_kwargs(
        public_key_name=public_key_name,
        private_key_name=private_key_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    public_key_name: str,
    private_key_name: str,
) -> Any | KeyPairEnvelope | None:
    """Get a named key pair held by the server

     Returns the public and private keys configured on the server under the given names. The caller's
    compact DN
    must carry the `k` permission (`Failed since '<user>' not authorized with 'k' in
    <schema>.USERS.GRIDPREF`);
    a missing name gives `Failed for '<user>' since <name> is missing on <host>`.

    Args:
        public_key_name (str):
        private_key_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | KeyPairEnvelope
    """

    return sync_detailed(
        client=client,
        public_key_name=public_key_name,
        private_key_name=private_key_name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    public_key_name: str,
    private_key_name: str,
) -> Response[Any | KeyPairEnvelope]:
    """Get a named key pair held by the server

     Returns the public and private keys configured on the server under the given names. The caller's
    compact DN
    must carry the `k` permission (`Failed since '<user>' not authorized with 'k' in
    <schema>.USERS.GRIDPREF`);
    a missing name gives `Failed for '<user>' since <name> is missing on <host>`.

    Args:
        public_key_name (str):
        private_key_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | KeyPairEnvelope]
    """

    kwargs = _get_kwargs(
        public_key_name=public_key_name,
        private_key_name=private_key_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    public_key_name: str,
    private_key_name: str,
) -> Any | KeyPairEnvelope | None:
    """Get a named key pair held by the server

     Returns the public and private keys configured on the server under the given names. The caller's
    compact DN
    must carry the `k` permission (`Failed since '<user>' not authorized with 'k' in
    <schema>.USERS.GRIDPREF`);
    a missing name gives `Failed for '<user>' since <name> is missing on <host>`.

    Args:
        public_key_name (str):
        private_key_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | KeyPairEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            public_key_name=public_key_name,
            private_key_name=private_key_name,
        )
    ).parsed
