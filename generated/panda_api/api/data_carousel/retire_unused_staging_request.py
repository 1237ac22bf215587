from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.retire_unused_staging_request_request import RetireUnusedStagingRequestRequest
from ...models.staging_operation_envelope import StagingOperationEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: RetireUnusedStagingRequestRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/data_carousel/retire_unused",
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
    body: RetireUnusedStagingRequestRequest,
) -> Response[Any | StagingOperationEnvelope]:
    """Retire a done staging request that no task uses

     A done request without related tasks is retired, which cleans up its DDM rules and replicas. Name
    the request
    with `request_id` or `dataset` (`request_id` wins). Runs synchronously;
    `submit_retire_unused_staging_request`
    is the asynchronous flavour. On success `message` is `retired successfully` and `data` has
    `request_id`,
    `dataset`, `status`, `ddm_rule_id`. Failures: `failed to get corresponding request`,
    `failed to retire request_id=<id> : <reason>`.

    Args:
        body (RetireUnusedStagingRequestRequest):

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
    body: RetireUnusedStagingRequestRequest,
) -> Any | StagingOperationEnvelope | None:
    """Retire a done staging request that no task uses

     A done request without related tasks is retired, which cleans up its DDM rules and replicas. Name
    the request
    with `request_id` or `dataset` (`request_id` wins). Runs synchronously;
    `submit_retire_unused_staging_request`
    is the asynchronous flavour. On success `message` is `retired successfully` and `data` has
    `request_id`,
    `dataset`, `status`, `ddm_rule_id`. Failures: `failed to get corresponding request`,
    `failed to retire request_id=<id> : <reason>`.

    Args:
        body (RetireUnusedStagingRequestRequest):

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
    body: RetireUnusedStagingRequestRequest,
) -> Response[Any | StagingOperationEnvelope]:
    """Retire a done staging request that no task uses

     A done request without related tasks is retired, which cleans up its DDM rules and replicas. Name
    the request
    with `request_id` or `dataset` (`request_id` wins). Runs synchronously;
    `submit_retire_unused_staging_request`
    is the asynchronous flavour. On success `message` is `retired successfully` and `data` has
    `request_id`,
    `dataset`, `status`, `ddm_rule_id`. Failures: `failed to get corresponding request`,
    `failed to retire request_id=<id> : <reason>`.

    Args:
        body (RetireUnusedStagingRequestRequest):

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
    body: RetireUnusedStagingRequestRequest,
) -> Any | StagingOperationEnvelope | None:
    """Retire a done staging request that no task uses

     A done request without related tasks is retired, which cleans up its DDM rules and replicas. Name
    the request
    with `request_id` or `dataset` (`request_id` wins). Runs synchronously;
    `submit_retire_unused_staging_request`
    is the asynchronous flavour. On success `message` is `retired successfully` and `data` has
    `request_id`,
    `dataset`, `status`, `ddm_rule_id`. Failures: `failed to get corresponding request`,
    `failed to retire request_id=<id> : <reason>`.

    Args:
        body (RetireUnusedStagingRequestRequest):

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
