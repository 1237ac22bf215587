from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enable_task_job_cloning_request import EnableTaskJobCloningRequest
from ...models.task_job_cloning_envelope import TaskJobCloningEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: EnableTaskJobCloningRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/task/enable_job_cloning",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | TaskJobCloningEnvelope | None:
    if response.status_code == 200:
        response_200 = TaskJobCloningEnvelope.from_dict(response.json())

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
) -> Response[Any | TaskJobCloningEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: EnableTaskJobCloningRequest,
) -> Response[Any | TaskJobCloningEnvelope]:
    """Enable job cloning for a task

     Enables job cloning (several copies of each job, the first to finish wins) for the task. Requires
    the
    production role. Note the parameter name `jedi_task_id` (not `task_id`). On success `message` is
    **null** and `data` is null; on failure `message` has the reason.

    Args:
        body (EnableTaskJobCloningRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TaskJobCloningEnvelope]
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
    body: EnableTaskJobCloningRequest,
) -> Any | TaskJobCloningEnvelope | None:
    """Enable job cloning for a task

     Enables job cloning (several copies of each job, the first to finish wins) for the task. Requires
    the
    production role. Note the parameter name `jedi_task_id` (not `task_id`). On success `message` is
    **null** and `data` is null; on failure `message` has the reason.

    Args:
        body (EnableTaskJobCloningRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TaskJobCloningEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: EnableTaskJobCloningRequest,
) -> Response[Any | TaskJobCloningEnvelope]:
    """Enable job cloning for a task

     Enables job cloning (several copies of each job, the first to finish wins) for the task. Requires
    the
    production role. Note the parameter name `jedi_task_id` (not `task_id`). On success `message` is
    **null** and `data` is null; on failure `message` has the reason.

    Args:
        body (EnableTaskJobCloningRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TaskJobCloningEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: EnableTaskJobCloningRequest,
) -> Any | TaskJobCloningEnvelope | None:
    """Enable job cloning for a task

     Enables job cloning (several copies of each job, the first to finish wins) for the task. Requires
    the
    production role. Note the parameter name `jedi_task_id` (not `task_id`). On success `message` is
    **null** and `data` is null; on failure `message` has the reason.

    Args:
        body (EnableTaskJobCloningRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TaskJobCloningEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
