from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.reassign_task_global_share_request import ReassignTaskGlobalShareRequest
from ...models.task_global_share_envelope import TaskGlobalShareEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: ReassignTaskGlobalShareRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/task/reassign_global_share",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | TaskGlobalShareEnvelope | None:
    if response.status_code == 200:
        response_200 = TaskGlobalShareEnvelope.from_dict(response.json())

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
) -> Response[Any | TaskGlobalShareEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ReassignTaskGlobalShareRequest,
) -> Response[Any | TaskGlobalShareEnvelope]:
    """Move tasks to another global share

     Moves the listed tasks to the global share `share` (it must be a leaf share), optionally also
    reassigning their running jobs. Requires the production role.

    Unlike the other task commands, a success carries **`message: null`** and `data: 0`; a share that is
    not
    a leaf (or unknown) gives code 1 with the message `Share <share> is not a leave share ` ("leave"
    sic,
    trailing space); a database error gives code -1 with `message: null`.

    Args:
        body (ReassignTaskGlobalShareRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TaskGlobalShareEnvelope]
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
    body: ReassignTaskGlobalShareRequest,
) -> Any | TaskGlobalShareEnvelope | None:
    """Move tasks to another global share

     Moves the listed tasks to the global share `share` (it must be a leaf share), optionally also
    reassigning their running jobs. Requires the production role.

    Unlike the other task commands, a success carries **`message: null`** and `data: 0`; a share that is
    not
    a leaf (or unknown) gives code 1 with the message `Share <share> is not a leave share ` ("leave"
    sic,
    trailing space); a database error gives code -1 with `message: null`.

    Args:
        body (ReassignTaskGlobalShareRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TaskGlobalShareEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ReassignTaskGlobalShareRequest,
) -> Response[Any | TaskGlobalShareEnvelope]:
    """Move tasks to another global share

     Moves the listed tasks to the global share `share` (it must be a leaf share), optionally also
    reassigning their running jobs. Requires the production role.

    Unlike the other task commands, a success carries **`message: null`** and `data: 0`; a share that is
    not
    a leaf (or unknown) gives code 1 with the message `Share <share> is not a leave share ` ("leave"
    sic,
    trailing space); a database error gives code -1 with `message: null`.

    Args:
        body (ReassignTaskGlobalShareRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TaskGlobalShareEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ReassignTaskGlobalShareRequest,
) -> Any | TaskGlobalShareEnvelope | None:
    """Move tasks to another global share

     Moves the listed tasks to the global share `share` (it must be a leaf share), optionally also
    reassigning their running jobs. Requires the production role.

    Unlike the other task commands, a success carries **`message: null`** and `data: 0`; a share that is
    not
    a leaf (or unknown) gives code 1 with the message `Share <share> is not a leave share ` ("leave"
    sic,
    trailing space); a database error gives code -1 with `message: null`.

    Args:
        body (ReassignTaskGlobalShareRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TaskGlobalShareEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
