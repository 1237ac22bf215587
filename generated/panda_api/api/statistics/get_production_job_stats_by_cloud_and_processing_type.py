from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.job_stats_by_cloud_and_processing_type_envelope import JobStatsByCloudAndProcessingTypeEnvelope
from ...types import UNSET, Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/statistics/production_job_stats_by_cloud_and_processing_type",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | JobStatsByCloudAndProcessingTypeEnvelope | None:
    if response.status_code == 200:
        response_200 = JobStatsByCloudAndProcessingTypeEnvelope.from_dict(response.json())

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
) -> Response[Any | JobStatsByCloudAndProcessingTypeEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | JobStatsByCloudAndProcessingTypeEnvelope]:
    """Production job counts per cloud, processing type and job status

     Active production jobs plus those in final states modified in the last 12 hours, counted per cloud,
    processing type and job status (used by the panglia monitoring). A database failure (or no jobs)
    answers
    `success: false`, message `Database failure getting the job statistics`, `data: {}`.
    Only jobs whose queue is in schedconfig are counted (the query joins schedconfig_json); jobs of
    unconfigured
    queues are left out, so a system with only such jobs answers the database-failure answer above.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | JobStatsByCloudAndProcessingTypeEnvelope]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Any | JobStatsByCloudAndProcessingTypeEnvelope | None:
    """Production job counts per cloud, processing type and job status

     Active production jobs plus those in final states modified in the last 12 hours, counted per cloud,
    processing type and job status (used by the panglia monitoring). A database failure (or no jobs)
    answers
    `success: false`, message `Database failure getting the job statistics`, `data: {}`.
    Only jobs whose queue is in schedconfig are counted (the query joins schedconfig_json); jobs of
    unconfigured
    queues are left out, so a system with only such jobs answers the database-failure answer above.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | JobStatsByCloudAndProcessingTypeEnvelope
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | JobStatsByCloudAndProcessingTypeEnvelope]:
    """Production job counts per cloud, processing type and job status

     Active production jobs plus those in final states modified in the last 12 hours, counted per cloud,
    processing type and job status (used by the panglia monitoring). A database failure (or no jobs)
    answers
    `success: false`, message `Database failure getting the job statistics`, `data: {}`.
    Only jobs whose queue is in schedconfig are counted (the query joins schedconfig_json); jobs of
    unconfigured
    queues are left out, so a system with only such jobs answers the database-failure answer above.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | JobStatsByCloudAndProcessingTypeEnvelope]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Any | JobStatsByCloudAndProcessingTypeEnvelope | None:
    """Production job counts per cloud, processing type and job status

     Active production jobs plus those in final states modified in the last 12 hours, counted per cloud,
    processing type and job status (used by the panglia monitoring). A database failure (or no jobs)
    answers
    `success: false`, message `Database failure getting the job statistics`, `data: {}`.
    Only jobs whose queue is in schedconfig are counted (the query joins schedconfig_json); jobs of
    unconfigured
    queues are left out, so a system with only such jobs answers the database-failure answer above.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | JobStatsByCloudAndProcessingTypeEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
