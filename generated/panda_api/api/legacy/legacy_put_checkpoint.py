from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.legacy_checkpoint_result import LegacyCheckpointResult
from ...models.legacy_put_checkpoint_request import LegacyPutCheckpointRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: LegacyPutCheckpointRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/server/panda/put_checkpoint",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

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
    body: LegacyPutCheckpointRequest,
) -> Response[Any | LegacyCheckpointResult]:
    """Legacy: upload an HPO checkpoint file

     Stores the uploaded file as the checkpoint of an HPO sub-task, overwriting any previous one. The
    file part
    must be named `file` and its filename must be `<task_id>_<sub_id>` (exactly one underscore; send the
    basename). The whole body is limited to 500 MB. The answer is JSON `{"status": bool, "message":
    str}`:
    `successfully placed at <path>`, or `insecure request`, `failed to extract ID`, `exceeded size limit
    N>524288000`, `cannot write file due to ...`. A `file` sent as a plain form field gives 500.
    v1 twin: `POST /api/v1/file_server/upload_hpo_checkpoint`.

    Legacy wire: any HTTP method works; `Accept` is ignored and the answer is always text.

    Args:
        body (LegacyPutCheckpointRequest):

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
    body: LegacyPutCheckpointRequest,
) -> Any | LegacyCheckpointResult | None:
    """Legacy: upload an HPO checkpoint file

     Stores the uploaded file as the checkpoint of an HPO sub-task, overwriting any previous one. The
    file part
    must be named `file` and its filename must be `<task_id>_<sub_id>` (exactly one underscore; send the
    basename). The whole body is limited to 500 MB. The answer is JSON `{"status": bool, "message":
    str}`:
    `successfully placed at <path>`, or `insecure request`, `failed to extract ID`, `exceeded size limit
    N>524288000`, `cannot write file due to ...`. A `file` sent as a plain form field gives 500.
    v1 twin: `POST /api/v1/file_server/upload_hpo_checkpoint`.

    Legacy wire: any HTTP method works; `Accept` is ignored and the answer is always text.

    Args:
        body (LegacyPutCheckpointRequest):

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
    body: LegacyPutCheckpointRequest,
) -> Response[Any | LegacyCheckpointResult]:
    """Legacy: upload an HPO checkpoint file

     Stores the uploaded file as the checkpoint of an HPO sub-task, overwriting any previous one. The
    file part
    must be named `file` and its filename must be `<task_id>_<sub_id>` (exactly one underscore; send the
    basename). The whole body is limited to 500 MB. The answer is JSON `{"status": bool, "message":
    str}`:
    `successfully placed at <path>`, or `insecure request`, `failed to extract ID`, `exceeded size limit
    N>524288000`, `cannot write file due to ...`. A `file` sent as a plain form field gives 500.
    v1 twin: `POST /api/v1/file_server/upload_hpo_checkpoint`.

    Legacy wire: any HTTP method works; `Accept` is ignored and the answer is always text.

    Args:
        body (LegacyPutCheckpointRequest):

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
    body: LegacyPutCheckpointRequest,
) -> Any | LegacyCheckpointResult | None:
    """Legacy: upload an HPO checkpoint file

     Stores the uploaded file as the checkpoint of an HPO sub-task, overwriting any previous one. The
    file part
    must be named `file` and its filename must be `<task_id>_<sub_id>` (exactly one underscore; send the
    basename). The whole body is limited to 500 MB. The answer is JSON `{"status": bool, "message":
    str}`:
    `successfully placed at <path>`, or `insecure request`, `failed to extract ID`, `exceeded size limit
    N>524288000`, `cannot write file due to ...`. A `file` sent as a plain form field gives 500.
    v1 twin: `POST /api/v1/file_server/upload_hpo_checkpoint`.

    Legacy wire: any HTTP method works; `Accept` is ignored and the answer is always text.

    Args:
        body (LegacyPutCheckpointRequest):

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
