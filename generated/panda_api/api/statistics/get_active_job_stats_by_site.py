from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.job_stats_by_site_envelope import JobStatsBySiteEnvelope
from ...types import UNSET, Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/statistics/active_job_stats_by_site",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | JobStatsBySiteEnvelope | None:
    if response.status_code == 200:
        response_200 = JobStatsBySiteEnvelope.from_dict(response.json())

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
) -> Response[Any | JobStatsBySiteEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | JobStatsBySiteEnvelope]:
    """Active job counts per site and job status

     Jobs not in a final state (the defined and active tables; `merging` is left out), counted per
    computing site
    (PanDA queue) and job status; `assigned`, `activated` and `running` are always present (0 if none).
    Used by
    Harvester. A database failure (or no jobs) answers `success: false`, message `Database failure
    getting the
    job statistics`, `data: {}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | JobStatsBySiteEnvelope]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Any | JobStatsBySiteEnvelope | None:
    """Active job counts per site and job status

     Jobs not in a final state (the defined and active tables; `merging` is left out), counted per
    computing site
    (PanDA queue) and job status; `assigned`, `activated` and `running` are always present (0 if none).
    Used by
    Harvester. A database failure (or no jobs) answers `success: false`, message `Database failure
    getting the
    job statistics`, `data: {}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | JobStatsBySiteEnvelope
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | JobStatsBySiteEnvelope]:
    """Active job counts per site and job status

     Jobs not in a final state (the defined and active tables; `merging` is left out), counted per
    computing site
    (PanDA queue) and job status; `assigned`, `activated` and `running` are always present (0 if none).
    Used by
    Harvester. A database failure (or no jobs) answers `success: false`, message `Database failure
    getting the
    job statistics`, `data: {}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | JobStatsBySiteEnvelope]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Any | JobStatsBySiteEnvelope | None:
    """Active job counts per site and job status

     Jobs not in a final state (the defined and active tables; `merging` is left out), counted per
    computing site
    (PanDA queue) and job status; `assigned`, `activated` and `running` are always present (0 if none).
    Used by
    Harvester. A database failure (or no jobs) answers `success: false`, message `Database failure
    getting the
    job statistics`, `data: {}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | JobStatsBySiteEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
