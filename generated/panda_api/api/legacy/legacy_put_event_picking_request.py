from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.legacy_put_event_picking_request_request import LegacyPutEventPickingRequestRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: LegacyPutEventPickingRequestRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/server/panda/putEventPickingRequest",
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 200:
        return None

    if response.status_code == 403:
        return None

    if response.status_code == 500:
        return None

    if response.status_code == 503:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: LegacyPutEventPickingRequestRequest | Unset = UNSET,
) -> Response[Any]:
    """Legacy: submit an event picking request

     Stores an event picking request (a run/event list to be looked up in the event index) in the server
    cache
    for the event picker. Every field is optional (empty by default). The answer is **plain text, not
    JSON**:
    `True` on success; otherwise `SSL secure connection is required` (no DN), or `ERROR : <reason>`,
    e.g.
    `ERROR : Run/event list is too large. Exceeded size limit N>10485760.` (the whole body is limited to
    10 MB) or `ERROR : cannot put request due to ...`. Lines of `runEventList` with the wrong number of
    fields are silently skipped. Compare the body with `True` after decoding it (panda-client 2.2.0
    compares
    raw bytes and so always fails). v1 twin: `POST /api/v1/file_server/upload_event_picking_request`.

    Legacy wire: any HTTP method works (a GET with a query string too). Every value arrives as a string.
    The body
    may instead be a JSON object sent with `Content-Type: application/json` (exactly) that is **gzip-
    compressed
    without a `Content-Encoding` header** (the server always gunzips it; JSON `true`/`false` become
    `"True"`/
    `"False"`); an uncompressed JSON body gives 500 and restarts the server worker. An unknown parameter
    gives
    500 with the Python `TypeError` text.

    Args:
        body (LegacyPutEventPickingRequestRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: LegacyPutEventPickingRequestRequest | Unset = UNSET,
) -> Response[Any]:
    """Legacy: submit an event picking request

     Stores an event picking request (a run/event list to be looked up in the event index) in the server
    cache
    for the event picker. Every field is optional (empty by default). The answer is **plain text, not
    JSON**:
    `True` on success; otherwise `SSL secure connection is required` (no DN), or `ERROR : <reason>`,
    e.g.
    `ERROR : Run/event list is too large. Exceeded size limit N>10485760.` (the whole body is limited to
    10 MB) or `ERROR : cannot put request due to ...`. Lines of `runEventList` with the wrong number of
    fields are silently skipped. Compare the body with `True` after decoding it (panda-client 2.2.0
    compares
    raw bytes and so always fails). v1 twin: `POST /api/v1/file_server/upload_event_picking_request`.

    Legacy wire: any HTTP method works (a GET with a query string too). Every value arrives as a string.
    The body
    may instead be a JSON object sent with `Content-Type: application/json` (exactly) that is **gzip-
    compressed
    without a `Content-Encoding` header** (the server always gunzips it; JSON `true`/`false` become
    `"True"`/
    `"False"`); an uncompressed JSON body gives 500 and restarts the server worker. An unknown parameter
    gives
    500 with the Python `TypeError` text.

    Args:
        body (LegacyPutEventPickingRequestRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
