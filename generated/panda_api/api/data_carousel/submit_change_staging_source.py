from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.async_id_envelope import AsyncIdEnvelope
from ...models.submit_change_staging_source_request import SubmitChangeStagingSourceRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: SubmitChangeStagingSourceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/data_carousel/submit_change_staging_source",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | AsyncIdEnvelope | None:
    if response.status_code == 200:
        response_200 = AsyncIdEnvelope.from_dict(response.json())

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
) -> Response[Any | AsyncIdEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SubmitChangeStagingSourceRequest,
) -> Response[Any | AsyncIdEnvelope]:
    """Queue a change of staging source, to run asynchronously

     Asynchronous flavour of `change_staging_source`: registers the operation and returns at once with
    `data.async_id` (`message` is `request submitted`). Poll `get_async_result` with
    `request_id=<async_id>`
    (structured shape). The submitter and any production-role caller may read the result.
    Rejected before queueing: `either request_id or dataset must be provided`; also `failed to insert
    request into DB`.

    Args:
        body (SubmitChangeStagingSourceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AsyncIdEnvelope]
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
    body: SubmitChangeStagingSourceRequest,
) -> Any | AsyncIdEnvelope | None:
    """Queue a change of staging source, to run asynchronously

     Asynchronous flavour of `change_staging_source`: registers the operation and returns at once with
    `data.async_id` (`message` is `request submitted`). Poll `get_async_result` with
    `request_id=<async_id>`
    (structured shape). The submitter and any production-role caller may read the result.
    Rejected before queueing: `either request_id or dataset must be provided`; also `failed to insert
    request into DB`.

    Args:
        body (SubmitChangeStagingSourceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AsyncIdEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SubmitChangeStagingSourceRequest,
) -> Response[Any | AsyncIdEnvelope]:
    """Queue a change of staging source, to run asynchronously

     Asynchronous flavour of `change_staging_source`: registers the operation and returns at once with
    `data.async_id` (`message` is `request submitted`). Poll `get_async_result` with
    `request_id=<async_id>`
    (structured shape). The submitter and any production-role caller may read the result.
    Rejected before queueing: `either request_id or dataset must be provided`; also `failed to insert
    request into DB`.

    Args:
        body (SubmitChangeStagingSourceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AsyncIdEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SubmitChangeStagingSourceRequest,
) -> Any | AsyncIdEnvelope | None:
    """Queue a change of staging source, to run asynchronously

     Asynchronous flavour of `change_staging_source`: registers the operation and returns at once with
    `data.async_id` (`message` is `request submitted`). Poll `get_async_result` with
    `request_id=<async_id>`
    (structured shape). The submitter and any production-role caller may read the result.
    Rejected before queueing: `either request_id or dataset must be provided`; also `failed to insert
    request into DB`.

    Args:
        body (SubmitChangeStagingSourceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AsyncIdEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
