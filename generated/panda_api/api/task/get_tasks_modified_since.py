from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.tasks_modified_since_envelope import TasksModifiedSinceEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    since: str,
    dn: None | str | Unset = UNSET,
    full: bool | Unset = False,
    min_task_id: int | None | Unset = UNSET,
    prod_source_label: str | Unset = "user",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["since"] = since

    json_dn: None | str | Unset
    if isinstance(dn, Unset):
        json_dn = UNSET
    else:
        json_dn = dn
    params["dn"] = json_dn

    params["full"] = full

    json_min_task_id: int | None | Unset
    if isinstance(min_task_id, Unset):
        json_min_task_id = UNSET
    else:
        json_min_task_id = min_task_id
    params["min_task_id"] = json_min_task_id

    params["prod_source_label"] = prod_source_label

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/task/get_tasks_modified_since",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | TasksModifiedSinceEnvelope | None:
    if response.status_code == 200:
        response_200 = TasksModifiedSinceEnvelope.from_dict(response.json())

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
) -> Response[Any | TasksModifiedSinceEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    since: str,
    dn: None | str | Unset = UNSET,
    full: bool | Unset = False,
    min_task_id: int | None | Unset = UNSET,
    prod_source_label: str | Unset = "user",
) -> Response[Any | TasksModifiedSinceEnvelope]:
    """List a user's tasks modified since a time, keyed by request ID

     Returns the tasks of the user `dn` (default: the caller) with the given `prod_source_label` whose
    modification time is at or after `since`. `since` is clamped to at most 30 days ago; a `since` not
    in
    the `%Y-%m-%d %H:%M:%S` format, or a database error, gives `success: true` with an empty object.

    `data` is an object **keyed by `reqID` as a string** (`"null"` for tasks without one). Tasks sharing
    a
    reqID collapse to one entry. The basic fields are jediTaskID, modificationTime, status,
    processingType,
    transUses, transHome, architecture, reqID, creationDate, site, cloud and taskName; `full` adds the
    digest fields (inDS, outDS, statistics, PandaID, mergeStatus, mergePandaID, cliParams) and limits
    the
    answer to 500 tasks. The server does not check that `dn` is the caller.

    Args:
        since (str):
        dn (None | str | Unset):
        full (bool | Unset):  Default: False.
        min_task_id (int | None | Unset):
        prod_source_label (str | Unset):  Default: 'user'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TasksModifiedSinceEnvelope]
    """

    kwargs = _get_kwargs(
        since=since,
        dn=dn,
        full=full,
        min_task_id=min_task_id,
        prod_source_label=prod_source_label,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    since: str,
    dn: None | str | Unset = UNSET,
    full: bool | Unset = False,
    min_task_id: int | None | Unset = UNSET,
    prod_source_label: str | Unset = "user",
) -> Any | TasksModifiedSinceEnvelope | None:
    """List a user's tasks modified since a time, keyed by request ID

     Returns the tasks of the user `dn` (default: the caller) with the given `prod_source_label` whose
    modification time is at or after `since`. `since` is clamped to at most 30 days ago; a `since` not
    in
    the `%Y-%m-%d %H:%M:%S` format, or a database error, gives `success: true` with an empty object.

    `data` is an object **keyed by `reqID` as a string** (`"null"` for tasks without one). Tasks sharing
    a
    reqID collapse to one entry. The basic fields are jediTaskID, modificationTime, status,
    processingType,
    transUses, transHome, architecture, reqID, creationDate, site, cloud and taskName; `full` adds the
    digest fields (inDS, outDS, statistics, PandaID, mergeStatus, mergePandaID, cliParams) and limits
    the
    answer to 500 tasks. The server does not check that `dn` is the caller.

    Args:
        since (str):
        dn (None | str | Unset):
        full (bool | Unset):  Default: False.
        min_task_id (int | None | Unset):
        prod_source_label (str | Unset):  Default: 'user'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TasksModifiedSinceEnvelope
    """

    return sync_detailed(
        client=client,
        since=since,
        dn=dn,
        full=full,
        min_task_id=min_task_id,
        prod_source_label=prod_source_label,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    since: str,
    dn: None | str | Unset = UNSET,
    full: bool | Unset = False,
    min_task_id: int | None | Unset = UNSET,
    prod_source_label: str | Unset = "user",
) -> Response[Any | TasksModifiedSinceEnvelope]:
    """List a user's tasks modified since a time, keyed by request ID

     Returns the tasks of the user `dn` (default: the caller) with the given `prod_source_label` whose
    modification time is at or after `since`. `since` is clamped to at most 30 days ago; a `since` not
    in
    the `%Y-%m-%d %H:%M:%S` format, or a database error, gives `success: true` with an empty object.

    `data` is an object **keyed by `reqID` as a string** (`"null"` for tasks without one). Tasks sharing
    a
    reqID collapse to one entry. The basic fields are jediTaskID, modificationTime, status,
    processingType,
    transUses, transHome, architecture, reqID, creationDate, site, cloud and taskName; `full` adds the
    digest fields (inDS, outDS, statistics, PandaID, mergeStatus, mergePandaID, cliParams) and limits
    the
    answer to 500 tasks. The server does not check that `dn` is the caller.

    Args:
        since (str):
        dn (None | str | Unset):
        full (bool | Unset):  Default: False.
        min_task_id (int | None | Unset):
        prod_source_label (str | Unset):  Default: 'user'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TasksModifiedSinceEnvelope]
    """

    kwargs = _get_kwargs(
        since=since,
        dn=dn,
        full=full,
        min_task_id=min_task_id,
        prod_source_label=prod_source_label,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    since: str,
    dn: None | str | Unset = UNSET,
    full: bool | Unset = False,
    min_task_id: int | None | Unset = UNSET,
    prod_source_label: str | Unset = "user",
) -> Any | TasksModifiedSinceEnvelope | None:
    """List a user's tasks modified since a time, keyed by request ID

     Returns the tasks of the user `dn` (default: the caller) with the given `prod_source_label` whose
    modification time is at or after `since`. `since` is clamped to at most 30 days ago; a `since` not
    in
    the `%Y-%m-%d %H:%M:%S` format, or a database error, gives `success: true` with an empty object.

    `data` is an object **keyed by `reqID` as a string** (`"null"` for tasks without one). Tasks sharing
    a
    reqID collapse to one entry. The basic fields are jediTaskID, modificationTime, status,
    processingType,
    transUses, transHome, architecture, reqID, creationDate, site, cloud and taskName; `full` adds the
    digest fields (inDS, outDS, statistics, PandaID, mergeStatus, mergePandaID, cliParams) and limits
    the
    answer to 500 tasks. The server does not check that `dn` is the caller.

    Args:
        since (str):
        dn (None | str | Unset):
        full (bool | Unset):  Default: False.
        min_task_id (int | None | Unset):
        prod_source_label (str | Unset):  Default: 'user'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TasksModifiedSinceEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            since=since,
            dn=dn,
            full=full,
            min_task_id=min_task_id,
            prod_source_label=prod_source_label,
        )
    ).parsed
