from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event_range_statuses_envelope import EventRangeStatusesEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    job_task_ids: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["job_task_ids"] = job_task_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/event/get_event_range_statuses",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EventRangeStatusesEnvelope | None:
    if response.status_code == 200:
        response_200 = EventRangeStatusesEnvelope.from_dict(response.json())

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
) -> Response[Any | EventRangeStatusesEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    job_task_ids: str,
) -> Response[Any | EventRangeStatusesEnvelope]:
    """Get the status of the event ranges of jobs

     `job_task_ids` is **JSON text** of a list of `{"task_id": <JEDI task ID>, "panda_id": <PanDA job
    ID>}`
    objects (the server docstring's `job_id` key is wrong: the server reads `panda_id`). `data` maps
    each PanDA
    ID (as a string key) to a map of event range ID → `{status, error, dialog}`; a job without event
    ranges maps
    to `{}`. Malformed input (not JSON, wrong keys) gives `success: false` with message
    `database error in the PanDA server`.

    Args:
        job_task_ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EventRangeStatusesEnvelope]
    """

    kwargs = _get_kwargs(
        job_task_ids=job_task_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    job_task_ids: str,
) -> Any | EventRangeStatusesEnvelope | None:
    """Get the status of the event ranges of jobs

     `job_task_ids` is **JSON text** of a list of `{"task_id": <JEDI task ID>, "panda_id": <PanDA job
    ID>}`
    objects (the server docstring's `job_id` key is wrong: the server reads `panda_id`). `data` maps
    each PanDA
    ID (as a string key) to a map of event range ID → `{status, error, dialog}`; a job without event
    ranges maps
    to `{}`. Malformed input (not JSON, wrong keys) gives `success: false` with message
    `database error in the PanDA server`.

    Args:
        job_task_ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EventRangeStatusesEnvelope
    """

    return sync_detailed(
        client=client,
        job_task_ids=job_task_ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    job_task_ids: str,
) -> Response[Any | EventRangeStatusesEnvelope]:
    """Get the status of the event ranges of jobs

     `job_task_ids` is **JSON text** of a list of `{"task_id": <JEDI task ID>, "panda_id": <PanDA job
    ID>}`
    objects (the server docstring's `job_id` key is wrong: the server reads `panda_id`). `data` maps
    each PanDA
    ID (as a string key) to a map of event range ID → `{status, error, dialog}`; a job without event
    ranges maps
    to `{}`. Malformed input (not JSON, wrong keys) gives `success: false` with message
    `database error in the PanDA server`.

    Args:
        job_task_ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EventRangeStatusesEnvelope]
    """

    kwargs = _get_kwargs(
        job_task_ids=job_task_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    job_task_ids: str,
) -> Any | EventRangeStatusesEnvelope | None:
    """Get the status of the event ranges of jobs

     `job_task_ids` is **JSON text** of a list of `{"task_id": <JEDI task ID>, "panda_id": <PanDA job
    ID>}`
    objects (the server docstring's `job_id` key is wrong: the server reads `panda_id`). `data` maps
    each PanDA
    ID (as a string key) to a map of event range ID → `{status, error, dialog}`; a job without event
    ranges maps
    to `{}`. Malformed input (not JSON, wrong keys) gives `success: false` with message
    `database error in the PanDA server`.

    Args:
        job_task_ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EventRangeStatusesEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            job_task_ids=job_task_ids,
        )
    ).parsed
