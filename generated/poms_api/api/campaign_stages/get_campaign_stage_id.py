from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_campaign_stage_id_request import GetCampaignStageIdRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: GetCampaignStageIdRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/poms/get_campaign_stage_id",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> int | None | str | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> int | None:
            if data is None:
                return data
            try:
                if not True:
                    raise TypeError()
                componentsschemas_campaign_stage_id_result_type_0 = data
                if not (
                    isinstance(componentsschemas_campaign_stage_id_result_type_0, int)
                    and not isinstance(componentsschemas_campaign_stage_id_result_type_0, bool)
                    and -(2**63) <= componentsschemas_campaign_stage_id_result_type_0 < 2**63
                ):
                    raise TypeError(
                        "/components/schemas/CampaignStageIdResult: expected a 64-bit integer, got "
                        + type(componentsschemas_campaign_stage_id_result_type_0).__name__
                    )

                return componentsschemas_campaign_stage_id_result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            componentsschemas_campaign_stage_id_result_type_1 = data
            if not (componentsschemas_campaign_stage_id_result_type_1 is None):
                raise TypeError(
                    "/components/schemas/CampaignStageIdResult: expected the documented type, got "
                    + type(componentsschemas_campaign_stage_id_result_type_1).__name__
                )

            return componentsschemas_campaign_stage_id_result_type_1

        response_200 = _parse_response_200(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[int | None | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetCampaignStageIdRequest,
) -> Response[int | None | str]:
    """Look up a campaign stage id by campaign name and stage name.

     JSON number, or JSON `null` when no such stage exists in `experiment`. Legacy client:
    `get_campaign_stage_id(experiment, campaign_name, campaign_stage_name)`.

    Args:
        body (GetCampaignStageIdRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[int | None | str]
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
    body: GetCampaignStageIdRequest,
) -> int | None | str | None:
    """Look up a campaign stage id by campaign name and stage name.

     JSON number, or JSON `null` when no such stage exists in `experiment`. Legacy client:
    `get_campaign_stage_id(experiment, campaign_name, campaign_stage_name)`.

    Args:
        body (GetCampaignStageIdRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        int | None | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetCampaignStageIdRequest,
) -> Response[int | None | str]:
    """Look up a campaign stage id by campaign name and stage name.

     JSON number, or JSON `null` when no such stage exists in `experiment`. Legacy client:
    `get_campaign_stage_id(experiment, campaign_name, campaign_stage_name)`.

    Args:
        body (GetCampaignStageIdRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[int | None | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetCampaignStageIdRequest,
) -> int | None | str | None:
    """Look up a campaign stage id by campaign name and stage name.

     JSON number, or JSON `null` when no such stage exists in `experiment`. Legacy client:
    `get_campaign_stage_id(experiment, campaign_name, campaign_stage_name)`.

    Args:
        body (GetCampaignStageIdRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        int | None | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
