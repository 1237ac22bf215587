from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.tag_campaigns_request import TagCampaignsRequest
from ...models.tag_link import TagLink
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: TagCampaignsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/poms/link_tags",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TagLink | str | None:
    if response.status_code == 200:
        response_200 = TagLink.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[TagLink | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TagCampaignsRequest,
) -> Response[TagLink | str]:
    """Link a tag to one or more campaigns (creating the tag if needed).

     `campaign_id` is a comma-separated id list. The tag is created in `experiment` if it does not exist.
    Any
    unknown campaign id → 400 (`Not found item`). **Linking a tag a campaign already has is refused: 400
    `Unknown error IntegrityError('(psycopg2.errors.UniqueViolation) duplicate key value violates unique
    constraint ...')`** (observed; the link is not idempotent, and none of the listed campaigns is
    linked then).
    The answer echoes `campaign_id` and `tag_name`. Legacy client: `tag_campaigns(tag, cids,
    experiment)`.

    Args:
        body (TagCampaignsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TagLink | str]
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
    body: TagCampaignsRequest,
) -> TagLink | str | None:
    """Link a tag to one or more campaigns (creating the tag if needed).

     `campaign_id` is a comma-separated id list. The tag is created in `experiment` if it does not exist.
    Any
    unknown campaign id → 400 (`Not found item`). **Linking a tag a campaign already has is refused: 400
    `Unknown error IntegrityError('(psycopg2.errors.UniqueViolation) duplicate key value violates unique
    constraint ...')`** (observed; the link is not idempotent, and none of the listed campaigns is
    linked then).
    The answer echoes `campaign_id` and `tag_name`. Legacy client: `tag_campaigns(tag, cids,
    experiment)`.

    Args:
        body (TagCampaignsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TagLink | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TagCampaignsRequest,
) -> Response[TagLink | str]:
    """Link a tag to one or more campaigns (creating the tag if needed).

     `campaign_id` is a comma-separated id list. The tag is created in `experiment` if it does not exist.
    Any
    unknown campaign id → 400 (`Not found item`). **Linking a tag a campaign already has is refused: 400
    `Unknown error IntegrityError('(psycopg2.errors.UniqueViolation) duplicate key value violates unique
    constraint ...')`** (observed; the link is not idempotent, and none of the listed campaigns is
    linked then).
    The answer echoes `campaign_id` and `tag_name`. Legacy client: `tag_campaigns(tag, cids,
    experiment)`.

    Args:
        body (TagCampaignsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TagLink | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TagCampaignsRequest,
) -> TagLink | str | None:
    """Link a tag to one or more campaigns (creating the tag if needed).

     `campaign_id` is a comma-separated id list. The tag is created in `experiment` if it does not exist.
    Any
    unknown campaign id → 400 (`Not found item`). **Linking a tag a campaign already has is refused: 400
    `Unknown error IntegrityError('(psycopg2.errors.UniqueViolation) duplicate key value violates unique
    constraint ...')`** (observed; the link is not idempotent, and none of the listed campaigns is
    linked then).
    The answer echoes `campaign_id` and `tag_name`. Legacy client: `tag_campaigns(tag, cids,
    experiment)`.

    Args:
        body (TagCampaignsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TagLink | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
