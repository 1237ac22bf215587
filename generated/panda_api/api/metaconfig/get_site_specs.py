from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.site_specs_envelope import SiteSpecsEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: str | Unset = "analysis",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["type"] = type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/metaconfig/get_site_specs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | SiteSpecsEnvelope | None:
    if response.status_code == 200:
        response_200 = SiteSpecsEnvelope.from_dict(response.json())

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
) -> Response[Any | SiteSpecsEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = "analysis",
) -> Response[Any | SiteSpecsEnvelope]:
    """Get the site specs (PanDA queue configurations) of one type

     The site specs known to the server's site mapper, keyed by PanDA queue name, each with the SiteSpec
    attributes except `ddm_endpoints_input`, `ddm_endpoints_output`, `ddm_input`, `ddm_output`,
    `setokens_input` and `num_slots_map`. Open (the docstring's "requires a secure connection" is
    wrong).
    The `type` value is not validated: a type that matches no site gives `success: true` with `data:
    {}`.

    Args:
        type_ (str | Unset):  Default: 'analysis'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SiteSpecsEnvelope]
    """

    kwargs = _get_kwargs(
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = "analysis",
) -> Any | SiteSpecsEnvelope | None:
    """Get the site specs (PanDA queue configurations) of one type

     The site specs known to the server's site mapper, keyed by PanDA queue name, each with the SiteSpec
    attributes except `ddm_endpoints_input`, `ddm_endpoints_output`, `ddm_input`, `ddm_output`,
    `setokens_input` and `num_slots_map`. Open (the docstring's "requires a secure connection" is
    wrong).
    The `type` value is not validated: a type that matches no site gives `success: true` with `data:
    {}`.

    Args:
        type_ (str | Unset):  Default: 'analysis'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SiteSpecsEnvelope
    """

    return sync_detailed(
        client=client,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = "analysis",
) -> Response[Any | SiteSpecsEnvelope]:
    """Get the site specs (PanDA queue configurations) of one type

     The site specs known to the server's site mapper, keyed by PanDA queue name, each with the SiteSpec
    attributes except `ddm_endpoints_input`, `ddm_endpoints_output`, `ddm_input`, `ddm_output`,
    `setokens_input` and `num_slots_map`. Open (the docstring's "requires a secure connection" is
    wrong).
    The `type` value is not validated: a type that matches no site gives `success: true` with `data:
    {}`.

    Args:
        type_ (str | Unset):  Default: 'analysis'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SiteSpecsEnvelope]
    """

    kwargs = _get_kwargs(
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = "analysis",
) -> Any | SiteSpecsEnvelope | None:
    """Get the site specs (PanDA queue configurations) of one type

     The site specs known to the server's site mapper, keyed by PanDA queue name, each with the SiteSpec
    attributes except `ddm_endpoints_input`, `ddm_endpoints_output`, `ddm_input`, `ddm_output`,
    `setokens_input` and `num_slots_map`. Open (the docstring's "requires a secure connection" is
    wrong).
    The `type` value is not validated: a type that matches no site gives `success: true` with `data:
    {}`.

    Args:
        type_ (str | Unset):  Default: 'analysis'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SiteSpecsEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
        )
    ).parsed
