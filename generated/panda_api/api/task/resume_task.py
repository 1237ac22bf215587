from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.resume_task_request import ResumeTaskRequest
from ...models.task_code_envelope import TaskCodeEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: ResumeTaskRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/task/resume",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | TaskCodeEnvelope | None:
    if response.status_code == 200:
        response_200 = TaskCodeEnvelope.from_dict(response.json())

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
) -> Response[Any | TaskCodeEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ResumeTaskRequest,
) -> Response[Any | TaskCodeEnvelope]:
    """Resume a paused or throttled task

     Moves a paused or throttled task back to its previous active state; also kicks a task in `staging`
    to the next state. Requires the production role.
    A task in a status the command does not accept answers `success: false`, `data: 4`, message
    `Command rejected: the resume command is not accepted if the task is in <status> status ` (trailing
    space).

    Args:
        body (ResumeTaskRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TaskCodeEnvelope]
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
    body: ResumeTaskRequest,
) -> Any | TaskCodeEnvelope | None:
    """Resume a paused or throttled task

     Moves a paused or throttled task back to its previous active state; also kicks a task in `staging`
    to the next state. Requires the production role.
    A task in a status the command does not accept answers `success: false`, `data: 4`, message
    `Command rejected: the resume command is not accepted if the task is in <status> status ` (trailing
    space).

    Args:
        body (ResumeTaskRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TaskCodeEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ResumeTaskRequest,
) -> Response[Any | TaskCodeEnvelope]:
    """Resume a paused or throttled task

     Moves a paused or throttled task back to its previous active state; also kicks a task in `staging`
    to the next state. Requires the production role.
    A task in a status the command does not accept answers `success: false`, `data: 4`, message
    `Command rejected: the resume command is not accepted if the task is in <status> status ` (trailing
    space).

    Args:
        body (ResumeTaskRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TaskCodeEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ResumeTaskRequest,
) -> Any | TaskCodeEnvelope | None:
    """Resume a paused or throttled task

     Moves a paused or throttled task back to its previous active state; also kicks a task in `staging`
    to the next state. Requires the production role.
    A task in a status the command does not accept answers `success: false`, `data: 4`, message
    `Command rejected: the resume command is not accepted if the task is in <status> status ` (trailing
    space).

    Args:
        body (ResumeTaskRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TaskCodeEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
