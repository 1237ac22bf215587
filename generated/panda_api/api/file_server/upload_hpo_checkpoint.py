from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.string_envelope import StringEnvelope
from ...models.upload_hpo_checkpoint_request import UploadHpoCheckpointRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: UploadHpoCheckpointRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/file_server/upload_hpo_checkpoint",
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
    body: UploadHpoCheckpointRequest,
) -> Response[Any | StringEnvelope]:
    """Upload a hyperparameter-optimisation checkpoint

     Multipart upload: the part must be named `file` and its filename (basename) must be
    `<task_id>_<sub_id>`
    (exactly one underscore), else `Failed to extract task and sub IDs`. The file is stored
    (overwriting) as
    `hpo_cp_<task_id>_<sub_id>` in the cache directory; `message` is `Successfully placed at <path>` and
    `data` the
    stored path. Limit: 500 MB, checked against the request's `Content-Length`
    (`Exceeded size limit <n>><limit>`; a missing length gives `Cannot get content-length`).
    Send `Accept: application/json` to get JSON (the multipart `Content-Type` does not count).

    Args:
        body (UploadHpoCheckpointRequest):

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
    body: UploadHpoCheckpointRequest,
) -> Any | StringEnvelope | None:
    """Upload a hyperparameter-optimisation checkpoint

     Multipart upload: the part must be named `file` and its filename (basename) must be
    `<task_id>_<sub_id>`
    (exactly one underscore), else `Failed to extract task and sub IDs`. The file is stored
    (overwriting) as
    `hpo_cp_<task_id>_<sub_id>` in the cache directory; `message` is `Successfully placed at <path>` and
    `data` the
    stored path. Limit: 500 MB, checked against the request's `Content-Length`
    (`Exceeded size limit <n>><limit>`; a missing length gives `Cannot get content-length`).
    Send `Accept: application/json` to get JSON (the multipart `Content-Type` does not count).

    Args:
        body (UploadHpoCheckpointRequest):

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
    body: UploadHpoCheckpointRequest,
) -> Response[Any | StringEnvelope]:
    """Upload a hyperparameter-optimisation checkpoint

     Multipart upload: the part must be named `file` and its filename (basename) must be
    `<task_id>_<sub_id>`
    (exactly one underscore), else `Failed to extract task and sub IDs`. The file is stored
    (overwriting) as
    `hpo_cp_<task_id>_<sub_id>` in the cache directory; `message` is `Successfully placed at <path>` and
    `data` the
    stored path. Limit: 500 MB, checked against the request's `Content-Length`
    (`Exceeded size limit <n>><limit>`; a missing length gives `Cannot get content-length`).
    Send `Accept: application/json` to get JSON (the multipart `Content-Type` does not count).

    Args:
        body (UploadHpoCheckpointRequest):

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
    body: UploadHpoCheckpointRequest,
) -> Any | StringEnvelope | None:
    """Upload a hyperparameter-optimisation checkpoint

     Multipart upload: the part must be named `file` and its filename (basename) must be
    `<task_id>_<sub_id>`
    (exactly one underscore), else `Failed to extract task and sub IDs`. The file is stored
    (overwriting) as
    `hpo_cp_<task_id>_<sub_id>` in the cache directory; `message` is `Successfully placed at <path>` and
    `data` the
    stored path. Limit: 500 MB, checked against the request's `Content-Length`
    (`Exceeded size limit <n>><limit>`; a missing length gives `Cannot get content-length`).
    Send `Accept: application/json` to get JSON (the multipart `Content-Type` does not count).

    Args:
        body (UploadHpoCheckpointRequest):

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
