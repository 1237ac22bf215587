from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.job_status import JobStatus
from ...models.job_status_envelope import JobStatusEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    job_id: str,
    *,
    filter_: str | Unset = UNSET,
    naked: bool | Unset = False,
    pretty: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter"] = filter_

    params["naked"] = naked

    params["pretty"] = pretty

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jobs/v2/{job_id}/status".format(
            job_id=quote(str(job_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | JobStatus | JobStatusEnvelope | str | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> JobStatus | JobStatusEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_job_status_response_type_0 = JobStatusEnvelope.from_dict(data)

                return componentsschemas_job_status_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_job_status_response_type_1 = JobStatus.from_dict(data)

            return componentsschemas_job_status_response_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = response.text
        if not (isinstance(response_401, str)):
            raise TypeError("response_401: expected a string, got " + type(response_401).__name__)

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | JobStatus | JobStatusEnvelope | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_: str | Unset = UNSET,
    naked: bool | Unset = False,
    pretty: bool | Unset = False,
) -> Response[ErrorEnvelope | JobStatus | JobStatusEnvelope | str]:
    """Get only the current status of a job.

     agavepy: `jobs.getStatus(jobId=…)`. Result `{id, status, _links{self}}`. A missing or hidden job
    gives 404
    with the message `Not job found with job id X` (sic).

    Args:
        job_id (str):
        filter_ (str | Unset):
        naked (bool | Unset):  Default: False.
        pretty (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | JobStatus | JobStatusEnvelope | str]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        filter_=filter_,
        naked=naked,
        pretty=pretty,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_: str | Unset = UNSET,
    naked: bool | Unset = False,
    pretty: bool | Unset = False,
) -> ErrorEnvelope | JobStatus | JobStatusEnvelope | str | None:
    """Get only the current status of a job.

     agavepy: `jobs.getStatus(jobId=…)`. Result `{id, status, _links{self}}`. A missing or hidden job
    gives 404
    with the message `Not job found with job id X` (sic).

    Args:
        job_id (str):
        filter_ (str | Unset):
        naked (bool | Unset):  Default: False.
        pretty (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | JobStatus | JobStatusEnvelope | str
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
        filter_=filter_,
        naked=naked,
        pretty=pretty,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_: str | Unset = UNSET,
    naked: bool | Unset = False,
    pretty: bool | Unset = False,
) -> Response[ErrorEnvelope | JobStatus | JobStatusEnvelope | str]:
    """Get only the current status of a job.

     agavepy: `jobs.getStatus(jobId=…)`. Result `{id, status, _links{self}}`. A missing or hidden job
    gives 404
    with the message `Not job found with job id X` (sic).

    Args:
        job_id (str):
        filter_ (str | Unset):
        naked (bool | Unset):  Default: False.
        pretty (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | JobStatus | JobStatusEnvelope | str]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        filter_=filter_,
        naked=naked,
        pretty=pretty,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_: str | Unset = UNSET,
    naked: bool | Unset = False,
    pretty: bool | Unset = False,
) -> ErrorEnvelope | JobStatus | JobStatusEnvelope | str | None:
    """Get only the current status of a job.

     agavepy: `jobs.getStatus(jobId=…)`. Result `{id, status, _links{self}}`. A missing or hidden job
    gives 404
    with the message `Not job found with job id X` (sic).

    Args:
        job_id (str):
        filter_ (str | Unset):
        naked (bool | Unset):  Default: False.
        pretty (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | JobStatus | JobStatusEnvelope | str
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            filter_=filter_,
            naked=naked,
            pretty=pretty,
        )
    ).parsed
