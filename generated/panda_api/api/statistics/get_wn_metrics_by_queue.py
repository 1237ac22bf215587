from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.wn_metrics_envelope import WnMetricsEnvelope
from ...models.wn_metrics_key import WnMetricsKey
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    panda_queue: str,
    host: None | str | Unset = UNSET,
    key: None | Unset | WnMetricsKey = UNSET,
    days: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["panda_queue"] = panda_queue

    json_host: None | str | Unset
    if isinstance(host, Unset):
        json_host = UNSET
    else:
        json_host = host
    params["host"] = json_host

    json_key: None | str | Unset
    if isinstance(key, Unset):
        json_key = UNSET
    elif isinstance(key, WnMetricsKey):
        json_key = key.value
    else:
        json_key = key
    params["key"] = json_key

    params["days"] = days

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/statistics/get_wn_metrics_by_queue",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | WnMetricsEnvelope | None:
    if response.status_code == 200:
        response_200 = WnMetricsEnvelope.from_dict(response.json())

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
) -> Response[Any | WnMetricsEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    panda_queue: str,
    host: None | str | Unset = UNSET,
    key: None | Unset | WnMetricsKey = UNSET,
    days: int | Unset = 1,
) -> Response[Any | WnMetricsEnvelope]:
    """Worker-node metrics of a PanDA queue over the last days

     As `get_wn_metrics_by_site`, for a PanDA queue (a separate metrics table). The docstring calls this
    function
    `get_wn_stats_by_queue`; the path is `get_wn_metrics_by_queue`. The same checks and failure answers
    apply.

    Args:
        panda_queue (str):
        host (None | str | Unset):
        key (None | Unset | WnMetricsKey):
        days (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | WnMetricsEnvelope]
    """

    kwargs = _get_kwargs(
        panda_queue=panda_queue,
        host=host,
        key=key,
        days=days,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    panda_queue: str,
    host: None | str | Unset = UNSET,
    key: None | Unset | WnMetricsKey = UNSET,
    days: int | Unset = 1,
) -> Any | WnMetricsEnvelope | None:
    """Worker-node metrics of a PanDA queue over the last days

     As `get_wn_metrics_by_site`, for a PanDA queue (a separate metrics table). The docstring calls this
    function
    `get_wn_stats_by_queue`; the path is `get_wn_metrics_by_queue`. The same checks and failure answers
    apply.

    Args:
        panda_queue (str):
        host (None | str | Unset):
        key (None | Unset | WnMetricsKey):
        days (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | WnMetricsEnvelope
    """

    return sync_detailed(
        client=client,
        panda_queue=panda_queue,
        host=host,
        key=key,
        days=days,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    panda_queue: str,
    host: None | str | Unset = UNSET,
    key: None | Unset | WnMetricsKey = UNSET,
    days: int | Unset = 1,
) -> Response[Any | WnMetricsEnvelope]:
    """Worker-node metrics of a PanDA queue over the last days

     As `get_wn_metrics_by_site`, for a PanDA queue (a separate metrics table). The docstring calls this
    function
    `get_wn_stats_by_queue`; the path is `get_wn_metrics_by_queue`. The same checks and failure answers
    apply.

    Args:
        panda_queue (str):
        host (None | str | Unset):
        key (None | Unset | WnMetricsKey):
        days (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | WnMetricsEnvelope]
    """

    kwargs = _get_kwargs(
        panda_queue=panda_queue,
        host=host,
        key=key,
        days=days,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    panda_queue: str,
    host: None | str | Unset = UNSET,
    key: None | Unset | WnMetricsKey = UNSET,
    days: int | Unset = 1,
) -> Any | WnMetricsEnvelope | None:
    """Worker-node metrics of a PanDA queue over the last days

     As `get_wn_metrics_by_site`, for a PanDA queue (a separate metrics table). The docstring calls this
    function
    `get_wn_stats_by_queue`; the path is `get_wn_metrics_by_queue`. The same checks and failure answers
    apply.

    Args:
        panda_queue (str):
        host (None | str | Unset):
        key (None | Unset | WnMetricsKey):
        days (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | WnMetricsEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            panda_queue=panda_queue,
            host=host,
            key=key,
            days=days,
        )
    ).parsed
