from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attributes_envelope import AttributesEnvelope
from ...models.get_attributes_echo import GetAttributesEcho
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    echo: GetAttributesEcho | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_echo: dict[str, Any] | Unset = UNSET
    if not isinstance(echo, Unset):
        json_echo = echo.to_dict()
    if not isinstance(json_echo, Unset):
        params.update(json_echo)

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/system/get_attributes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | AttributesEnvelope | None:
    if response.status_code == 200:
        response_200 = AttributesEnvelope.from_dict(response.json())

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
) -> Response[Any | AttributesEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    echo: GetAttributesEcho | Unset = UNSET,
) -> Response[Any | AttributesEnvelope]:
    """Echo the request parameters and the server's view of the request environment

     Accepts **any** query keys and echoes them under `parameters`. `environment` is the server's request
    environment with every value as a string; it includes the request headers, **the bearer token
    included**, so never log this answer. `message` holds a text dump of the same.

    Args:
        echo (GetAttributesEcho | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AttributesEnvelope]
    """

    kwargs = _get_kwargs(
        echo=echo,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    echo: GetAttributesEcho | Unset = UNSET,
) -> Any | AttributesEnvelope | None:
    """Echo the request parameters and the server's view of the request environment

     Accepts **any** query keys and echoes them under `parameters`. `environment` is the server's request
    environment with every value as a string; it includes the request headers, **the bearer token
    included**, so never log this answer. `message` holds a text dump of the same.

    Args:
        echo (GetAttributesEcho | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AttributesEnvelope
    """

    return sync_detailed(
        client=client,
        echo=echo,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    echo: GetAttributesEcho | Unset = UNSET,
) -> Response[Any | AttributesEnvelope]:
    """Echo the request parameters and the server's view of the request environment

     Accepts **any** query keys and echoes them under `parameters`. `environment` is the server's request
    environment with every value as a string; it includes the request headers, **the bearer token
    included**, so never log this answer. `message` holds a text dump of the same.

    Args:
        echo (GetAttributesEcho | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AttributesEnvelope]
    """

    kwargs = _get_kwargs(
        echo=echo,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    echo: GetAttributesEcho | Unset = UNSET,
) -> Any | AttributesEnvelope | None:
    """Echo the request parameters and the server's view of the request environment

     Accepts **any** query keys and echoes them under `parameters`. `environment` is the server's request
    environment with every value as a string; it includes the request headers, **the bearer token
    included**, so never log this answer. `message` holds a text dump of the same.

    Args:
        echo (GetAttributesEcho | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AttributesEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            echo=echo,
        )
    ).parsed
