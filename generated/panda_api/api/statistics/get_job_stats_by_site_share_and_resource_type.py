from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.job_stats_by_site_label_and_resource_type_envelope import JobStatsBySiteLabelAndResourceTypeEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    time_window: int | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_time_window: int | None | Unset
    if isinstance(time_window, Unset):
        json_time_window = UNSET
    else:
        json_time_window = time_window
    params["time_window"] = json_time_window

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/statistics/job_stats_by_site_share_and_resource_type",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | JobStatsBySiteLabelAndResourceTypeEnvelope | None:
    if response.status_code == 200:
        response_200 = JobStatsBySiteLabelAndResourceTypeEnvelope.from_dict(response.json())

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
) -> Response[Any | JobStatsBySiteLabelAndResourceTypeEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    time_window: int | None | Unset = UNSET,
) -> Response[Any | JobStatsBySiteLabelAndResourceTypeEnvelope]:
    """Job counts per site, source label (from the global share), resource type and job status

     Like `job_stats_by_site_and_resource_type`, split by the prodSourceLabel of each job's global share
    (the
    share's label pattern reduced to its first alternative, e.g. `managed`; `unknown` when the share is
    not a
    leaf share). Failed jobs of the active table count only if modified within the window. The same
    `time_window` check and failure answers as `job_stats_by_site_and_resource_type`.

    Args:
        time_window (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | JobStatsBySiteLabelAndResourceTypeEnvelope]
    """

    kwargs = _get_kwargs(
        time_window=time_window,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    time_window: int | None | Unset = UNSET,
) -> Any | JobStatsBySiteLabelAndResourceTypeEnvelope | None:
    """Job counts per site, source label (from the global share), resource type and job status

     Like `job_stats_by_site_and_resource_type`, split by the prodSourceLabel of each job's global share
    (the
    share's label pattern reduced to its first alternative, e.g. `managed`; `unknown` when the share is
    not a
    leaf share). Failed jobs of the active table count only if modified within the window. The same
    `time_window` check and failure answers as `job_stats_by_site_and_resource_type`.

    Args:
        time_window (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | JobStatsBySiteLabelAndResourceTypeEnvelope
    """

    return sync_detailed(
        client=client,
        time_window=time_window,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    time_window: int | None | Unset = UNSET,
) -> Response[Any | JobStatsBySiteLabelAndResourceTypeEnvelope]:
    """Job counts per site, source label (from the global share), resource type and job status

     Like `job_stats_by_site_and_resource_type`, split by the prodSourceLabel of each job's global share
    (the
    share's label pattern reduced to its first alternative, e.g. `managed`; `unknown` when the share is
    not a
    leaf share). Failed jobs of the active table count only if modified within the window. The same
    `time_window` check and failure answers as `job_stats_by_site_and_resource_type`.

    Args:
        time_window (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | JobStatsBySiteLabelAndResourceTypeEnvelope]
    """

    kwargs = _get_kwargs(
        time_window=time_window,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    time_window: int | None | Unset = UNSET,
) -> Any | JobStatsBySiteLabelAndResourceTypeEnvelope | None:
    """Job counts per site, source label (from the global share), resource type and job status

     Like `job_stats_by_site_and_resource_type`, split by the prodSourceLabel of each job's global share
    (the
    share's label pattern reduced to its first alternative, e.g. `managed`; `unknown` when the share is
    not a
    leaf share). Failed jobs of the active table count only if modified within the window. The same
    `time_window` check and failure answers as `job_stats_by_site_and_resource_type`.

    Args:
        time_window (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | JobStatsBySiteLabelAndResourceTypeEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            time_window=time_window,
        )
    ).parsed
