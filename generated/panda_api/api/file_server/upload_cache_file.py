from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.upload_cache_file_request import UploadCacheFileRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: UploadCacheFileRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/file_server/upload_cache_file",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Envelope | None:
    if response.status_code == 200:
        response_200 = Envelope.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Envelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UploadCacheFileRequest,
) -> Response[Any | Envelope]:
    """Upload a file (sandbox) to the user cache

     Multipart upload: the part must be named `file`, and its filename must be the **basename**. It
    decides the size
    limit, checked against the request's `Content-Length`: `*.out` 100 MB, `sources.*` 768 MB (build
    sandboxes),
    anything else 10 MB. The file is stored as `/cache/<basename>`. An existing file is **not
    overwritten** (it is
    touched and the answer is `ERROR: cannot overwrite file`) unless the filename ends in `.__ow__` (the
    file is
    then stored under that name, suffix included). Unless the name ends in `.out`, the file is
    registered in the
    database with its size and the CRC32 from its gzip footer (see `validate_cache_file`), under the
    filename as
    sent; that is why a full path must not be sent. `data` is null on success.
    Failures (`success: false`): `ERROR: upload failure. Exceeded size limit <n> MB > <limit> MB. …`,
    `ERROR: cannot overwrite file`, `ERROR: cannot write file`, `ERROR : failed to register sandbox to
    DB with …`,
    `ERROR : no HTTPS`, `ERROR: rejected due to the usage of limited proxy`.
    Send `Accept: application/json` to get JSON (the multipart `Content-Type` does not count).

    Args:
        body (UploadCacheFileRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Envelope]
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
    body: UploadCacheFileRequest,
) -> Any | Envelope | None:
    """Upload a file (sandbox) to the user cache

     Multipart upload: the part must be named `file`, and its filename must be the **basename**. It
    decides the size
    limit, checked against the request's `Content-Length`: `*.out` 100 MB, `sources.*` 768 MB (build
    sandboxes),
    anything else 10 MB. The file is stored as `/cache/<basename>`. An existing file is **not
    overwritten** (it is
    touched and the answer is `ERROR: cannot overwrite file`) unless the filename ends in `.__ow__` (the
    file is
    then stored under that name, suffix included). Unless the name ends in `.out`, the file is
    registered in the
    database with its size and the CRC32 from its gzip footer (see `validate_cache_file`), under the
    filename as
    sent; that is why a full path must not be sent. `data` is null on success.
    Failures (`success: false`): `ERROR: upload failure. Exceeded size limit <n> MB > <limit> MB. …`,
    `ERROR: cannot overwrite file`, `ERROR: cannot write file`, `ERROR : failed to register sandbox to
    DB with …`,
    `ERROR : no HTTPS`, `ERROR: rejected due to the usage of limited proxy`.
    Send `Accept: application/json` to get JSON (the multipart `Content-Type` does not count).

    Args:
        body (UploadCacheFileRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Envelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UploadCacheFileRequest,
) -> Response[Any | Envelope]:
    """Upload a file (sandbox) to the user cache

     Multipart upload: the part must be named `file`, and its filename must be the **basename**. It
    decides the size
    limit, checked against the request's `Content-Length`: `*.out` 100 MB, `sources.*` 768 MB (build
    sandboxes),
    anything else 10 MB. The file is stored as `/cache/<basename>`. An existing file is **not
    overwritten** (it is
    touched and the answer is `ERROR: cannot overwrite file`) unless the filename ends in `.__ow__` (the
    file is
    then stored under that name, suffix included). Unless the name ends in `.out`, the file is
    registered in the
    database with its size and the CRC32 from its gzip footer (see `validate_cache_file`), under the
    filename as
    sent; that is why a full path must not be sent. `data` is null on success.
    Failures (`success: false`): `ERROR: upload failure. Exceeded size limit <n> MB > <limit> MB. …`,
    `ERROR: cannot overwrite file`, `ERROR: cannot write file`, `ERROR : failed to register sandbox to
    DB with …`,
    `ERROR : no HTTPS`, `ERROR: rejected due to the usage of limited proxy`.
    Send `Accept: application/json` to get JSON (the multipart `Content-Type` does not count).

    Args:
        body (UploadCacheFileRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Envelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UploadCacheFileRequest,
) -> Any | Envelope | None:
    """Upload a file (sandbox) to the user cache

     Multipart upload: the part must be named `file`, and its filename must be the **basename**. It
    decides the size
    limit, checked against the request's `Content-Length`: `*.out` 100 MB, `sources.*` 768 MB (build
    sandboxes),
    anything else 10 MB. The file is stored as `/cache/<basename>`. An existing file is **not
    overwritten** (it is
    touched and the answer is `ERROR: cannot overwrite file`) unless the filename ends in `.__ow__` (the
    file is
    then stored under that name, suffix included). Unless the name ends in `.out`, the file is
    registered in the
    database with its size and the CRC32 from its gzip footer (see `validate_cache_file`), under the
    filename as
    sent; that is why a full path must not be sent. `data` is null on success.
    Failures (`success: false`): `ERROR: upload failure. Exceeded size limit <n> MB > <limit> MB. …`,
    `ERROR: cannot overwrite file`, `ERROR: cannot write file`, `ERROR : failed to register sandbox to
    DB with …`,
    `ERROR : no HTTPS`, `ERROR: rejected due to the usage of limited proxy`.
    Send `Accept: application/json` to get JSON (the multipart `Content-Type` does not count).

    Args:
        body (UploadCacheFileRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Envelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
