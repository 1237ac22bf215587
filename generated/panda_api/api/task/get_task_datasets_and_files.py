from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.task_datasets_and_files_envelope import TaskDatasetsAndFilesEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    task_id: str,
    dataset_types: list[str] | Unset = UNSET,
    dataset_only: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["task_id"] = task_id

    json_dataset_types: list[str] | Unset = UNSET
    if not isinstance(dataset_types, Unset):
        json_dataset_types = dataset_types

    params["dataset_types"] = json_dataset_types

    params["dataset_only"] = dataset_only

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/task/get_datasets_and_files",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | TaskDatasetsAndFilesEnvelope | None:
    if response.status_code == 200:
        response_200 = TaskDatasetsAndFilesEnvelope.from_dict(response.json())

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
) -> Response[Any | TaskDatasetsAndFilesEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    task_id: str,
    dataset_types: list[str] | Unset = UNSET,
    dataset_only: bool | Unset = False,
) -> Response[Any | TaskDatasetsAndFilesEnvelope]:
    """List the datasets of a task with their files

     Returns the task's datasets of the given types, each with its files (lfn, scope, file ID, status).
    `task_id` is untyped on the server (no cast; the text is bound into SQL as is). No matching dataset
    gives
    `success: false` with `No data found for the task`; a database error `Database exception while
    gathering
    files`. Server bug: `dataset_only` is accepted but not passed on, so the files are always included.

    Args:
        task_id (str):
        dataset_types (list[str] | Unset):
        dataset_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TaskDatasetsAndFilesEnvelope]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        dataset_types=dataset_types,
        dataset_only=dataset_only,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    task_id: str,
    dataset_types: list[str] | Unset = UNSET,
    dataset_only: bool | Unset = False,
) -> Any | TaskDatasetsAndFilesEnvelope | None:
    """List the datasets of a task with their files

     Returns the task's datasets of the given types, each with its files (lfn, scope, file ID, status).
    `task_id` is untyped on the server (no cast; the text is bound into SQL as is). No matching dataset
    gives
    `success: false` with `No data found for the task`; a database error `Database exception while
    gathering
    files`. Server bug: `dataset_only` is accepted but not passed on, so the files are always included.

    Args:
        task_id (str):
        dataset_types (list[str] | Unset):
        dataset_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TaskDatasetsAndFilesEnvelope
    """

    return sync_detailed(
        client=client,
        task_id=task_id,
        dataset_types=dataset_types,
        dataset_only=dataset_only,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    task_id: str,
    dataset_types: list[str] | Unset = UNSET,
    dataset_only: bool | Unset = False,
) -> Response[Any | TaskDatasetsAndFilesEnvelope]:
    """List the datasets of a task with their files

     Returns the task's datasets of the given types, each with its files (lfn, scope, file ID, status).
    `task_id` is untyped on the server (no cast; the text is bound into SQL as is). No matching dataset
    gives
    `success: false` with `No data found for the task`; a database error `Database exception while
    gathering
    files`. Server bug: `dataset_only` is accepted but not passed on, so the files are always included.

    Args:
        task_id (str):
        dataset_types (list[str] | Unset):
        dataset_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TaskDatasetsAndFilesEnvelope]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        dataset_types=dataset_types,
        dataset_only=dataset_only,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    task_id: str,
    dataset_types: list[str] | Unset = UNSET,
    dataset_only: bool | Unset = False,
) -> Any | TaskDatasetsAndFilesEnvelope | None:
    """List the datasets of a task with their files

     Returns the task's datasets of the given types, each with its files (lfn, scope, file ID, status).
    `task_id` is untyped on the server (no cast; the text is bound into SQL as is). No matching dataset
    gives
    `success: false` with `No data found for the task`; a database error `Database exception while
    gathering
    files`. Server bug: `dataset_only` is accepted but not passed on, so the files are always included.

    Args:
        task_id (str):
        dataset_types (list[str] | Unset):
        dataset_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TaskDatasetsAndFilesEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            task_id=task_id,
            dataset_types=dataset_types,
            dataset_only=dataset_only,
        )
    ).parsed
