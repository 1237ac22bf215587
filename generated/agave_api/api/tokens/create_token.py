from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_token_request import CreateTokenRequest
from ...models.token_error import TokenError
from ...models.token_response import TokenResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: CreateTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TokenError | TokenResponse | None:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = TokenError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = TokenError.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TokenError | TokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateTokenRequest,
) -> Response[TokenError | TokenResponse]:
    """Obtain (password grant) or refresh (refresh_token grant) an OAuth2 access token.

     The tenant's WSO2 OAuth2 token endpoint, `POST https://<host>/token` (not under `/jobs/v2`). The
    client
    authenticates with HTTP Basic `api_key:api_secret` (the OAuth client's consumer key and secret) and
    sends an
    `application/x-www-form-urlencoded` body:
    * password grant: `grant_type=password&username=U&password=P&scope=PRODUCTION`;
    * admin impersonation:
    `grant_type=admin_password&username=ADMIN&password=P&token_username=X&scope=PRODUCTION`;
    * refresh: `grant_type=refresh_token&refresh_token=RT&scope=PRODUCTION`.
    The answer is plain OAuth2 JSON (no Agave envelope). Each refresh returns a **new** refresh token;
    keep it.
    A refresh token that is invalid or already used gives 400 `invalid_grant`; wrong client credentials
    401
    `invalid_client`.

    Args:
        body (CreateTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TokenError | TokenResponse]
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
    body: CreateTokenRequest,
) -> TokenError | TokenResponse | None:
    """Obtain (password grant) or refresh (refresh_token grant) an OAuth2 access token.

     The tenant's WSO2 OAuth2 token endpoint, `POST https://<host>/token` (not under `/jobs/v2`). The
    client
    authenticates with HTTP Basic `api_key:api_secret` (the OAuth client's consumer key and secret) and
    sends an
    `application/x-www-form-urlencoded` body:
    * password grant: `grant_type=password&username=U&password=P&scope=PRODUCTION`;
    * admin impersonation:
    `grant_type=admin_password&username=ADMIN&password=P&token_username=X&scope=PRODUCTION`;
    * refresh: `grant_type=refresh_token&refresh_token=RT&scope=PRODUCTION`.
    The answer is plain OAuth2 JSON (no Agave envelope). Each refresh returns a **new** refresh token;
    keep it.
    A refresh token that is invalid or already used gives 400 `invalid_grant`; wrong client credentials
    401
    `invalid_client`.

    Args:
        body (CreateTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TokenError | TokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateTokenRequest,
) -> Response[TokenError | TokenResponse]:
    """Obtain (password grant) or refresh (refresh_token grant) an OAuth2 access token.

     The tenant's WSO2 OAuth2 token endpoint, `POST https://<host>/token` (not under `/jobs/v2`). The
    client
    authenticates with HTTP Basic `api_key:api_secret` (the OAuth client's consumer key and secret) and
    sends an
    `application/x-www-form-urlencoded` body:
    * password grant: `grant_type=password&username=U&password=P&scope=PRODUCTION`;
    * admin impersonation:
    `grant_type=admin_password&username=ADMIN&password=P&token_username=X&scope=PRODUCTION`;
    * refresh: `grant_type=refresh_token&refresh_token=RT&scope=PRODUCTION`.
    The answer is plain OAuth2 JSON (no Agave envelope). Each refresh returns a **new** refresh token;
    keep it.
    A refresh token that is invalid or already used gives 400 `invalid_grant`; wrong client credentials
    401
    `invalid_client`.

    Args:
        body (CreateTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TokenError | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateTokenRequest,
) -> TokenError | TokenResponse | None:
    """Obtain (password grant) or refresh (refresh_token grant) an OAuth2 access token.

     The tenant's WSO2 OAuth2 token endpoint, `POST https://<host>/token` (not under `/jobs/v2`). The
    client
    authenticates with HTTP Basic `api_key:api_secret` (the OAuth client's consumer key and secret) and
    sends an
    `application/x-www-form-urlencoded` body:
    * password grant: `grant_type=password&username=U&password=P&scope=PRODUCTION`;
    * admin impersonation:
    `grant_type=admin_password&username=ADMIN&password=P&token_username=X&scope=PRODUCTION`;
    * refresh: `grant_type=refresh_token&refresh_token=RT&scope=PRODUCTION`.
    The answer is plain OAuth2 JSON (no Agave envelope). Each refresh returns a **new** refresh token;
    keep it.
    A refresh token that is invalid or already used gives 400 `invalid_grant`; wrong client credentials
    401
    `invalid_client`.

    Args:
        body (CreateTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TokenError | TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
