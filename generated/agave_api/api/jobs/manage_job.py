from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.job_envelope import JobEnvelope
from ...models.manage_job_request import ManageJobRequest
from ...types import UNSET, Response


def _get_kwargs(
    job_id: str,
    *,
    body: ManageJobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/jobs/v2/{job_id}".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | JobEnvelope | str | None:
    if response.status_code == 200:
        response_200 = JobEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = JobEnvelope.from_dict(response.json())

        return response_202

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

    if response.status_code == 412:
        response_412 = ErrorEnvelope.from_dict(response.json())

        return response_412

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ErrorEnvelope.from_dict(response.json())

        return response_502

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | JobEnvelope | str]:
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
    body: ManageJobRequest,
) -> Response[ErrorEnvelope | JobEnvelope | str]:
    """Perform an action on a job (stop, resubmit, restore, reset).

     agavepy: `jobs.manage(jobId=…, body={"action": …})` (declares only `stop` and `resubmit`).

    Requires write permission. The body is JSON (declared) or a form with the same fields.
    * `stop`: kills the job. **200** with an envelope that has **no `result`**. 502 when the remote kill
    fails,
      400 when the job cannot be stopped (e.g. already finished).
    * `resubmit`: creates a **new** job with the same request. **202 Accepted**, `result` is the *new*
    job.
      The new job goes through submission, so its failures come back as they do for `submit_job`:
    **412**
      (the execution system has no usable credentials for the caller) and **403** (the caller may not
    run the
      app or use the execution system).
      `ignoreInputConflicts` and `ignoreParameterConflicts` default to true (`"true"`/`"1"` enable,
    anything
      else disables); `preserveNotifications` is parsed but has no effect in 2.2.27.
    * `restore`: un-hides a deleted job; works on hidden jobs too. **200**, `result` is the job.
    * `reset`: rolls the job back to its previous active state; tenant admins only (403 otherwise).
    **200**,
      `result` is the job.
    Unknown or missing action: 400 `Invalid action X` / `No action specified`. A hidden job gives 404
    for every
    action except `restore`.

    Args:
        job_id (str):
        body (ManageJobRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | JobEnvelope | str]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ManageJobRequest,
) -> ErrorEnvelope | JobEnvelope | str | None:
    """Perform an action on a job (stop, resubmit, restore, reset).

     agavepy: `jobs.manage(jobId=…, body={"action": …})` (declares only `stop` and `resubmit`).

    Requires write permission. The body is JSON (declared) or a form with the same fields.
    * `stop`: kills the job. **200** with an envelope that has **no `result`**. 502 when the remote kill
    fails,
      400 when the job cannot be stopped (e.g. already finished).
    * `resubmit`: creates a **new** job with the same request. **202 Accepted**, `result` is the *new*
    job.
      The new job goes through submission, so its failures come back as they do for `submit_job`:
    **412**
      (the execution system has no usable credentials for the caller) and **403** (the caller may not
    run the
      app or use the execution system).
      `ignoreInputConflicts` and `ignoreParameterConflicts` default to true (`"true"`/`"1"` enable,
    anything
      else disables); `preserveNotifications` is parsed but has no effect in 2.2.27.
    * `restore`: un-hides a deleted job; works on hidden jobs too. **200**, `result` is the job.
    * `reset`: rolls the job back to its previous active state; tenant admins only (403 otherwise).
    **200**,
      `result` is the job.
    Unknown or missing action: 400 `Invalid action X` / `No action specified`. A hidden job gives 404
    for every
    action except `restore`.

    Args:
        job_id (str):
        body (ManageJobRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | JobEnvelope | str
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ManageJobRequest,
) -> Response[ErrorEnvelope | JobEnvelope | str]:
    """Perform an action on a job (stop, resubmit, restore, reset).

     agavepy: `jobs.manage(jobId=…, body={"action": …})` (declares only `stop` and `resubmit`).

    Requires write permission. The body is JSON (declared) or a form with the same fields.
    * `stop`: kills the job. **200** with an envelope that has **no `result`**. 502 when the remote kill
    fails,
      400 when the job cannot be stopped (e.g. already finished).
    * `resubmit`: creates a **new** job with the same request. **202 Accepted**, `result` is the *new*
    job.
      The new job goes through submission, so its failures come back as they do for `submit_job`:
    **412**
      (the execution system has no usable credentials for the caller) and **403** (the caller may not
    run the
      app or use the execution system).
      `ignoreInputConflicts` and `ignoreParameterConflicts` default to true (`"true"`/`"1"` enable,
    anything
      else disables); `preserveNotifications` is parsed but has no effect in 2.2.27.
    * `restore`: un-hides a deleted job; works on hidden jobs too. **200**, `result` is the job.
    * `reset`: rolls the job back to its previous active state; tenant admins only (403 otherwise).
    **200**,
      `result` is the job.
    Unknown or missing action: 400 `Invalid action X` / `No action specified`. A hidden job gives 404
    for every
    action except `restore`.

    Args:
        job_id (str):
        body (ManageJobRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | JobEnvelope | str]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ManageJobRequest,
) -> ErrorEnvelope | JobEnvelope | str | None:
    """Perform an action on a job (stop, resubmit, restore, reset).

     agavepy: `jobs.manage(jobId=…, body={"action": …})` (declares only `stop` and `resubmit`).

    Requires write permission. The body is JSON (declared) or a form with the same fields.
    * `stop`: kills the job. **200** with an envelope that has **no `result`**. 502 when the remote kill
    fails,
      400 when the job cannot be stopped (e.g. already finished).
    * `resubmit`: creates a **new** job with the same request. **202 Accepted**, `result` is the *new*
    job.
      The new job goes through submission, so its failures come back as they do for `submit_job`:
    **412**
      (the execution system has no usable credentials for the caller) and **403** (the caller may not
    run the
      app or use the execution system).
      `ignoreInputConflicts` and `ignoreParameterConflicts` default to true (`"true"`/`"1"` enable,
    anything
      else disables); `preserveNotifications` is parsed but has no effect in 2.2.27.
    * `restore`: un-hides a deleted job; works on hidden jobs too. **200**, `result` is the job.
    * `reset`: rolls the job back to its previous active state; tenant admins only (403 otherwise).
    **200**,
      `result` is the job.
    Unknown or missing action: 400 `Invalid action X` / `No action specified`. A hidden job gives 404
    for every
    action except `restore`.

    Args:
        job_id (str):
        body (ManageJobRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | JobEnvelope | str
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            body=body,
        )
    ).parsed
