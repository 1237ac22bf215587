from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.task_detailed_info_envelope import TaskDetailedInfoEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    task_id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["task_id"] = task_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/task/get_parent_detailed_info",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | TaskDetailedInfoEnvelope | None:
    if response.status_code == 200:
        response_200 = TaskDetailedInfoEnvelope.from_dict(response.json())

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
) -> Response[Any | TaskDetailedInfoEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    task_id: int,
) -> Response[Any | TaskDetailedInfoEnvelope]:
    """Get the full details of a task's parent

     Resolves the parent of the given child task and returns the parent's details (as
    `task/get_detailed_info`). Failures: `Child task not found`, `No parent task found`,
    `Parent task not found`, `Parent task details not found or retrieval error`.

    Args:
        task_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TaskDetailedInfoEnvelope]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    task_id: int,
) -> Any | TaskDetailedInfoEnvelope | None:
    """Get the full details of a task's parent

     Resolves the parent of the given child task and returns the parent's details (as
    `task/get_detailed_info`). Failures: `Child task not found`, `No parent task found`,
    `Parent task not found`, `Parent task details not found or retrieval error`.

    Args:
        task_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TaskDetailedInfoEnvelope
    """

    return sync_detailed(
        client=client,
        task_id=task_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    task_id: int,
) -> Response[Any | TaskDetailedInfoEnvelope]:
    """Get the full details of a task's parent

     Resolves the parent of the given child task and returns the parent's details (as
    `task/get_detailed_info`). Failures: `Child task not found`, `No parent task found`,
    `Parent task not found`, `Parent task details not found or retrieval error`.

    Args:
        task_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TaskDetailedInfoEnvelope]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    task_id: int,
) -> Any | TaskDetailedInfoEnvelope | None:
    """Get the full details of a task's parent

     Resolves the parent of the given child task and returns the parent's details (as
    `task/get_detailed_info`). Failures: `Child task not found`, `No parent task found`,
    `Parent task not found`, `Parent task details not found or retrieval error`.

    Args:
        task_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TaskDetailedInfoEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            task_id=task_id,
        )
    ).parsed
