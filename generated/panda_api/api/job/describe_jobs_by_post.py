from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.describe_jobs_by_post_request import DescribeJobsByPostRequest
from ...models.job_description_list_envelope import JobDescriptionListEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: DescribeJobsByPostRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/job/get_description",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: DescribeJobsByPostRequest,
) -> Response[Any | JobDescriptionListEnvelope]:
    """Get the full descriptions of jobs (active tables), IDs in a JSON body

     The POST form of `describe_jobs` (the server accepts any method). Same answer: one entry per ID,
    **null for
    an unknown ID**, at most 5500 IDs served (extra IDs are silently dropped).

    Args:
        body (DescribeJobsByPostRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | JobDescriptionListEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: DescribeJobsByPostRequest,
) -> Any | JobDescriptionListEnvelope | None:
    """Get the full descriptions of jobs (active tables), IDs in a JSON body

     The POST form of `describe_jobs` (the server accepts any method). Same answer: one entry per ID,
    **null for
    an unknown ID**, at most 5500 IDs served (extra IDs are silently dropped).

    Args:
        body (DescribeJobsByPostRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | JobDescriptionListEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DescribeJobsByPostRequest,
) -> Response[Any | JobDescriptionListEnvelope]:
    """Get the full descriptions of jobs (active tables), IDs in a JSON body

     The POST form of `describe_jobs` (the server accepts any method). Same answer: one entry per ID,
    **null for
    an unknown ID**, at most 5500 IDs served (extra IDs are silently dropped).

    Args:
        body (DescribeJobsByPostRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | JobDescriptionListEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DescribeJobsByPostRequest,
) -> Any | JobDescriptionListEnvelope | None:
    """Get the full descriptions of jobs (active tables), IDs in a JSON body

     The POST form of `describe_jobs` (the server accepts any method). Same answer: one entry per ID,
    **null for
    an unknown ID**, at most 5500 IDs served (extra IDs are silently dropped).

    Args:
        body (DescribeJobsByPostRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | JobDescriptionListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
