from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.remote_file import RemoteFile
from ...models.remote_file_list_envelope import RemoteFileListEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    job_id: str,
    file_path: str,
    *,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    filter_: str | Unset = UNSET,
    naked: bool | Unset = False,
    pretty: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["filter"] = filter_

    params["naked"] = naked

    params["pretty"] = pretty

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jobs/v2/{job_id}/outputs/listings/{file_path}".format(
            job_id=quote(str(job_id), safe=""),
            file_path=quote(str(file_path), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | list[RemoteFile] | RemoteFileListEnvelope | str | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> list[RemoteFile] | RemoteFileListEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_remote_file_list_response_type_0 = RemoteFileListEnvelope.from_dict(data)

                return componentsschemas_remote_file_list_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_remote_file_list_response_type_1 = []
            _componentsschemas_remote_file_list_response_type_1 = data
            for (
                componentsschemas_naked_remote_file_list_item_data
            ) in _componentsschemas_remote_file_list_response_type_1:
                componentsschemas_naked_remote_file_list_item = RemoteFile.from_dict(
                    componentsschemas_naked_remote_file_list_item_data
                )

                componentsschemas_remote_file_list_response_type_1.append(componentsschemas_naked_remote_file_list_item)

            return componentsschemas_remote_file_list_response_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = response.text
        if not (isinstance(response_401, str)):
            raise TypeError("response_401: expected a string, got " + type(response_401).__name__)

        return response_401

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | list[RemoteFile] | RemoteFileListEnvelope | str]:
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
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    filter_: str | Unset = UNSET,
    naked: bool | Unset = False,
    pretty: bool | Unset = False,
) -> Response[ErrorEnvelope | list[RemoteFile] | RemoteFileListEnvelope | str]:
    """List a directory (or describe a file) inside a job's output directory.

     agavepy: `jobs.listOutputs(jobId=…, filePath=…)`.

    `filePath` is relative to the job's output directory and may span several segments (`a/b/c`); the
    slashes
    are part of the URL path, not percent-encoded. The server strips `..`, `~` and doubled slashes. Same
    semantics and quirks as `list_job_outputs_root`.

    Args:
        job_id (str):
        file_path (str):
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        filter_ (str | Unset):
        naked (bool | Unset):  Default: False.
        pretty (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | list[RemoteFile] | RemoteFileListEnvelope | str]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        file_path=file_path,
        limit=limit,
        offset=offset,
        filter_=filter_,
        naked=naked,
        pretty=pretty,
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
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    filter_: str | Unset = UNSET,
    naked: bool | Unset = False,
    pretty: bool | Unset = False,
) -> ErrorEnvelope | list[RemoteFile] | RemoteFileListEnvelope | str | None:
    """List a directory (or describe a file) inside a job's output directory.

     agavepy: `jobs.listOutputs(jobId=…, filePath=…)`.

    `filePath` is relative to the job's output directory and may span several segments (`a/b/c`); the
    slashes
    are part of the URL path, not percent-encoded. The server strips `..`, `~` and doubled slashes. Same
    semantics and quirks as `list_job_outputs_root`.

    Args:
        job_id (str):
        file_path (str):
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        filter_ (str | Unset):
        naked (bool | Unset):  Default: False.
        pretty (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | list[RemoteFile] | RemoteFileListEnvelope | str
    """

    return sync_detailed(
        job_id=job_id,
        file_path=file_path,
        client=client,
        limit=limit,
        offset=offset,
        filter_=filter_,
        naked=naked,
        pretty=pretty,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    file_path: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    filter_: str | Unset = UNSET,
    naked: bool | Unset = False,
    pretty: bool | Unset = False,
) -> Response[ErrorEnvelope | list[RemoteFile] | RemoteFileListEnvelope | str]:
    """List a directory (or describe a file) inside a job's output directory.

     agavepy: `jobs.listOutputs(jobId=…, filePath=…)`.

    `filePath` is relative to the job's output directory and may span several segments (`a/b/c`); the
    slashes
    are part of the URL path, not percent-encoded. The server strips `..`, `~` and doubled slashes. Same
    semantics and quirks as `list_job_outputs_root`.

    Args:
        job_id (str):
        file_path (str):
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        filter_ (str | Unset):
        naked (bool | Unset):  Default: False.
        pretty (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | list[RemoteFile] | RemoteFileListEnvelope | str]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        file_path=file_path,
        limit=limit,
        offset=offset,
        filter_=filter_,
        naked=naked,
        pretty=pretty,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    file_path: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    filter_: str | Unset = UNSET,
    naked: bool | Unset = False,
    pretty: bool | Unset = False,
) -> ErrorEnvelope | list[RemoteFile] | RemoteFileListEnvelope | str | None:
    """List a directory (or describe a file) inside a job's output directory.

     agavepy: `jobs.listOutputs(jobId=…, filePath=…)`.

    `filePath` is relative to the job's output directory and may span several segments (`a/b/c`); the
    slashes
    are part of the URL path, not percent-encoded. The server strips `..`, `~` and doubled slashes. Same
    semantics and quirks as `list_job_outputs_root`.

    Args:
        job_id (str):
        file_path (str):
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        filter_ (str | Unset):
        naked (bool | Unset):  Default: False.
        pretty (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | list[RemoteFile] | RemoteFileListEnvelope | str
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            file_path=file_path,
            client=client,
            limit=limit,
            offset=offset,
            filter_=filter_,
            naked=naked,
            pretty=pretty,
        )
    ).parsed
