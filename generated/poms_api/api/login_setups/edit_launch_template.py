from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edit_launch_template_request import EditLaunchTemplateRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: EditLaunchTemplateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/poms/launch_template_edit",
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
    body: EditLaunchTemplateRequest,
) -> Response[str]:
    """Old name of login_setup_edit (deprecated; loses the experiment).

     Forwards to `login_setup_edit`, but the forwarding passes the request context where the inner method
    expects
    the experiment. Consequence on the current server: when `role` is sent (form or path), the
    experiment is
    not a name and the call fails with 400; when `role` is **not** sent, the caller's stored session
    experiment
    and role are used instead of `experiment`. Prefer `edit_login_setup`. The deprecated legacy
    `launch_template_edit(...)` sends nothing without `experiment` and `pc_username`, sends
    `ae_launch_setup`
    joined with spaces (plus a trailing space) for add/delete but as repeated fields for edit.

    Args:
        body (EditLaunchTemplateRequest): Same form as `EditLoginSetupRequest`; see the operation
            for what the server does with it.

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
    body: EditLaunchTemplateRequest,
) -> str | None:
    """Old name of login_setup_edit (deprecated; loses the experiment).

     Forwards to `login_setup_edit`, but the forwarding passes the request context where the inner method
    expects
    the experiment. Consequence on the current server: when `role` is sent (form or path), the
    experiment is
    not a name and the call fails with 400; when `role` is **not** sent, the caller's stored session
    experiment
    and role are used instead of `experiment`. Prefer `edit_login_setup`. The deprecated legacy
    `launch_template_edit(...)` sends nothing without `experiment` and `pc_username`, sends
    `ae_launch_setup`
    joined with spaces (plus a trailing space) for add/delete but as repeated fields for edit.

    Args:
        body (EditLaunchTemplateRequest): Same form as `EditLoginSetupRequest`; see the operation
            for what the server does with it.

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
    body: EditLaunchTemplateRequest,
) -> Response[str]:
    """Old name of login_setup_edit (deprecated; loses the experiment).

     Forwards to `login_setup_edit`, but the forwarding passes the request context where the inner method
    expects
    the experiment. Consequence on the current server: when `role` is sent (form or path), the
    experiment is
    not a name and the call fails with 400; when `role` is **not** sent, the caller's stored session
    experiment
    and role are used instead of `experiment`. Prefer `edit_login_setup`. The deprecated legacy
    `launch_template_edit(...)` sends nothing without `experiment` and `pc_username`, sends
    `ae_launch_setup`
    joined with spaces (plus a trailing space) for add/delete but as repeated fields for edit.

    Args:
        body (EditLaunchTemplateRequest): Same form as `EditLoginSetupRequest`; see the operation
            for what the server does with it.

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
    body: EditLaunchTemplateRequest,
) -> str | None:
    """Old name of login_setup_edit (deprecated; loses the experiment).

     Forwards to `login_setup_edit`, but the forwarding passes the request context where the inner method
    expects
    the experiment. Consequence on the current server: when `role` is sent (form or path), the
    experiment is
    not a name and the call fails with 400; when `role` is **not** sent, the caller's stored session
    experiment
    and role are used instead of `experiment`. Prefer `edit_login_setup`. The deprecated legacy
    `launch_template_edit(...)` sends nothing without `experiment` and `pc_username`, sends
    `ae_launch_setup`
    joined with spaces (plus a trailing space) for add/delete but as repeated fields for edit.

    Args:
        body (EditLaunchTemplateRequest): Same form as `EditLoginSetupRequest`; see the operation
            for what the server does with it.

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
