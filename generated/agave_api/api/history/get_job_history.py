from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.get_job_history_order import GetJobHistoryOrder
from ...models.history_search_terms import HistorySearchTerms
from ...models.job_history import JobHistory
from ...models.job_history_envelope import JobHistoryEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    job_id: str,
    *,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    order: GetJobHistoryOrder | Unset = GetJobHistoryOrder.ASC,
    order_by: str | Unset = UNSET,
    search: HistorySearchTerms | Unset = UNSET,
    filter_: str | Unset = UNSET,
    naked: bool | Unset = False,
    pretty: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["orderBy"] = order_by

    json_search: dict[str, Any] | Unset = UNSET
    if not isinstance(search, Unset):
        json_search = search.to_dict()
    if not isinstance(json_search, Unset):
        params.update(json_search)

    params["filter"] = filter_

    params["naked"] = naked

    params["pretty"] = pretty

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jobs/v2/{job_id}/history".format(
            job_id=quote(str(job_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | JobHistoryEnvelope | list[JobHistory] | str | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> JobHistoryEnvelope | list[JobHistory]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_job_history_response_type_0 = JobHistoryEnvelope.from_dict(data)

                return componentsschemas_job_history_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_job_history_response_type_1 = []
            _componentsschemas_job_history_response_type_1 = data
            for componentsschemas_naked_job_history_item_data in _componentsschemas_job_history_response_type_1:
                componentsschemas_naked_job_history_item = JobHistory.from_dict(
                    componentsschemas_naked_job_history_item_data
                )

                componentsschemas_job_history_response_type_1.append(componentsschemas_naked_job_history_item)

            return componentsschemas_job_history_response_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = response.text
        if not (isinstance(response_401, str)):
            raise TypeError("response_401: expected a string, got " + type(response_401).__name__)

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | JobHistoryEnvelope | list[JobHistory] | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    order: GetJobHistoryOrder | Unset = GetJobHistoryOrder.ASC,
    order_by: str | Unset = UNSET,
    search: HistorySearchTerms | Unset = UNSET,
    filter_: str | Unset = UNSET,
    naked: bool | Unset = False,
    pretty: bool | Unset = False,
) -> Response[ErrorEnvelope | JobHistoryEnvelope | list[JobHistory] | str]:
    """List the events of a job, oldest first.

     agavepy: `jobs.getHistory(jobId=…)`.

    Each event has `status` (a job status **or** another event name such as `PERMISSION_GRANT`,
    `PERMISSION_REVOKE`), `created`, `createdBy`, `description` and, for data-transfer events only,
    `progress`
    (a transfer summary, or null when it cannot be computed). Ordered **ascending** by default. Search
    fields
    (`search`): `id, status, created, description, ipaddress` (the server's `createdBy` mapping is never
    matched because field names are lower-cased). Requires read permission. An invalid `order`,
    `orderBy` or
    search value gives 400 here (with the HTTP reason phrase as `message`).

    Args:
        job_id (str):
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        order (GetJobHistoryOrder | Unset):  Default: GetJobHistoryOrder.ASC.
        order_by (str | Unset):
        search (HistorySearchTerms | Unset): Free-form event search terms, key
            `<field>[.<operator>]`, value a string. Example: {'status': 'ARCHIVING'}.
        filter_ (str | Unset):
        naked (bool | Unset):  Default: False.
        pretty (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | JobHistoryEnvelope | list[JobHistory] | str]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        limit=limit,
        offset=offset,
        order=order,
        order_by=order_by,
        search=search,
        filter_=filter_,
        naked=naked,
        pretty=pretty,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    order: GetJobHistoryOrder | Unset = GetJobHistoryOrder.ASC,
    order_by: str | Unset = UNSET,
    search: HistorySearchTerms | Unset = UNSET,
    filter_: str | Unset = UNSET,
    naked: bool | Unset = False,
    pretty: bool | Unset = False,
) -> ErrorEnvelope | JobHistoryEnvelope | list[JobHistory] | str | None:
    """List the events of a job, oldest first.

     agavepy: `jobs.getHistory(jobId=…)`.

    Each event has `status` (a job status **or** another event name such as `PERMISSION_GRANT`,
    `PERMISSION_REVOKE`), `created`, `createdBy`, `description` and, for data-transfer events only,
    `progress`
    (a transfer summary, or null when it cannot be computed). Ordered **ascending** by default. Search
    fields
    (`search`): `id, status, created, description, ipaddress` (the server's `createdBy` mapping is never
    matched because field names are lower-cased). Requires read permission. An invalid `order`,
    `orderBy` or
    search value gives 400 here (with the HTTP reason phrase as `message`).

    Args:
        job_id (str):
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        order (GetJobHistoryOrder | Unset):  Default: GetJobHistoryOrder.ASC.
        order_by (str | Unset):
        search (HistorySearchTerms | Unset): Free-form event search terms, key
            `<field>[.<operator>]`, value a string. Example: {'status': 'ARCHIVING'}.
        filter_ (str | Unset):
        naked (bool | Unset):  Default: False.
        pretty (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | JobHistoryEnvelope | list[JobHistory] | str
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
        limit=limit,
        offset=offset,
        order=order,
        order_by=order_by,
        search=search,
        filter_=filter_,
        naked=naked,
        pretty=pretty,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    order: GetJobHistoryOrder | Unset = GetJobHistoryOrder.ASC,
    order_by: str | Unset = UNSET,
    search: HistorySearchTerms | Unset = UNSET,
    filter_: str | Unset = UNSET,
    naked: bool | Unset = False,
    pretty: bool | Unset = False,
) -> Response[ErrorEnvelope | JobHistoryEnvelope | list[JobHistory] | str]:
    """List the events of a job, oldest first.

     agavepy: `jobs.getHistory(jobId=…)`.

    Each event has `status` (a job status **or** another event name such as `PERMISSION_GRANT`,
    `PERMISSION_REVOKE`), `created`, `createdBy`, `description` and, for data-transfer events only,
    `progress`
    (a transfer summary, or null when it cannot be computed). Ordered **ascending** by default. Search
    fields
    (`search`): `id, status, created, description, ipaddress` (the server's `createdBy` mapping is never
    matched because field names are lower-cased). Requires read permission. An invalid `order`,
    `orderBy` or
    search value gives 400 here (with the HTTP reason phrase as `message`).

    Args:
        job_id (str):
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        order (GetJobHistoryOrder | Unset):  Default: GetJobHistoryOrder.ASC.
        order_by (str | Unset):
        search (HistorySearchTerms | Unset): Free-form event search terms, key
            `<field>[.<operator>]`, value a string. Example: {'status': 'ARCHIVING'}.
        filter_ (str | Unset):
        naked (bool | Unset):  Default: False.
        pretty (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | JobHistoryEnvelope | list[JobHistory] | str]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        limit=limit,
        offset=offset,
        order=order,
        order_by=order_by,
        search=search,
        filter_=filter_,
        naked=naked,
        pretty=pretty,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    order: GetJobHistoryOrder | Unset = GetJobHistoryOrder.ASC,
    order_by: str | Unset = UNSET,
    search: HistorySearchTerms | Unset = UNSET,
    filter_: str | Unset = UNSET,
    naked: bool | Unset = False,
    pretty: bool | Unset = False,
) -> ErrorEnvelope | JobHistoryEnvelope | list[JobHistory] | str | None:
    """List the events of a job, oldest first.

     agavepy: `jobs.getHistory(jobId=…)`.

    Each event has `status` (a job status **or** another event name such as `PERMISSION_GRANT`,
    `PERMISSION_REVOKE`), `created`, `createdBy`, `description` and, for data-transfer events only,
    `progress`
    (a transfer summary, or null when it cannot be computed). Ordered **ascending** by default. Search
    fields
    (`search`): `id, status, created, description, ipaddress` (the server's `createdBy` mapping is never
    matched because field names are lower-cased). Requires read permission. An invalid `order`,
    `orderBy` or
    search value gives 400 here (with the HTTP reason phrase as `message`).

    Args:
        job_id (str):
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        order (GetJobHistoryOrder | Unset):  Default: GetJobHistoryOrder.ASC.
        order_by (str | Unset):
        search (HistorySearchTerms | Unset): Free-form event search terms, key
            `<field>[.<operator>]`, value a string. Example: {'status': 'ARCHIVING'}.
        filter_ (str | Unset):
        naked (bool | Unset):  Default: False.
        pretty (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | JobHistoryEnvelope | list[JobHistory] | str
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            limit=limit,
            offset=offset,
            order=order,
            order_by=order_by,
            search=search,
            filter_=filter_,
            naked=naked,
            pretty=pretty,
        )
    ).parsed
