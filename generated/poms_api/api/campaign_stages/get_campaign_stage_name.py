from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_campaign_stage_name_request import GetCampaignStageNameRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: GetCampaignStageNameRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/poms/get_campaign_stage_name",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[str] | None | str | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_campaign_stage_name_result_type_0 = []
                _componentsschemas_campaign_stage_name_result_type_0 = data
                for (
                    componentsschemas_campaign_stage_name_result_type_0_item_data
                ) in _componentsschemas_campaign_stage_name_result_type_0:
                    componentsschemas_campaign_stage_name_result_type_0_item = (
                        componentsschemas_campaign_stage_name_result_type_0_item_data
                    )
                    if not (isinstance(componentsschemas_campaign_stage_name_result_type_0_item, str)):
                        raise TypeError(
                            "/components/schemas/CampaignStageNameResult_type_0_item: expected a string, got "
                            + type(componentsschemas_campaign_stage_name_result_type_0_item).__name__
                        )

                    componentsschemas_campaign_stage_name_result_type_0.append(
                        componentsschemas_campaign_stage_name_result_type_0_item
                    )

                return componentsschemas_campaign_stage_name_result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            componentsschemas_campaign_stage_name_result_type_1 = data
            if not (componentsschemas_campaign_stage_name_result_type_1 is None):
                raise TypeError(
                    "/components/schemas/CampaignStageNameResult: expected the documented type, got "
                    + type(componentsschemas_campaign_stage_name_result_type_1).__name__
                )

            return componentsschemas_campaign_stage_name_result_type_1

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[str] | None | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetCampaignStageNameRequest,
) -> Response[list[str] | None | str]:
    """Look up the campaign name and stage name of a stage id (broken on the current server).

     Intended answer: JSON `["<campaign name>", "<stage name>"]`, or `null` when the stage does not exist
    in
    `experiment`. **On the current server (SQLAlchemy ≥ 1.4) an existing stage gives 400 HTML
    `TypeError('Object of type Row is not JSON serializable')`**: only the `null` answer still works.
    Legacy client:
    `get_campaign_stage_name(experiment, campaign_stage_id)`.

    Args:
        body (GetCampaignStageNameRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[str] | None | str]
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
    body: GetCampaignStageNameRequest,
) -> list[str] | None | str | None:
    """Look up the campaign name and stage name of a stage id (broken on the current server).

     Intended answer: JSON `["<campaign name>", "<stage name>"]`, or `null` when the stage does not exist
    in
    `experiment`. **On the current server (SQLAlchemy ≥ 1.4) an existing stage gives 400 HTML
    `TypeError('Object of type Row is not JSON serializable')`**: only the `null` answer still works.
    Legacy client:
    `get_campaign_stage_name(experiment, campaign_stage_id)`.

    Args:
        body (GetCampaignStageNameRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[str] | None | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetCampaignStageNameRequest,
) -> Response[list[str] | None | str]:
    """Look up the campaign name and stage name of a stage id (broken on the current server).

     Intended answer: JSON `["<campaign name>", "<stage name>"]`, or `null` when the stage does not exist
    in
    `experiment`. **On the current server (SQLAlchemy ≥ 1.4) an existing stage gives 400 HTML
    `TypeError('Object of type Row is not JSON serializable')`**: only the `null` answer still works.
    Legacy client:
    `get_campaign_stage_name(experiment, campaign_stage_id)`.

    Args:
        body (GetCampaignStageNameRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[str] | None | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetCampaignStageNameRequest,
) -> list[str] | None | str | None:
    """Look up the campaign name and stage name of a stage id (broken on the current server).

     Intended answer: JSON `["<campaign name>", "<stage name>"]`, or `null` when the stage does not exist
    in
    `experiment`. **On the current server (SQLAlchemy ≥ 1.4) an existing stage gives 400 HTML
    `TypeError('Object of type Row is not JSON serializable')`**: only the `null` answer still works.
    Legacy client:
    `get_campaign_stage_name(experiment, campaign_stage_id)`.

    Args:
        body (GetCampaignStageNameRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[str] | None | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
