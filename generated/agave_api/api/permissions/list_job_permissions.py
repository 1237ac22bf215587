from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.permission import Permission
from ...models.permission_list_envelope import PermissionListEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    job_id: str,
    *,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    filter_: str | Unset = UNSET,
    naked: bool | Unset = False,
    pretty: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["filter"] = filter_

    params["naked"] = naked

    params["pretty"] = pretty

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jobs/v2/{job_id}/pems".format(
            job_id=quote(str(job_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | list[Permission] | PermissionListEnvelope | str | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> list[Permission] | PermissionListEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_permission_list_response_type_0 = PermissionListEnvelope.from_dict(data)

                return componentsschemas_permission_list_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_permission_list_response_type_1 = []
            _componentsschemas_permission_list_response_type_1 = data
            for componentsschemas_naked_permission_list_item_data in _componentsschemas_permission_list_response_type_1:
                componentsschemas_naked_permission_list_item = Permission.from_dict(
                    componentsschemas_naked_permission_list_item_data
                )

                componentsschemas_permission_list_response_type_1.append(componentsschemas_naked_permission_list_item)

            return componentsschemas_permission_list_response_type_1

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
) -> Response[ErrorEnvelope | list[Permission] | PermissionListEnvelope | str]:
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
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    filter_: str | Unset = UNSET,
    naked: bool | Unset = False,
    pretty: bool | Unset = False,
) -> Response[ErrorEnvelope | list[Permission] | PermissionListEnvelope | str]:
    """List who may access a job (the owner first, always with full rights).

     agavepy: `jobs.listPermissions(jobId=…)`.

    The first item is always the owner with read and write. `limit`/`offset` page over the *shared*
    entries
    only (in memory), and the owner is prepended to every page, so a page holds up to `limit + 1` items.
    Requires read permission.

    Args:
        job_id (str):
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        filter_ (str | Unset):
        naked (bool | Unset):  Default: False.
        pretty (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | list[Permission] | PermissionListEnvelope | str]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        limit=limit,
        offset=offset,
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
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    filter_: str | Unset = UNSET,
    naked: bool | Unset = False,
    pretty: bool | Unset = False,
) -> ErrorEnvelope | list[Permission] | PermissionListEnvelope | str | None:
    """List who may access a job (the owner first, always with full rights).

     agavepy: `jobs.listPermissions(jobId=…)`.

    The first item is always the owner with read and write. `limit`/`offset` page over the *shared*
    entries
    only (in memory), and the owner is prepended to every page, so a page holds up to `limit + 1` items.
    Requires read permission.

    Args:
        job_id (str):
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        filter_ (str | Unset):
        naked (bool | Unset):  Default: False.
        pretty (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | list[Permission] | PermissionListEnvelope | str
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
        limit=limit,
        offset=offset,
        filter_=filter_,
        naked=naked,
        pretty=pretty,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    filter_: str | Unset = UNSET,
    naked: bool | Unset = False,
    pretty: bool | Unset = False,
) -> Response[ErrorEnvelope | list[Permission] | PermissionListEnvelope | str]:
    """List who may access a job (the owner first, always with full rights).

     agavepy: `jobs.listPermissions(jobId=…)`.

    The first item is always the owner with read and write. `limit`/`offset` page over the *shared*
    entries
    only (in memory), and the owner is prepended to every page, so a page holds up to `limit + 1` items.
    Requires read permission.

    Args:
        job_id (str):
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        filter_ (str | Unset):
        naked (bool | Unset):  Default: False.
        pretty (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | list[Permission] | PermissionListEnvelope | str]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        limit=limit,
        offset=offset,
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
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    filter_: str | Unset = UNSET,
    naked: bool | Unset = False,
    pretty: bool | Unset = False,
) -> ErrorEnvelope | list[Permission] | PermissionListEnvelope | str | None:
    """List who may access a job (the owner first, always with full rights).

     agavepy: `jobs.listPermissions(jobId=…)`.

    The first item is always the owner with read and write. `limit`/`offset` page over the *shared*
    entries
    only (in memory), and the owner is prepended to every page, so a page holds up to `limit + 1` items.
    Requires read permission.

    Args:
        job_id (str):
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        filter_ (str | Unset):
        naked (bool | Unset):  Default: False.
        pretty (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | list[Permission] | PermissionListEnvelope | str
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            limit=limit,
            offset=offset,
            filter_=filter_,
            naked=naked,
            pretty=pretty,
        )
    ).parsed
