from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pilot_job_status_list_envelope import PilotJobStatusListEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    job_ids: list[int],
    timeout: int | Unset = 60,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_job_ids = job_ids

    params["job_ids"] = json_job_ids

    params["timeout"] = timeout

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/pilot/get_job_status",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PilotJobStatusListEnvelope | None:
    if response.status_code == 200:
        response_200 = PilotJobStatusListEnvelope.from_dict(response.json())

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
) -> Response[Any | PilotJobStatusListEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    job_ids: list[int],
    timeout: int | Unset = 60,
) -> Response[Any | PilotJobStatusListEnvelope]:
    """Get the status and attempt number of jobs (pilot view)

     `data` is one `{job_id, status, attempt_number}` per requested ID, from the active and archived
    tables; an
    unknown ID gives `status: "not found"` and `attempt_number: 0`. Failures are `success: false` with
    `Timed out` or `Database error`.

    Args:
        job_ids (list[int]):
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PilotJobStatusListEnvelope]
    """

    kwargs = _get_kwargs(
        job_ids=job_ids,
        timeout=timeout,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    job_ids: list[int],
    timeout: int | Unset = 60,
) -> Any | PilotJobStatusListEnvelope | None:
    """Get the status and attempt number of jobs (pilot view)

     `data` is one `{job_id, status, attempt_number}` per requested ID, from the active and archived
    tables; an
    unknown ID gives `status: "not found"` and `attempt_number: 0`. Failures are `success: false` with
    `Timed out` or `Database error`.

    Args:
        job_ids (list[int]):
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PilotJobStatusListEnvelope
    """

    return sync_detailed(
        client=client,
        job_ids=job_ids,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    job_ids: list[int],
    timeout: int | Unset = 60,
) -> Response[Any | PilotJobStatusListEnvelope]:
    """Get the status and attempt number of jobs (pilot view)

     `data` is one `{job_id, status, attempt_number}` per requested ID, from the active and archived
    tables; an
    unknown ID gives `status: "not found"` and `attempt_number: 0`. Failures are `success: false` with
    `Timed out` or `Database error`.

    Args:
        job_ids (list[int]):
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PilotJobStatusListEnvelope]
    """

    kwargs = _get_kwargs(
        job_ids=job_ids,
        timeout=timeout,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    job_ids: list[int],
    timeout: int | Unset = 60,
) -> Any | PilotJobStatusListEnvelope | None:
    """Get the status and attempt number of jobs (pilot view)

     `data` is one `{job_id, status, attempt_number}` per requested ID, from the active and archived
    tables; an
    unknown ID gives `status: "not found"` and `attempt_number: 0`. Failures are `success: false` with
    `Timed out` or `Database error`.

    Args:
        job_ids (list[int]):
        timeout (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PilotJobStatusListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            job_ids=job_ids,
            timeout=timeout,
        )
    ).parsed
