from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.task_jumbo_job_datasets_envelope import TaskJumboJobDatasetsEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_offset: int,
    to_offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from_offset"] = from_offset

    params["to_offset"] = to_offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/task/get_jumbo_job_datasets",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | TaskJumboJobDatasetsEnvelope | None:
    if response.status_code == 200:
        response_200 = TaskJumboJobDatasetsEnvelope.from_dict(response.json())

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
) -> Response[Any | TaskJumboJobDatasetsEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    from_offset: int,
    to_offset: int | Unset = 0,
) -> Response[Any | TaskJumboJobDatasetsEnvelope]:
    """List the datasets of jumbo-job tasks modified in a time window

     Returns the jumbo-job-enabled (`useJumbo` set) **managed** tasks in status `finished` or `done`
    whose
    modification time is between `now - from_offset` and `now - to_offset` days, with their status and
    the names
    of their **output** datasets only (a task without an output dataset is not listed). A database error
    gives
    an empty object.

    Args:
        from_offset (int):
        to_offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TaskJumboJobDatasetsEnvelope]
    """

    kwargs = _get_kwargs(
        from_offset=from_offset,
        to_offset=to_offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    from_offset: int,
    to_offset: int | Unset = 0,
) -> Any | TaskJumboJobDatasetsEnvelope | None:
    """List the datasets of jumbo-job tasks modified in a time window

     Returns the jumbo-job-enabled (`useJumbo` set) **managed** tasks in status `finished` or `done`
    whose
    modification time is between `now - from_offset` and `now - to_offset` days, with their status and
    the names
    of their **output** datasets only (a task without an output dataset is not listed). A database error
    gives
    an empty object.

    Args:
        from_offset (int):
        to_offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TaskJumboJobDatasetsEnvelope
    """

    return sync_detailed(
        client=client,
        from_offset=from_offset,
        to_offset=to_offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_offset: int,
    to_offset: int | Unset = 0,
) -> Response[Any | TaskJumboJobDatasetsEnvelope]:
    """List the datasets of jumbo-job tasks modified in a time window

     Returns the jumbo-job-enabled (`useJumbo` set) **managed** tasks in status `finished` or `done`
    whose
    modification time is between `now - from_offset` and `now - to_offset` days, with their status and
    the names
    of their **output** datasets only (a task without an output dataset is not listed). A database error
    gives
    an empty object.

    Args:
        from_offset (int):
        to_offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TaskJumboJobDatasetsEnvelope]
    """

    kwargs = _get_kwargs(
        from_offset=from_offset,
        to_offset=to_offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    from_offset: int,
    to_offset: int | Unset = 0,
) -> Any | TaskJumboJobDatasetsEnvelope | None:
    """List the datasets of jumbo-job tasks modified in a time window

     Returns the jumbo-job-enabled (`useJumbo` set) **managed** tasks in status `finished` or `done`
    whose
    modification time is between `now - from_offset` and `now - to_offset` days, with their status and
    the names
    of their **output** datasets only (a task without an output dataset is not listed). A database error
    gives
    an empty object.

    Args:
        from_offset (int):
        to_offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TaskJumboJobDatasetsEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            from_offset=from_offset,
            to_offset=to_offset,
        )
    ).parsed
