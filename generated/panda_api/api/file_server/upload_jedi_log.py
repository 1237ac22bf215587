from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.string_envelope import StringEnvelope
from ...models.upload_jedi_log_request import UploadJediLogRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: UploadJediLogRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/file_server/upload_jedi_log",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | StringEnvelope | None:
    if response.status_code == 200:
        response_200 = StringEnvelope.from_dict(response.json())

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
) -> Response[Any | StringEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UploadJediLogRequest,
) -> Response[Any | StringEnvelope]:
    """Upload a JEDI log file to the cache

     Multipart upload: the part must be named `file` and its filename is the log name; send the
    **basename** (the
    server keeps only the part after the last `/`). The file is stored as `/cache/jedilog/<name>`,
    **overwriting** any
    previous file of that name, and `data` is its URL `http(s)://<host>:<port>/cache/jedilog/<name>`
    (https when the
    server disables HTTP). Limit: 100 MB, checked against the request's `Content-Length`
    (`ERROR: upload failure. Exceeded size limit`). Other failures: `cannot get endpoint: …`, `failed to
    write log with …`.
    Send `Accept: application/json` to get JSON (the multipart `Content-Type` does not count).

    Args:
        body (UploadJediLogRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | StringEnvelope]
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
    body: UploadJediLogRequest,
) -> Any | StringEnvelope | None:
    """Upload a JEDI log file to the cache

     Multipart upload: the part must be named `file` and its filename is the log name; send the
    **basename** (the
    server keeps only the part after the last `/`). The file is stored as `/cache/jedilog/<name>`,
    **overwriting** any
    previous file of that name, and `data` is its URL `http(s)://<host>:<port>/cache/jedilog/<name>`
    (https when the
    server disables HTTP). Limit: 100 MB, checked against the request's `Content-Length`
    (`ERROR: upload failure. Exceeded size limit`). Other failures: `cannot get endpoint: …`, `failed to
    write log with …`.
    Send `Accept: application/json` to get JSON (the multipart `Content-Type` does not count).

    Args:
        body (UploadJediLogRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | StringEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UploadJediLogRequest,
) -> Response[Any | StringEnvelope]:
    """Upload a JEDI log file to the cache

     Multipart upload: the part must be named `file` and its filename is the log name; send the
    **basename** (the
    server keeps only the part after the last `/`). The file is stored as `/cache/jedilog/<name>`,
    **overwriting** any
    previous file of that name, and `data` is its URL `http(s)://<host>:<port>/cache/jedilog/<name>`
    (https when the
    server disables HTTP). Limit: 100 MB, checked against the request's `Content-Length`
    (`ERROR: upload failure. Exceeded size limit`). Other failures: `cannot get endpoint: …`, `failed to
    write log with …`.
    Send `Accept: application/json` to get JSON (the multipart `Content-Type` does not count).

    Args:
        body (UploadJediLogRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | StringEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UploadJediLogRequest,
) -> Any | StringEnvelope | None:
    """Upload a JEDI log file to the cache

     Multipart upload: the part must be named `file` and its filename is the log name; send the
    **basename** (the
    server keeps only the part after the last `/`). The file is stored as `/cache/jedilog/<name>`,
    **overwriting** any
    previous file of that name, and `data` is its URL `http(s)://<host>:<port>/cache/jedilog/<name>`
    (https when the
    server disables HTTP). Limit: 100 MB, checked against the request's `Content-Length`
    (`ERROR: upload failure. Exceeded size limit`). Other failures: `cannot get endpoint: …`, `failed to
    write log with …`.
    Send `Accept: application/json` to get JSON (the multipart `Content-Type` does not count).

    Args:
        body (UploadJediLogRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | StringEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
