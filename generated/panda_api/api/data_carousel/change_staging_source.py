from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.change_staging_source_request import ChangeStagingSourceRequest
from ...models.staging_operation_envelope import StagingOperationEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: ChangeStagingSourceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/data_carousel/change_staging_source",
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
    body: ChangeStagingSourceRequest,
) -> Response[Any | StagingOperationEnvelope]:
    """Choose a new source for a queued or staging request

     A queued request gets its `source_rse` chosen again, excluding the original source; a staging
    request has the
    source replica expression of its DDM rule dropped (or, with `change_src_expr`, replaced) so another
    source can
    be tried. Only queued or staging requests qualify (`request_id=<id> status=<status> not queued or
    staging; skipped`).
    Name the request with `request_id` or `dataset` (`request_id` wins). Runs synchronously;
    `submit_change_staging_source` is the asynchronous flavour. On success `message` is
    `status=<status> changed source_rse from <old> to <new>` or `status=<status> source replica
    expression is dropped`
    and `data` has `request_id`, `dataset`, `source_rse`, `ddm_rule_id`. Failures: `failed to get
    corresponding request`,
    `failed to change source request_id=<id> : <reason>`.

    Args:
        body (ChangeStagingSourceRequest):

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
    body: ChangeStagingSourceRequest,
) -> Any | StagingOperationEnvelope | None:
    """Choose a new source for a queued or staging request

     A queued request gets its `source_rse` chosen again, excluding the original source; a staging
    request has the
    source replica expression of its DDM rule dropped (or, with `change_src_expr`, replaced) so another
    source can
    be tried. Only queued or staging requests qualify (`request_id=<id> status=<status> not queued or
    staging; skipped`).
    Name the request with `request_id` or `dataset` (`request_id` wins). Runs synchronously;
    `submit_change_staging_source` is the asynchronous flavour. On success `message` is
    `status=<status> changed source_rse from <old> to <new>` or `status=<status> source replica
    expression is dropped`
    and `data` has `request_id`, `dataset`, `source_rse`, `ddm_rule_id`. Failures: `failed to get
    corresponding request`,
    `failed to change source request_id=<id> : <reason>`.

    Args:
        body (ChangeStagingSourceRequest):

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
    body: ChangeStagingSourceRequest,
) -> Response[Any | StagingOperationEnvelope]:
    """Choose a new source for a queued or staging request

     A queued request gets its `source_rse` chosen again, excluding the original source; a staging
    request has the
    source replica expression of its DDM rule dropped (or, with `change_src_expr`, replaced) so another
    source can
    be tried. Only queued or staging requests qualify (`request_id=<id> status=<status> not queued or
    staging; skipped`).
    Name the request with `request_id` or `dataset` (`request_id` wins). Runs synchronously;
    `submit_change_staging_source` is the asynchronous flavour. On success `message` is
    `status=<status> changed source_rse from <old> to <new>` or `status=<status> source replica
    expression is dropped`
    and `data` has `request_id`, `dataset`, `source_rse`, `ddm_rule_id`. Failures: `failed to get
    corresponding request`,
    `failed to change source request_id=<id> : <reason>`.

    Args:
        body (ChangeStagingSourceRequest):

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
    body: ChangeStagingSourceRequest,
) -> Any | StagingOperationEnvelope | None:
    """Choose a new source for a queued or staging request

     A queued request gets its `source_rse` chosen again, excluding the original source; a staging
    request has the
    source replica expression of its DDM rule dropped (or, with `change_src_expr`, replaced) so another
    source can
    be tried. Only queued or staging requests qualify (`request_id=<id> status=<status> not queued or
    staging; skipped`).
    Name the request with `request_id` or `dataset` (`request_id` wins). Runs synchronously;
    `submit_change_staging_source` is the asynchronous flavour. On success `message` is
    `status=<status> changed source_rse from <old> to <new>` or `status=<status> source replica
    expression is dropped`
    and `data` has `request_id`, `dataset`, `source_rse`, `ddm_rule_id`. Failures: `failed to get
    corresponding request`,
    `failed to change source request_id=<id> : <reason>`.

    Args:
        body (ChangeStagingSourceRequest):

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
