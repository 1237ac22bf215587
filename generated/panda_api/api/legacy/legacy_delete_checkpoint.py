from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.legacy_checkpoint_result import LegacyCheckpointResult
from ...models.legacy_delete_checkpoint_request import LegacyDeleteCheckpointRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: LegacyDeleteCheckpointRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/server/panda/delete_checkpoint",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | LegacyCheckpointResult | None:
    if response.status_code == 200:
        response_200 = LegacyCheckpointResult.from_dict(response.json())

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
) -> Response[Any | LegacyCheckpointResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: LegacyDeleteCheckpointRequest,
) -> Response[Any | LegacyCheckpointResult]:
    """Legacy: delete an HPO checkpoint file

     Deletes the checkpoint of an HPO sub-task. The answer is JSON `{"status": bool, "message": str}`:
    `done`, or `SSL secure connection is required`, `failed to delete file due to ...` (e.g. no such
    file).
    v1 twin: `POST /api/v1/file_server/delete_hpo_checkpoint`.

    Legacy wire: any HTTP method works (a GET with a query string too). Every value arrives as a string.
    The body
    may instead be a JSON object sent with `Content-Type: application/json` (exactly) that is **gzip-
    compressed
    without a `Content-Encoding` header** (the server always gunzips it); an uncompressed JSON body
    gives 500
    and restarts the server worker. A missing or unknown parameter gives 500 with the Python `TypeError`
    text.
    `Accept` is ignored: the answer is always text.

    Args:
        body (LegacyDeleteCheckpointRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | LegacyCheckpointResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: LegacyDeleteCheckpointRequest,
) -> Any | LegacyCheckpointResult | None:
    """Legacy: delete an HPO checkpoint file

     Deletes the checkpoint of an HPO sub-task. The answer is JSON `{"status": bool, "message": str}`:
    `done`, or `SSL secure connection is required`, `failed to delete file due to ...` (e.g. no such
    file).
    v1 twin: `POST /api/v1/file_server/delete_hpo_checkpoint`.

    Legacy wire: any HTTP method works (a GET with a query string too). Every value arrives as a string.
    The body
    may instead be a JSON object sent with `Content-Type: application/json` (exactly) that is **gzip-
    compressed
    without a `Content-Encoding` header** (the server always gunzips it); an uncompressed JSON body
    gives 500
    and restarts the server worker. A missing or unknown parameter gives 500 with the Python `TypeError`
    text.
    `Accept` is ignored: the answer is always text.

    Args:
        body (LegacyDeleteCheckpointRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | LegacyCheckpointResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: LegacyDeleteCheckpointRequest,
) -> Response[Any | LegacyCheckpointResult]:
    """Legacy: delete an HPO checkpoint file

     Deletes the checkpoint of an HPO sub-task. The answer is JSON `{"status": bool, "message": str}`:
    `done`, or `SSL secure connection is required`, `failed to delete file due to ...` (e.g. no such
    file).
    v1 twin: `POST /api/v1/file_server/delete_hpo_checkpoint`.

    Legacy wire: any HTTP method works (a GET with a query string too). Every value arrives as a string.
    The body
    may instead be a JSON object sent with `Content-Type: application/json` (exactly) that is **gzip-
    compressed
    without a `Content-Encoding` header** (the server always gunzips it); an uncompressed JSON body
    gives 500
    and restarts the server worker. A missing or unknown parameter gives 500 with the Python `TypeError`
    text.
    `Accept` is ignored: the answer is always text.

    Args:
        body (LegacyDeleteCheckpointRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | LegacyCheckpointResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: LegacyDeleteCheckpointRequest,
) -> Any | LegacyCheckpointResult | None:
    """Legacy: delete an HPO checkpoint file

     Deletes the checkpoint of an HPO sub-task. The answer is JSON `{"status": bool, "message": str}`:
    `done`, or `SSL secure connection is required`, `failed to delete file due to ...` (e.g. no such
    file).
    v1 twin: `POST /api/v1/file_server/delete_hpo_checkpoint`.

    Legacy wire: any HTTP method works (a GET with a query string too). Every value arrives as a string.
    The body
    may instead be a JSON object sent with `Content-Type: application/json` (exactly) that is **gzip-
    compressed
    without a `Content-Encoding` header** (the server always gunzips it); an uncompressed JSON body
    gives 500
    and restarts the server worker. A missing or unknown parameter gives 500 with the Python `TypeError`
    text.
    `Accept` is ignored: the answer is always text.

    Args:
        body (LegacyDeleteCheckpointRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | LegacyCheckpointResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
