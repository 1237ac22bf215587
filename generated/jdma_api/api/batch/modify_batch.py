from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.modify_batch_request import ModifyBatchRequest
from ...models.modify_batch_response import ModifyBatchResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: ModifyBatchRequest,
    name: str,
    migration_id: int,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["name"] = name

    params["migration_id"] = migration_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/migration/",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ModifyBatchResponse | str | None:
    if response.status_code == 200:
        response_200 = ModifyBatchResponse.from_dict(response.json())

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
) -> Response[Error | ModifyBatchResponse | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ModifyBatchRequest,
    name: str,
    migration_id: int,
) -> Response[Error | ModifyBatchResponse | str]:
    """Change the label of a batch.

     Sets the label of batch `migration_id` if the body has a `label` key; only the batch's owner may do
    it
    (no LDAP check). `"label": null` clears the label; a body without `label` (the legacy client sends
    `{}`
    when its label is falsy) changes nothing and still answers 200. The answer is **only the echo of the
    body** (`{"label": "new"}` or `{}`), not the batch.

    Errors, in the order checked: no `name` → `404 {"error": "No name supplied."}`; no `migration_id` →
    `404
    {"error": "No batch id supplied."}` (both before the body is read); `"label": ""` → `404` `No label
    supplied.` (echo of the body); unknown batch → `404` `Batch not found.` (with `migration_id`,
    `name`); not
    the owner → `403` `User X cannot edit this batch as they do not own it!` (with `migration_id`,
    `name`). An
    empty or non-JSON body, or a non-integer `migration_id`, gives a `500` HTML page; so does the slash-
    less
    path `migration?...` (the legacy client sends the slash here).

    Args:
        name (str):
        migration_id (int):
        body (ModifyBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ModifyBatchResponse | str]
    """

    kwargs = _get_kwargs(
        body=body,
        name=name,
        migration_id=migration_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ModifyBatchRequest,
    name: str,
    migration_id: int,
) -> Error | ModifyBatchResponse | str | None:
    """Change the label of a batch.

     Sets the label of batch `migration_id` if the body has a `label` key; only the batch's owner may do
    it
    (no LDAP check). `"label": null` clears the label; a body without `label` (the legacy client sends
    `{}`
    when its label is falsy) changes nothing and still answers 200. The answer is **only the echo of the
    body** (`{"label": "new"}` or `{}`), not the batch.

    Errors, in the order checked: no `name` → `404 {"error": "No name supplied."}`; no `migration_id` →
    `404
    {"error": "No batch id supplied."}` (both before the body is read); `"label": ""` → `404` `No label
    supplied.` (echo of the body); unknown batch → `404` `Batch not found.` (with `migration_id`,
    `name`); not
    the owner → `403` `User X cannot edit this batch as they do not own it!` (with `migration_id`,
    `name`). An
    empty or non-JSON body, or a non-integer `migration_id`, gives a `500` HTML page; so does the slash-
    less
    path `migration?...` (the legacy client sends the slash here).

    Args:
        name (str):
        migration_id (int):
        body (ModifyBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ModifyBatchResponse | str
    """

    return sync_detailed(
        client=client,
        body=body,
        name=name,
        migration_id=migration_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ModifyBatchRequest,
    name: str,
    migration_id: int,
) -> Response[Error | ModifyBatchResponse | str]:
    """Change the label of a batch.

     Sets the label of batch `migration_id` if the body has a `label` key; only the batch's owner may do
    it
    (no LDAP check). `"label": null` clears the label; a body without `label` (the legacy client sends
    `{}`
    when its label is falsy) changes nothing and still answers 200. The answer is **only the echo of the
    body** (`{"label": "new"}` or `{}`), not the batch.

    Errors, in the order checked: no `name` → `404 {"error": "No name supplied."}`; no `migration_id` →
    `404
    {"error": "No batch id supplied."}` (both before the body is read); `"label": ""` → `404` `No label
    supplied.` (echo of the body); unknown batch → `404` `Batch not found.` (with `migration_id`,
    `name`); not
    the owner → `403` `User X cannot edit this batch as they do not own it!` (with `migration_id`,
    `name`). An
    empty or non-JSON body, or a non-integer `migration_id`, gives a `500` HTML page; so does the slash-
    less
    path `migration?...` (the legacy client sends the slash here).

    Args:
        name (str):
        migration_id (int):
        body (ModifyBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ModifyBatchResponse | str]
    """

    kwargs = _get_kwargs(
        body=body,
        name=name,
        migration_id=migration_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ModifyBatchRequest,
    name: str,
    migration_id: int,
) -> Error | ModifyBatchResponse | str | None:
    """Change the label of a batch.

     Sets the label of batch `migration_id` if the body has a `label` key; only the batch's owner may do
    it
    (no LDAP check). `"label": null` clears the label; a body without `label` (the legacy client sends
    `{}`
    when its label is falsy) changes nothing and still answers 200. The answer is **only the echo of the
    body** (`{"label": "new"}` or `{}`), not the batch.

    Errors, in the order checked: no `name` → `404 {"error": "No name supplied."}`; no `migration_id` →
    `404
    {"error": "No batch id supplied."}` (both before the body is read); `"label": ""` → `404` `No label
    supplied.` (echo of the body); unknown batch → `404` `Batch not found.` (with `migration_id`,
    `name`); not
    the owner → `403` `User X cannot edit this batch as they do not own it!` (with `migration_id`,
    `name`). An
    empty or non-JSON body, or a non-integer `migration_id`, gives a `500` HTML page; so does the slash-
    less
    path `migration?...` (the legacy client sends the slash here).

    Args:
        name (str):
        migration_id (int):
        body (ModifyBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ModifyBatchResponse | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            name=name,
            migration_id=migration_id,
        )
    ).parsed
