from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.submit_jobs_request import SubmitJobsRequest
from ...models.submitted_jobs_envelope import SubmittedJobsEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: SubmitJobsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/job/submit",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | SubmittedJobsEnvelope | None:
    if response.status_code == 200:
        response_200 = SubmittedJobsEnvelope.from_dict(response.json())

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
) -> Response[Any | SubmittedJobsEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SubmitJobsRequest,
) -> Response[Any | SubmittedJobsEnvelope]:
    """Submit jobs

     `jobs` is **JSON text** of a list of up to 5000 jobs (more are silently dropped). Each job is the
    positional
    list of its 126 JobSpec slot values in class order (`PandaID`, `jobDefinitionID`, `schedulerID`,
    ...;
    missing trailing slots become `NULL`), whose **last element** is the list of its files, each file
    the
    positional list of its 22 FileSpec slot values followed by an owner element (null). Datetimes are
    `{"_datetime_object": "%Y-%m-%d %H:%M:%S.%f"}` (not `__datetime__`). `prodSourceLabel=managed` needs
    the
    production role; an invalid `job_label` is rejected.

    `data` is one `[PandaID, jobDefinitionID, extra]` triple per job, where `extra` is `{"jobsetID": n}`
    for
    analysis and test jobs and the `jobName` string otherwise; `PandaID` is null for a job that failed
    to
    insert. Failures are `success: false` with e.g. `Failed to deserialize jobs: ...`, `No jobs were
    submitted`,
    `<user> is missing production for prodSourceLabel=managed submission`, `ERROR: ServerError with
    storeJobs`.

    Args:
        body (SubmitJobsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SubmittedJobsEnvelope]
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
    body: SubmitJobsRequest,
) -> Any | SubmittedJobsEnvelope | None:
    """Submit jobs

     `jobs` is **JSON text** of a list of up to 5000 jobs (more are silently dropped). Each job is the
    positional
    list of its 126 JobSpec slot values in class order (`PandaID`, `jobDefinitionID`, `schedulerID`,
    ...;
    missing trailing slots become `NULL`), whose **last element** is the list of its files, each file
    the
    positional list of its 22 FileSpec slot values followed by an owner element (null). Datetimes are
    `{"_datetime_object": "%Y-%m-%d %H:%M:%S.%f"}` (not `__datetime__`). `prodSourceLabel=managed` needs
    the
    production role; an invalid `job_label` is rejected.

    `data` is one `[PandaID, jobDefinitionID, extra]` triple per job, where `extra` is `{"jobsetID": n}`
    for
    analysis and test jobs and the `jobName` string otherwise; `PandaID` is null for a job that failed
    to
    insert. Failures are `success: false` with e.g. `Failed to deserialize jobs: ...`, `No jobs were
    submitted`,
    `<user> is missing production for prodSourceLabel=managed submission`, `ERROR: ServerError with
    storeJobs`.

    Args:
        body (SubmitJobsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SubmittedJobsEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SubmitJobsRequest,
) -> Response[Any | SubmittedJobsEnvelope]:
    """Submit jobs

     `jobs` is **JSON text** of a list of up to 5000 jobs (more are silently dropped). Each job is the
    positional
    list of its 126 JobSpec slot values in class order (`PandaID`, `jobDefinitionID`, `schedulerID`,
    ...;
    missing trailing slots become `NULL`), whose **last element** is the list of its files, each file
    the
    positional list of its 22 FileSpec slot values followed by an owner element (null). Datetimes are
    `{"_datetime_object": "%Y-%m-%d %H:%M:%S.%f"}` (not `__datetime__`). `prodSourceLabel=managed` needs
    the
    production role; an invalid `job_label` is rejected.

    `data` is one `[PandaID, jobDefinitionID, extra]` triple per job, where `extra` is `{"jobsetID": n}`
    for
    analysis and test jobs and the `jobName` string otherwise; `PandaID` is null for a job that failed
    to
    insert. Failures are `success: false` with e.g. `Failed to deserialize jobs: ...`, `No jobs were
    submitted`,
    `<user> is missing production for prodSourceLabel=managed submission`, `ERROR: ServerError with
    storeJobs`.

    Args:
        body (SubmitJobsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SubmittedJobsEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SubmitJobsRequest,
) -> Any | SubmittedJobsEnvelope | None:
    """Submit jobs

     `jobs` is **JSON text** of a list of up to 5000 jobs (more are silently dropped). Each job is the
    positional
    list of its 126 JobSpec slot values in class order (`PandaID`, `jobDefinitionID`, `schedulerID`,
    ...;
    missing trailing slots become `NULL`), whose **last element** is the list of its files, each file
    the
    positional list of its 22 FileSpec slot values followed by an owner element (null). Datetimes are
    `{"_datetime_object": "%Y-%m-%d %H:%M:%S.%f"}` (not `__datetime__`). `prodSourceLabel=managed` needs
    the
    production role; an invalid `job_label` is rejected.

    `data` is one `[PandaID, jobDefinitionID, extra]` triple per job, where `extra` is `{"jobsetID": n}`
    for
    analysis and test jobs and the `jobName` string otherwise; `PandaID` is null for a job that failed
    to
    insert. Failures are `success: false` with e.g. `Failed to deserialize jobs: ...`, `No jobs were
    submitted`,
    `<user> is missing production for prodSourceLabel=managed submission`, `ERROR: ServerError with
    storeJobs`.

    Args:
        body (SubmitJobsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SubmittedJobsEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
