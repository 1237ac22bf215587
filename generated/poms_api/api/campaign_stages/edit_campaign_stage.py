from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edit_campaign_stage_request import EditCampaignStageRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: EditCampaignStageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/poms/campaign_stage_edit",
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

    if response.status_code == 401:
        response_401 = response.text
        if not (isinstance(response_401, str)):
            raise TypeError("response_401: expected a string, got " + type(response_401).__name__)

        return response_401

    if response.status_code == 404:
        response_404 = response.text
        if not (isinstance(response_404, str)):
            raise TypeError("response_404: expected a string, got " + type(response_404).__name__)

        return response_404

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
    body: EditCampaignStageRequest,
) -> Response[str]:
    """Add, edit or delete a campaign stage through the GUI editor method (deprecated client path).

     The campaign-stage editor's form handler; `pcl_call=1` selects the client variant that identifies
    the login
    setup and job type by name. Answers the rendered editor page (HTML, only the status matters); with
    `pcl_call=1` any error message becomes a 400 page instead. A self-dependency without a split type →
    404.

    The stage's campaign is read from **`ae_campaign_id`**. The deprecated legacy
    `campaign_stage_edit(...)` sends
    the campaign id as `ae_campaign_name`, which the server ignores: its `add` creates a stage with no
    campaign and
    its `edit`/`delete` find nothing (400 `NoResultFound`). It also sends `ae_param_overrides` twice (as
    `ae_test_param_overrides` too) and never `ae_active`. `ae_param_overrides`,
    `ae_test_param_overrides` and
    `ae_depends` are JSON text here (not Python literals). `add` requires role analysis or production.

    **`delete` of an existing stage with a valid `ae_campaign_id` fails (observed): 400 `TypeError('%d
    format: a
    real number is required, not str')`** — the server formats the form's (string) campaign id into a
    query
    with `%d`. Nothing is deleted; remove a stage through its campaign's .ini (`ini_to_campaign`)
    instead.

    **Refusals inside a 200:** like every editor page, a refusal may only be written into the page's
    element
    `#poms_message_data` (e.g. a name already taken); an empty element means the edit was done.

    Args:
        body (EditCampaignStageRequest): Form of the campaign-stage editor, client variant
            (`pcl_call=1`).

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
    body: EditCampaignStageRequest,
) -> str | None:
    """Add, edit or delete a campaign stage through the GUI editor method (deprecated client path).

     The campaign-stage editor's form handler; `pcl_call=1` selects the client variant that identifies
    the login
    setup and job type by name. Answers the rendered editor page (HTML, only the status matters); with
    `pcl_call=1` any error message becomes a 400 page instead. A self-dependency without a split type →
    404.

    The stage's campaign is read from **`ae_campaign_id`**. The deprecated legacy
    `campaign_stage_edit(...)` sends
    the campaign id as `ae_campaign_name`, which the server ignores: its `add` creates a stage with no
    campaign and
    its `edit`/`delete` find nothing (400 `NoResultFound`). It also sends `ae_param_overrides` twice (as
    `ae_test_param_overrides` too) and never `ae_active`. `ae_param_overrides`,
    `ae_test_param_overrides` and
    `ae_depends` are JSON text here (not Python literals). `add` requires role analysis or production.

    **`delete` of an existing stage with a valid `ae_campaign_id` fails (observed): 400 `TypeError('%d
    format: a
    real number is required, not str')`** — the server formats the form's (string) campaign id into a
    query
    with `%d`. Nothing is deleted; remove a stage through its campaign's .ini (`ini_to_campaign`)
    instead.

    **Refusals inside a 200:** like every editor page, a refusal may only be written into the page's
    element
    `#poms_message_data` (e.g. a name already taken); an empty element means the edit was done.

    Args:
        body (EditCampaignStageRequest): Form of the campaign-stage editor, client variant
            (`pcl_call=1`).

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
    body: EditCampaignStageRequest,
) -> Response[str]:
    """Add, edit or delete a campaign stage through the GUI editor method (deprecated client path).

     The campaign-stage editor's form handler; `pcl_call=1` selects the client variant that identifies
    the login
    setup and job type by name. Answers the rendered editor page (HTML, only the status matters); with
    `pcl_call=1` any error message becomes a 400 page instead. A self-dependency without a split type →
    404.

    The stage's campaign is read from **`ae_campaign_id`**. The deprecated legacy
    `campaign_stage_edit(...)` sends
    the campaign id as `ae_campaign_name`, which the server ignores: its `add` creates a stage with no
    campaign and
    its `edit`/`delete` find nothing (400 `NoResultFound`). It also sends `ae_param_overrides` twice (as
    `ae_test_param_overrides` too) and never `ae_active`. `ae_param_overrides`,
    `ae_test_param_overrides` and
    `ae_depends` are JSON text here (not Python literals). `add` requires role analysis or production.

    **`delete` of an existing stage with a valid `ae_campaign_id` fails (observed): 400 `TypeError('%d
    format: a
    real number is required, not str')`** — the server formats the form's (string) campaign id into a
    query
    with `%d`. Nothing is deleted; remove a stage through its campaign's .ini (`ini_to_campaign`)
    instead.

    **Refusals inside a 200:** like every editor page, a refusal may only be written into the page's
    element
    `#poms_message_data` (e.g. a name already taken); an empty element means the edit was done.

    Args:
        body (EditCampaignStageRequest): Form of the campaign-stage editor, client variant
            (`pcl_call=1`).

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
    body: EditCampaignStageRequest,
) -> str | None:
    """Add, edit or delete a campaign stage through the GUI editor method (deprecated client path).

     The campaign-stage editor's form handler; `pcl_call=1` selects the client variant that identifies
    the login
    setup and job type by name. Answers the rendered editor page (HTML, only the status matters); with
    `pcl_call=1` any error message becomes a 400 page instead. A self-dependency without a split type →
    404.

    The stage's campaign is read from **`ae_campaign_id`**. The deprecated legacy
    `campaign_stage_edit(...)` sends
    the campaign id as `ae_campaign_name`, which the server ignores: its `add` creates a stage with no
    campaign and
    its `edit`/`delete` find nothing (400 `NoResultFound`). It also sends `ae_param_overrides` twice (as
    `ae_test_param_overrides` too) and never `ae_active`. `ae_param_overrides`,
    `ae_test_param_overrides` and
    `ae_depends` are JSON text here (not Python literals). `add` requires role analysis or production.

    **`delete` of an existing stage with a valid `ae_campaign_id` fails (observed): 400 `TypeError('%d
    format: a
    real number is required, not str')`** — the server formats the form's (string) campaign id into a
    query
    with `%d`. Nothing is deleted; remove a stage through its campaign's .ini (`ini_to_campaign`)
    instead.

    **Refusals inside a 200:** like every editor page, a refusal may only be written into the page's
    element
    `#poms_message_data` (e.g. a name already taken); an empty element means the edit was done.

    Args:
        body (EditCampaignStageRequest): Form of the campaign-stage editor, client variant
            (`pcl_call=1`).

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
