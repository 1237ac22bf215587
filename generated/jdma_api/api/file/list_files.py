from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_files_list import BatchFilesList
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
        "url": "/file/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchFilesList | Error | str | None:
    if response.status_code == 200:
        response_200 = BatchFilesList.from_dict(response.json())

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
) -> Response[BatchFilesList | Error | str]:
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
) -> Response[BatchFilesList | Error | str]:
    """List the files of a user's batches, grouped by archive.

     Answers `{"migrations": [BatchFiles, ...]}`, ordered by batch id; each batch lists its archives and
    each
    archive its files. With `migration_id`: that batch only (whoever owns it, if `name` may list its
    workspace; with `workspace` too, the batch must also be in that workspace, otherwise the list is
    empty).
    Without it: the same `workspace`/`filter` rules as `get_requests`; batches whose workspace `name`
    may not
    list are **silently skipped**.

    `limit` caps the number of files per archive (0 = no cap); entries whose digest is `"0"`
    (directories)
    are dropped after the cap, so an archive can show fewer than `limit` files. `digest` is a **presence
    flag**: any value, even `0` or `false`, adds `digest`/`digest_format` to archives and files; omit it
    to get
    none. The file-id key is **`"pk "` with a trailing space** (see `BatchFile`).

    Errors: no `name` → `404 {"error": "No name supplied."}`; unknown workspace → `404` `Workspace not
    found.`;
    unknown `migration_id` → `404` `Batch not found.` (with `migration_id`, `name`); `filter=workspace`
    without
    `workspace` → `404` `No workspace supplied and filter=workspace.`; no list permission → `403` `User
    does
    not have permission to view files in the workspace` (single batch) or `... to list files in the
    workspace`
    (filter=workspace), with `workspace`, `name`. Any internal failure while building the answer (e.g. a
    negative `limit`) is reported as `404` `Batch not found.` (with `migration_id` null in list form).
    Server bugs: an unknown `migration_id` combined with a known `workspace`, or an internal failure
    while
    `workspace` is given, give a `500` HTML page; so do non-integer `limit`/`migration_id`. The legacy
    client
    sends `$USER` as `name` whatever its argument, and always sends `limit` and `digest`.

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
        Response[BatchFilesList | Error | str]
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
) -> BatchFilesList | Error | str | None:
    """List the files of a user's batches, grouped by archive.

     Answers `{"migrations": [BatchFiles, ...]}`, ordered by batch id; each batch lists its archives and
    each
    archive its files. With `migration_id`: that batch only (whoever owns it, if `name` may list its
    workspace; with `workspace` too, the batch must also be in that workspace, otherwise the list is
    empty).
    Without it: the same `workspace`/`filter` rules as `get_requests`; batches whose workspace `name`
    may not
    list are **silently skipped**.

    `limit` caps the number of files per archive (0 = no cap); entries whose digest is `"0"`
    (directories)
    are dropped after the cap, so an archive can show fewer than `limit` files. `digest` is a **presence
    flag**: any value, even `0` or `false`, adds `digest`/`digest_format` to archives and files; omit it
    to get
    none. The file-id key is **`"pk "` with a trailing space** (see `BatchFile`).

    Errors: no `name` → `404 {"error": "No name supplied."}`; unknown workspace → `404` `Workspace not
    found.`;
    unknown `migration_id` → `404` `Batch not found.` (with `migration_id`, `name`); `filter=workspace`
    without
    `workspace` → `404` `No workspace supplied and filter=workspace.`; no list permission → `403` `User
    does
    not have permission to view files in the workspace` (single batch) or `... to list files in the
    workspace`
    (filter=workspace), with `workspace`, `name`. Any internal failure while building the answer (e.g. a
    negative `limit`) is reported as `404` `Batch not found.` (with `migration_id` null in list form).
    Server bugs: an unknown `migration_id` combined with a known `workspace`, or an internal failure
    while
    `workspace` is given, give a `500` HTML page; so do non-integer `limit`/`migration_id`. The legacy
    client
    sends `$USER` as `name` whatever its argument, and always sends `limit` and `digest`.

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
        BatchFilesList | Error | str
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
) -> Response[BatchFilesList | Error | str]:
    """List the files of a user's batches, grouped by archive.

     Answers `{"migrations": [BatchFiles, ...]}`, ordered by batch id; each batch lists its archives and
    each
    archive its files. With `migration_id`: that batch only (whoever owns it, if `name` may list its
    workspace; with `workspace` too, the batch must also be in that workspace, otherwise the list is
    empty).
    Without it: the same `workspace`/`filter` rules as `get_requests`; batches whose workspace `name`
    may not
    list are **silently skipped**.

    `limit` caps the number of files per archive (0 = no cap); entries whose digest is `"0"`
    (directories)
    are dropped after the cap, so an archive can show fewer than `limit` files. `digest` is a **presence
    flag**: any value, even `0` or `false`, adds `digest`/`digest_format` to archives and files; omit it
    to get
    none. The file-id key is **`"pk "` with a trailing space** (see `BatchFile`).

    Errors: no `name` → `404 {"error": "No name supplied."}`; unknown workspace → `404` `Workspace not
    found.`;
    unknown `migration_id` → `404` `Batch not found.` (with `migration_id`, `name`); `filter=workspace`
    without
    `workspace` → `404` `No workspace supplied and filter=workspace.`; no list permission → `403` `User
    does
    not have permission to view files in the workspace` (single batch) or `... to list files in the
    workspace`
    (filter=workspace), with `workspace`, `name`. Any internal failure while building the answer (e.g. a
    negative `limit`) is reported as `404` `Batch not found.` (with `migration_id` null in list form).
    Server bugs: an unknown `migration_id` combined with a known `workspace`, or an internal failure
    while
    `workspace` is given, give a `500` HTML page; so do non-integer `limit`/`migration_id`. The legacy
    client
    sends `$USER` as `name` whatever its argument, and always sends `limit` and `digest`.

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
        Response[BatchFilesList | Error | str]
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
) -> BatchFilesList | Error | str | None:
    """List the files of a user's batches, grouped by archive.

     Answers `{"migrations": [BatchFiles, ...]}`, ordered by batch id; each batch lists its archives and
    each
    archive its files. With `migration_id`: that batch only (whoever owns it, if `name` may list its
    workspace; with `workspace` too, the batch must also be in that workspace, otherwise the list is
    empty).
    Without it: the same `workspace`/`filter` rules as `get_requests`; batches whose workspace `name`
    may not
    list are **silently skipped**.

    `limit` caps the number of files per archive (0 = no cap); entries whose digest is `"0"`
    (directories)
    are dropped after the cap, so an archive can show fewer than `limit` files. `digest` is a **presence
    flag**: any value, even `0` or `false`, adds `digest`/`digest_format` to archives and files; omit it
    to get
    none. The file-id key is **`"pk "` with a trailing space** (see `BatchFile`).

    Errors: no `name` → `404 {"error": "No name supplied."}`; unknown workspace → `404` `Workspace not
    found.`;
    unknown `migration_id` → `404` `Batch not found.` (with `migration_id`, `name`); `filter=workspace`
    without
    `workspace` → `404` `No workspace supplied and filter=workspace.`; no list permission → `403` `User
    does
    not have permission to view files in the workspace` (single batch) or `... to list files in the
    workspace`
    (filter=workspace), with `workspace`, `name`. Any internal failure while building the answer (e.g. a
    negative `limit`) is reported as `404` `Batch not found.` (with `migration_id` null in list form).
    Server bugs: an unknown `migration_id` combined with a known `workspace`, or an internal failure
    while
    `workspace` is given, give a `500` HTML page; so do non-integer `limit`/`migration_id`. The legacy
    client
    sends `$USER` as `name` whatever its argument, and always sends `limit` and `digest`.

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
        BatchFilesList | Error | str
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
