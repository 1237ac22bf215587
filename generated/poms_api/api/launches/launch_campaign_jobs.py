from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.launch_campaign_jobs_request import LaunchCampaignJobsRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: LaunchCampaignJobsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/poms/launch_campaign",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> str | None:
    if response.status_code == 303:
        response_303 = response.text
        if not (isinstance(response_303, str)):
            raise TypeError("response_303: expected a string, got " + type(response_303).__name__)

        return response_303

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

    if response.status_code == 423:
        response_423 = response.text
        if not (isinstance(response_423, str)):
            raise TypeError("response_423: expected a string, got " + type(response_423).__name__)

        return response_423

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
    body: LaunchCampaignJobsRequest,
) -> Response[str]:
    """Launch a submission of a campaign's single leading stage.

     Finds the campaign's leading stage (the one no other stage feeds) and launches it like
    `launch_stage_jobs`;
    a campaign with several (or no) leading stages → 400 `AssertionError('Cannot determine which stage
    in
    campaign to launch of N candidates')`. The launch runs synchronously (the server ssh-es to the
    launch host),
    so answers can take a long time.

    Success is **303** whose `Location` is `<scheme://host>/poms/list_launch_file/<exp>/<role>` +
    `?campaign_stage_id=<N>&fname=<YYYYmmdd_HHMMSS>_<user>_<submission_id>`;
    the new submission id is the part of `fname` after the last `_`. When the caller's vault token /
    proxy is
    missing or stale in their upload area the answer is instead a 303 to
    `<scheme://host>/poms/auth/<exp>/<vo_role>?redir=<Referer or /poms/index/...>` and nothing is
    launched (check
    the Location path before parsing it). Launches held (globally or for the stage) → 423, the request
    is queued.
    (Development branches redirect to `...list_launch_file/...?campaign_stage_id=N&submission_id=M`
    instead.)
    Legacy client: `launch_campaign_jobs(campaign_id, test_launch=None)`.

    Args:
        body (LaunchCampaignJobsRequest):

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
    body: LaunchCampaignJobsRequest,
) -> str | None:
    """Launch a submission of a campaign's single leading stage.

     Finds the campaign's leading stage (the one no other stage feeds) and launches it like
    `launch_stage_jobs`;
    a campaign with several (or no) leading stages → 400 `AssertionError('Cannot determine which stage
    in
    campaign to launch of N candidates')`. The launch runs synchronously (the server ssh-es to the
    launch host),
    so answers can take a long time.

    Success is **303** whose `Location` is `<scheme://host>/poms/list_launch_file/<exp>/<role>` +
    `?campaign_stage_id=<N>&fname=<YYYYmmdd_HHMMSS>_<user>_<submission_id>`;
    the new submission id is the part of `fname` after the last `_`. When the caller's vault token /
    proxy is
    missing or stale in their upload area the answer is instead a 303 to
    `<scheme://host>/poms/auth/<exp>/<vo_role>?redir=<Referer or /poms/index/...>` and nothing is
    launched (check
    the Location path before parsing it). Launches held (globally or for the stage) → 423, the request
    is queued.
    (Development branches redirect to `...list_launch_file/...?campaign_stage_id=N&submission_id=M`
    instead.)
    Legacy client: `launch_campaign_jobs(campaign_id, test_launch=None)`.

    Args:
        body (LaunchCampaignJobsRequest):

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
    body: LaunchCampaignJobsRequest,
) -> Response[str]:
    """Launch a submission of a campaign's single leading stage.

     Finds the campaign's leading stage (the one no other stage feeds) and launches it like
    `launch_stage_jobs`;
    a campaign with several (or no) leading stages → 400 `AssertionError('Cannot determine which stage
    in
    campaign to launch of N candidates')`. The launch runs synchronously (the server ssh-es to the
    launch host),
    so answers can take a long time.

    Success is **303** whose `Location` is `<scheme://host>/poms/list_launch_file/<exp>/<role>` +
    `?campaign_stage_id=<N>&fname=<YYYYmmdd_HHMMSS>_<user>_<submission_id>`;
    the new submission id is the part of `fname` after the last `_`. When the caller's vault token /
    proxy is
    missing or stale in their upload area the answer is instead a 303 to
    `<scheme://host>/poms/auth/<exp>/<vo_role>?redir=<Referer or /poms/index/...>` and nothing is
    launched (check
    the Location path before parsing it). Launches held (globally or for the stage) → 423, the request
    is queued.
    (Development branches redirect to `...list_launch_file/...?campaign_stage_id=N&submission_id=M`
    instead.)
    Legacy client: `launch_campaign_jobs(campaign_id, test_launch=None)`.

    Args:
        body (LaunchCampaignJobsRequest):

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
    body: LaunchCampaignJobsRequest,
) -> str | None:
    """Launch a submission of a campaign's single leading stage.

     Finds the campaign's leading stage (the one no other stage feeds) and launches it like
    `launch_stage_jobs`;
    a campaign with several (or no) leading stages → 400 `AssertionError('Cannot determine which stage
    in
    campaign to launch of N candidates')`. The launch runs synchronously (the server ssh-es to the
    launch host),
    so answers can take a long time.

    Success is **303** whose `Location` is `<scheme://host>/poms/list_launch_file/<exp>/<role>` +
    `?campaign_stage_id=<N>&fname=<YYYYmmdd_HHMMSS>_<user>_<submission_id>`;
    the new submission id is the part of `fname` after the last `_`. When the caller's vault token /
    proxy is
    missing or stale in their upload area the answer is instead a 303 to
    `<scheme://host>/poms/auth/<exp>/<vo_role>?redir=<Referer or /poms/index/...>` and nothing is
    launched (check
    the Location path before parsing it). Launches held (globally or for the stage) → 423, the request
    is queued.
    (Development branches redirect to `...list_launch_file/...?campaign_stage_id=N&submission_id=M`
    instead.)
    Legacy client: `launch_campaign_jobs(campaign_id, test_launch=None)`.

    Args:
        body (LaunchCampaignJobsRequest):

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
