from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.integer_envelope import IntegerEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    job_id: int,
    jobset_id: int,
    task_id: int,
    timeout: str | Unset = "60",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["job_id"] = job_id

    params["jobset_id"] = jobset_id

    params["task_id"] = task_id

    params["timeout"] = timeout

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/event/get_available_event_range_count",
        "params": params,
    }

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
    job_id: int,
    jobset_id: int,
    task_id: int,
    timeout: str | Unset = "60",
) -> Response[Any | IntegerEnvelope]:
    """Count the event ranges still available for an event-service job

     Returns the number of event ranges of the job's jobset that can still be dispatched. Failures are
    `success: false` with message `TimeOut` or `database error in the PanDA server`.

    Args:
        job_id (int):
        jobset_id (int):
        task_id (int):
        timeout (str | Unset):  Default: '60'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | IntegerEnvelope]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        jobset_id=jobset_id,
        task_id=task_id,
        timeout=timeout,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    job_id: int,
    jobset_id: int,
    task_id: int,
    timeout: str | Unset = "60",
) -> Any | IntegerEnvelope | None:
    """Count the event ranges still available for an event-service job

     Returns the number of event ranges of the job's jobset that can still be dispatched. Failures are
    `success: false` with message `TimeOut` or `database error in the PanDA server`.

    Args:
        job_id (int):
        jobset_id (int):
        task_id (int):
        timeout (str | Unset):  Default: '60'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | IntegerEnvelope
    """

    return sync_detailed(
        client=client,
        job_id=job_id,
        jobset_id=jobset_id,
        task_id=task_id,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    job_id: int,
    jobset_id: int,
    task_id: int,
    timeout: str | Unset = "60",
) -> Response[Any | IntegerEnvelope]:
    """Count the event ranges still available for an event-service job

     Returns the number of event ranges of the job's jobset that can still be dispatched. Failures are
    `success: false` with message `TimeOut` or `database error in the PanDA server`.

    Args:
        job_id (int):
        jobset_id (int):
        task_id (int):
        timeout (str | Unset):  Default: '60'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | IntegerEnvelope]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        jobset_id=jobset_id,
        task_id=task_id,
        timeout=timeout,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    job_id: int,
    jobset_id: int,
    task_id: int,
    timeout: str | Unset = "60",
) -> Any | IntegerEnvelope | None:
    """Count the event ranges still available for an event-service job

     Returns the number of event ranges of the job's jobset that can still be dispatched. Failures are
    `success: false` with message `TimeOut` or `database error in the PanDA server`.

    Args:
        job_id (int):
        jobset_id (int):
        task_id (int):
        timeout (str | Unset):  Default: '60'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | IntegerEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            job_id=job_id,
            jobset_id=jobset_id,
            task_id=task_id,
            timeout=timeout,
        )
    ).parsed
