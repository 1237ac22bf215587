from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_stage_param_overrides_request import UpdateStageParamOverridesRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: UpdateStageParamOverridesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/poms/update_stage_param_overrides",
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
    body: UpdateStageParamOverridesRequest,
) -> Response[str]:
    """Merge key/value pairs into a stage's param_overrides and/or test_param_overrides.

     `param_overrides` / `test_param_overrides` are **Python literals** (parsed with `ast.literal_eval`)
    of a list of
    `[key, value]` pairs; JSON text of string pairs parses too, but JSON `null`/`true` do not. Each pair
    replaces
    or adds that key in the stage's current list (order kept); a pair with an empty value deletes the
    key.

    The answer is a `text/html` **Python repr** of the tuple `(param_overrides, test_param_overrides)`
    after the
    update, each `None` when that field was not sent, e.g. `([['--stage ', 'a2']], None)`; an **empty
    body** means
    the stage was not found. Identify the stage by id (`campaign_stage` once) or by campaign and stage
    name
    (`campaign_stage` twice: campaign name, then stage name). Legacy client:
    `update_stage_param_overrides(experiment, campaign_stage, param_overrides=None,
    test_param_overrides=None)`.

    Args:
        body (UpdateStageParamOverridesRequest):

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
    body: UpdateStageParamOverridesRequest,
) -> str | None:
    """Merge key/value pairs into a stage's param_overrides and/or test_param_overrides.

     `param_overrides` / `test_param_overrides` are **Python literals** (parsed with `ast.literal_eval`)
    of a list of
    `[key, value]` pairs; JSON text of string pairs parses too, but JSON `null`/`true` do not. Each pair
    replaces
    or adds that key in the stage's current list (order kept); a pair with an empty value deletes the
    key.

    The answer is a `text/html` **Python repr** of the tuple `(param_overrides, test_param_overrides)`
    after the
    update, each `None` when that field was not sent, e.g. `([['--stage ', 'a2']], None)`; an **empty
    body** means
    the stage was not found. Identify the stage by id (`campaign_stage` once) or by campaign and stage
    name
    (`campaign_stage` twice: campaign name, then stage name). Legacy client:
    `update_stage_param_overrides(experiment, campaign_stage, param_overrides=None,
    test_param_overrides=None)`.

    Args:
        body (UpdateStageParamOverridesRequest):

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
    body: UpdateStageParamOverridesRequest,
) -> Response[str]:
    """Merge key/value pairs into a stage's param_overrides and/or test_param_overrides.

     `param_overrides` / `test_param_overrides` are **Python literals** (parsed with `ast.literal_eval`)
    of a list of
    `[key, value]` pairs; JSON text of string pairs parses too, but JSON `null`/`true` do not. Each pair
    replaces
    or adds that key in the stage's current list (order kept); a pair with an empty value deletes the
    key.

    The answer is a `text/html` **Python repr** of the tuple `(param_overrides, test_param_overrides)`
    after the
    update, each `None` when that field was not sent, e.g. `([['--stage ', 'a2']], None)`; an **empty
    body** means
    the stage was not found. Identify the stage by id (`campaign_stage` once) or by campaign and stage
    name
    (`campaign_stage` twice: campaign name, then stage name). Legacy client:
    `update_stage_param_overrides(experiment, campaign_stage, param_overrides=None,
    test_param_overrides=None)`.

    Args:
        body (UpdateStageParamOverridesRequest):

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
    body: UpdateStageParamOverridesRequest,
) -> str | None:
    """Merge key/value pairs into a stage's param_overrides and/or test_param_overrides.

     `param_overrides` / `test_param_overrides` are **Python literals** (parsed with `ast.literal_eval`)
    of a list of
    `[key, value]` pairs; JSON text of string pairs parses too, but JSON `null`/`true` do not. Each pair
    replaces
    or adds that key in the stage's current list (order kept); a pair with an empty value deletes the
    key.

    The answer is a `text/html` **Python repr** of the tuple `(param_overrides, test_param_overrides)`
    after the
    update, each `None` when that field was not sent, e.g. `([['--stage ', 'a2']], None)`; an **empty
    body** means
    the stage was not found. Identify the stage by id (`campaign_stage` once) or by campaign and stage
    name
    (`campaign_stage` twice: campaign name, then stage name). Legacy client:
    `update_stage_param_overrides(experiment, campaign_stage, param_overrides=None,
    test_param_overrides=None)`.

    Args:
        body (UpdateStageParamOverridesRequest):

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
