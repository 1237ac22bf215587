from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.task_details_envelope import TaskDetailsEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    task_id: int,
    include_parameters: bool | Unset = False,
    include_status: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["task_id"] = task_id

    params["include_parameters"] = include_parameters

    params["include_status"] = include_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/task/get_details",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | TaskDetailsEnvelope | None:
    if response.status_code == 200:
        response_200 = TaskDetailsEnvelope.from_dict(response.json())

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
) -> Response[Any | TaskDetailsEnvelope]:
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
    include_parameters: bool | Unset = False,
    include_status: bool | Unset = False,
) -> Response[Any | TaskDetailsEnvelope]:
    """Get a digest of a task (datasets, file statistics, PanDA IDs)

     Returns the input and output dataset names, a file-statistics string and the PanDA IDs of the task.
    `include_parameters` adds `cliParams` (formerly `fullFlag`); `include_status` adds `status`
    (formerly
    `withTaskInfo`). Without `include_status` an unknown task answers `success: true` with empty fields;
    with it, an unknown task gives `success: false` with `Task not found or error retrieving the
    details`.

    Args:
        task_id (int):
        include_parameters (bool | Unset):  Default: False.
        include_status (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TaskDetailsEnvelope]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        include_parameters=include_parameters,
        include_status=include_status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    task_id: int,
    include_parameters: bool | Unset = False,
    include_status: bool | Unset = False,
) -> Any | TaskDetailsEnvelope | None:
    """Get a digest of a task (datasets, file statistics, PanDA IDs)

     Returns the input and output dataset names, a file-statistics string and the PanDA IDs of the task.
    `include_parameters` adds `cliParams` (formerly `fullFlag`); `include_status` adds `status`
    (formerly
    `withTaskInfo`). Without `include_status` an unknown task answers `success: true` with empty fields;
    with it, an unknown task gives `success: false` with `Task not found or error retrieving the
    details`.

    Args:
        task_id (int):
        include_parameters (bool | Unset):  Default: False.
        include_status (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TaskDetailsEnvelope
    """

    return sync_detailed(
        client=client,
        task_id=task_id,
        include_parameters=include_parameters,
        include_status=include_status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    task_id: int,
    include_parameters: bool | Unset = False,
    include_status: bool | Unset = False,
) -> Response[Any | TaskDetailsEnvelope]:
    """Get a digest of a task (datasets, file statistics, PanDA IDs)

     Returns the input and output dataset names, a file-statistics string and the PanDA IDs of the task.
    `include_parameters` adds `cliParams` (formerly `fullFlag`); `include_status` adds `status`
    (formerly
    `withTaskInfo`). Without `include_status` an unknown task answers `success: true` with empty fields;
    with it, an unknown task gives `success: false` with `Task not found or error retrieving the
    details`.

    Args:
        task_id (int):
        include_parameters (bool | Unset):  Default: False.
        include_status (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TaskDetailsEnvelope]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        include_parameters=include_parameters,
        include_status=include_status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    task_id: int,
    include_parameters: bool | Unset = False,
    include_status: bool | Unset = False,
) -> Any | TaskDetailsEnvelope | None:
    """Get a digest of a task (datasets, file statistics, PanDA IDs)

     Returns the input and output dataset names, a file-statistics string and the PanDA IDs of the task.
    `include_parameters` adds `cliParams` (formerly `fullFlag`); `include_status` adds `status`
    (formerly
    `withTaskInfo`). Without `include_status` an unknown task answers `success: true` with empty fields;
    with it, an unknown task gives `success: false` with `Task not found or error retrieving the
    details`.

    Args:
        task_id (int):
        include_parameters (bool | Unset):  Default: False.
        include_status (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TaskDetailsEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            task_id=task_id,
            include_parameters=include_parameters,
            include_status=include_status,
        )
    ).parsed
