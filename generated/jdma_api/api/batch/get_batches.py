from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_detail import BatchDetail
from ...models.batch_list import BatchList
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    name: str,
    migration_id: int | Unset = UNSET,
    label: str | Unset = UNSET,
    workspace: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    params["migration_id"] = migration_id

    params["label"] = label

    params["workspace"] = workspace

    params["filter"] = filter_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/migration/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchDetail | BatchList | Error | str | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> BatchDetail | BatchList:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_batch_query_result_type_0 = BatchList.from_dict(data)

                return componentsschemas_batch_query_result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_batch_query_result_type_1 = BatchDetail.from_dict(data)

            return componentsschemas_batch_query_result_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[BatchDetail | BatchList | Error | str]:
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
    label: str | Unset = UNSET,
    workspace: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> Response[BatchDetail | BatchList | Error | str]:
    """List a user's batches, or get one batch by migration_id or label.

     Two answers from one route:

    * with `migration_id` or `label`: the single batch (`BatchDetail`), whoever owns it, provided `name`
    may
      list the batch's workspace (LDAP). `migration_id` wins over `label`. A label lookup returns the
    first
      batch with that label **ordered by stage**, across all users. `workspace` is then ignored (only
    echoed
      in the error);
    * without them: `{"migrations": [BatchSummary, ...]}`, complete and ordered by id, with the same
      `workspace`/`filter` rules as `get_requests`.

    Errors: no `name` → `404 {"error": "No name supplied."}`; no match → `404` `Batch not found.` (with
    `name`
    and, when given and truthy, `migration_id`, `label`, `workspace`); unknown workspace (list form) →
    `404`
    `Workspace not found.`; `filter=workspace` without `workspace` → `404` `No workspace supplied and
    filter=workspace.`; no list permission → `403` `User does not have permission to view batches in the
    workspace` (with `workspace`, `name`). A non-integer `migration_id` gives a `500` HTML page. Only
    the
    trailing-slash path is routed for this method without a redirect (`migration?...` answers 301).

    Args:
        name (str):
        migration_id (int | Unset):
        label (str | Unset):
        workspace (str | Unset):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchDetail | BatchList | Error | str]
    """

    kwargs = _get_kwargs(
        name=name,
        migration_id=migration_id,
        label=label,
        workspace=workspace,
        filter_=filter_,
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
    label: str | Unset = UNSET,
    workspace: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> BatchDetail | BatchList | Error | str | None:
    """List a user's batches, or get one batch by migration_id or label.

     Two answers from one route:

    * with `migration_id` or `label`: the single batch (`BatchDetail`), whoever owns it, provided `name`
    may
      list the batch's workspace (LDAP). `migration_id` wins over `label`. A label lookup returns the
    first
      batch with that label **ordered by stage**, across all users. `workspace` is then ignored (only
    echoed
      in the error);
    * without them: `{"migrations": [BatchSummary, ...]}`, complete and ordered by id, with the same
      `workspace`/`filter` rules as `get_requests`.

    Errors: no `name` → `404 {"error": "No name supplied."}`; no match → `404` `Batch not found.` (with
    `name`
    and, when given and truthy, `migration_id`, `label`, `workspace`); unknown workspace (list form) →
    `404`
    `Workspace not found.`; `filter=workspace` without `workspace` → `404` `No workspace supplied and
    filter=workspace.`; no list permission → `403` `User does not have permission to view batches in the
    workspace` (with `workspace`, `name`). A non-integer `migration_id` gives a `500` HTML page. Only
    the
    trailing-slash path is routed for this method without a redirect (`migration?...` answers 301).

    Args:
        name (str):
        migration_id (int | Unset):
        label (str | Unset):
        workspace (str | Unset):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchDetail | BatchList | Error | str
    """

    return sync_detailed(
        client=client,
        name=name,
        migration_id=migration_id,
        label=label,
        workspace=workspace,
        filter_=filter_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    name: str,
    migration_id: int | Unset = UNSET,
    label: str | Unset = UNSET,
    workspace: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> Response[BatchDetail | BatchList | Error | str]:
    """List a user's batches, or get one batch by migration_id or label.

     Two answers from one route:

    * with `migration_id` or `label`: the single batch (`BatchDetail`), whoever owns it, provided `name`
    may
      list the batch's workspace (LDAP). `migration_id` wins over `label`. A label lookup returns the
    first
      batch with that label **ordered by stage**, across all users. `workspace` is then ignored (only
    echoed
      in the error);
    * without them: `{"migrations": [BatchSummary, ...]}`, complete and ordered by id, with the same
      `workspace`/`filter` rules as `get_requests`.

    Errors: no `name` → `404 {"error": "No name supplied."}`; no match → `404` `Batch not found.` (with
    `name`
    and, when given and truthy, `migration_id`, `label`, `workspace`); unknown workspace (list form) →
    `404`
    `Workspace not found.`; `filter=workspace` without `workspace` → `404` `No workspace supplied and
    filter=workspace.`; no list permission → `403` `User does not have permission to view batches in the
    workspace` (with `workspace`, `name`). A non-integer `migration_id` gives a `500` HTML page. Only
    the
    trailing-slash path is routed for this method without a redirect (`migration?...` answers 301).

    Args:
        name (str):
        migration_id (int | Unset):
        label (str | Unset):
        workspace (str | Unset):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchDetail | BatchList | Error | str]
    """

    kwargs = _get_kwargs(
        name=name,
        migration_id=migration_id,
        label=label,
        workspace=workspace,
        filter_=filter_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    name: str,
    migration_id: int | Unset = UNSET,
    label: str | Unset = UNSET,
    workspace: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> BatchDetail | BatchList | Error | str | None:
    """List a user's batches, or get one batch by migration_id or label.

     Two answers from one route:

    * with `migration_id` or `label`: the single batch (`BatchDetail`), whoever owns it, provided `name`
    may
      list the batch's workspace (LDAP). `migration_id` wins over `label`. A label lookup returns the
    first
      batch with that label **ordered by stage**, across all users. `workspace` is then ignored (only
    echoed
      in the error);
    * without them: `{"migrations": [BatchSummary, ...]}`, complete and ordered by id, with the same
      `workspace`/`filter` rules as `get_requests`.

    Errors: no `name` → `404 {"error": "No name supplied."}`; no match → `404` `Batch not found.` (with
    `name`
    and, when given and truthy, `migration_id`, `label`, `workspace`); unknown workspace (list form) →
    `404`
    `Workspace not found.`; `filter=workspace` without `workspace` → `404` `No workspace supplied and
    filter=workspace.`; no list permission → `403` `User does not have permission to view batches in the
    workspace` (with `workspace`, `name`). A non-integer `migration_id` gives a `500` HTML page. Only
    the
    trailing-slash path is routed for this method without a redirect (`migration?...` answers 301).

    Args:
        name (str):
        migration_id (int | Unset):
        label (str | Unset):
        workspace (str | Unset):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchDetail | BatchList | Error | str
    """

    return (
        await asyncio_detailed(
            client=client,
            name=name,
            migration_id=migration_id,
            label=label,
            workspace=workspace,
            filter_=filter_,
        )
    ).parsed
