from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    job_id: int,
    days: int | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["job_id"] = job_id

    json_days: int | None | Unset
    if isinstance(days, Unset):
        json_days = UNSET
    else:
        json_days = days
    params["days"] = json_days

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/job/generate_offline_execution_script",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Envelope | str | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> Envelope | str:
            try:
                if not True:
                    raise TypeError()
                componentsschemas_offline_execution_script_response_type_0 = data
                if not (isinstance(componentsschemas_offline_execution_script_response_type_0, str)):
                    raise TypeError(
                        "/components/schemas/OfflineExecutionScriptResponse: expected a string, got "
                        + type(componentsschemas_offline_execution_script_response_type_0).__name__
                    )

                return componentsschemas_offline_execution_script_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_offline_execution_script_response_type_1 = Envelope.from_dict(data)

            return componentsschemas_offline_execution_script_response_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[Any | Envelope | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    job_id: int,
    days: int | None | Unset = UNSET,
) -> Response[Any | Envelope | str]:
    """Generate a shell script that re-runs a job offline

     Generates a script that downloads the input with Rucio, sets up ALRB, downloads the transformation
    and runs
    it. The script accepts `--nfiles=<N>`, `--direct`, `--rse_expression=<RSE_EXP>` and
    `--schemes=<SCHEMES>`.

    **Bare-string answer**: when the request passes validation, the body is the script JSON-encoded as a
    string
    literal, *not* an envelope; a failure to generate is also a bare string, starting with `ERROR`. Only
    a
    validation failure (wrong method, bad argument) answers with an envelope (`success: false`).

    Args:
        job_id (int):
        days (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Envelope | str]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        days=days,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    job_id: int,
    days: int | None | Unset = UNSET,
) -> Any | Envelope | str | None:
    """Generate a shell script that re-runs a job offline

     Generates a script that downloads the input with Rucio, sets up ALRB, downloads the transformation
    and runs
    it. The script accepts `--nfiles=<N>`, `--direct`, `--rse_expression=<RSE_EXP>` and
    `--schemes=<SCHEMES>`.

    **Bare-string answer**: when the request passes validation, the body is the script JSON-encoded as a
    string
    literal, *not* an envelope; a failure to generate is also a bare string, starting with `ERROR`. Only
    a
    validation failure (wrong method, bad argument) answers with an envelope (`success: false`).

    Args:
        job_id (int):
        days (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Envelope | str
    """

    return sync_detailed(
        client=client,
        job_id=job_id,
        days=days,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    job_id: int,
    days: int | None | Unset = UNSET,
) -> Response[Any | Envelope | str]:
    """Generate a shell script that re-runs a job offline

     Generates a script that downloads the input with Rucio, sets up ALRB, downloads the transformation
    and runs
    it. The script accepts `--nfiles=<N>`, `--direct`, `--rse_expression=<RSE_EXP>` and
    `--schemes=<SCHEMES>`.

    **Bare-string answer**: when the request passes validation, the body is the script JSON-encoded as a
    string
    literal, *not* an envelope; a failure to generate is also a bare string, starting with `ERROR`. Only
    a
    validation failure (wrong method, bad argument) answers with an envelope (`success: false`).

    Args:
        job_id (int):
        days (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Envelope | str]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        days=days,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    job_id: int,
    days: int | None | Unset = UNSET,
) -> Any | Envelope | str | None:
    """Generate a shell script that re-runs a job offline

     Generates a script that downloads the input with Rucio, sets up ALRB, downloads the transformation
    and runs
    it. The script accepts `--nfiles=<N>`, `--direct`, `--rse_expression=<RSE_EXP>` and
    `--schemes=<SCHEMES>`.

    **Bare-string answer**: when the request passes validation, the body is the script JSON-encoded as a
    string
    literal, *not* an envelope; a failure to generate is also a bare string, starting with `ERROR`. Only
    a
    validation failure (wrong method, bad argument) answers with an envelope (`success: false`).

    Args:
        job_id (int):
        days (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Envelope | str
    """

    return (
        await asyncio_detailed(
            client=client,
            job_id=job_id,
            days=days,
        )
    ).parsed
