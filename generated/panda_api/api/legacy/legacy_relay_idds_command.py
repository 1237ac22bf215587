from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.legacy_relay_idds_command_request import LegacyRelayIddsCommandRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: LegacyRelayIddsCommandRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/server/panda/relay_idds_command",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | list[Any | bool] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_legacy_result_item_data in _response_200:

            def _parse_componentsschemas_legacy_result_item(data: object) -> Any | bool:
                try:
                    if not True:
                        raise TypeError()
                    componentsschemas_legacy_result_item_type_0 = data
                    if not (isinstance(componentsschemas_legacy_result_item_type_0, bool)):
                        raise TypeError(
                            "/components/schemas/LegacyResult_item: expected true or false, got "
                            + type(componentsschemas_legacy_result_item_type_0).__name__
                        )

                    return componentsschemas_legacy_result_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not True:
                    raise TypeError()
                componentsschemas_legacy_result_item_type_1 = data

                return componentsschemas_legacy_result_item_type_1

            componentsschemas_legacy_result_item = _parse_componentsschemas_legacy_result_item(
                componentsschemas_legacy_result_item_data
            )

            response_200.append(componentsschemas_legacy_result_item)

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
) -> Response[Any | list[Any | bool]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: LegacyRelayIddsCommandRequest,
) -> Response[Any | list[Any | bool]]:
    """Legacy: relay a command to an iDDS client

     Calls method `command_name` of an iDDS `Client` (or `ClientManager` with `manager`) on behalf of the
    caller
    and returns `[true, result]`, or `[false, message]` (e.g. `SSL secure connection is required`,
    `<name> is not a command of iDDS Client`, `failed to execute command with ...`). A result that
    cannot be
    serialised gives 500. v1 twin: `POST /api/v1/idds/relay_idds_command`.

    Legacy wire: any HTTP method works (a GET with a query string too). Every value arrives as a string.
    The body
    may instead be a JSON object sent with `Content-Type: application/json` (exactly) that is **gzip-
    compressed
    without a `Content-Encoding` header** (the server always gunzips it; JSON `true`/`false` become
    `"True"`/
    `"False"`); an uncompressed JSON body gives 500 and restarts the server worker. A missing or unknown
    parameter gives 500 with the Python `TypeError` text. `Accept` is ignored: the answer is always
    text.

    Args:
        body (LegacyRelayIddsCommandRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[Any | bool]]
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
    body: LegacyRelayIddsCommandRequest,
) -> Any | list[Any | bool] | None:
    """Legacy: relay a command to an iDDS client

     Calls method `command_name` of an iDDS `Client` (or `ClientManager` with `manager`) on behalf of the
    caller
    and returns `[true, result]`, or `[false, message]` (e.g. `SSL secure connection is required`,
    `<name> is not a command of iDDS Client`, `failed to execute command with ...`). A result that
    cannot be
    serialised gives 500. v1 twin: `POST /api/v1/idds/relay_idds_command`.

    Legacy wire: any HTTP method works (a GET with a query string too). Every value arrives as a string.
    The body
    may instead be a JSON object sent with `Content-Type: application/json` (exactly) that is **gzip-
    compressed
    without a `Content-Encoding` header** (the server always gunzips it; JSON `true`/`false` become
    `"True"`/
    `"False"`); an uncompressed JSON body gives 500 and restarts the server worker. A missing or unknown
    parameter gives 500 with the Python `TypeError` text. `Accept` is ignored: the answer is always
    text.

    Args:
        body (LegacyRelayIddsCommandRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[Any | bool]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: LegacyRelayIddsCommandRequest,
) -> Response[Any | list[Any | bool]]:
    """Legacy: relay a command to an iDDS client

     Calls method `command_name` of an iDDS `Client` (or `ClientManager` with `manager`) on behalf of the
    caller
    and returns `[true, result]`, or `[false, message]` (e.g. `SSL secure connection is required`,
    `<name> is not a command of iDDS Client`, `failed to execute command with ...`). A result that
    cannot be
    serialised gives 500. v1 twin: `POST /api/v1/idds/relay_idds_command`.

    Legacy wire: any HTTP method works (a GET with a query string too). Every value arrives as a string.
    The body
    may instead be a JSON object sent with `Content-Type: application/json` (exactly) that is **gzip-
    compressed
    without a `Content-Encoding` header** (the server always gunzips it; JSON `true`/`false` become
    `"True"`/
    `"False"`); an uncompressed JSON body gives 500 and restarts the server worker. A missing or unknown
    parameter gives 500 with the Python `TypeError` text. `Accept` is ignored: the answer is always
    text.

    Args:
        body (LegacyRelayIddsCommandRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[Any | bool]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: LegacyRelayIddsCommandRequest,
) -> Any | list[Any | bool] | None:
    """Legacy: relay a command to an iDDS client

     Calls method `command_name` of an iDDS `Client` (or `ClientManager` with `manager`) on behalf of the
    caller
    and returns `[true, result]`, or `[false, message]` (e.g. `SSL secure connection is required`,
    `<name> is not a command of iDDS Client`, `failed to execute command with ...`). A result that
    cannot be
    serialised gives 500. v1 twin: `POST /api/v1/idds/relay_idds_command`.

    Legacy wire: any HTTP method works (a GET with a query string too). Every value arrives as a string.
    The body
    may instead be a JSON object sent with `Content-Type: application/json` (exactly) that is **gzip-
    compressed
    without a `Content-Encoding` header** (the server always gunzips it; JSON `true`/`false` become
    `"True"`/
    `"False"`); an uncompressed JSON body gives 500 and restarts the server worker. A missing or unknown
    parameter gives 500 with the Python `TypeError` text. `Accept` is ignored: the answer is always
    text.

    Args:
        body (LegacyRelayIddsCommandRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[Any | bool]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
