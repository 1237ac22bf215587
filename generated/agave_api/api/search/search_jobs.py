from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.job_list_envelope import JobListEnvelope
from ...models.job_summary import JobSummary
from ...types import UNSET, Response, Unset


def _get_kwargs(
    attribute: str,
    value: str,
    *,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    filter_: str | Unset = UNSET,
    naked: bool | Unset = False,
    pretty: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["filter"] = filter_

    params["naked"] = naked

    params["pretty"] = pretty

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jobs/v2/search/{attribute}/{value}".format(
            attribute=quote(str(attribute), safe=""),
            value=quote(str(value), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | JobListEnvelope | list[JobSummary] | str | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> JobListEnvelope | list[JobSummary]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_job_list_response_type_0 = JobListEnvelope.from_dict(data)

                return componentsschemas_job_list_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_job_list_response_type_1 = []
            _componentsschemas_job_list_response_type_1 = data
            for componentsschemas_naked_job_list_item_data in _componentsschemas_job_list_response_type_1:
                componentsschemas_naked_job_list_item = JobSummary.from_dict(componentsschemas_naked_job_list_item_data)

                componentsschemas_job_list_response_type_1.append(componentsschemas_naked_job_list_item)

            return componentsschemas_job_list_response_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = response.text
        if not (isinstance(response_401, str)):
            raise TypeError("response_401: expected a string, got " + type(response_401).__name__)

        return response_401

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | JobListEnvelope | list[JobSummary] | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    attribute: str,
    value: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    filter_: str | Unset = UNSET,
    naked: bool | Unset = False,
    pretty: bool | Unset = False,
) -> Response[ErrorEnvelope | JobListEnvelope | list[JobSummary] | str]:
    """Legacy path-style job search (prefer search terms on list_jobs).

     agavepy: `jobs.search(attribute=…, value=…)` — deprecated, removed from agavepy master in 2019.
    agavepy 0.9.5
    requests `/jobs/v2/{attribute}/{value}` **without `/search/`**, which the server treats as a per-job
    route
    for a job whose id is `{attribute}` (typically 404 `No job found with job id status.`), so the call
    never
    searches.

    The server route is `/jobs/v2/search/{attribute1}/{value1}[/{attribute2}/{value2}…]`, up to seven
    pairs
    (only one pair is declared here). Results are job summaries like `list_jobs`, unsorted by request
    (`order`/`orderBy` are not applied). **Quirk (2.2.27 source):** the attribute names are matched
    against the
    public fields of the server's `Job` class, which has none, so every pair is dropped and the route
    returns the
    caller's unfiltered job list (paged by `limit`/`offset`). Use `list_jobs` with `search` instead.
    Errors are
    always 500.

    Args:
        attribute (str):
        value (str):
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        filter_ (str | Unset):
        naked (bool | Unset):  Default: False.
        pretty (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | JobListEnvelope | list[JobSummary] | str]
    """

    kwargs = _get_kwargs(
        attribute=attribute,
        value=value,
        limit=limit,
        offset=offset,
        filter_=filter_,
        naked=naked,
        pretty=pretty,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    attribute: str,
    value: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    filter_: str | Unset = UNSET,
    naked: bool | Unset = False,
    pretty: bool | Unset = False,
) -> ErrorEnvelope | JobListEnvelope | list[JobSummary] | str | None:
    """Legacy path-style job search (prefer search terms on list_jobs).

     agavepy: `jobs.search(attribute=…, value=…)` — deprecated, removed from agavepy master in 2019.
    agavepy 0.9.5
    requests `/jobs/v2/{attribute}/{value}` **without `/search/`**, which the server treats as a per-job
    route
    for a job whose id is `{attribute}` (typically 404 `No job found with job id status.`), so the call
    never
    searches.

    The server route is `/jobs/v2/search/{attribute1}/{value1}[/{attribute2}/{value2}…]`, up to seven
    pairs
    (only one pair is declared here). Results are job summaries like `list_jobs`, unsorted by request
    (`order`/`orderBy` are not applied). **Quirk (2.2.27 source):** the attribute names are matched
    against the
    public fields of the server's `Job` class, which has none, so every pair is dropped and the route
    returns the
    caller's unfiltered job list (paged by `limit`/`offset`). Use `list_jobs` with `search` instead.
    Errors are
    always 500.

    Args:
        attribute (str):
        value (str):
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        filter_ (str | Unset):
        naked (bool | Unset):  Default: False.
        pretty (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | JobListEnvelope | list[JobSummary] | str
    """

    return sync_detailed(
        attribute=attribute,
        value=value,
        client=client,
        limit=limit,
        offset=offset,
        filter_=filter_,
        naked=naked,
        pretty=pretty,
    ).parsed


async def asyncio_detailed(
    attribute: str,
    value: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    filter_: str | Unset = UNSET,
    naked: bool | Unset = False,
    pretty: bool | Unset = False,
) -> Response[ErrorEnvelope | JobListEnvelope | list[JobSummary] | str]:
    """Legacy path-style job search (prefer search terms on list_jobs).

     agavepy: `jobs.search(attribute=…, value=…)` — deprecated, removed from agavepy master in 2019.
    agavepy 0.9.5
    requests `/jobs/v2/{attribute}/{value}` **without `/search/`**, which the server treats as a per-job
    route
    for a job whose id is `{attribute}` (typically 404 `No job found with job id status.`), so the call
    never
    searches.

    The server route is `/jobs/v2/search/{attribute1}/{value1}[/{attribute2}/{value2}…]`, up to seven
    pairs
    (only one pair is declared here). Results are job summaries like `list_jobs`, unsorted by request
    (`order`/`orderBy` are not applied). **Quirk (2.2.27 source):** the attribute names are matched
    against the
    public fields of the server's `Job` class, which has none, so every pair is dropped and the route
    returns the
    caller's unfiltered job list (paged by `limit`/`offset`). Use `list_jobs` with `search` instead.
    Errors are
    always 500.

    Args:
        attribute (str):
        value (str):
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        filter_ (str | Unset):
        naked (bool | Unset):  Default: False.
        pretty (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | JobListEnvelope | list[JobSummary] | str]
    """

    kwargs = _get_kwargs(
        attribute=attribute,
        value=value,
        limit=limit,
        offset=offset,
        filter_=filter_,
        naked=naked,
        pretty=pretty,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    attribute: str,
    value: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    filter_: str | Unset = UNSET,
    naked: bool | Unset = False,
    pretty: bool | Unset = False,
) -> ErrorEnvelope | JobListEnvelope | list[JobSummary] | str | None:
    """Legacy path-style job search (prefer search terms on list_jobs).

     agavepy: `jobs.search(attribute=…, value=…)` — deprecated, removed from agavepy master in 2019.
    agavepy 0.9.5
    requests `/jobs/v2/{attribute}/{value}` **without `/search/`**, which the server treats as a per-job
    route
    for a job whose id is `{attribute}` (typically 404 `No job found with job id status.`), so the call
    never
    searches.

    The server route is `/jobs/v2/search/{attribute1}/{value1}[/{attribute2}/{value2}…]`, up to seven
    pairs
    (only one pair is declared here). Results are job summaries like `list_jobs`, unsorted by request
    (`order`/`orderBy` are not applied). **Quirk (2.2.27 source):** the attribute names are matched
    against the
    public fields of the server's `Job` class, which has none, so every pair is dropped and the route
    returns the
    caller's unfiltered job list (paged by `limit`/`offset`). Use `list_jobs` with `search` instead.
    Errors are
    always 500.

    Args:
        attribute (str):
        value (str):
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        filter_ (str | Unset):
        naked (bool | Unset):  Default: False.
        pretty (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | JobListEnvelope | list[JobSummary] | str
    """

    return (
        await asyncio_detailed(
            attribute=attribute,
            value=value,
            client=client,
            limit=limit,
            offset=offset,
            filter_=filter_,
            naked=naked,
            pretty=pretty,
        )
    ).parsed
