from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_job_stats_by_cloud_type import GetJobStatsByCloudType
from ...models.job_stats_by_cloud_envelope import JobStatsByCloudEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: GetJobStatsByCloudType | Unset = GetJobStatsByCloudType.PRODUCTION,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/statistics/job_stats_by_cloud",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | JobStatsByCloudEnvelope | None:
    if response.status_code == 200:
        response_200 = JobStatsByCloudEnvelope.from_dict(response.json())

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
) -> Response[Any | JobStatsByCloudEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: GetJobStatsByCloudType | Unset = GetJobStatsByCloudType.PRODUCTION,
) -> Response[Any | JobStatsByCloudEnvelope]:
    """Job counts per cloud and job status

     Active jobs plus jobs in final states modified in the last 12 hours, of one type, counted per cloud
    and job
    status (used by the panglia monitoring). A job whose queue has no cloud is counted under the key
    `"null"`.
    An invalid `type` answers `success: false` with message `Parameter "type" needs to be either
    "production" or
    "analysis" ` and `data: {}`. A database failure (or no jobs at all) answers `success: false`,
    message
    `Database failure getting the job statistics`, `data: {}`. Open (the docstring's "requires a secure
    connection" is wrong).
    Only jobs whose queue is in schedconfig are counted (the query joins schedconfig_json); jobs of
    unconfigured
    queues are left out, so a system with only such jobs answers the database-failure answer above.

    Args:
        type_ (GetJobStatsByCloudType | Unset):  Default: GetJobStatsByCloudType.PRODUCTION.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | JobStatsByCloudEnvelope]
    """

    kwargs = _get_kwargs(
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    type_: GetJobStatsByCloudType | Unset = GetJobStatsByCloudType.PRODUCTION,
) -> Any | JobStatsByCloudEnvelope | None:
    """Job counts per cloud and job status

     Active jobs plus jobs in final states modified in the last 12 hours, of one type, counted per cloud
    and job
    status (used by the panglia monitoring). A job whose queue has no cloud is counted under the key
    `"null"`.
    An invalid `type` answers `success: false` with message `Parameter "type" needs to be either
    "production" or
    "analysis" ` and `data: {}`. A database failure (or no jobs at all) answers `success: false`,
    message
    `Database failure getting the job statistics`, `data: {}`. Open (the docstring's "requires a secure
    connection" is wrong).
    Only jobs whose queue is in schedconfig are counted (the query joins schedconfig_json); jobs of
    unconfigured
    queues are left out, so a system with only such jobs answers the database-failure answer above.

    Args:
        type_ (GetJobStatsByCloudType | Unset):  Default: GetJobStatsByCloudType.PRODUCTION.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | JobStatsByCloudEnvelope
    """

    return sync_detailed(
        client=client,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: GetJobStatsByCloudType | Unset = GetJobStatsByCloudType.PRODUCTION,
) -> Response[Any | JobStatsByCloudEnvelope]:
    """Job counts per cloud and job status

     Active jobs plus jobs in final states modified in the last 12 hours, of one type, counted per cloud
    and job
    status (used by the panglia monitoring). A job whose queue has no cloud is counted under the key
    `"null"`.
    An invalid `type` answers `success: false` with message `Parameter "type" needs to be either
    "production" or
    "analysis" ` and `data: {}`. A database failure (or no jobs at all) answers `success: false`,
    message
    `Database failure getting the job statistics`, `data: {}`. Open (the docstring's "requires a secure
    connection" is wrong).
    Only jobs whose queue is in schedconfig are counted (the query joins schedconfig_json); jobs of
    unconfigured
    queues are left out, so a system with only such jobs answers the database-failure answer above.

    Args:
        type_ (GetJobStatsByCloudType | Unset):  Default: GetJobStatsByCloudType.PRODUCTION.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | JobStatsByCloudEnvelope]
    """

    kwargs = _get_kwargs(
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type_: GetJobStatsByCloudType | Unset = GetJobStatsByCloudType.PRODUCTION,
) -> Any | JobStatsByCloudEnvelope | None:
    """Job counts per cloud and job status

     Active jobs plus jobs in final states modified in the last 12 hours, of one type, counted per cloud
    and job
    status (used by the panglia monitoring). A job whose queue has no cloud is counted under the key
    `"null"`.
    An invalid `type` answers `success: false` with message `Parameter "type" needs to be either
    "production" or
    "analysis" ` and `data: {}`. A database failure (or no jobs at all) answers `success: false`,
    message
    `Database failure getting the job statistics`, `data: {}`. Open (the docstring's "requires a secure
    connection" is wrong).
    Only jobs whose queue is in schedconfig are counted (the query joins schedconfig_json); jobs of
    unconfigured
    queues are left out, so a system with only such jobs answers the database-failure answer above.

    Args:
        type_ (GetJobStatsByCloudType | Unset):  Default: GetJobStatsByCloudType.PRODUCTION.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | JobStatsByCloudEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
        )
    ).parsed
