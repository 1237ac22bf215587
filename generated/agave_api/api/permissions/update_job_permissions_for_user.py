from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.permission_envelope import PermissionEnvelope
from ...models.update_job_permissions_for_user_request import UpdateJobPermissionsForUserRequest
from ...types import UNSET, Response


def _get_kwargs(
    job_id: str,
    username: str,
    *,
    body: UpdateJobPermissionsForUserRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/jobs/v2/{job_id}/pems/{username}".format(
            job_id=quote(str(job_id), safe=""),
            username=quote(str(username), safe=""),
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
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateJobPermissionsForUserRequest,
) -> Response[ErrorEnvelope | PermissionEnvelope | str]:
    """Grant, change or revoke the permission of the user named in the path.

     agavepy: `jobs.updatePermissionsForUser(jobId=…, username=…, body=…)` (declares `EmptyJobResponse`).

    Same semantics and status codes as `update_job_permissions`, for the user in the path. `username` in
    the
    body is optional; if present it must equal the path user (case-insensitive), otherwise 400 `The
    username
    value in the POST body, X, does not match the username in the URL, Y`.

    Args:
        job_id (str):
        username (str):
        body (UpdateJobPermissionsForUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PermissionEnvelope | str]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        username=username,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateJobPermissionsForUserRequest,
) -> ErrorEnvelope | PermissionEnvelope | str | None:
    """Grant, change or revoke the permission of the user named in the path.

     agavepy: `jobs.updatePermissionsForUser(jobId=…, username=…, body=…)` (declares `EmptyJobResponse`).

    Same semantics and status codes as `update_job_permissions`, for the user in the path. `username` in
    the
    body is optional; if present it must equal the path user (case-insensitive), otherwise 400 `The
    username
    value in the POST body, X, does not match the username in the URL, Y`.

    Args:
        job_id (str):
        username (str):
        body (UpdateJobPermissionsForUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PermissionEnvelope | str
    """

    return sync_detailed(
        job_id=job_id,
        username=username,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateJobPermissionsForUserRequest,
) -> Response[ErrorEnvelope | PermissionEnvelope | str]:
    """Grant, change or revoke the permission of the user named in the path.

     agavepy: `jobs.updatePermissionsForUser(jobId=…, username=…, body=…)` (declares `EmptyJobResponse`).

    Same semantics and status codes as `update_job_permissions`, for the user in the path. `username` in
    the
    body is optional; if present it must equal the path user (case-insensitive), otherwise 400 `The
    username
    value in the POST body, X, does not match the username in the URL, Y`.

    Args:
        job_id (str):
        username (str):
        body (UpdateJobPermissionsForUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PermissionEnvelope | str]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        username=username,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    username: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateJobPermissionsForUserRequest,
) -> ErrorEnvelope | PermissionEnvelope | str | None:
    """Grant, change or revoke the permission of the user named in the path.

     agavepy: `jobs.updatePermissionsForUser(jobId=…, username=…, body=…)` (declares `EmptyJobResponse`).

    Same semantics and status codes as `update_job_permissions`, for the user in the path. `username` in
    the
    body is optional; if present it must equal the path user (case-insensitive), otherwise 400 `The
    username
    value in the POST body, X, does not match the username in the URL, Y`.

    Args:
        job_id (str):
        username (str):
        body (UpdateJobPermissionsForUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PermissionEnvelope | str
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            username=username,
            client=client,
            body=body,
        )
    ).parsed
