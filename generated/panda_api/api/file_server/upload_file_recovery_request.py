from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.file_recovery_request_envelope import FileRecoveryRequestEnvelope
from ...models.upload_file_recovery_request_request import UploadFileRecoveryRequestRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: UploadFileRecoveryRequestRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/file_server/upload_file_recovery_request",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | FileRecoveryRequestEnvelope | None:
    if response.status_code == 200:
        response_200 = FileRecoveryRequestEnvelope.from_dict(response.json())

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
) -> Response[Any | FileRecoveryRequestEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UploadFileRecoveryRequestRequest,
) -> Response[Any | FileRecoveryRequestEnvelope]:
    """Request the recovery of lost files

     Queues a request to recover lost files of a task (`task_id`) or of a dataset (`dataset`); one of
    them is needed
    (`Either task_id or dataset must be provided`). When `task_id` is given the caller must own the task
    or have the
    production role; with only `dataset` the ownership check is skipped. The request is processed within
    minutes;
    `message` is `The request was accepted and will be processed in a few minutes` and `data.logFileURL`
    is the URL
    of its (initially empty) log, `…/cache/jedilog/lost_file_recovery.<uuid>.log`. Failure: `cannot put
    request due to …`.

    Args:
        body (UploadFileRecoveryRequestRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FileRecoveryRequestEnvelope]
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
    body: UploadFileRecoveryRequestRequest,
) -> Any | FileRecoveryRequestEnvelope | None:
    """Request the recovery of lost files

     Queues a request to recover lost files of a task (`task_id`) or of a dataset (`dataset`); one of
    them is needed
    (`Either task_id or dataset must be provided`). When `task_id` is given the caller must own the task
    or have the
    production role; with only `dataset` the ownership check is skipped. The request is processed within
    minutes;
    `message` is `The request was accepted and will be processed in a few minutes` and `data.logFileURL`
    is the URL
    of its (initially empty) log, `…/cache/jedilog/lost_file_recovery.<uuid>.log`. Failure: `cannot put
    request due to …`.

    Args:
        body (UploadFileRecoveryRequestRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FileRecoveryRequestEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UploadFileRecoveryRequestRequest,
) -> Response[Any | FileRecoveryRequestEnvelope]:
    """Request the recovery of lost files

     Queues a request to recover lost files of a task (`task_id`) or of a dataset (`dataset`); one of
    them is needed
    (`Either task_id or dataset must be provided`). When `task_id` is given the caller must own the task
    or have the
    production role; with only `dataset` the ownership check is skipped. The request is processed within
    minutes;
    `message` is `The request was accepted and will be processed in a few minutes` and `data.logFileURL`
    is the URL
    of its (initially empty) log, `…/cache/jedilog/lost_file_recovery.<uuid>.log`. Failure: `cannot put
    request due to …`.

    Args:
        body (UploadFileRecoveryRequestRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FileRecoveryRequestEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UploadFileRecoveryRequestRequest,
) -> Any | FileRecoveryRequestEnvelope | None:
    """Request the recovery of lost files

     Queues a request to recover lost files of a task (`task_id`) or of a dataset (`dataset`); one of
    them is needed
    (`Either task_id or dataset must be provided`). When `task_id` is given the caller must own the task
    or have the
    production role; with only `dataset` the ownership check is skipped. The request is processed within
    minutes;
    `message` is `The request was accepted and will be processed in a few minutes` and `data.logFileURL`
    is the URL
    of its (initially empty) log, `…/cache/jedilog/lost_file_recovery.<uuid>.log`. Failure: `cannot put
    request due to …`.

    Args:
        body (UploadFileRecoveryRequestRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FileRecoveryRequestEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
