from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.launch_stage_jobs_request import LaunchStageJobsRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: LaunchStageJobsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/poms/launch_jobs",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

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

    if response.status_code == 423:
        response_423 = response.text
        if not (isinstance(response_423, str)):
            raise TypeError("response_423: expected a string, got " + type(response_423).__name__)

        return response_423

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
    body: LaunchStageJobsRequest,
) -> Response[str]:
    """Launch a submission of a campaign stage.

     Creates a submission for the stage and runs its job type's launch script on the login setup's launch
    host
    (synchronously, over ssh: slow). `campaign_stage_id` may also be a stage name (looked up in
    `experiment`).
    `test_launch`: **any non-empty value** makes a test launch (test_param_overrides added, submission
    flagged
    `test`) — the server tests the string's truthiness, so `False` also means a test launch; leave the
    field
    out for a normal launch.

    Success is **303** whose `Location` is `<scheme://host>/poms/list_launch_file/<exp>/<role>` +
    `?campaign_stage_id=<N>&fname=<YYYYmmdd_HHMMSS>_<user>_<submission_id>`:
    the new submission id is the part of `fname` after the last `_`. A 303 to
    `<scheme://host>/poms/auth/<exp>/<role>?redir=...` instead means the caller's vault token / proxy is
    missing
    or stale: nothing was launched. Held launches → 423 (the request is queued). Unknown stage, a launch
    host not
    allowed for the role, SAM or ssh trouble → 400. Approval stages only record the submission as
    `Awaiting
    Approval`. (Development branches redirect to `...?campaign_stage_id=N&submission_id=M` instead.)
    Legacy client: `launch_campaign_stage_jobs(campaign_stage_id, test_launch=None)` and the deprecated
    `launch_jobs(campaign)`, which shifts its arguments (experiment → `test_launch`, role →
    `experiment`,
    configfile → `role`).

    Args:
        body (LaunchStageJobsRequest): Form of `launch_jobs`. Extra fields are accepted and
            ignored.

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
    body: LaunchStageJobsRequest,
) -> str | None:
    """Launch a submission of a campaign stage.

     Creates a submission for the stage and runs its job type's launch script on the login setup's launch
    host
    (synchronously, over ssh: slow). `campaign_stage_id` may also be a stage name (looked up in
    `experiment`).
    `test_launch`: **any non-empty value** makes a test launch (test_param_overrides added, submission
    flagged
    `test`) — the server tests the string's truthiness, so `False` also means a test launch; leave the
    field
    out for a normal launch.

    Success is **303** whose `Location` is `<scheme://host>/poms/list_launch_file/<exp>/<role>` +
    `?campaign_stage_id=<N>&fname=<YYYYmmdd_HHMMSS>_<user>_<submission_id>`:
    the new submission id is the part of `fname` after the last `_`. A 303 to
    `<scheme://host>/poms/auth/<exp>/<role>?redir=...` instead means the caller's vault token / proxy is
    missing
    or stale: nothing was launched. Held launches → 423 (the request is queued). Unknown stage, a launch
    host not
    allowed for the role, SAM or ssh trouble → 400. Approval stages only record the submission as
    `Awaiting
    Approval`. (Development branches redirect to `...?campaign_stage_id=N&submission_id=M` instead.)
    Legacy client: `launch_campaign_stage_jobs(campaign_stage_id, test_launch=None)` and the deprecated
    `launch_jobs(campaign)`, which shifts its arguments (experiment → `test_launch`, role →
    `experiment`,
    configfile → `role`).

    Args:
        body (LaunchStageJobsRequest): Form of `launch_jobs`. Extra fields are accepted and
            ignored.

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
    body: LaunchStageJobsRequest,
) -> Response[str]:
    """Launch a submission of a campaign stage.

     Creates a submission for the stage and runs its job type's launch script on the login setup's launch
    host
    (synchronously, over ssh: slow). `campaign_stage_id` may also be a stage name (looked up in
    `experiment`).
    `test_launch`: **any non-empty value** makes a test launch (test_param_overrides added, submission
    flagged
    `test`) — the server tests the string's truthiness, so `False` also means a test launch; leave the
    field
    out for a normal launch.

    Success is **303** whose `Location` is `<scheme://host>/poms/list_launch_file/<exp>/<role>` +
    `?campaign_stage_id=<N>&fname=<YYYYmmdd_HHMMSS>_<user>_<submission_id>`:
    the new submission id is the part of `fname` after the last `_`. A 303 to
    `<scheme://host>/poms/auth/<exp>/<role>?redir=...` instead means the caller's vault token / proxy is
    missing
    or stale: nothing was launched. Held launches → 423 (the request is queued). Unknown stage, a launch
    host not
    allowed for the role, SAM or ssh trouble → 400. Approval stages only record the submission as
    `Awaiting
    Approval`. (Development branches redirect to `...?campaign_stage_id=N&submission_id=M` instead.)
    Legacy client: `launch_campaign_stage_jobs(campaign_stage_id, test_launch=None)` and the deprecated
    `launch_jobs(campaign)`, which shifts its arguments (experiment → `test_launch`, role →
    `experiment`,
    configfile → `role`).

    Args:
        body (LaunchStageJobsRequest): Form of `launch_jobs`. Extra fields are accepted and
            ignored.

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
    body: LaunchStageJobsRequest,
) -> str | None:
    """Launch a submission of a campaign stage.

     Creates a submission for the stage and runs its job type's launch script on the login setup's launch
    host
    (synchronously, over ssh: slow). `campaign_stage_id` may also be a stage name (looked up in
    `experiment`).
    `test_launch`: **any non-empty value** makes a test launch (test_param_overrides added, submission
    flagged
    `test`) — the server tests the string's truthiness, so `False` also means a test launch; leave the
    field
    out for a normal launch.

    Success is **303** whose `Location` is `<scheme://host>/poms/list_launch_file/<exp>/<role>` +
    `?campaign_stage_id=<N>&fname=<YYYYmmdd_HHMMSS>_<user>_<submission_id>`:
    the new submission id is the part of `fname` after the last `_`. A 303 to
    `<scheme://host>/poms/auth/<exp>/<role>?redir=...` instead means the caller's vault token / proxy is
    missing
    or stale: nothing was launched. Held launches → 423 (the request is queued). Unknown stage, a launch
    host not
    allowed for the role, SAM or ssh trouble → 400. Approval stages only record the submission as
    `Awaiting
    Approval`. (Development branches redirect to `...?campaign_stage_id=N&submission_id=M` instead.)
    Legacy client: `launch_campaign_stage_jobs(campaign_stage_id, test_launch=None)` and the deprecated
    `launch_jobs(campaign)`, which shifts its arguments (experiment → `test_launch`, role →
    `experiment`,
    configfile → `role`).

    Args:
        body (LaunchStageJobsRequest): Form of `launch_jobs`. Extra fields are accepted and
            ignored.

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
