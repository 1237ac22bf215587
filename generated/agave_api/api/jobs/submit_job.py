from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.job_envelope import JobEnvelope
from ...models.submit_job_request import SubmitJobRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: SubmitJobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/jobs/v2/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | JobEnvelope | str | None:
    if response.status_code == 201:
        response_201 = JobEnvelope.from_dict(response.json())

        return response_201

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

    if response.status_code == 412:
        response_412 = ErrorEnvelope.from_dict(response.json())

        return response_412

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | JobEnvelope | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubmitJobRequest,
) -> Response[ErrorEnvelope | JobEnvelope | str]:
    """Submit a new job request for a registered app.

     agavepy: `jobs.submit(body=…)`.

    The request is validated synchronously (app, execution system, queue limits, inputs, parameters,
    credentials) and the job is then queued: the answer is **201 Created** with the new job (status
    `PENDING`). The submit answer differs slightly from `get_job`: it adds `executionType` and
    `schedulerType`, calls the update time `lastModified` (not `lastUpdated`), and lists the
    notifications it
    registered under `_links.notification[]` (`{href, title}`); there is no top-level `notifications`
    array.

    Body: JSON (this declaration). The server also accepts `application/x-www-form-urlencoded` (flat
    fields) or
    `multipart/form-data` with the JSON document in the part named `fileToUpload`. Legacy aliases it
    accepts:
    `jobName` for `name`, `softwareName` for `appId`, `executionHost` for `executionSystem`, `queue` for
    `batchQueue`, `maxMemory` for `memoryPerNode`, `requestedTime` for `maxRunTime`, `processorCount`
    for
    `processorsPerNode`, `callbackUrl`/`callbackURL` (a single notification URL) for `notifications`.
    A `dependencies` key is rejected with 400. Quirk: the server flattens `inputs` and `parameters` into
    the
    same map as the top-level fields, so an input or parameter id equal to a top-level field name (e.g.
    `name`) collides with it.

    Args:
        body (SubmitJobRequest): A job request. Field aliases the server also accepts are listed
            in the submit_job description.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | JobEnvelope | str]
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
    client: AuthenticatedClient | Client,
    body: SubmitJobRequest,
) -> ErrorEnvelope | JobEnvelope | str | None:
    """Submit a new job request for a registered app.

     agavepy: `jobs.submit(body=…)`.

    The request is validated synchronously (app, execution system, queue limits, inputs, parameters,
    credentials) and the job is then queued: the answer is **201 Created** with the new job (status
    `PENDING`). The submit answer differs slightly from `get_job`: it adds `executionType` and
    `schedulerType`, calls the update time `lastModified` (not `lastUpdated`), and lists the
    notifications it
    registered under `_links.notification[]` (`{href, title}`); there is no top-level `notifications`
    array.

    Body: JSON (this declaration). The server also accepts `application/x-www-form-urlencoded` (flat
    fields) or
    `multipart/form-data` with the JSON document in the part named `fileToUpload`. Legacy aliases it
    accepts:
    `jobName` for `name`, `softwareName` for `appId`, `executionHost` for `executionSystem`, `queue` for
    `batchQueue`, `maxMemory` for `memoryPerNode`, `requestedTime` for `maxRunTime`, `processorCount`
    for
    `processorsPerNode`, `callbackUrl`/`callbackURL` (a single notification URL) for `notifications`.
    A `dependencies` key is rejected with 400. Quirk: the server flattens `inputs` and `parameters` into
    the
    same map as the top-level fields, so an input or parameter id equal to a top-level field name (e.g.
    `name`) collides with it.

    Args:
        body (SubmitJobRequest): A job request. Field aliases the server also accepts are listed
            in the submit_job description.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | JobEnvelope | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubmitJobRequest,
) -> Response[ErrorEnvelope | JobEnvelope | str]:
    """Submit a new job request for a registered app.

     agavepy: `jobs.submit(body=…)`.

    The request is validated synchronously (app, execution system, queue limits, inputs, parameters,
    credentials) and the job is then queued: the answer is **201 Created** with the new job (status
    `PENDING`). The submit answer differs slightly from `get_job`: it adds `executionType` and
    `schedulerType`, calls the update time `lastModified` (not `lastUpdated`), and lists the
    notifications it
    registered under `_links.notification[]` (`{href, title}`); there is no top-level `notifications`
    array.

    Body: JSON (this declaration). The server also accepts `application/x-www-form-urlencoded` (flat
    fields) or
    `multipart/form-data` with the JSON document in the part named `fileToUpload`. Legacy aliases it
    accepts:
    `jobName` for `name`, `softwareName` for `appId`, `executionHost` for `executionSystem`, `queue` for
    `batchQueue`, `maxMemory` for `memoryPerNode`, `requestedTime` for `maxRunTime`, `processorCount`
    for
    `processorsPerNode`, `callbackUrl`/`callbackURL` (a single notification URL) for `notifications`.
    A `dependencies` key is rejected with 400. Quirk: the server flattens `inputs` and `parameters` into
    the
    same map as the top-level fields, so an input or parameter id equal to a top-level field name (e.g.
    `name`) collides with it.

    Args:
        body (SubmitJobRequest): A job request. Field aliases the server also accepts are listed
            in the submit_job description.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | JobEnvelope | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SubmitJobRequest,
) -> ErrorEnvelope | JobEnvelope | str | None:
    """Submit a new job request for a registered app.

     agavepy: `jobs.submit(body=…)`.

    The request is validated synchronously (app, execution system, queue limits, inputs, parameters,
    credentials) and the job is then queued: the answer is **201 Created** with the new job (status
    `PENDING`). The submit answer differs slightly from `get_job`: it adds `executionType` and
    `schedulerType`, calls the update time `lastModified` (not `lastUpdated`), and lists the
    notifications it
    registered under `_links.notification[]` (`{href, title}`); there is no top-level `notifications`
    array.

    Body: JSON (this declaration). The server also accepts `application/x-www-form-urlencoded` (flat
    fields) or
    `multipart/form-data` with the JSON document in the part named `fileToUpload`. Legacy aliases it
    accepts:
    `jobName` for `name`, `softwareName` for `appId`, `executionHost` for `executionSystem`, `queue` for
    `batchQueue`, `maxMemory` for `memoryPerNode`, `requestedTime` for `maxRunTime`, `processorCount`
    for
    `processorsPerNode`, `callbackUrl`/`callbackURL` (a single notification URL) for `notifications`.
    A `dependencies` key is rejected with 400. Quirk: the server flattens `inputs` and `parameters` into
    the
    same map as the top-level fields, so an input or parameter id equal to a top-level field name (e.g.
    `name`) collides with it.

    Args:
        body (SubmitJobRequest): A job request. Field aliases the server also accepts are listed
            in the submit_job description.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | JobEnvelope | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
