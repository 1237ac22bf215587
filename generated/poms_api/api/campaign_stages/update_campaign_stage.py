from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_campaign_stage_request import UpdateCampaignStageRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: UpdateCampaignStageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/poms/update_campaign_stage",
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
    body: UpdateCampaignStageRequest,
) -> Response[str]:
    """Set arbitrary columns of a campaign stage.

     Every extra form field named like a settable `campaign_stages` column is written to the stage; other
    fields
    are ignored. Columns whose name contains `creat`, `update` or `_id` cannot be set, and `experiment`
    never
    reaches the handler, which leaves: `name`, `vo_role`, `cs_last_split`, `cs_split_type`,
    `cs_split_dimensions`, `dataset`, `software_version`, `param_overrides`, `test_param_overrides`
    (these two as
    Python-literal text), `test_split_type`, `completion_type`, `completion_pct`, `role_held_with`,
    `campaign_stage_type`, `output_ancestor_depth`, and the boolean columns `merge_overrides` and
    `default_clear_cronjob`, which the ORM refuses as strings (400).

    Answers `text/html` `Success` when the stage exists (even if nothing was changed) and an **empty
    body** when it
    does not. Identify the stage as in `update_stage_param_overrides`. Legacy client (undocumented):
    `update_campaign_stage(campaign_stage, **kwargs)`.

    Args:
        body (UpdateCampaignStageRequest): Identifies the stage; every additional field named like
            a settable stage column (see the operation) is written, other fields are ignored.

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
    body: UpdateCampaignStageRequest,
) -> str | None:
    """Set arbitrary columns of a campaign stage.

     Every extra form field named like a settable `campaign_stages` column is written to the stage; other
    fields
    are ignored. Columns whose name contains `creat`, `update` or `_id` cannot be set, and `experiment`
    never
    reaches the handler, which leaves: `name`, `vo_role`, `cs_last_split`, `cs_split_type`,
    `cs_split_dimensions`, `dataset`, `software_version`, `param_overrides`, `test_param_overrides`
    (these two as
    Python-literal text), `test_split_type`, `completion_type`, `completion_pct`, `role_held_with`,
    `campaign_stage_type`, `output_ancestor_depth`, and the boolean columns `merge_overrides` and
    `default_clear_cronjob`, which the ORM refuses as strings (400).

    Answers `text/html` `Success` when the stage exists (even if nothing was changed) and an **empty
    body** when it
    does not. Identify the stage as in `update_stage_param_overrides`. Legacy client (undocumented):
    `update_campaign_stage(campaign_stage, **kwargs)`.

    Args:
        body (UpdateCampaignStageRequest): Identifies the stage; every additional field named like
            a settable stage column (see the operation) is written, other fields are ignored.

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
    body: UpdateCampaignStageRequest,
) -> Response[str]:
    """Set arbitrary columns of a campaign stage.

     Every extra form field named like a settable `campaign_stages` column is written to the stage; other
    fields
    are ignored. Columns whose name contains `creat`, `update` or `_id` cannot be set, and `experiment`
    never
    reaches the handler, which leaves: `name`, `vo_role`, `cs_last_split`, `cs_split_type`,
    `cs_split_dimensions`, `dataset`, `software_version`, `param_overrides`, `test_param_overrides`
    (these two as
    Python-literal text), `test_split_type`, `completion_type`, `completion_pct`, `role_held_with`,
    `campaign_stage_type`, `output_ancestor_depth`, and the boolean columns `merge_overrides` and
    `default_clear_cronjob`, which the ORM refuses as strings (400).

    Answers `text/html` `Success` when the stage exists (even if nothing was changed) and an **empty
    body** when it
    does not. Identify the stage as in `update_stage_param_overrides`. Legacy client (undocumented):
    `update_campaign_stage(campaign_stage, **kwargs)`.

    Args:
        body (UpdateCampaignStageRequest): Identifies the stage; every additional field named like
            a settable stage column (see the operation) is written, other fields are ignored.

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
    body: UpdateCampaignStageRequest,
) -> str | None:
    """Set arbitrary columns of a campaign stage.

     Every extra form field named like a settable `campaign_stages` column is written to the stage; other
    fields
    are ignored. Columns whose name contains `creat`, `update` or `_id` cannot be set, and `experiment`
    never
    reaches the handler, which leaves: `name`, `vo_role`, `cs_last_split`, `cs_split_type`,
    `cs_split_dimensions`, `dataset`, `software_version`, `param_overrides`, `test_param_overrides`
    (these two as
    Python-literal text), `test_split_type`, `completion_type`, `completion_pct`, `role_held_with`,
    `campaign_stage_type`, `output_ancestor_depth`, and the boolean columns `merge_overrides` and
    `default_clear_cronjob`, which the ORM refuses as strings (400).

    Answers `text/html` `Success` when the stage exists (even if nothing was changed) and an **empty
    body** when it
    does not. Identify the stage as in `update_stage_param_overrides`. Legacy client (undocumented):
    `update_campaign_stage(campaign_stage, **kwargs)`.

    Args:
        body (UpdateCampaignStageRequest): Identifies the stage; every additional field named like
            a settable stage column (see the operation) is written, other fields are ignored.

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
