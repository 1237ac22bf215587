from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.job_list_envelope import JobListEnvelope
from ...models.job_search_terms import JobSearchTerms
from ...models.job_summary import JobSummary
from ...models.list_jobs_order import ListJobsOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    order: ListJobsOrder | Unset = ListJobsOrder.DESC,
    order_by: str | Unset = UNSET,
    search: JobSearchTerms | Unset = UNSET,
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
        "url": "/jobs/v2/",
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
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    order: ListJobsOrder | Unset = ListJobsOrder.DESC,
    order_by: str | Unset = UNSET,
    search: JobSearchTerms | Unset = UNSET,
    filter_: str | Unset = UNSET,
    naked: bool | Unset = False,
    pretty: bool | Unset = False,
) -> Response[ErrorEnvelope | JobListEnvelope | list[JobSummary] | str]:
    """List the caller's jobs (own and shared), most recently updated first, with optional search terms.

     agavepy: `jobs.list` (declares only `limit`/`offset`; its declared `limit` default 250 is never
    sent).

    Returns job summaries `{id, name, owner, executionSystem, appId, created, status, startTime,
    endTime,
    _links{self, archiveData}}`, ordered by **`lastUpdated` descending** (most recently changed first)
    unless
    `order`/`orderBy` say otherwise. Hidden (deleted) jobs are excluded.

    Paging: because the default order follows `lastUpdated`, jobs that change status between two page
    requests move to the front and offset paging repeats or skips jobs. Send `orderBy=created&order=ASC`
    when
    reading more than one page: creation times never change and new jobs come last.

    Search terms (`search` object, sent as `field.op=value` query parameters) filter the list, e.g.
    `status.in=RUNNING,QUEUED`, `name.like=*demo*`, `executionSystem=aws-demo`,
    `created.after=yesterday`.
    Fields: `appid, archive, archivepath, archivesystem, batchqueue, charge, created, endtime,
    errormessage,
    executionsystem, id, inputs, lastmodified, lastupdated, localid, maxruntime` (HH:MM:SS or seconds)`,
    memorypernode, name, nodecount, outputpath, owner, parameters, processorspernode, retries, runtime`
    (seconds)`, starttime, status, submittime, visible, walltime` (seconds).

    With `filter`, items are no longer summaries: the server serialises **full job objects** and
    projects
    them onto the listed fields. Quirk: when `filter` and search terms are combined, the projected
    objects
    come from a different serializer, so their dates are epoch-millisecond numbers and
    `inputs`/`parameters`
    are JSON-encoded strings.

    Quirk: on this route an invalid `order`/`orderBy` value or an invalid search value (unknown status,
    non-numeric number, bad date) is answered with **500**, not 400, because the handler maps every
    exception
    to 500.

    Args:
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        order (ListJobsOrder | Unset):  Default: ListJobsOrder.DESC.
        order_by (str | Unset):
        search (JobSearchTerms | Unset): Free-form search terms: key `<field>[.<operator>]` (e.g.
            `status.in`, `name.like`, `created.after`), value the string to match (comma-separated for
            in/nin/between). Example: {'status.in': 'RUNNING,QUEUED', 'name.like': '*demo*'}.
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
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    order: ListJobsOrder | Unset = ListJobsOrder.DESC,
    order_by: str | Unset = UNSET,
    search: JobSearchTerms | Unset = UNSET,
    filter_: str | Unset = UNSET,
    naked: bool | Unset = False,
    pretty: bool | Unset = False,
) -> ErrorEnvelope | JobListEnvelope | list[JobSummary] | str | None:
    """List the caller's jobs (own and shared), most recently updated first, with optional search terms.

     agavepy: `jobs.list` (declares only `limit`/`offset`; its declared `limit` default 250 is never
    sent).

    Returns job summaries `{id, name, owner, executionSystem, appId, created, status, startTime,
    endTime,
    _links{self, archiveData}}`, ordered by **`lastUpdated` descending** (most recently changed first)
    unless
    `order`/`orderBy` say otherwise. Hidden (deleted) jobs are excluded.

    Paging: because the default order follows `lastUpdated`, jobs that change status between two page
    requests move to the front and offset paging repeats or skips jobs. Send `orderBy=created&order=ASC`
    when
    reading more than one page: creation times never change and new jobs come last.

    Search terms (`search` object, sent as `field.op=value` query parameters) filter the list, e.g.
    `status.in=RUNNING,QUEUED`, `name.like=*demo*`, `executionSystem=aws-demo`,
    `created.after=yesterday`.
    Fields: `appid, archive, archivepath, archivesystem, batchqueue, charge, created, endtime,
    errormessage,
    executionsystem, id, inputs, lastmodified, lastupdated, localid, maxruntime` (HH:MM:SS or seconds)`,
    memorypernode, name, nodecount, outputpath, owner, parameters, processorspernode, retries, runtime`
    (seconds)`, starttime, status, submittime, visible, walltime` (seconds).

    With `filter`, items are no longer summaries: the server serialises **full job objects** and
    projects
    them onto the listed fields. Quirk: when `filter` and search terms are combined, the projected
    objects
    come from a different serializer, so their dates are epoch-millisecond numbers and
    `inputs`/`parameters`
    are JSON-encoded strings.

    Quirk: on this route an invalid `order`/`orderBy` value or an invalid search value (unknown status,
    non-numeric number, bad date) is answered with **500**, not 400, because the handler maps every
    exception
    to 500.

    Args:
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        order (ListJobsOrder | Unset):  Default: ListJobsOrder.DESC.
        order_by (str | Unset):
        search (JobSearchTerms | Unset): Free-form search terms: key `<field>[.<operator>]` (e.g.
            `status.in`, `name.like`, `created.after`), value the string to match (comma-separated for
            in/nin/between). Example: {'status.in': 'RUNNING,QUEUED', 'name.like': '*demo*'}.
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
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    order: ListJobsOrder | Unset = ListJobsOrder.DESC,
    order_by: str | Unset = UNSET,
    search: JobSearchTerms | Unset = UNSET,
    filter_: str | Unset = UNSET,
    naked: bool | Unset = False,
    pretty: bool | Unset = False,
) -> Response[ErrorEnvelope | JobListEnvelope | list[JobSummary] | str]:
    """List the caller's jobs (own and shared), most recently updated first, with optional search terms.

     agavepy: `jobs.list` (declares only `limit`/`offset`; its declared `limit` default 250 is never
    sent).

    Returns job summaries `{id, name, owner, executionSystem, appId, created, status, startTime,
    endTime,
    _links{self, archiveData}}`, ordered by **`lastUpdated` descending** (most recently changed first)
    unless
    `order`/`orderBy` say otherwise. Hidden (deleted) jobs are excluded.

    Paging: because the default order follows `lastUpdated`, jobs that change status between two page
    requests move to the front and offset paging repeats or skips jobs. Send `orderBy=created&order=ASC`
    when
    reading more than one page: creation times never change and new jobs come last.

    Search terms (`search` object, sent as `field.op=value` query parameters) filter the list, e.g.
    `status.in=RUNNING,QUEUED`, `name.like=*demo*`, `executionSystem=aws-demo`,
    `created.after=yesterday`.
    Fields: `appid, archive, archivepath, archivesystem, batchqueue, charge, created, endtime,
    errormessage,
    executionsystem, id, inputs, lastmodified, lastupdated, localid, maxruntime` (HH:MM:SS or seconds)`,
    memorypernode, name, nodecount, outputpath, owner, parameters, processorspernode, retries, runtime`
    (seconds)`, starttime, status, submittime, visible, walltime` (seconds).

    With `filter`, items are no longer summaries: the server serialises **full job objects** and
    projects
    them onto the listed fields. Quirk: when `filter` and search terms are combined, the projected
    objects
    come from a different serializer, so their dates are epoch-millisecond numbers and
    `inputs`/`parameters`
    are JSON-encoded strings.

    Quirk: on this route an invalid `order`/`orderBy` value or an invalid search value (unknown status,
    non-numeric number, bad date) is answered with **500**, not 400, because the handler maps every
    exception
    to 500.

    Args:
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        order (ListJobsOrder | Unset):  Default: ListJobsOrder.DESC.
        order_by (str | Unset):
        search (JobSearchTerms | Unset): Free-form search terms: key `<field>[.<operator>]` (e.g.
            `status.in`, `name.like`, `created.after`), value the string to match (comma-separated for
            in/nin/between). Example: {'status.in': 'RUNNING,QUEUED', 'name.like': '*demo*'}.
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
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    order: ListJobsOrder | Unset = ListJobsOrder.DESC,
    order_by: str | Unset = UNSET,
    search: JobSearchTerms | Unset = UNSET,
    filter_: str | Unset = UNSET,
    naked: bool | Unset = False,
    pretty: bool | Unset = False,
) -> ErrorEnvelope | JobListEnvelope | list[JobSummary] | str | None:
    """List the caller's jobs (own and shared), most recently updated first, with optional search terms.

     agavepy: `jobs.list` (declares only `limit`/`offset`; its declared `limit` default 250 is never
    sent).

    Returns job summaries `{id, name, owner, executionSystem, appId, created, status, startTime,
    endTime,
    _links{self, archiveData}}`, ordered by **`lastUpdated` descending** (most recently changed first)
    unless
    `order`/`orderBy` say otherwise. Hidden (deleted) jobs are excluded.

    Paging: because the default order follows `lastUpdated`, jobs that change status between two page
    requests move to the front and offset paging repeats or skips jobs. Send `orderBy=created&order=ASC`
    when
    reading more than one page: creation times never change and new jobs come last.

    Search terms (`search` object, sent as `field.op=value` query parameters) filter the list, e.g.
    `status.in=RUNNING,QUEUED`, `name.like=*demo*`, `executionSystem=aws-demo`,
    `created.after=yesterday`.
    Fields: `appid, archive, archivepath, archivesystem, batchqueue, charge, created, endtime,
    errormessage,
    executionsystem, id, inputs, lastmodified, lastupdated, localid, maxruntime` (HH:MM:SS or seconds)`,
    memorypernode, name, nodecount, outputpath, owner, parameters, processorspernode, retries, runtime`
    (seconds)`, starttime, status, submittime, visible, walltime` (seconds).

    With `filter`, items are no longer summaries: the server serialises **full job objects** and
    projects
    them onto the listed fields. Quirk: when `filter` and search terms are combined, the projected
    objects
    come from a different serializer, so their dates are epoch-millisecond numbers and
    `inputs`/`parameters`
    are JSON-encoded strings.

    Quirk: on this route an invalid `order`/`orderBy` value or an invalid search value (unknown status,
    non-numeric number, bad date) is answered with **500**, not 400, because the handler maps every
    exception
    to 500.

    Args:
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.
        order (ListJobsOrder | Unset):  Default: ListJobsOrder.DESC.
        order_by (str | Unset):
        search (JobSearchTerms | Unset): Free-form search terms: key `<field>[.<operator>]` (e.g.
            `status.in`, `name.like`, `created.after`), value the string to match (comma-separated for
            in/nin/between). Example: {'status.in': 'RUNNING,QUEUED', 'name.like': '*demo*'}.
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
