from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_campaign_stages_request import ListCampaignStagesRequest
from ...models.stage_listing import StageListing
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: ListCampaignStagesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/poms/show_campaign_stages",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> StageListing | str | None:
    if response.status_code == 200:
        response_200 = StageListing.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[StageListing | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListCampaignStagesRequest,
) -> Response[StageListing | str]:
    """List campaign stages of an experiment (show_campaign_stages page as JSON).

     The `show_campaign_stages` page rendered as JSON (`fmt=json`). Filters: `campaign_name` (stages of
    that
    campaign), `campaign_ids` (comma-separated **stage** ids; also switches `template` to the stats
    page) and the
    `view_*` flags, which count only when `update_view` is present (non-empty = on). Without
    `update_view`:
    stages of active campaigns, mine and others', by the role's creator role. `tmin`/`tmax`/`tdays` only
    shape the
    returned window fields and links (default: the last day); they do not filter the stages.
    No permission check is made (any authenticated POMS user can list any experiment). The answer echoes
    `experiment`, `role` and the other form fields. Legacy client:
    `show_campaign_stages(campaign_name=None, **kwargs)`.

    Args:
        body (ListCampaignStagesRequest): Form of `show_campaign_stages`. Extra fields are
            accepted and echoed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StageListing | str]
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
    body: ListCampaignStagesRequest,
) -> StageListing | str | None:
    """List campaign stages of an experiment (show_campaign_stages page as JSON).

     The `show_campaign_stages` page rendered as JSON (`fmt=json`). Filters: `campaign_name` (stages of
    that
    campaign), `campaign_ids` (comma-separated **stage** ids; also switches `template` to the stats
    page) and the
    `view_*` flags, which count only when `update_view` is present (non-empty = on). Without
    `update_view`:
    stages of active campaigns, mine and others', by the role's creator role. `tmin`/`tmax`/`tdays` only
    shape the
    returned window fields and links (default: the last day); they do not filter the stages.
    No permission check is made (any authenticated POMS user can list any experiment). The answer echoes
    `experiment`, `role` and the other form fields. Legacy client:
    `show_campaign_stages(campaign_name=None, **kwargs)`.

    Args:
        body (ListCampaignStagesRequest): Form of `show_campaign_stages`. Extra fields are
            accepted and echoed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StageListing | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListCampaignStagesRequest,
) -> Response[StageListing | str]:
    """List campaign stages of an experiment (show_campaign_stages page as JSON).

     The `show_campaign_stages` page rendered as JSON (`fmt=json`). Filters: `campaign_name` (stages of
    that
    campaign), `campaign_ids` (comma-separated **stage** ids; also switches `template` to the stats
    page) and the
    `view_*` flags, which count only when `update_view` is present (non-empty = on). Without
    `update_view`:
    stages of active campaigns, mine and others', by the role's creator role. `tmin`/`tmax`/`tdays` only
    shape the
    returned window fields and links (default: the last day); they do not filter the stages.
    No permission check is made (any authenticated POMS user can list any experiment). The answer echoes
    `experiment`, `role` and the other form fields. Legacy client:
    `show_campaign_stages(campaign_name=None, **kwargs)`.

    Args:
        body (ListCampaignStagesRequest): Form of `show_campaign_stages`. Extra fields are
            accepted and echoed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StageListing | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ListCampaignStagesRequest,
) -> StageListing | str | None:
    """List campaign stages of an experiment (show_campaign_stages page as JSON).

     The `show_campaign_stages` page rendered as JSON (`fmt=json`). Filters: `campaign_name` (stages of
    that
    campaign), `campaign_ids` (comma-separated **stage** ids; also switches `template` to the stats
    page) and the
    `view_*` flags, which count only when `update_view` is present (non-empty = on). Without
    `update_view`:
    stages of active campaigns, mine and others', by the role's creator role. `tmin`/`tmax`/`tdays` only
    shape the
    returned window fields and links (default: the last day); they do not filter the stages.
    No permission check is made (any authenticated POMS user can list any experiment). The answer echoes
    `experiment`, `role` and the other form fields. Legacy client:
    `show_campaign_stages(campaign_name=None, **kwargs)`.

    Args:
        body (ListCampaignStagesRequest): Form of `show_campaign_stages`. Extra fields are
            accepted and echoed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StageListing | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
