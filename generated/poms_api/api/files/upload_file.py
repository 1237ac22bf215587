from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.upload_file_request import UploadFileRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: UploadFileRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/poms/upload_file",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> str | None:
    if response.status_code == 303:
        response_303 = response.text
        if not (isinstance(response_303, str)):
            raise TypeError("response_303: expected a string, got " + type(response_303).__name__)

        return response_303

    if response.status_code == 400:
        response_400 = response.text
        if not (isinstance(response_400, str)):
            raise TypeError("response_400: expected a string, got " + type(response_400).__name__)

        return response_400

    if response.status_code == 401:
        response_401 = response.text
        if not (isinstance(response_401, str)):
            raise TypeError("response_401: expected a string, got " + type(response_401).__name__)

        return response_401

    if response.status_code == 500:
        response_500 = response.text
        if not (isinstance(response_500, str)):
            raise TypeError("response_500: expected a string, got " + type(response_500).__name__)

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadFileRequest,
) -> Response[str]:
    """Upload a file into the caller's upload area (multipart; answers 303).

     Stores the part `filename` (the part's file name is kept; the part may be repeated to upload several
    files)
    in `<uploads>/<experiment>/<user>/`, replacing a file of the same name. Success is **303** with
    `Location: <scheme://host>/poms/file_uploads/<experiment>/<role>/<user>` and a short HTML body.
    Going over the
    upload quota (default 10 MiB in total) removes the file again and answers 400 (`Invalid argument:
    ValueError('Upload exeeds quota of N kbi')`); no `filename` part → 400. Legacy client:
    `upload_file(file_name)` (true when the status is 303).

    Args:
        body (UploadFileRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
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
    client: AuthenticatedClient | Client,
    body: UploadFileRequest,
) -> str | None:
    """Upload a file into the caller's upload area (multipart; answers 303).

     Stores the part `filename` (the part's file name is kept; the part may be repeated to upload several
    files)
    in `<uploads>/<experiment>/<user>/`, replacing a file of the same name. Success is **303** with
    `Location: <scheme://host>/poms/file_uploads/<experiment>/<role>/<user>` and a short HTML body.
    Going over the
    upload quota (default 10 MiB in total) removes the file again and answers 400 (`Invalid argument:
    ValueError('Upload exeeds quota of N kbi')`); no `filename` part → 400. Legacy client:
    `upload_file(file_name)` (true when the status is 303).

    Args:
        body (UploadFileRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadFileRequest,
) -> Response[str]:
    """Upload a file into the caller's upload area (multipart; answers 303).

     Stores the part `filename` (the part's file name is kept; the part may be repeated to upload several
    files)
    in `<uploads>/<experiment>/<user>/`, replacing a file of the same name. Success is **303** with
    `Location: <scheme://host>/poms/file_uploads/<experiment>/<role>/<user>` and a short HTML body.
    Going over the
    upload quota (default 10 MiB in total) removes the file again and answers 400 (`Invalid argument:
    ValueError('Upload exeeds quota of N kbi')`); no `filename` part → 400. Legacy client:
    `upload_file(file_name)` (true when the status is 303).

    Args:
        body (UploadFileRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UploadFileRequest,
) -> str | None:
    """Upload a file into the caller's upload area (multipart; answers 303).

     Stores the part `filename` (the part's file name is kept; the part may be repeated to upload several
    files)
    in `<uploads>/<experiment>/<user>/`, replacing a file of the same name. Success is **303** with
    `Location: <scheme://host>/poms/file_uploads/<experiment>/<role>/<user>` and a short HTML body.
    Going over the
    upload quota (default 10 MiB in total) removes the file again and answers 400 (`Invalid argument:
    ValueError('Upload exeeds quota of N kbi')`); no `filename` part → 400. Legacy client:
    `upload_file(file_name)` (true when the status is 303).

    Args:
        body (UploadFileRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
