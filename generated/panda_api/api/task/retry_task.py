from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.retry_task_request import RetryTaskRequest
from ...models.task_code_envelope import TaskCodeEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: RetryTaskRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/task/retry",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | TaskCodeEnvelope | None:
    if response.status_code == 200:
        response_200 = TaskCodeEnvelope.from_dict(response.json())

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
) -> Response[Any | TaskCodeEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RetryTaskRequest,
) -> Response[Any | TaskCodeEnvelope]:
    """Retry a task, optionally with new task parameters

     Registers a retry command for the task (e.g. an exhausted, finished or failed task). With non-empty
    `new_parameters` the task is instead re-registered: the stored task parameters are updated with
    `new_parameters` and the task is re-submitted (incexec); the qualifier flags are then ignored.

    **`success` is always `true`**: read `data` (the task command code) and `message` (the diagnostic).
    Codes: 0 registered, 1 server error (also `new parameter conversion failed with …`), 2 task not
    found,
    3 incexec accepted or, with `new_parameters`, retry of the failed jobs triggered, 4 irrelevant task
    status.
    If the task is still running/scouting/pending (user task), the failed jobs are retried instead and
    the
    message reads `retry has been triggered for failed jobs while the task is still <status>` (code 0,
    or 3
    with `new_parameters`).

    A caller who is neither the task owner nor production gets `success: false` with
    `not the task owner or no production role` (also for an unknown task ID). A `new_parameters` string
    that
    is not valid JSON makes the server raise (HTTP 500).

    Args:
        body (RetryTaskRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TaskCodeEnvelope]
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
    body: RetryTaskRequest,
) -> Any | TaskCodeEnvelope | None:
    """Retry a task, optionally with new task parameters

     Registers a retry command for the task (e.g. an exhausted, finished or failed task). With non-empty
    `new_parameters` the task is instead re-registered: the stored task parameters are updated with
    `new_parameters` and the task is re-submitted (incexec); the qualifier flags are then ignored.

    **`success` is always `true`**: read `data` (the task command code) and `message` (the diagnostic).
    Codes: 0 registered, 1 server error (also `new parameter conversion failed with …`), 2 task not
    found,
    3 incexec accepted or, with `new_parameters`, retry of the failed jobs triggered, 4 irrelevant task
    status.
    If the task is still running/scouting/pending (user task), the failed jobs are retried instead and
    the
    message reads `retry has been triggered for failed jobs while the task is still <status>` (code 0,
    or 3
    with `new_parameters`).

    A caller who is neither the task owner nor production gets `success: false` with
    `not the task owner or no production role` (also for an unknown task ID). A `new_parameters` string
    that
    is not valid JSON makes the server raise (HTTP 500).

    Args:
        body (RetryTaskRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TaskCodeEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RetryTaskRequest,
) -> Response[Any | TaskCodeEnvelope]:
    """Retry a task, optionally with new task parameters

     Registers a retry command for the task (e.g. an exhausted, finished or failed task). With non-empty
    `new_parameters` the task is instead re-registered: the stored task parameters are updated with
    `new_parameters` and the task is re-submitted (incexec); the qualifier flags are then ignored.

    **`success` is always `true`**: read `data` (the task command code) and `message` (the diagnostic).
    Codes: 0 registered, 1 server error (also `new parameter conversion failed with …`), 2 task not
    found,
    3 incexec accepted or, with `new_parameters`, retry of the failed jobs triggered, 4 irrelevant task
    status.
    If the task is still running/scouting/pending (user task), the failed jobs are retried instead and
    the
    message reads `retry has been triggered for failed jobs while the task is still <status>` (code 0,
    or 3
    with `new_parameters`).

    A caller who is neither the task owner nor production gets `success: false` with
    `not the task owner or no production role` (also for an unknown task ID). A `new_parameters` string
    that
    is not valid JSON makes the server raise (HTTP 500).

    Args:
        body (RetryTaskRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TaskCodeEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RetryTaskRequest,
) -> Any | TaskCodeEnvelope | None:
    """Retry a task, optionally with new task parameters

     Registers a retry command for the task (e.g. an exhausted, finished or failed task). With non-empty
    `new_parameters` the task is instead re-registered: the stored task parameters are updated with
    `new_parameters` and the task is re-submitted (incexec); the qualifier flags are then ignored.

    **`success` is always `true`**: read `data` (the task command code) and `message` (the diagnostic).
    Codes: 0 registered, 1 server error (also `new parameter conversion failed with …`), 2 task not
    found,
    3 incexec accepted or, with `new_parameters`, retry of the failed jobs triggered, 4 irrelevant task
    status.
    If the task is still running/scouting/pending (user task), the failed jobs are retried instead and
    the
    message reads `retry has been triggered for failed jobs while the task is still <status>` (code 0,
    or 3
    with `new_parameters`).

    A caller who is neither the task owner nor production gets `success: false` with
    `not the task owner or no production role` (also for an unknown task ID). A `new_parameters` string
    that
    is not valid JSON makes the server raise (HTTP 500).

    Args:
        body (RetryTaskRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TaskCodeEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
