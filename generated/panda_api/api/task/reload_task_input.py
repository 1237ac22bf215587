from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.reload_task_input_request import ReloadTaskInputRequest
from ...models.task_code_envelope import TaskCodeEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: ReloadTaskInputRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/task/reload_input",
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
    body: ReloadTaskInputRequest,
) -> Response[Any | TaskCodeEnvelope]:
    """Reload the input of a task

     Registers an `incexec` command that makes JEDI reload the task's input (e.g. after new files were
    added
    to the input container). The docstring says a production role is needed, but the server only checks
    for
    an authenticated caller. `ignore_hard_exhausted` is silently dropped unless the caller has the
    production role.
    A task in a status the command does not accept answers `success: false`, `data: 4`, message
    `Command rejected: the incexec command is not accepted if the task is in <status> status ` (trailing
    space).

    Args:
        body (ReloadTaskInputRequest):

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
    body: ReloadTaskInputRequest,
) -> Any | TaskCodeEnvelope | None:
    """Reload the input of a task

     Registers an `incexec` command that makes JEDI reload the task's input (e.g. after new files were
    added
    to the input container). The docstring says a production role is needed, but the server only checks
    for
    an authenticated caller. `ignore_hard_exhausted` is silently dropped unless the caller has the
    production role.
    A task in a status the command does not accept answers `success: false`, `data: 4`, message
    `Command rejected: the incexec command is not accepted if the task is in <status> status ` (trailing
    space).

    Args:
        body (ReloadTaskInputRequest):

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
    body: ReloadTaskInputRequest,
) -> Response[Any | TaskCodeEnvelope]:
    """Reload the input of a task

     Registers an `incexec` command that makes JEDI reload the task's input (e.g. after new files were
    added
    to the input container). The docstring says a production role is needed, but the server only checks
    for
    an authenticated caller. `ignore_hard_exhausted` is silently dropped unless the caller has the
    production role.
    A task in a status the command does not accept answers `success: false`, `data: 4`, message
    `Command rejected: the incexec command is not accepted if the task is in <status> status ` (trailing
    space).

    Args:
        body (ReloadTaskInputRequest):

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
    body: ReloadTaskInputRequest,
) -> Any | TaskCodeEnvelope | None:
    """Reload the input of a task

     Registers an `incexec` command that makes JEDI reload the task's input (e.g. after new files were
    added
    to the input container). The docstring says a production role is needed, but the server only checks
    for
    an authenticated caller. `ignore_hard_exhausted` is silently dropped unless the caller has the
    production role.
    A task in a status the command does not accept answers `success: false`, `data: 4`, message
    `Command rejected: the incexec command is not accepted if the task is in <status> status ` (trailing
    space).

    Args:
        body (ReloadTaskInputRequest):

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
