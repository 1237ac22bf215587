from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.async_result_envelope import AsyncResultEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    request_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["request_id"] = request_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/async_process/get_result",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | AsyncResultEnvelope | None:
    if response.status_code == 200:
        response_200 = AsyncResultEnvelope.from_dict(response.json())

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
) -> Response[Any | AsyncResultEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    request_id: str,
) -> Response[Any | AsyncResultEnvelope]:
    """Poll the result of an asynchronous request

     Reads the state of any asynchronous request: `async_process/submit_*` (pass their `request_id`) and
    the
    `data_carousel/submit_*` operations (pass their `async_id`). The answer has **two shapes**:

    * **Raw** (grep, sleep_echo): the usual envelope, `success` = this poll succeeded, and `data` =
      `{overall_status, expected_machines, results}` with one entry per machine. `overall_status` is
    `complete`
      once every expected machine has a terminal result (`done` or `failed`), else `pending`.
    * **Structured** (Data Carousel operations): `success`/`message`/`data` are the **operation's** own
    outcome,
      exactly as the synchronous flavour would answer, plus a top-level `async_meta`. Poll on
      `async_meta.status` (`pending`, `running`, `done`, `failed`), not on `success`: `success` is false
    while the
      request is pending or running (`message` = `request is pending`/`request is running`), false when
    the
      handler crashed (`failed`, the reason in `async_meta.error_msg`), and the operation's outcome once
    `done`.

    A response **without** `async_meta` is a failure of the poll itself (`request_id '<id>' not found`,
    `'<user>' is not authorized to read results (…)`, `failed to decode stored result : …`) or a raw-
    shape answer.
    The timestamps in both shapes are plain strings (`str(datetime)`, e.g. `2026-11-22
    22:22:10.143060`),
    not `__datetime__` objects.

    Args:
        request_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AsyncResultEnvelope]
    """

    kwargs = _get_kwargs(
        request_id=request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    request_id: str,
) -> Any | AsyncResultEnvelope | None:
    """Poll the result of an asynchronous request

     Reads the state of any asynchronous request: `async_process/submit_*` (pass their `request_id`) and
    the
    `data_carousel/submit_*` operations (pass their `async_id`). The answer has **two shapes**:

    * **Raw** (grep, sleep_echo): the usual envelope, `success` = this poll succeeded, and `data` =
      `{overall_status, expected_machines, results}` with one entry per machine. `overall_status` is
    `complete`
      once every expected machine has a terminal result (`done` or `failed`), else `pending`.
    * **Structured** (Data Carousel operations): `success`/`message`/`data` are the **operation's** own
    outcome,
      exactly as the synchronous flavour would answer, plus a top-level `async_meta`. Poll on
      `async_meta.status` (`pending`, `running`, `done`, `failed`), not on `success`: `success` is false
    while the
      request is pending or running (`message` = `request is pending`/`request is running`), false when
    the
      handler crashed (`failed`, the reason in `async_meta.error_msg`), and the operation's outcome once
    `done`.

    A response **without** `async_meta` is a failure of the poll itself (`request_id '<id>' not found`,
    `'<user>' is not authorized to read results (…)`, `failed to decode stored result : …`) or a raw-
    shape answer.
    The timestamps in both shapes are plain strings (`str(datetime)`, e.g. `2026-11-22
    22:22:10.143060`),
    not `__datetime__` objects.

    Args:
        request_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AsyncResultEnvelope
    """

    return sync_detailed(
        client=client,
        request_id=request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    request_id: str,
) -> Response[Any | AsyncResultEnvelope]:
    """Poll the result of an asynchronous request

     Reads the state of any asynchronous request: `async_process/submit_*` (pass their `request_id`) and
    the
    `data_carousel/submit_*` operations (pass their `async_id`). The answer has **two shapes**:

    * **Raw** (grep, sleep_echo): the usual envelope, `success` = this poll succeeded, and `data` =
      `{overall_status, expected_machines, results}` with one entry per machine. `overall_status` is
    `complete`
      once every expected machine has a terminal result (`done` or `failed`), else `pending`.
    * **Structured** (Data Carousel operations): `success`/`message`/`data` are the **operation's** own
    outcome,
      exactly as the synchronous flavour would answer, plus a top-level `async_meta`. Poll on
      `async_meta.status` (`pending`, `running`, `done`, `failed`), not on `success`: `success` is false
    while the
      request is pending or running (`message` = `request is pending`/`request is running`), false when
    the
      handler crashed (`failed`, the reason in `async_meta.error_msg`), and the operation's outcome once
    `done`.

    A response **without** `async_meta` is a failure of the poll itself (`request_id '<id>' not found`,
    `'<user>' is not authorized to read results (…)`, `failed to decode stored result : …`) or a raw-
    shape answer.
    The timestamps in both shapes are plain strings (`str(datetime)`, e.g. `2026-11-22
    22:22:10.143060`),
    not `__datetime__` objects.

    Args:
        request_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AsyncResultEnvelope]
    """

    kwargs = _get_kwargs(
        request_id=request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    request_id: str,
) -> Any | AsyncResultEnvelope | None:
    """Poll the result of an asynchronous request

     Reads the state of any asynchronous request: `async_process/submit_*` (pass their `request_id`) and
    the
    `data_carousel/submit_*` operations (pass their `async_id`). The answer has **two shapes**:

    * **Raw** (grep, sleep_echo): the usual envelope, `success` = this poll succeeded, and `data` =
      `{overall_status, expected_machines, results}` with one entry per machine. `overall_status` is
    `complete`
      once every expected machine has a terminal result (`done` or `failed`), else `pending`.
    * **Structured** (Data Carousel operations): `success`/`message`/`data` are the **operation's** own
    outcome,
      exactly as the synchronous flavour would answer, plus a top-level `async_meta`. Poll on
      `async_meta.status` (`pending`, `running`, `done`, `failed`), not on `success`: `success` is false
    while the
      request is pending or running (`message` = `request is pending`/`request is running`), false when
    the
      handler crashed (`failed`, the reason in `async_meta.error_msg`), and the operation's outcome once
    `done`.

    A response **without** `async_meta` is a failure of the poll itself (`request_id '<id>' not found`,
    `'<user>' is not authorized to read results (…)`, `failed to decode stored result : …`) or a raw-
    shape answer.
    The timestamps in both shapes are plain strings (`str(datetime)`, e.g. `2026-11-22
    22:22:10.143060`),
    not `__datetime__` objects.

    Args:
        request_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AsyncResultEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            request_id=request_id,
        )
    ).parsed
