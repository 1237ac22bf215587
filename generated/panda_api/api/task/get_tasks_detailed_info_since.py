from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.task_detailed_info_list_envelope import TaskDetailedInfoListEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    since: None | str | Unset = UNSET,
    filters: None | str | Unset = UNSET,
    n_tasks: int | Unset = 500,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_since: None | str | Unset
    if isinstance(since, Unset):
        json_since = UNSET
    else:
        json_since = since
    params["since"] = json_since

    json_filters: None | str | Unset
    if isinstance(filters, Unset):
        json_filters = UNSET
    else:
        json_filters = filters
    params["filters"] = json_filters

    params["n_tasks"] = n_tasks

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/task/get_tasks_detailed_info_since",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | TaskDetailedInfoListEnvelope | None:
    if response.status_code == 200:
        response_200 = TaskDetailedInfoListEnvelope.from_dict(response.json())

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
) -> Response[Any | TaskDetailedInfoListEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    since: None | str | Unset = UNSET,
    filters: None | str | Unset = UNSET,
    n_tasks: int | Unset = 500,
) -> Response[Any | TaskDetailedInfoListEnvelope]:
    """Search tasks and return their full details

     Selects up to `n_tasks` task IDs (an arbitrary subset when more match) whose modification time is at
    or
    after `since`, restricted to the caller's tasks unless `filters` sets `userName`, and returns the
    full
    details of each (as `task/get_detailed_info`), sorted by task ID.

    `filters` is a **JSON string** of an object `{field: pattern}` whose values must be strings.
    A pattern without regex metacharacters (`^ $ * + ? \\ | ( )`) becomes an SQL equality on that
    JediTaskSpec field (`NULL`/`NOT NULL` test for null); an unknown field there gives `success: false`
    with
    `Failed to retrieve task IDs`. A pattern with metacharacters is matched with `re.search` against the
    details, and unknown fields are then ignored. A non-object gives `filters must be a JSON object`,
    invalid
    JSON `filters is not valid JSON`; a non-string value makes the server raise (HTTP 500).

    `since` is clamped to at most 90 days ago, and in server 1.0.4 omitting it also applies the 90-day
    window (the docstring claims no cap). A `since` not in the `%Y-%m-%d %H:%M:%S` format gives
    `Failed to retrieve task IDs`.

    Args:
        since (None | str | Unset):
        filters (None | str | Unset):
        n_tasks (int | Unset):  Default: 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TaskDetailedInfoListEnvelope]
    """

    kwargs = _get_kwargs(
        since=since,
        filters=filters,
        n_tasks=n_tasks,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    since: None | str | Unset = UNSET,
    filters: None | str | Unset = UNSET,
    n_tasks: int | Unset = 500,
) -> Any | TaskDetailedInfoListEnvelope | None:
    """Search tasks and return their full details

     Selects up to `n_tasks` task IDs (an arbitrary subset when more match) whose modification time is at
    or
    after `since`, restricted to the caller's tasks unless `filters` sets `userName`, and returns the
    full
    details of each (as `task/get_detailed_info`), sorted by task ID.

    `filters` is a **JSON string** of an object `{field: pattern}` whose values must be strings.
    A pattern without regex metacharacters (`^ $ * + ? \\ | ( )`) becomes an SQL equality on that
    JediTaskSpec field (`NULL`/`NOT NULL` test for null); an unknown field there gives `success: false`
    with
    `Failed to retrieve task IDs`. A pattern with metacharacters is matched with `re.search` against the
    details, and unknown fields are then ignored. A non-object gives `filters must be a JSON object`,
    invalid
    JSON `filters is not valid JSON`; a non-string value makes the server raise (HTTP 500).

    `since` is clamped to at most 90 days ago, and in server 1.0.4 omitting it also applies the 90-day
    window (the docstring claims no cap). A `since` not in the `%Y-%m-%d %H:%M:%S` format gives
    `Failed to retrieve task IDs`.

    Args:
        since (None | str | Unset):
        filters (None | str | Unset):
        n_tasks (int | Unset):  Default: 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TaskDetailedInfoListEnvelope
    """

    return sync_detailed(
        client=client,
        since=since,
        filters=filters,
        n_tasks=n_tasks,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    since: None | str | Unset = UNSET,
    filters: None | str | Unset = UNSET,
    n_tasks: int | Unset = 500,
) -> Response[Any | TaskDetailedInfoListEnvelope]:
    """Search tasks and return their full details

     Selects up to `n_tasks` task IDs (an arbitrary subset when more match) whose modification time is at
    or
    after `since`, restricted to the caller's tasks unless `filters` sets `userName`, and returns the
    full
    details of each (as `task/get_detailed_info`), sorted by task ID.

    `filters` is a **JSON string** of an object `{field: pattern}` whose values must be strings.
    A pattern without regex metacharacters (`^ $ * + ? \\ | ( )`) becomes an SQL equality on that
    JediTaskSpec field (`NULL`/`NOT NULL` test for null); an unknown field there gives `success: false`
    with
    `Failed to retrieve task IDs`. A pattern with metacharacters is matched with `re.search` against the
    details, and unknown fields are then ignored. A non-object gives `filters must be a JSON object`,
    invalid
    JSON `filters is not valid JSON`; a non-string value makes the server raise (HTTP 500).

    `since` is clamped to at most 90 days ago, and in server 1.0.4 omitting it also applies the 90-day
    window (the docstring claims no cap). A `since` not in the `%Y-%m-%d %H:%M:%S` format gives
    `Failed to retrieve task IDs`.

    Args:
        since (None | str | Unset):
        filters (None | str | Unset):
        n_tasks (int | Unset):  Default: 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TaskDetailedInfoListEnvelope]
    """

    kwargs = _get_kwargs(
        since=since,
        filters=filters,
        n_tasks=n_tasks,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    since: None | str | Unset = UNSET,
    filters: None | str | Unset = UNSET,
    n_tasks: int | Unset = 500,
) -> Any | TaskDetailedInfoListEnvelope | None:
    """Search tasks and return their full details

     Selects up to `n_tasks` task IDs (an arbitrary subset when more match) whose modification time is at
    or
    after `since`, restricted to the caller's tasks unless `filters` sets `userName`, and returns the
    full
    details of each (as `task/get_detailed_info`), sorted by task ID.

    `filters` is a **JSON string** of an object `{field: pattern}` whose values must be strings.
    A pattern without regex metacharacters (`^ $ * + ? \\ | ( )`) becomes an SQL equality on that
    JediTaskSpec field (`NULL`/`NOT NULL` test for null); an unknown field there gives `success: false`
    with
    `Failed to retrieve task IDs`. A pattern with metacharacters is matched with `re.search` against the
    details, and unknown fields are then ignored. A non-object gives `filters must be a JSON object`,
    invalid
    JSON `filters is not valid JSON`; a non-string value makes the server raise (HTTP 500).

    `since` is clamped to at most 90 days ago, and in server 1.0.4 omitting it also applies the 90-day
    window (the docstring claims no cap). A `since` not in the `%Y-%m-%d %H:%M:%S` format gives
    `Failed to retrieve task IDs`.

    Args:
        since (None | str | Unset):
        filters (None | str | Unset):
        n_tasks (int | Unset):  Default: 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TaskDetailedInfoListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            since=since,
            filters=filters,
            n_tasks=n_tasks,
        )
    ).parsed
