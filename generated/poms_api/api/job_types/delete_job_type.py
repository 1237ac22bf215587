from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_job_type_request import DeleteJobTypeRequest
from ...models.job_type_deletion import JobTypeDeletion
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: DeleteJobTypeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/poms/job_type_rm",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> JobTypeDeletion | str | None:
    if response.status_code == 200:
        response_200 = JobTypeDeletion.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = response.text
        if not (isinstance(response_400, str)):
            raise TypeError("response_400: expected a string, got " + type(response_400).__name__)

        return response_400

    if response.status_code == 401:
        response_401 = response.text
        if not (isinstance(response_401, str)):
            raise TypeError("response_401: expected a string, got " + type(response_401).__name__)

        return response_401

    if response.status_code == 500:
        response_500 = response.text
        if not (isinstance(response_500, str)):
            raise TypeError("response_500: expected a string, got " + type(response_500).__name__)

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[JobTypeDeletion | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteJobTypeRequest,
) -> Response[JobTypeDeletion | str]:
    """Delete one of the caller's job types (and its recoveries).

     With `pcl_call=1` the job type is looked up by `ae_definition_name` among those the caller created
    in
    `experiment`; not found (or someone else's) → 400 (`Not found item`); not permitted → 401. The
    outcome is in
    `message`: `The job type 'x' has been deleted.` or `The job type, x, has been used and may not be
    deleted.`.
    The answer echoes the form fields (the legacy client also leaks `test=False`). Legacy client:
    `job_type_rm(experiment, name)`.

    Args:
        body (DeleteJobTypeRequest): Extra fields are accepted and echoed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobTypeDeletion | str]
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
    body: DeleteJobTypeRequest,
) -> JobTypeDeletion | str | None:
    """Delete one of the caller's job types (and its recoveries).

     With `pcl_call=1` the job type is looked up by `ae_definition_name` among those the caller created
    in
    `experiment`; not found (or someone else's) → 400 (`Not found item`); not permitted → 401. The
    outcome is in
    `message`: `The job type 'x' has been deleted.` or `The job type, x, has been used and may not be
    deleted.`.
    The answer echoes the form fields (the legacy client also leaks `test=False`). Legacy client:
    `job_type_rm(experiment, name)`.

    Args:
        body (DeleteJobTypeRequest): Extra fields are accepted and echoed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobTypeDeletion | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteJobTypeRequest,
) -> Response[JobTypeDeletion | str]:
    """Delete one of the caller's job types (and its recoveries).

     With `pcl_call=1` the job type is looked up by `ae_definition_name` among those the caller created
    in
    `experiment`; not found (or someone else's) → 400 (`Not found item`); not permitted → 401. The
    outcome is in
    `message`: `The job type 'x' has been deleted.` or `The job type, x, has been used and may not be
    deleted.`.
    The answer echoes the form fields (the legacy client also leaks `test=False`). Legacy client:
    `job_type_rm(experiment, name)`.

    Args:
        body (DeleteJobTypeRequest): Extra fields are accepted and echoed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobTypeDeletion | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteJobTypeRequest,
) -> JobTypeDeletion | str | None:
    """Delete one of the caller's job types (and its recoveries).

     With `pcl_call=1` the job type is looked up by `ae_definition_name` among those the caller created
    in
    `experiment`; not found (or someone else's) → 400 (`Not found item`); not permitted → 401. The
    outcome is in
    `message`: `The job type 'x' has been deleted.` or `The job type, x, has been used and may not be
    deleted.`.
    The answer echoes the form fields (the legacy client also leaks `test=False`). Legacy client:
    `job_type_rm(experiment, name)`.

    Args:
        body (DeleteJobTypeRequest): Extra fields are accepted and echoed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobTypeDeletion | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
