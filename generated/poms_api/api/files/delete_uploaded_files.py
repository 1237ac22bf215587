from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_uploaded_files_request import DeleteUploadedFilesRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: DeleteUploadedFilesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/poms/remove_uploaded_files",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> str | None:
    if response.status_code == 200:
        response_200 = response.text
        if not (isinstance(response_200, str)):
            raise TypeError("response_200: expected a string, got " + type(response_200).__name__)

        return response_200

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
    body: DeleteUploadedFilesRequest,
) -> Response[str]:
    """Remove files from the caller's upload area.

     Removes each `filename` (repeat the field for several files) from `<uploads>/<experiment>/<user>/`;
    names that
    do not exist are ignored. With `redirect=0` the answer is `text/plain` `Ok.`; without it (or with
    any other
    value) the server answers 303 to the caller's upload page instead. `action` is accepted and ignored.
    Legacy client: `uploaded_files_rm(experiment, filename)`.

    Args:
        body (DeleteUploadedFilesRequest):

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
    body: DeleteUploadedFilesRequest,
) -> str | None:
    """Remove files from the caller's upload area.

     Removes each `filename` (repeat the field for several files) from `<uploads>/<experiment>/<user>/`;
    names that
    do not exist are ignored. With `redirect=0` the answer is `text/plain` `Ok.`; without it (or with
    any other
    value) the server answers 303 to the caller's upload page instead. `action` is accepted and ignored.
    Legacy client: `uploaded_files_rm(experiment, filename)`.

    Args:
        body (DeleteUploadedFilesRequest):

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
    body: DeleteUploadedFilesRequest,
) -> Response[str]:
    """Remove files from the caller's upload area.

     Removes each `filename` (repeat the field for several files) from `<uploads>/<experiment>/<user>/`;
    names that
    do not exist are ignored. With `redirect=0` the answer is `text/plain` `Ok.`; without it (or with
    any other
    value) the server answers 303 to the caller's upload page instead. `action` is accepted and ignored.
    Legacy client: `uploaded_files_rm(experiment, filename)`.

    Args:
        body (DeleteUploadedFilesRequest):

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
    body: DeleteUploadedFilesRequest,
) -> str | None:
    """Remove files from the caller's upload area.

     Removes each `filename` (repeat the field for several files) from `<uploads>/<experiment>/<user>/`;
    names that
    do not exist are ignored. With `redirect=0` the answer is `text/plain` `Ok.`; without it (or with
    any other
    value) the server answers 303 to the caller's upload page instead. `action` is accepted and ignored.
    Legacy client: `uploaded_files_rm(experiment, filename)`.

    Args:
        body (DeleteUploadedFilesRequest):

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
