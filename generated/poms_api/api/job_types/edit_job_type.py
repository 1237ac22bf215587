from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edit_job_type_request import EditJobTypeRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: EditJobTypeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/poms/job_type_edit",
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
    body: EditJobTypeRequest,
) -> Response[str]:
    """Add, edit or delete a job type through the GUI editor method (deprecated client path).

     The job-type editor's form handler; `pcl_call=1` is the client variant (job type by name). Answers
    the
    rendered editor page, **200 whatever happened**: a refusal (database errors included) is only the
    text of
    the page's element `#poms_message_data`, e.g. `add` of an existing name: "Integrity error: you are
    most
    likely using a name which already exists in database." (empty when done). `add`/`edit`
    require `ae_definition_parameters` (JSON text, `null` allowed), `ae_output_file_patterns` and a non-
    empty
    `ae_launch_script` (else 400); `ae_definition_recovery` is JSON text of recoveries (see
    `update_job_type_recoveries`). **`edit` replaces both: `ae_definition_parameters` `null` clears the
    parameters and a missing or empty `ae_definition_recovery` deletes every recovery** (no method reads
    them
    back: send the current values). `edit` looks the job type up by name across all experiments. Roles
    `superuser`/`root` cannot add (401). Legacy client: deprecated `job_type_edit(...)` and its alias
    `campaign_definition_edit(...)`, which re-join `launch_script` words with single spaces (plus a
    trailing space).

    Args:
        body (EditJobTypeRequest): Form of the job-type editor, client variant (`pcl_call=1`).

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
    body: EditJobTypeRequest,
) -> str | None:
    """Add, edit or delete a job type through the GUI editor method (deprecated client path).

     The job-type editor's form handler; `pcl_call=1` is the client variant (job type by name). Answers
    the
    rendered editor page, **200 whatever happened**: a refusal (database errors included) is only the
    text of
    the page's element `#poms_message_data`, e.g. `add` of an existing name: "Integrity error: you are
    most
    likely using a name which already exists in database." (empty when done). `add`/`edit`
    require `ae_definition_parameters` (JSON text, `null` allowed), `ae_output_file_patterns` and a non-
    empty
    `ae_launch_script` (else 400); `ae_definition_recovery` is JSON text of recoveries (see
    `update_job_type_recoveries`). **`edit` replaces both: `ae_definition_parameters` `null` clears the
    parameters and a missing or empty `ae_definition_recovery` deletes every recovery** (no method reads
    them
    back: send the current values). `edit` looks the job type up by name across all experiments. Roles
    `superuser`/`root` cannot add (401). Legacy client: deprecated `job_type_edit(...)` and its alias
    `campaign_definition_edit(...)`, which re-join `launch_script` words with single spaces (plus a
    trailing space).

    Args:
        body (EditJobTypeRequest): Form of the job-type editor, client variant (`pcl_call=1`).

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
    body: EditJobTypeRequest,
) -> Response[str]:
    """Add, edit or delete a job type through the GUI editor method (deprecated client path).

     The job-type editor's form handler; `pcl_call=1` is the client variant (job type by name). Answers
    the
    rendered editor page, **200 whatever happened**: a refusal (database errors included) is only the
    text of
    the page's element `#poms_message_data`, e.g. `add` of an existing name: "Integrity error: you are
    most
    likely using a name which already exists in database." (empty when done). `add`/`edit`
    require `ae_definition_parameters` (JSON text, `null` allowed), `ae_output_file_patterns` and a non-
    empty
    `ae_launch_script` (else 400); `ae_definition_recovery` is JSON text of recoveries (see
    `update_job_type_recoveries`). **`edit` replaces both: `ae_definition_parameters` `null` clears the
    parameters and a missing or empty `ae_definition_recovery` deletes every recovery** (no method reads
    them
    back: send the current values). `edit` looks the job type up by name across all experiments. Roles
    `superuser`/`root` cannot add (401). Legacy client: deprecated `job_type_edit(...)` and its alias
    `campaign_definition_edit(...)`, which re-join `launch_script` words with single spaces (plus a
    trailing space).

    Args:
        body (EditJobTypeRequest): Form of the job-type editor, client variant (`pcl_call=1`).

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
    body: EditJobTypeRequest,
) -> str | None:
    """Add, edit or delete a job type through the GUI editor method (deprecated client path).

     The job-type editor's form handler; `pcl_call=1` is the client variant (job type by name). Answers
    the
    rendered editor page, **200 whatever happened**: a refusal (database errors included) is only the
    text of
    the page's element `#poms_message_data`, e.g. `add` of an existing name: "Integrity error: you are
    most
    likely using a name which already exists in database." (empty when done). `add`/`edit`
    require `ae_definition_parameters` (JSON text, `null` allowed), `ae_output_file_patterns` and a non-
    empty
    `ae_launch_script` (else 400); `ae_definition_recovery` is JSON text of recoveries (see
    `update_job_type_recoveries`). **`edit` replaces both: `ae_definition_parameters` `null` clears the
    parameters and a missing or empty `ae_definition_recovery` deletes every recovery** (no method reads
    them
    back: send the current values). `edit` looks the job type up by name across all experiments. Roles
    `superuser`/`root` cannot add (401). Legacy client: deprecated `job_type_edit(...)` and its alias
    `campaign_definition_edit(...)`, which re-join `launch_script` words with single spaces (plus a
    trailing space).

    Args:
        body (EditJobTypeRequest): Form of the job-type editor, client variant (`pcl_call=1`).

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
