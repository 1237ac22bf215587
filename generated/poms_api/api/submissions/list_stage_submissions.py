from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_stage_submissions_request import ListStageSubmissionsRequest
from ...models.stage_submissions_page import StageSubmissionsPage
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: ListStageSubmissionsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/poms/campaign_stage_submissions",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> StageSubmissionsPage | str | None:
    if response.status_code == 200:
        response_200 = StageSubmissionsPage.from_dict(response.json())

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
) -> Response[StageSubmissionsPage | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListStageSubmissionsRequest,
) -> Response[StageSubmissionsPage | str]:
    """List the submissions of a campaign stage (or of all stages of a campaign) in a time window.

     JSON (`fmt=json`) of the submissions of `stage_name` in `campaign_name` (`stage_name=*` = every
    stage of the
    campaign), or of `campaign_stage_id` / `campaign_id` directly. Without `tmin`/`tmax`/`tdays` the
    window runs
    from the stage's creation to now. Each row carries its current status and SAM output counts, so the
    server
    queries SAM whenever there are submissions; SAM failures → 400.

    An unknown campaign or stage is **not** an error: `data` is then just
    `{"tmin": <tmin sent or null>, "tmax": ..., "tdays": ..., "submissions": []}`. Otherwise
    `submissions` is
    **absent** when the window holds none. Neither a campaign nor a stage given → 400. The answer echoes
    `campaign_name`, `stage_name` and the other ids sent. Legacy client:
    `campaign_stage_submissions(experiment, role, campaign_name, stage_name, **kwargs)`.

    Args:
        body (ListStageSubmissionsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StageSubmissionsPage | str]
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
    body: ListStageSubmissionsRequest,
) -> StageSubmissionsPage | str | None:
    """List the submissions of a campaign stage (or of all stages of a campaign) in a time window.

     JSON (`fmt=json`) of the submissions of `stage_name` in `campaign_name` (`stage_name=*` = every
    stage of the
    campaign), or of `campaign_stage_id` / `campaign_id` directly. Without `tmin`/`tmax`/`tdays` the
    window runs
    from the stage's creation to now. Each row carries its current status and SAM output counts, so the
    server
    queries SAM whenever there are submissions; SAM failures → 400.

    An unknown campaign or stage is **not** an error: `data` is then just
    `{"tmin": <tmin sent or null>, "tmax": ..., "tdays": ..., "submissions": []}`. Otherwise
    `submissions` is
    **absent** when the window holds none. Neither a campaign nor a stage given → 400. The answer echoes
    `campaign_name`, `stage_name` and the other ids sent. Legacy client:
    `campaign_stage_submissions(experiment, role, campaign_name, stage_name, **kwargs)`.

    Args:
        body (ListStageSubmissionsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StageSubmissionsPage | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListStageSubmissionsRequest,
) -> Response[StageSubmissionsPage | str]:
    """List the submissions of a campaign stage (or of all stages of a campaign) in a time window.

     JSON (`fmt=json`) of the submissions of `stage_name` in `campaign_name` (`stage_name=*` = every
    stage of the
    campaign), or of `campaign_stage_id` / `campaign_id` directly. Without `tmin`/`tmax`/`tdays` the
    window runs
    from the stage's creation to now. Each row carries its current status and SAM output counts, so the
    server
    queries SAM whenever there are submissions; SAM failures → 400.

    An unknown campaign or stage is **not** an error: `data` is then just
    `{"tmin": <tmin sent or null>, "tmax": ..., "tdays": ..., "submissions": []}`. Otherwise
    `submissions` is
    **absent** when the window holds none. Neither a campaign nor a stage given → 400. The answer echoes
    `campaign_name`, `stage_name` and the other ids sent. Legacy client:
    `campaign_stage_submissions(experiment, role, campaign_name, stage_name, **kwargs)`.

    Args:
        body (ListStageSubmissionsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StageSubmissionsPage | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ListStageSubmissionsRequest,
) -> StageSubmissionsPage | str | None:
    """List the submissions of a campaign stage (or of all stages of a campaign) in a time window.

     JSON (`fmt=json`) of the submissions of `stage_name` in `campaign_name` (`stage_name=*` = every
    stage of the
    campaign), or of `campaign_stage_id` / `campaign_id` directly. Without `tmin`/`tmax`/`tdays` the
    window runs
    from the stage's creation to now. Each row carries its current status and SAM output counts, so the
    server
    queries SAM whenever there are submissions; SAM failures → 400.

    An unknown campaign or stage is **not** an error: `data` is then just
    `{"tmin": <tmin sent or null>, "tmax": ..., "tdays": ..., "submissions": []}`. Otherwise
    `submissions` is
    **absent** when the window holds none. Neither a campaign nor a stage given → 400. The answer echoes
    `campaign_name`, `stage_name` and the other ids sent. Legacy client:
    `campaign_stage_submissions(experiment, role, campaign_name, stage_name, **kwargs)`.

    Args:
        body (ListStageSubmissionsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StageSubmissionsPage | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
