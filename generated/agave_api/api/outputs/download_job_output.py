from http import HTTPStatus
from io import BytesIO
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, File, FileTypes, Response, Unset


def _get_kwargs(
    job_id: str,
    file_path: str,
    *,
    force: bool | Unset = False,
    range_: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(range_, Unset):
        headers["Range"] = range_

    params: dict[str, Any] = {}

    params["force"] = force

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jobs/v2/{job_id}/outputs/media/{file_path}".format(
            job_id=quote(str(job_id), safe=""),
            file_path=quote(str(file_path), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | File | str | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 206:
        response_206 = File(payload=BytesIO(response.content))

        return response_206

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = response.text
        if not (isinstance(response_401, str)):
            raise TypeError("response_401: expected a string, got " + type(response_401).__name__)

        return response_401

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

    if response.status_code == 416:
        response_416 = ErrorEnvelope.from_dict(response.json())

        return response_416

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if response.status_code == 504:
        response_504 = ErrorEnvelope.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | File | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_id: str,
    file_path: str,
    *,
    client: AuthenticatedClient | Client,
    force: bool | Unset = False,
    range_: str | Unset = UNSET,
) -> Response[ErrorEnvelope | File | str]:
    """Download one output file as raw bytes (optionally a byte range).

     agavepy: `jobs.downloadOutput(jobId=…, filePath=…)` — 0.9.5 JSON-decodes the body and fails on any
    non-JSON file.

    The body is the **file's raw bytes**, never JSON and never enveloped. `Content-Type` is guessed from
    the
    file name (Java's default MIME map: e.g. `text/plain` for `.txt`, `text/html`, `image/jpeg`,
    otherwise
    `application/octet-stream`); treat it as opaque bytes. The data follows the job: from the work
    directory
    while it is not archived, from the archive afterwards. Directories cannot be downloaded.

    Only the first range of a `Range` header is honoured (206 Partial Content). Range errors (upper
    bound
    below lower bound, lower bound past the end of the file) give 416 with an error envelope. Quirk: an
    upper
    bound past the end of the file sets status 416 but the server still streams the bytes from the lower
    bound. **Quirk: a suffix range `bytes=-N` is answered with the FIRST N bytes** (206, `Content-Range:
    bytes
    0-(N-1)/<size>`), not the last N.

    Quirks: a missing or hidden job gives **400** `Invalid job id`; no read permission gives **401**
    with an
    envelope; a missing file gives **500**: `Unable to locate job data. Work folder no longer exists.`
    while the
    job is live (read from its work folder), `File/folder does not exist` otherwise; 404 only for un-
    archived
    Condor jobs; **504** when the storage system is down or unavailable.

    **Archived jobs: no existence check before streaming.** The server answers 200 (or 206) and then
    streams
    from the archive: for a file that is missing or unreadable there the stream stops early or is empty.
    A
    body shorter than its `Content-Length` (or its `Content-Range` span) is a failed download, not a
    file.

    Args:
        job_id (str):
        file_path (str):
        force (bool | Unset):  Default: False.
        range_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | File | str]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        file_path=file_path,
        force=force,
        range_=range_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    file_path: str,
    *,
    client: AuthenticatedClient | Client,
    force: bool | Unset = False,
    range_: str | Unset = UNSET,
) -> ErrorEnvelope | File | str | None:
    """Download one output file as raw bytes (optionally a byte range).

     agavepy: `jobs.downloadOutput(jobId=…, filePath=…)` — 0.9.5 JSON-decodes the body and fails on any
    non-JSON file.

    The body is the **file's raw bytes**, never JSON and never enveloped. `Content-Type` is guessed from
    the
    file name (Java's default MIME map: e.g. `text/plain` for `.txt`, `text/html`, `image/jpeg`,
    otherwise
    `application/octet-stream`); treat it as opaque bytes. The data follows the job: from the work
    directory
    while it is not archived, from the archive afterwards. Directories cannot be downloaded.

    Only the first range of a `Range` header is honoured (206 Partial Content). Range errors (upper
    bound
    below lower bound, lower bound past the end of the file) give 416 with an error envelope. Quirk: an
    upper
    bound past the end of the file sets status 416 but the server still streams the bytes from the lower
    bound. **Quirk: a suffix range `bytes=-N` is answered with the FIRST N bytes** (206, `Content-Range:
    bytes
    0-(N-1)/<size>`), not the last N.

    Quirks: a missing or hidden job gives **400** `Invalid job id`; no read permission gives **401**
    with an
    envelope; a missing file gives **500**: `Unable to locate job data. Work folder no longer exists.`
    while the
    job is live (read from its work folder), `File/folder does not exist` otherwise; 404 only for un-
    archived
    Condor jobs; **504** when the storage system is down or unavailable.

    **Archived jobs: no existence check before streaming.** The server answers 200 (or 206) and then
    streams
    from the archive: for a file that is missing or unreadable there the stream stops early or is empty.
    A
    body shorter than its `Content-Length` (or its `Content-Range` span) is a failed download, not a
    file.

    Args:
        job_id (str):
        file_path (str):
        force (bool | Unset):  Default: False.
        range_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | File | str
    """

    return sync_detailed(
        job_id=job_id,
        file_path=file_path,
        client=client,
        force=force,
        range_=range_,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    file_path: str,
    *,
    client: AuthenticatedClient | Client,
    force: bool | Unset = False,
    range_: str | Unset = UNSET,
) -> Response[ErrorEnvelope | File | str]:
    """Download one output file as raw bytes (optionally a byte range).

     agavepy: `jobs.downloadOutput(jobId=…, filePath=…)` — 0.9.5 JSON-decodes the body and fails on any
    non-JSON file.

    The body is the **file's raw bytes**, never JSON and never enveloped. `Content-Type` is guessed from
    the
    file name (Java's default MIME map: e.g. `text/plain` for `.txt`, `text/html`, `image/jpeg`,
    otherwise
    `application/octet-stream`); treat it as opaque bytes. The data follows the job: from the work
    directory
    while it is not archived, from the archive afterwards. Directories cannot be downloaded.

    Only the first range of a `Range` header is honoured (206 Partial Content). Range errors (upper
    bound
    below lower bound, lower bound past the end of the file) give 416 with an error envelope. Quirk: an
    upper
    bound past the end of the file sets status 416 but the server still streams the bytes from the lower
    bound. **Quirk: a suffix range `bytes=-N` is answered with the FIRST N bytes** (206, `Content-Range:
    bytes
    0-(N-1)/<size>`), not the last N.

    Quirks: a missing or hidden job gives **400** `Invalid job id`; no read permission gives **401**
    with an
    envelope; a missing file gives **500**: `Unable to locate job data. Work folder no longer exists.`
    while the
    job is live (read from its work folder), `File/folder does not exist` otherwise; 404 only for un-
    archived
    Condor jobs; **504** when the storage system is down or unavailable.

    **Archived jobs: no existence check before streaming.** The server answers 200 (or 206) and then
    streams
    from the archive: for a file that is missing or unreadable there the stream stops early or is empty.
    A
    body shorter than its `Content-Length` (or its `Content-Range` span) is a failed download, not a
    file.

    Args:
        job_id (str):
        file_path (str):
        force (bool | Unset):  Default: False.
        range_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | File | str]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        file_path=file_path,
        force=force,
        range_=range_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    file_path: str,
    *,
    client: AuthenticatedClient | Client,
    force: bool | Unset = False,
    range_: str | Unset = UNSET,
) -> ErrorEnvelope | File | str | None:
    """Download one output file as raw bytes (optionally a byte range).

     agavepy: `jobs.downloadOutput(jobId=…, filePath=…)` — 0.9.5 JSON-decodes the body and fails on any
    non-JSON file.

    The body is the **file's raw bytes**, never JSON and never enveloped. `Content-Type` is guessed from
    the
    file name (Java's default MIME map: e.g. `text/plain` for `.txt`, `text/html`, `image/jpeg`,
    otherwise
    `application/octet-stream`); treat it as opaque bytes. The data follows the job: from the work
    directory
    while it is not archived, from the archive afterwards. Directories cannot be downloaded.

    Only the first range of a `Range` header is honoured (206 Partial Content). Range errors (upper
    bound
    below lower bound, lower bound past the end of the file) give 416 with an error envelope. Quirk: an
    upper
    bound past the end of the file sets status 416 but the server still streams the bytes from the lower
    bound. **Quirk: a suffix range `bytes=-N` is answered with the FIRST N bytes** (206, `Content-Range:
    bytes
    0-(N-1)/<size>`), not the last N.

    Quirks: a missing or hidden job gives **400** `Invalid job id`; no read permission gives **401**
    with an
    envelope; a missing file gives **500**: `Unable to locate job data. Work folder no longer exists.`
    while the
    job is live (read from its work folder), `File/folder does not exist` otherwise; 404 only for un-
    archived
    Condor jobs; **504** when the storage system is down or unavailable.

    **Archived jobs: no existence check before streaming.** The server answers 200 (or 206) and then
    streams
    from the archive: for a file that is missing or unreadable there the stream stops early or is empty.
    A
    body shorter than its `Content-Length` (or its `Content-Range` span) is a failed download, not a
    file.

    Args:
        job_id (str):
        file_path (str):
        force (bool | Unset):  Default: False.
        range_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | File | str
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            file_path=file_path,
            client=client,
            force=force,
            range_=range_,
        )
    ).parsed
