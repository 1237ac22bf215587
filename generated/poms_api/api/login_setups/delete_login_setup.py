from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_login_setup_request import DeleteLoginSetupRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: DeleteLoginSetupRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/poms/login_setup_rm",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> str | None:
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
    body: DeleteLoginSetupRequest,
) -> Response[str]:
    """Delete one of the caller's login setups (always answers 400 on the current server).

     Deletes the login setup named `ae_launch_name` that the caller created in `experiment` (nothing when
    there is
    none or it is in use), then tries to render its result as JSON, which **always fails on the current
    server:
    400 HTML `TypeError('Object of type Query is not JSON serializable')`** — after the delete has been
    committed.
    Treat the 400 as "done" and confirm with a lookup if needed. Not permitted → 401 (nothing deleted).
    There is
    no success status. Legacy client: `login_setup_rm(experiment, name)` (raises RuntimeError every
    time).

    Args:
        body (DeleteLoginSetupRequest):

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
    body: DeleteLoginSetupRequest,
) -> str | None:
    """Delete one of the caller's login setups (always answers 400 on the current server).

     Deletes the login setup named `ae_launch_name` that the caller created in `experiment` (nothing when
    there is
    none or it is in use), then tries to render its result as JSON, which **always fails on the current
    server:
    400 HTML `TypeError('Object of type Query is not JSON serializable')`** — after the delete has been
    committed.
    Treat the 400 as "done" and confirm with a lookup if needed. Not permitted → 401 (nothing deleted).
    There is
    no success status. Legacy client: `login_setup_rm(experiment, name)` (raises RuntimeError every
    time).

    Args:
        body (DeleteLoginSetupRequest):

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
    body: DeleteLoginSetupRequest,
) -> Response[str]:
    """Delete one of the caller's login setups (always answers 400 on the current server).

     Deletes the login setup named `ae_launch_name` that the caller created in `experiment` (nothing when
    there is
    none or it is in use), then tries to render its result as JSON, which **always fails on the current
    server:
    400 HTML `TypeError('Object of type Query is not JSON serializable')`** — after the delete has been
    committed.
    Treat the 400 as "done" and confirm with a lookup if needed. Not permitted → 401 (nothing deleted).
    There is
    no success status. Legacy client: `login_setup_rm(experiment, name)` (raises RuntimeError every
    time).

    Args:
        body (DeleteLoginSetupRequest):

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
    body: DeleteLoginSetupRequest,
) -> str | None:
    """Delete one of the caller's login setups (always answers 400 on the current server).

     Deletes the login setup named `ae_launch_name` that the caller created in `experiment` (nothing when
    there is
    none or it is in use), then tries to render its result as JSON, which **always fails on the current
    server:
    400 HTML `TypeError('Object of type Query is not JSON serializable')`** — after the delete has been
    committed.
    Treat the 400 as "done" and confirm with a lookup if needed. Not permitted → 401 (nothing deleted).
    There is
    no success status. Legacy client: `login_setup_rm(experiment, name)` (raises RuntimeError every
    time).

    Args:
        body (DeleteLoginSetupRequest):

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
