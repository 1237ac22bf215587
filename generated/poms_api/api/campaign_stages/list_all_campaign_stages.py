from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign_stage_index_entry import CampaignStageIndexEntry
from ...models.list_all_campaign_stages_request import ListAllCampaignStagesRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: ListAllCampaignStagesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/poms/campaign_list_json",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[CampaignStageIndexEntry] | str | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_campaign_stage_index_item_data in _response_200:
            componentsschemas_campaign_stage_index_item = CampaignStageIndexEntry.from_dict(
                componentsschemas_campaign_stage_index_item_data
            )

            response_200.append(componentsschemas_campaign_stage_index_item)

        return response_200

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
) -> Response[list[CampaignStageIndexEntry] | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListAllCampaignStagesRequest,
) -> Response[list[CampaignStageIndexEntry] | str]:
    """List id, name and experiment of every campaign stage (all experiments).

     A bare JSON array of every campaign stage in POMS — **all experiments**, whatever `experiment` says
    (the
    method exists for Landscape); names are not unique. The legacy `get_campaign_list(experiment)` folds
    it into a
    name → id dict, silently dropping duplicates.

    Args:
        body (ListAllCampaignStagesRequest): Only the permission check uses these; the listing
            covers every experiment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[CampaignStageIndexEntry] | str]
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
    body: ListAllCampaignStagesRequest,
) -> list[CampaignStageIndexEntry] | str | None:
    """List id, name and experiment of every campaign stage (all experiments).

     A bare JSON array of every campaign stage in POMS — **all experiments**, whatever `experiment` says
    (the
    method exists for Landscape); names are not unique. The legacy `get_campaign_list(experiment)` folds
    it into a
    name → id dict, silently dropping duplicates.

    Args:
        body (ListAllCampaignStagesRequest): Only the permission check uses these; the listing
            covers every experiment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[CampaignStageIndexEntry] | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListAllCampaignStagesRequest,
) -> Response[list[CampaignStageIndexEntry] | str]:
    """List id, name and experiment of every campaign stage (all experiments).

     A bare JSON array of every campaign stage in POMS — **all experiments**, whatever `experiment` says
    (the
    method exists for Landscape); names are not unique. The legacy `get_campaign_list(experiment)` folds
    it into a
    name → id dict, silently dropping duplicates.

    Args:
        body (ListAllCampaignStagesRequest): Only the permission check uses these; the listing
            covers every experiment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[CampaignStageIndexEntry] | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ListAllCampaignStagesRequest,
) -> list[CampaignStageIndexEntry] | str | None:
    """List id, name and experiment of every campaign stage (all experiments).

     A bare JSON array of every campaign stage in POMS — **all experiments**, whatever `experiment` says
    (the
    method exists for Landscape); names are not unique. The legacy `get_campaign_list(experiment)` folds
    it into a
    name → id dict, silently dropping duplicates.

    Args:
        body (ListAllCampaignStagesRequest): Only the permission check uses these; the listing
            covers every experiment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[CampaignStageIndexEntry] | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
