from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.integer_envelope import IntegerEnvelope
from ...models.submit_task_request import SubmitTaskRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: SubmitTaskRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/task/submit",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | IntegerEnvelope | None:
    if response.status_code == 200:
        response_200 = IntegerEnvelope.from_dict(response.json())

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
) -> Response[Any | IntegerEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SubmitTaskRequest,
) -> Response[Any | IntegerEnvelope]:
    """Register a new task from its task parameters

     Registers a JEDI task. `task_parameters` must be a JSON **object** (a JSON string is rejected with
    `Type error: 'task_parameters' must be of type dict, got str.`). Without the production role the
    server overwrites `userName` with the caller and `taskType`/`taskPriority` with `anal`/1000.

    On success `data` is the new jediTaskID and `message` is `succeeded. new jediTaskID=N`; code 3
    (`reactivation accepted. jediTaskID=N …`, incexec of an existing task) also counts as success and
    `data` is that task's ID. On failure `success` is false and **`data` is the error code**: 1
    duplicate
    in DEFT, 2 duplicate in JEDI (the task is still active), 4 registration error, 10 too many active
    tasks,
    11 parent task (`parentTaskName`) not found. If the user record cannot be checked (e.g. banned DN)
    the
    server answers `success: true` with `data: null` and the reason in `message`.

    Args:
        body (SubmitTaskRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | IntegerEnvelope]
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
    body: SubmitTaskRequest,
) -> Any | IntegerEnvelope | None:
    """Register a new task from its task parameters

     Registers a JEDI task. `task_parameters` must be a JSON **object** (a JSON string is rejected with
    `Type error: 'task_parameters' must be of type dict, got str.`). Without the production role the
    server overwrites `userName` with the caller and `taskType`/`taskPriority` with `anal`/1000.

    On success `data` is the new jediTaskID and `message` is `succeeded. new jediTaskID=N`; code 3
    (`reactivation accepted. jediTaskID=N …`, incexec of an existing task) also counts as success and
    `data` is that task's ID. On failure `success` is false and **`data` is the error code**: 1
    duplicate
    in DEFT, 2 duplicate in JEDI (the task is still active), 4 registration error, 10 too many active
    tasks,
    11 parent task (`parentTaskName`) not found. If the user record cannot be checked (e.g. banned DN)
    the
    server answers `success: true` with `data: null` and the reason in `message`.

    Args:
        body (SubmitTaskRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | IntegerEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SubmitTaskRequest,
) -> Response[Any | IntegerEnvelope]:
    """Register a new task from its task parameters

     Registers a JEDI task. `task_parameters` must be a JSON **object** (a JSON string is rejected with
    `Type error: 'task_parameters' must be of type dict, got str.`). Without the production role the
    server overwrites `userName` with the caller and `taskType`/`taskPriority` with `anal`/1000.

    On success `data` is the new jediTaskID and `message` is `succeeded. new jediTaskID=N`; code 3
    (`reactivation accepted. jediTaskID=N …`, incexec of an existing task) also counts as success and
    `data` is that task's ID. On failure `success` is false and **`data` is the error code**: 1
    duplicate
    in DEFT, 2 duplicate in JEDI (the task is still active), 4 registration error, 10 too many active
    tasks,
    11 parent task (`parentTaskName`) not found. If the user record cannot be checked (e.g. banned DN)
    the
    server answers `success: true` with `data: null` and the reason in `message`.

    Args:
        body (SubmitTaskRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | IntegerEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SubmitTaskRequest,
) -> Any | IntegerEnvelope | None:
    """Register a new task from its task parameters

     Registers a JEDI task. `task_parameters` must be a JSON **object** (a JSON string is rejected with
    `Type error: 'task_parameters' must be of type dict, got str.`). Without the production role the
    server overwrites `userName` with the caller and `taskType`/`taskPriority` with `anal`/1000.

    On success `data` is the new jediTaskID and `message` is `succeeded. new jediTaskID=N`; code 3
    (`reactivation accepted. jediTaskID=N …`, incexec of an existing task) also counts as success and
    `data` is that task's ID. On failure `success` is false and **`data` is the error code**: 1
    duplicate
    in DEFT, 2 duplicate in JEDI (the task is still active), 4 registration error, 10 too many active
    tasks,
    11 parent task (`parentTaskName`) not found. If the user record cannot be checked (e.g. banned DN)
    the
    server answers `success: true` with `data: null` and the reason in `message`.

    Args:
        body (SubmitTaskRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | IntegerEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
