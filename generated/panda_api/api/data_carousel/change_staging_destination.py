from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.change_staging_destination_request import ChangeStagingDestinationRequest
from ...models.staging_operation_envelope import StagingOperationEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: ChangeStagingDestinationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/data_carousel/change_staging_destination",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | StagingOperationEnvelope | None:
    if response.status_code == 200:
        response_200 = StagingOperationEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = None

        return response_403

    if response.status_code == 500:
        response_500 = None

        return response_500

    if response.status_code == 503:
        response_503 = None

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | StagingOperationEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ChangeStagingDestinationRequest,
) -> Response[Any | StagingOperationEnvelope]:
    """Resubmit a staging request to a new destination

     Cancels the active staging request and creates a new one whose destination RSE is chosen again,
    excluding the
    original destination; then submits iDDS stage-in requests for the related tasks. Name the request
    with
    `request_id` or `dataset` (`request_id` wins when both are given). Runs synchronously and may be
    slow
    (DDM/iDDS calls); `submit_change_staging_destination` is the asynchronous flavour.
    On success `message` is `new request resubmitted, destination changed; submitted iDDS requests` (or
    notes that
    iDDS submission failed or was skipped) and `data` has `request_id`, `new_request_id` and `dataset`.
    Failures: `failed to get corresponding request`, `failed to resubmit request_id=<id> : <reason>`.

    Args:
        body (ChangeStagingDestinationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | StagingOperationEnvelope]
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
    client: AuthenticatedClient,
    body: ChangeStagingDestinationRequest,
) -> Any | StagingOperationEnvelope | None:
    """Resubmit a staging request to a new destination

     Cancels the active staging request and creates a new one whose destination RSE is chosen again,
    excluding the
    original destination; then submits iDDS stage-in requests for the related tasks. Name the request
    with
    `request_id` or `dataset` (`request_id` wins when both are given). Runs synchronously and may be
    slow
    (DDM/iDDS calls); `submit_change_staging_destination` is the asynchronous flavour.
    On success `message` is `new request resubmitted, destination changed; submitted iDDS requests` (or
    notes that
    iDDS submission failed or was skipped) and `data` has `request_id`, `new_request_id` and `dataset`.
    Failures: `failed to get corresponding request`, `failed to resubmit request_id=<id> : <reason>`.

    Args:
        body (ChangeStagingDestinationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | StagingOperationEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ChangeStagingDestinationRequest,
) -> Response[Any | StagingOperationEnvelope]:
    """Resubmit a staging request to a new destination

     Cancels the active staging request and creates a new one whose destination RSE is chosen again,
    excluding the
    original destination; then submits iDDS stage-in requests for the related tasks. Name the request
    with
    `request_id` or `dataset` (`request_id` wins when both are given). Runs synchronously and may be
    slow
    (DDM/iDDS calls); `submit_change_staging_destination` is the asynchronous flavour.
    On success `message` is `new request resubmitted, destination changed; submitted iDDS requests` (or
    notes that
    iDDS submission failed or was skipped) and `data` has `request_id`, `new_request_id` and `dataset`.
    Failures: `failed to get corresponding request`, `failed to resubmit request_id=<id> : <reason>`.

    Args:
        body (ChangeStagingDestinationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | StagingOperationEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ChangeStagingDestinationRequest,
) -> Any | StagingOperationEnvelope | None:
    """Resubmit a staging request to a new destination

     Cancels the active staging request and creates a new one whose destination RSE is chosen again,
    excluding the
    original destination; then submits iDDS stage-in requests for the related tasks. Name the request
    with
    `request_id` or `dataset` (`request_id` wins when both are given). Runs synchronously and may be
    slow
    (DDM/iDDS calls); `submit_change_staging_destination` is the asynchronous flavour.
    On success `message` is `new request resubmitted, destination changed; submitted iDDS requests` (or
    notes that
    iDDS submission failed or was skipped) and `data` has `request_id`, `new_request_id` and `dataset`.
    Failures: `failed to get corresponding request`, `failed to resubmit request_id=<id> : <reason>`.

    Args:
        body (ChangeStagingDestinationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | StagingOperationEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
