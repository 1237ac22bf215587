from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.task_job_descriptions_envelope import TaskJobDescriptionsEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    task_id: int,
    unsuccessful_only: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["task_id"] = task_id

    params["unsuccessful_only"] = unsuccessful_only

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/task/get_job_descriptions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | TaskJobDescriptionsEnvelope | None:
    if response.status_code == 200:
        response_200 = TaskJobDescriptionsEnvelope.from_dict(response.json())

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
) -> Response[Any | TaskJobDescriptionsEnvelope]:
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
    unsuccessful_only: bool | Unset = False,
) -> Response[Any | TaskJobDescriptionsEnvelope]:
    """Get the job descriptions of a task's jobs

     Returns the full job descriptions (JobSpec attributes, `"NULL"` as null, a `Files` list, plus
    `jobDuration` in seconds and `extendedProdSourceLabel`) of the task's jobs, the archive included.
    `unsuccessful_only` keeps only failed, cancelled and closed jobs. At most 5500 jobs; no jobs gives
    an
    empty list.

    Args:
        task_id (int):
        unsuccessful_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TaskJobDescriptionsEnvelope]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        unsuccessful_only=unsuccessful_only,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    task_id: int,
    unsuccessful_only: bool | Unset = False,
) -> Any | TaskJobDescriptionsEnvelope | None:
    """Get the job descriptions of a task's jobs

     Returns the full job descriptions (JobSpec attributes, `"NULL"` as null, a `Files` list, plus
    `jobDuration` in seconds and `extendedProdSourceLabel`) of the task's jobs, the archive included.
    `unsuccessful_only` keeps only failed, cancelled and closed jobs. At most 5500 jobs; no jobs gives
    an
    empty list.

    Args:
        task_id (int):
        unsuccessful_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TaskJobDescriptionsEnvelope
    """

    return sync_detailed(
        client=client,
        task_id=task_id,
        unsuccessful_only=unsuccessful_only,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    task_id: int,
    unsuccessful_only: bool | Unset = False,
) -> Response[Any | TaskJobDescriptionsEnvelope]:
    """Get the job descriptions of a task's jobs

     Returns the full job descriptions (JobSpec attributes, `"NULL"` as null, a `Files` list, plus
    `jobDuration` in seconds and `extendedProdSourceLabel`) of the task's jobs, the archive included.
    `unsuccessful_only` keeps only failed, cancelled and closed jobs. At most 5500 jobs; no jobs gives
    an
    empty list.

    Args:
        task_id (int):
        unsuccessful_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TaskJobDescriptionsEnvelope]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        unsuccessful_only=unsuccessful_only,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    task_id: int,
    unsuccessful_only: bool | Unset = False,
) -> Any | TaskJobDescriptionsEnvelope | None:
    """Get the job descriptions of a task's jobs

     Returns the full job descriptions (JobSpec attributes, `"NULL"` as null, a `Files` list, plus
    `jobDuration` in seconds and `extendedProdSourceLabel`) of the task's jobs, the archive included.
    `unsuccessful_only` keeps only failed, cancelled and closed jobs. At most 5500 jobs; no jobs gives
    an
    empty list.

    Args:
        task_id (int):
        unsuccessful_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TaskJobDescriptionsEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            task_id=task_id,
            unsuccessful_only=unsuccessful_only,
        )
    ).parsed
