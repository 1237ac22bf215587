from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_campaign_name_request import GetCampaignNameRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: GetCampaignNameRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/poms/get_campaign_name",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> str | None:
    if response.status_code == 200:
        response_200 = response.text
        if not (isinstance(response_200, str)):
            raise TypeError("response_200: expected a string, got " + type(response_200).__name__)

        return response_200

    if response.status_code == 400:
        response_400 = response.text
        if not (isinstance(response_400, str)):
            raise TypeError("response_400: expected a string, got " + type(response_400).__name__)

        return response_400

    if response.status_code == 500:
        response_500 = response.text
        if not (isinstance(response_500, str)):
            raise TypeError("response_500: expected a string, got " + type(response_500).__name__)

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetCampaignNameRequest,
) -> Response[str]:
    """Look up a campaign name by id.

     The raw campaign name as a `text/html` body (not HTML-escaped, not JSON). An **empty body** means no
    campaign
    with that id in `experiment`. No permission check is made. A non-numeric id → 400. Legacy client:
    `get_campaign_name(experiment, campaign_id)`.

    Args:
        body (GetCampaignNameRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
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
    body: GetCampaignNameRequest,
) -> str | None:
    """Look up a campaign name by id.

     The raw campaign name as a `text/html` body (not HTML-escaped, not JSON). An **empty body** means no
    campaign
    with that id in `experiment`. No permission check is made. A non-numeric id → 400. Legacy client:
    `get_campaign_name(experiment, campaign_id)`.

    Args:
        body (GetCampaignNameRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetCampaignNameRequest,
) -> Response[str]:
    """Look up a campaign name by id.

     The raw campaign name as a `text/html` body (not HTML-escaped, not JSON). An **empty body** means no
    campaign
    with that id in `experiment`. No permission check is made. A non-numeric id → 400. Legacy client:
    `get_campaign_name(experiment, campaign_id)`.

    Args:
        body (GetCampaignNameRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetCampaignNameRequest,
) -> str | None:
    """Look up a campaign name by id.

     The raw campaign name as a `text/html` body (not HTML-escaped, not JSON). An **empty body** means no
    campaign
    with that id in `experiment`. No permission check is made. A non-numeric id → 400. Legacy client:
    `get_campaign_name(experiment, campaign_id)`.

    Args:
        body (GetCampaignNameRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
