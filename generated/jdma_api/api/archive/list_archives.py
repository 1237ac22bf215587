from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_archives_list import BatchArchivesList
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    name: str,
    migration_id: int | Unset = UNSET,
    workspace: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    limit: int | Unset = 0,
    digest: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    params["migration_id"] = migration_id

    params["workspace"] = workspace

    params["filter"] = filter_

    params["limit"] = limit

    params["digest"] = digest

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/archive/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchArchivesList | Error | str | None:
    if response.status_code == 200:
        response_200 = BatchArchivesList.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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
) -> Response[BatchArchivesList | Error | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    name: str,
    migration_id: int | Unset = UNSET,
    workspace: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    limit: int | Unset = 0,
    digest: str | Unset = UNSET,
) -> Response[BatchArchivesList | Error | str]:
    """List the archives of a user's batches.

     Like `list_files` without the files: `{"migrations": [BatchArchives, ...]}`. `limit` caps the number
    of
    archives per batch (0 = no cap); archives whose digest is `"0"` are dropped after the cap, whether
    or not
    digests were asked for. `digest` is a presence flag (any value turns digests on).

    Errors as `list_files`, with the permission messages `User does not have permission to list archives
    in
    the workspace` (single batch) and `User does not have permission to list requests in the workspace`
    (filter=workspace). Here an unknown `migration_id` with a known `workspace` is a proper `404` (with
    `workspace`); an internal failure while `workspace` is given still gives a `500` HTML page. The
    legacy
    client sends `$USER` as `name` and drops falsy `migration_id`/`workspace` values.

    Args:
        name (str):
        migration_id (int | Unset):
        workspace (str | Unset):
        filter_ (str | Unset):
        limit (int | Unset):  Default: 0.
        digest (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchArchivesList | Error | str]
    """

    kwargs = _get_kwargs(
        name=name,
        migration_id=migration_id,
        workspace=workspace,
        filter_=filter_,
        limit=limit,
        digest=digest,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    name: str,
    migration_id: int | Unset = UNSET,
    workspace: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    limit: int | Unset = 0,
    digest: str | Unset = UNSET,
) -> BatchArchivesList | Error | str | None:
    """List the archives of a user's batches.

     Like `list_files` without the files: `{"migrations": [BatchArchives, ...]}`. `limit` caps the number
    of
    archives per batch (0 = no cap); archives whose digest is `"0"` are dropped after the cap, whether
    or not
    digests were asked for. `digest` is a presence flag (any value turns digests on).

    Errors as `list_files`, with the permission messages `User does not have permission to list archives
    in
    the workspace` (single batch) and `User does not have permission to list requests in the workspace`
    (filter=workspace). Here an unknown `migration_id` with a known `workspace` is a proper `404` (with
    `workspace`); an internal failure while `workspace` is given still gives a `500` HTML page. The
    legacy
    client sends `$USER` as `name` and drops falsy `migration_id`/`workspace` values.

    Args:
        name (str):
        migration_id (int | Unset):
        workspace (str | Unset):
        filter_ (str | Unset):
        limit (int | Unset):  Default: 0.
        digest (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchArchivesList | Error | str
    """

    return sync_detailed(
        client=client,
        name=name,
        migration_id=migration_id,
        workspace=workspace,
        filter_=filter_,
        limit=limit,
        digest=digest,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    name: str,
    migration_id: int | Unset = UNSET,
    workspace: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    limit: int | Unset = 0,
    digest: str | Unset = UNSET,
) -> Response[BatchArchivesList | Error | str]:
    """List the archives of a user's batches.

     Like `list_files` without the files: `{"migrations": [BatchArchives, ...]}`. `limit` caps the number
    of
    archives per batch (0 = no cap); archives whose digest is `"0"` are dropped after the cap, whether
    or not
    digests were asked for. `digest` is a presence flag (any value turns digests on).

    Errors as `list_files`, with the permission messages `User does not have permission to list archives
    in
    the workspace` (single batch) and `User does not have permission to list requests in the workspace`
    (filter=workspace). Here an unknown `migration_id` with a known `workspace` is a proper `404` (with
    `workspace`); an internal failure while `workspace` is given still gives a `500` HTML page. The
    legacy
    client sends `$USER` as `name` and drops falsy `migration_id`/`workspace` values.

    Args:
        name (str):
        migration_id (int | Unset):
        workspace (str | Unset):
        filter_ (str | Unset):
        limit (int | Unset):  Default: 0.
        digest (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchArchivesList | Error | str]
    """

    kwargs = _get_kwargs(
        name=name,
        migration_id=migration_id,
        workspace=workspace,
        filter_=filter_,
        limit=limit,
        digest=digest,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    name: str,
    migration_id: int | Unset = UNSET,
    workspace: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    limit: int | Unset = 0,
    digest: str | Unset = UNSET,
) -> BatchArchivesList | Error | str | None:
    """List the archives of a user's batches.

     Like `list_files` without the files: `{"migrations": [BatchArchives, ...]}`. `limit` caps the number
    of
    archives per batch (0 = no cap); archives whose digest is `"0"` are dropped after the cap, whether
    or not
    digests were asked for. `digest` is a presence flag (any value turns digests on).

    Errors as `list_files`, with the permission messages `User does not have permission to list archives
    in
    the workspace` (single batch) and `User does not have permission to list requests in the workspace`
    (filter=workspace). Here an unknown `migration_id` with a known `workspace` is a proper `404` (with
    `workspace`); an internal failure while `workspace` is given still gives a `500` HTML page. The
    legacy
    client sends `$USER` as `name` and drops falsy `migration_id`/`workspace` values.

    Args:
        name (str):
        migration_id (int | Unset):
        workspace (str | Unset):
        filter_ (str | Unset):
        limit (int | Unset):  Default: 0.
        digest (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchArchivesList | Error | str
    """

    return (
        await asyncio_detailed(
            client=client,
            name=name,
            migration_id=migration_id,
            workspace=workspace,
            filter_=filter_,
            limit=limit,
            digest=digest,
        )
    ).parsed
