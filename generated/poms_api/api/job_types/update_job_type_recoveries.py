from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_job_type_recoveries_request import UpdateJobTypeRecoveriesRequest
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: UpdateJobTypeRecoveriesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/poms/modify_job_type_recoveries",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[list[list[list[str]] | str]] | str | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_recovery_list_item_data in _response_200:
            componentsschemas_recovery_list_item = []
            _componentsschemas_recovery_list_item = componentsschemas_recovery_list_item_data
            for componentsschemas_recovery_list_item_item_data in _componentsschemas_recovery_list_item:

                def _parse_componentsschemas_recovery_list_item_item(data: object) -> list[list[str]] | str:
                    try:
                        if not True:
                            raise TypeError()
                        componentsschemas_recovery_list_item_item_type_0 = data
                        if not (isinstance(componentsschemas_recovery_list_item_item_type_0, str)):
                            raise TypeError(
                                "/components/schemas/RecoveryList_item_item: expected a string, got "
                                + type(componentsschemas_recovery_list_item_item_type_0).__name__
                            )

                        return componentsschemas_recovery_list_item_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, list):
                        raise TypeError()
                    componentsschemas_recovery_list_item_item_type_1 = []
                    _componentsschemas_recovery_list_item_item_type_1 = data
                    for (
                        componentsschemas_param_override_list_item_data
                    ) in _componentsschemas_recovery_list_item_item_type_1:
                        componentsschemas_param_override_list_item = []
                        _componentsschemas_param_override_list_item = componentsschemas_param_override_list_item_data
                        for componentsschemas_key_value_pair_item_data in _componentsschemas_param_override_list_item:
                            componentsschemas_key_value_pair_item = componentsschemas_key_value_pair_item_data
                            if not (isinstance(componentsschemas_key_value_pair_item, str)):
                                raise TypeError(
                                    "/components/schemas/KeyValuePair_item: expected a string, got "
                                    + type(componentsschemas_key_value_pair_item).__name__
                                )

                            componentsschemas_param_override_list_item.append(componentsschemas_key_value_pair_item)

                        componentsschemas_recovery_list_item_item_type_1.append(
                            componentsschemas_param_override_list_item
                        )

                    return componentsschemas_recovery_list_item_item_type_1

                componentsschemas_recovery_list_item_item = _parse_componentsschemas_recovery_list_item_item(
                    componentsschemas_recovery_list_item_item_data
                )

                componentsschemas_recovery_list_item.append(componentsschemas_recovery_list_item_item)

            response_200.append(componentsschemas_recovery_list_item)

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[list[list[list[str]] | str]] | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateJobTypeRecoveriesRequest,
) -> Response[list[list[list[list[str]] | str]] | str]:
    """Merge recovery settings into a job type.

     `recoveries` is **JSON text** of `[["<recovery type>", [["<option>", "<value>"], ...]], ...]`, as in
    a
    workflow .ini dump. New recovery types are appended; the answer is the resulting complete list in
    the same
    shape. Not permitted → 401; malformed JSON → 400. Legacy client:
    `modify_job_type_recoveries(job_type_id, recoveries)`.

    Observed quirks of the current server:
    - **Only the last recovery type of the request that the job type already has is updated**: options
    sent for
      earlier existing types are ignored (send one existing type per call).
    - A recovery type name that is not in the server's `recovery_types` table (`added_files`,
    `consumed_status`,
      `pending_files`, `proj_status`, `delivered_not_consumed`, `process_status` on a stock database),
    or a
      `job_type_id` that does not exist, is not a "not found": **400 with an `IntegrityError(...)`
    text**
      (`NotNullViolation` / `ForeignKeyViolation` from psycopg2).

    Args:
        body (UpdateJobTypeRecoveriesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[list[list[list[str]] | str]] | str]
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
    body: UpdateJobTypeRecoveriesRequest,
) -> list[list[list[list[str]] | str]] | str | None:
    """Merge recovery settings into a job type.

     `recoveries` is **JSON text** of `[["<recovery type>", [["<option>", "<value>"], ...]], ...]`, as in
    a
    workflow .ini dump. New recovery types are appended; the answer is the resulting complete list in
    the same
    shape. Not permitted → 401; malformed JSON → 400. Legacy client:
    `modify_job_type_recoveries(job_type_id, recoveries)`.

    Observed quirks of the current server:
    - **Only the last recovery type of the request that the job type already has is updated**: options
    sent for
      earlier existing types are ignored (send one existing type per call).
    - A recovery type name that is not in the server's `recovery_types` table (`added_files`,
    `consumed_status`,
      `pending_files`, `proj_status`, `delivered_not_consumed`, `process_status` on a stock database),
    or a
      `job_type_id` that does not exist, is not a "not found": **400 with an `IntegrityError(...)`
    text**
      (`NotNullViolation` / `ForeignKeyViolation` from psycopg2).

    Args:
        body (UpdateJobTypeRecoveriesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[list[list[list[str]] | str]] | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateJobTypeRecoveriesRequest,
) -> Response[list[list[list[list[str]] | str]] | str]:
    """Merge recovery settings into a job type.

     `recoveries` is **JSON text** of `[["<recovery type>", [["<option>", "<value>"], ...]], ...]`, as in
    a
    workflow .ini dump. New recovery types are appended; the answer is the resulting complete list in
    the same
    shape. Not permitted → 401; malformed JSON → 400. Legacy client:
    `modify_job_type_recoveries(job_type_id, recoveries)`.

    Observed quirks of the current server:
    - **Only the last recovery type of the request that the job type already has is updated**: options
    sent for
      earlier existing types are ignored (send one existing type per call).
    - A recovery type name that is not in the server's `recovery_types` table (`added_files`,
    `consumed_status`,
      `pending_files`, `proj_status`, `delivered_not_consumed`, `process_status` on a stock database),
    or a
      `job_type_id` that does not exist, is not a "not found": **400 with an `IntegrityError(...)`
    text**
      (`NotNullViolation` / `ForeignKeyViolation` from psycopg2).

    Args:
        body (UpdateJobTypeRecoveriesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[list[list[list[str]] | str]] | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateJobTypeRecoveriesRequest,
) -> list[list[list[list[str]] | str]] | str | None:
    """Merge recovery settings into a job type.

     `recoveries` is **JSON text** of `[["<recovery type>", [["<option>", "<value>"], ...]], ...]`, as in
    a
    workflow .ini dump. New recovery types are appended; the answer is the resulting complete list in
    the same
    shape. Not permitted → 401; malformed JSON → 400. Legacy client:
    `modify_job_type_recoveries(job_type_id, recoveries)`.

    Observed quirks of the current server:
    - **Only the last recovery type of the request that the job type already has is updated**: options
    sent for
      earlier existing types are ignored (send one existing type per call).
    - A recovery type name that is not in the server's `recovery_types` table (`added_files`,
    `consumed_status`,
      `pending_files`, `proj_status`, `delivered_not_consumed`, `process_status` on a stock database),
    or a
      `job_type_id` that does not exist, is not a "not found": **400 with an `IntegrityError(...)`
    text**
      (`NotNullViolation` / `ForeignKeyViolation` from psycopg2).

    Args:
        body (UpdateJobTypeRecoveriesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[list[list[list[str]] | str]] | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
