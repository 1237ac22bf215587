from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign_listing import CampaignListing
from ...models.list_campaigns_request import ListCampaignsRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: ListCampaignsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/poms/show_campaigns",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CampaignListing | str | None:
    if response.status_code == 200:
        response_200 = CampaignListing.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = response.text
        if not (isinstance(response_400, str)):
            raise TypeError("response_400: expected a string, got " + type(response_400).__name__)

        return response_400

    if response.status_code == 401:
        response_401 = response.text
        if not (isinstance(response_401, str)):
            raise TypeError("response_401: expected a string, got " + type(response_401).__name__)

        return response_401

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
) -> Response[CampaignListing | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListCampaignsRequest,
) -> Response[CampaignListing | str]:
    """List the campaigns of an experiment (show_campaigns page as JSON).

     The `show_campaigns` page rendered as JSON (`fmt=json`; without it the server renders HTML). Lists
    the campaigns
    of `experiment`, each with its stages. Without `update_view` the default view applies: active
    campaigns, mine
    and others', analysis campaigns for role analysis and production campaigns for production roles.
    With
    `update_view` present (any value) each `view_*` field is on when non-empty and off when missing.
    The answer echoes `experiment`, `role` and the other form fields as strings. `data.authorized` and
    `data.authorized_shifter` (parallel to `tl`) are absent when no campaign matches;
    `authorized_shifter` is
    always true (server bug). Legacy client: `show_campaigns(**kwargs)`.

    Args:
        body (ListCampaignsRequest): Form of `show_campaigns` (listing). Extra fields are accepted
            and echoed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignListing | str]
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
    body: ListCampaignsRequest,
) -> CampaignListing | str | None:
    """List the campaigns of an experiment (show_campaigns page as JSON).

     The `show_campaigns` page rendered as JSON (`fmt=json`; without it the server renders HTML). Lists
    the campaigns
    of `experiment`, each with its stages. Without `update_view` the default view applies: active
    campaigns, mine
    and others', analysis campaigns for role analysis and production campaigns for production roles.
    With
    `update_view` present (any value) each `view_*` field is on when non-empty and off when missing.
    The answer echoes `experiment`, `role` and the other form fields as strings. `data.authorized` and
    `data.authorized_shifter` (parallel to `tl`) are absent when no campaign matches;
    `authorized_shifter` is
    always true (server bug). Legacy client: `show_campaigns(**kwargs)`.

    Args:
        body (ListCampaignsRequest): Form of `show_campaigns` (listing). Extra fields are accepted
            and echoed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignListing | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListCampaignsRequest,
) -> Response[CampaignListing | str]:
    """List the campaigns of an experiment (show_campaigns page as JSON).

     The `show_campaigns` page rendered as JSON (`fmt=json`; without it the server renders HTML). Lists
    the campaigns
    of `experiment`, each with its stages. Without `update_view` the default view applies: active
    campaigns, mine
    and others', analysis campaigns for role analysis and production campaigns for production roles.
    With
    `update_view` present (any value) each `view_*` field is on when non-empty and off when missing.
    The answer echoes `experiment`, `role` and the other form fields as strings. `data.authorized` and
    `data.authorized_shifter` (parallel to `tl`) are absent when no campaign matches;
    `authorized_shifter` is
    always true (server bug). Legacy client: `show_campaigns(**kwargs)`.

    Args:
        body (ListCampaignsRequest): Form of `show_campaigns` (listing). Extra fields are accepted
            and echoed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignListing | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ListCampaignsRequest,
) -> CampaignListing | str | None:
    """List the campaigns of an experiment (show_campaigns page as JSON).

     The `show_campaigns` page rendered as JSON (`fmt=json`; without it the server renders HTML). Lists
    the campaigns
    of `experiment`, each with its stages. Without `update_view` the default view applies: active
    campaigns, mine
    and others', analysis campaigns for role analysis and production campaigns for production roles.
    With
    `update_view` present (any value) each `view_*` field is on when non-empty and off when missing.
    The answer echoes `experiment`, `role` and the other form fields as strings. `data.authorized` and
    `data.authorized_shifter` (parallel to `tl`) are absent when no campaign matches;
    `authorized_shifter` is
    always true (server bug). Legacy client: `show_campaigns(**kwargs)`.

    Args:
        body (ListCampaignsRequest): Form of `show_campaigns` (listing). Extra fields are accepted
            and echoed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignListing | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
