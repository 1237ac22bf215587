from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.job_description_list_envelope import JobDescriptionListEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    job_ids: list[int],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_job_ids = job_ids

    params["job_ids"] = json_job_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/job/get_description_incl_archive",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | JobDescriptionListEnvelope | None:
    if response.status_code == 200:
        response_200 = JobDescriptionListEnvelope.from_dict(response.json())

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
) -> Response[Any | JobDescriptionListEnvelope]:
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
) -> Response[Any | JobDescriptionListEnvelope]:
    """Get the full descriptions of jobs, also searching the archive

     As `describe_jobs`, but also looks in the archive tables. The server accepts any method; this is the
    GET
    form (IDs as repeated keys). **Null for an unknown ID**; at most 5500 IDs are served (extra IDs are
    silently dropped).

    Args:
        job_ids (list[int]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | JobDescriptionListEnvelope]
    """

    kwargs = _get_kwargs(
        job_ids=job_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    job_ids: list[int],
) -> Any | JobDescriptionListEnvelope | None:
    """Get the full descriptions of jobs, also searching the archive

     As `describe_jobs`, but also looks in the archive tables. The server accepts any method; this is the
    GET
    form (IDs as repeated keys). **Null for an unknown ID**; at most 5500 IDs are served (extra IDs are
    silently dropped).

    Args:
        job_ids (list[int]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | JobDescriptionListEnvelope
    """

    return sync_detailed(
        client=client,
        job_ids=job_ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    job_ids: list[int],
) -> Response[Any | JobDescriptionListEnvelope]:
    """Get the full descriptions of jobs, also searching the archive

     As `describe_jobs`, but also looks in the archive tables. The server accepts any method; this is the
    GET
    form (IDs as repeated keys). **Null for an unknown ID**; at most 5500 IDs are served (extra IDs are
    silently dropped).

    Args:
        job_ids (list[int]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | JobDescriptionListEnvelope]
    """

    kwargs = _get_kwargs(
        job_ids=job_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    job_ids: list[int],
) -> Any | JobDescriptionListEnvelope | None:
    """Get the full descriptions of jobs, also searching the archive

     As `describe_jobs`, but also looks in the archive tables. The server accepts any method; this is the
    GET
    form (IDs as repeated keys). **Null for an unknown ID**; at most 5500 IDs are served (extra IDs are
    silently dropped).

    Args:
        job_ids (list[int]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | JobDescriptionListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            job_ids=job_ids,
        )
    ).parsed
