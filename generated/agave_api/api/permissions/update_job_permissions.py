from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.permission_envelope import PermissionEnvelope
from ...models.update_job_permissions_request import UpdateJobPermissionsRequest
from ...types import UNSET, Response


def _get_kwargs(
    job_id: str,
    *,
    body: UpdateJobPermissionsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/jobs/v2/{job_id}/pems".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | PermissionEnvelope | str | None:
    if response.status_code == 200:
        response_200 = PermissionEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = PermissionEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | PermissionEnvelope | str]:
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
    body: UpdateJobPermissionsRequest,
) -> Response[ErrorEnvelope | PermissionEnvelope | str]:
    """Grant, change or revoke one user's permission on a job.

     agavepy: `jobs.updatePermissions(jobId=…, body=…)` (declares `EmptyJobResponse`; the server returns
    the
    permission).

    Requires write permission. `permission` is case-insensitive; `NONE`, `null` or an empty string
    revoke
    the user's entry. The answer is **201 Created** with the user's resulting permission (for `NONE` it
    shows read and write false), or **200** when `permission` was empty. The owner's own permission
    cannot
    change (the call succeeds and returns the stored entry). The user must exist in the tenant's profile
    service (404 otherwise). Quirk: a job id that does not exist gives **400** (not 404) here, and
    hidden jobs
    are not rejected.

    Args:
        job_id (str):
        body (UpdateJobPermissionsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PermissionEnvelope | str]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateJobPermissionsRequest,
) -> ErrorEnvelope | PermissionEnvelope | str | None:
    """Grant, change or revoke one user's permission on a job.

     agavepy: `jobs.updatePermissions(jobId=…, body=…)` (declares `EmptyJobResponse`; the server returns
    the
    permission).

    Requires write permission. `permission` is case-insensitive; `NONE`, `null` or an empty string
    revoke
    the user's entry. The answer is **201 Created** with the user's resulting permission (for `NONE` it
    shows read and write false), or **200** when `permission` was empty. The owner's own permission
    cannot
    change (the call succeeds and returns the stored entry). The user must exist in the tenant's profile
    service (404 otherwise). Quirk: a job id that does not exist gives **400** (not 404) here, and
    hidden jobs
    are not rejected.

    Args:
        job_id (str):
        body (UpdateJobPermissionsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PermissionEnvelope | str
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateJobPermissionsRequest,
) -> Response[ErrorEnvelope | PermissionEnvelope | str]:
    """Grant, change or revoke one user's permission on a job.

     agavepy: `jobs.updatePermissions(jobId=…, body=…)` (declares `EmptyJobResponse`; the server returns
    the
    permission).

    Requires write permission. `permission` is case-insensitive; `NONE`, `null` or an empty string
    revoke
    the user's entry. The answer is **201 Created** with the user's resulting permission (for `NONE` it
    shows read and write false), or **200** when `permission` was empty. The owner's own permission
    cannot
    change (the call succeeds and returns the stored entry). The user must exist in the tenant's profile
    service (404 otherwise). Quirk: a job id that does not exist gives **400** (not 404) here, and
    hidden jobs
    are not rejected.

    Args:
        job_id (str):
        body (UpdateJobPermissionsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PermissionEnvelope | str]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateJobPermissionsRequest,
) -> ErrorEnvelope | PermissionEnvelope | str | None:
    """Grant, change or revoke one user's permission on a job.

     agavepy: `jobs.updatePermissions(jobId=…, body=…)` (declares `EmptyJobResponse`; the server returns
    the
    permission).

    Requires write permission. `permission` is case-insensitive; `NONE`, `null` or an empty string
    revoke
    the user's entry. The answer is **201 Created** with the user's resulting permission (for `NONE` it
    shows read and write false), or **200** when `permission` was empty. The owner's own permission
    cannot
    change (the call succeeds and returns the stored entry). The user must exist in the tenant's profile
    service (404 otherwise). Quirk: a job id that does not exist gives **400** (not 404) here, and
    hidden jobs
    are not rejected.

    Args:
        job_id (str):
        body (UpdateJobPermissionsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PermissionEnvelope | str
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            body=body,
        )
    ).parsed
