from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.request_detail import RequestDetail
from ...models.request_list import RequestList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    name: str,
    request_id: int | Unset = UNSET,
    workspace: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    params["request_id"] = request_id

    params["workspace"] = workspace

    params["filter"] = filter_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/request",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RequestDetail | RequestList | str | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> RequestDetail | RequestList:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_request_query_result_type_0 = RequestList.from_dict(data)

                return componentsschemas_request_query_result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_request_query_result_type_1 = RequestDetail.from_dict(data)

            return componentsschemas_request_query_result_type_1

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
) -> Response[Error | RequestDetail | RequestList | str]:
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
    request_id: int | Unset = UNSET,
    workspace: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> Response[Error | RequestDetail | RequestList | str]:
    """List a user's requests, or get one request by request_id.

     Two answers from one route:

    * with `request_id`: the single request (`RequestDetail`), whoever owns it, provided `name` may list
    the
      request's workspace (LDAP); `workspace` and `filter` are then ignored;
    * without it: `{"requests": [RequestSummary, ...]}`, complete and ordered by request id. By default
    only
      requests owned by `name`; `workspace=W` restricts to workspace W; `filter=workspace` (which
    requires
      `workspace`) lists every user's requests in W if `name` may list it. Any other `filter` value
    means "by
      user".

    Errors: no `name` → `404 {"error": "No name supplied."}`; unknown `request_id` → `404` `Request not
    found.` (with `request_id`, `name`); unknown workspace → `404` `Workspace not found.` (with `name`,
    `workspace`); `filter=workspace` without `workspace` → `404` `No workspace supplied and
    filter=workspace.`;
    no LDAP list permission → `403` `User does not have permission to list requests in the workspace`
    (with
    `workspace`, `name`). A non-integer `request_id` gives a `500` HTML page.

    Args:
        name (str):
        request_id (int | Unset):
        workspace (str | Unset):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RequestDetail | RequestList | str]
    """

    kwargs = _get_kwargs(
        name=name,
        request_id=request_id,
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
    request_id: int | Unset = UNSET,
    workspace: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> Error | RequestDetail | RequestList | str | None:
    """List a user's requests, or get one request by request_id.

     Two answers from one route:

    * with `request_id`: the single request (`RequestDetail`), whoever owns it, provided `name` may list
    the
      request's workspace (LDAP); `workspace` and `filter` are then ignored;
    * without it: `{"requests": [RequestSummary, ...]}`, complete and ordered by request id. By default
    only
      requests owned by `name`; `workspace=W` restricts to workspace W; `filter=workspace` (which
    requires
      `workspace`) lists every user's requests in W if `name` may list it. Any other `filter` value
    means "by
      user".

    Errors: no `name` → `404 {"error": "No name supplied."}`; unknown `request_id` → `404` `Request not
    found.` (with `request_id`, `name`); unknown workspace → `404` `Workspace not found.` (with `name`,
    `workspace`); `filter=workspace` without `workspace` → `404` `No workspace supplied and
    filter=workspace.`;
    no LDAP list permission → `403` `User does not have permission to list requests in the workspace`
    (with
    `workspace`, `name`). A non-integer `request_id` gives a `500` HTML page.

    Args:
        name (str):
        request_id (int | Unset):
        workspace (str | Unset):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RequestDetail | RequestList | str
    """

    return sync_detailed(
        client=client,
        name=name,
        request_id=request_id,
        workspace=workspace,
        filter_=filter_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    name: str,
    request_id: int | Unset = UNSET,
    workspace: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> Response[Error | RequestDetail | RequestList | str]:
    """List a user's requests, or get one request by request_id.

     Two answers from one route:

    * with `request_id`: the single request (`RequestDetail`), whoever owns it, provided `name` may list
    the
      request's workspace (LDAP); `workspace` and `filter` are then ignored;
    * without it: `{"requests": [RequestSummary, ...]}`, complete and ordered by request id. By default
    only
      requests owned by `name`; `workspace=W` restricts to workspace W; `filter=workspace` (which
    requires
      `workspace`) lists every user's requests in W if `name` may list it. Any other `filter` value
    means "by
      user".

    Errors: no `name` → `404 {"error": "No name supplied."}`; unknown `request_id` → `404` `Request not
    found.` (with `request_id`, `name`); unknown workspace → `404` `Workspace not found.` (with `name`,
    `workspace`); `filter=workspace` without `workspace` → `404` `No workspace supplied and
    filter=workspace.`;
    no LDAP list permission → `403` `User does not have permission to list requests in the workspace`
    (with
    `workspace`, `name`). A non-integer `request_id` gives a `500` HTML page.

    Args:
        name (str):
        request_id (int | Unset):
        workspace (str | Unset):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RequestDetail | RequestList | str]
    """

    kwargs = _get_kwargs(
        name=name,
        request_id=request_id,
        workspace=workspace,
        filter_=filter_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    name: str,
    request_id: int | Unset = UNSET,
    workspace: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> Error | RequestDetail | RequestList | str | None:
    """List a user's requests, or get one request by request_id.

     Two answers from one route:

    * with `request_id`: the single request (`RequestDetail`), whoever owns it, provided `name` may list
    the
      request's workspace (LDAP); `workspace` and `filter` are then ignored;
    * without it: `{"requests": [RequestSummary, ...]}`, complete and ordered by request id. By default
    only
      requests owned by `name`; `workspace=W` restricts to workspace W; `filter=workspace` (which
    requires
      `workspace`) lists every user's requests in W if `name` may list it. Any other `filter` value
    means "by
      user".

    Errors: no `name` → `404 {"error": "No name supplied."}`; unknown `request_id` → `404` `Request not
    found.` (with `request_id`, `name`); unknown workspace → `404` `Workspace not found.` (with `name`,
    `workspace`); `filter=workspace` without `workspace` → `404` `No workspace supplied and
    filter=workspace.`;
    no LDAP list permission → `403` `User does not have permission to list requests in the workspace`
    (with
    `workspace`, `name`). A non-integer `request_id` gives a `500` HTML page.

    Args:
        name (str):
        request_id (int | Unset):
        workspace (str | Unset):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RequestDetail | RequestList | str
    """

    return (
        await asyncio_detailed(
            client=client,
            name=name,
            request_id=request_id,
            workspace=workspace,
            filter_=filter_,
        )
    ).parsed
