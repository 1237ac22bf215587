from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.register_submission_request import RegisterSubmissionRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: RegisterSubmissionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/poms/get_submission_id_for",
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
    body: RegisterSubmissionRequest,
) -> Response[str]:
    """Create a submission for a stage, or record the command executed for an existing one.

     Without `submission_id`: creates a submission of `campaign_stage_id` (status New, creator = the
    caller) and
    snapshots the stage, job type and login setup. With `submission_id`: updates that submission's
    `command_executed` (and creator, and project when it can be parsed from the command); unknown id →
    400.
    Answers `text/html` `Task=<submission_id>`. `user` and `input_dataset` are accepted but not used.
    Unknown stage
    → 400. The server also exposes the same method as `/poms/get_task_id_for`. Legacy client:
    `get_submission_id_for(campaign_stage_id, user=None, command_executed=None, input_dataset=None,
    parent_submission_id=None, submission_id=None)` and the deprecated `get_task_id_for(campaign, ...)`.

    Args:
        body (RegisterSubmissionRequest):

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
    body: RegisterSubmissionRequest,
) -> str | None:
    """Create a submission for a stage, or record the command executed for an existing one.

     Without `submission_id`: creates a submission of `campaign_stage_id` (status New, creator = the
    caller) and
    snapshots the stage, job type and login setup. With `submission_id`: updates that submission's
    `command_executed` (and creator, and project when it can be parsed from the command); unknown id →
    400.
    Answers `text/html` `Task=<submission_id>`. `user` and `input_dataset` are accepted but not used.
    Unknown stage
    → 400. The server also exposes the same method as `/poms/get_task_id_for`. Legacy client:
    `get_submission_id_for(campaign_stage_id, user=None, command_executed=None, input_dataset=None,
    parent_submission_id=None, submission_id=None)` and the deprecated `get_task_id_for(campaign, ...)`.

    Args:
        body (RegisterSubmissionRequest):

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
    body: RegisterSubmissionRequest,
) -> Response[str]:
    """Create a submission for a stage, or record the command executed for an existing one.

     Without `submission_id`: creates a submission of `campaign_stage_id` (status New, creator = the
    caller) and
    snapshots the stage, job type and login setup. With `submission_id`: updates that submission's
    `command_executed` (and creator, and project when it can be parsed from the command); unknown id →
    400.
    Answers `text/html` `Task=<submission_id>`. `user` and `input_dataset` are accepted but not used.
    Unknown stage
    → 400. The server also exposes the same method as `/poms/get_task_id_for`. Legacy client:
    `get_submission_id_for(campaign_stage_id, user=None, command_executed=None, input_dataset=None,
    parent_submission_id=None, submission_id=None)` and the deprecated `get_task_id_for(campaign, ...)`.

    Args:
        body (RegisterSubmissionRequest):

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
    body: RegisterSubmissionRequest,
) -> str | None:
    """Create a submission for a stage, or record the command executed for an existing one.

     Without `submission_id`: creates a submission of `campaign_stage_id` (status New, creator = the
    caller) and
    snapshots the stage, job type and login setup. With `submission_id`: updates that submission's
    `command_executed` (and creator, and project when it can be parsed from the command); unknown id →
    400.
    Answers `text/html` `Task=<submission_id>`. `user` and `input_dataset` are accepted but not used.
    Unknown stage
    → 400. The server also exposes the same method as `/poms/get_task_id_for`. Legacy client:
    `get_submission_id_for(campaign_stage_id, user=None, command_executed=None, input_dataset=None,
    parent_submission_id=None, submission_id=None)` and the deprecated `get_task_id_for(campaign, ...)`.

    Args:
        body (RegisterSubmissionRequest):

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
