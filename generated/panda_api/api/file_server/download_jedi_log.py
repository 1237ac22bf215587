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
    log_name: str,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["log_name"] = log_name

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/file_server/download_jedi_log",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Envelope | str | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> Envelope | str:
            try:
                if not True:
                    raise TypeError()
                componentsschemas_jedi_log_text_type_0 = data
                if not (isinstance(componentsschemas_jedi_log_text_type_0, str)):
                    raise TypeError(
                        "/components/schemas/JediLogText: expected a string, got "
                        + type(componentsschemas_jedi_log_text_type_0).__name__
                    )

                return componentsschemas_jedi_log_text_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_jedi_log_text_type_1 = Envelope.from_dict(data)

            return componentsschemas_jedi_log_text_type_1

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
    client: AuthenticatedClient,
    log_name: str,
    offset: int | Unset = 0,
) -> Response[Any | Envelope | str]:
    """Read a log file from the cache, from an offset

     Answers a **bare string**, not an envelope: one space `" "` followed by the content of `<cache
    dir>/<log_name>`
    from `offset` on (JSON-encoded as a string literal when JSON was negotiated). Strip the leading
    space. A missing
    or unreadable file is not an error: the answer is then just `" "`. Only the basename of `log_name`
    is used and
    the file is looked up at the top of the cache directory (not under `jedilog/`, where
    `upload_jedi_log` stores).
    The decorator's failures (no secure connection, wrong method, bad arguments) are still envelopes
    with
    `success: false`.

    Args:
        log_name (str):
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Envelope | str]
    """

    kwargs = _get_kwargs(
        log_name=log_name,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    log_name: str,
    offset: int | Unset = 0,
) -> Any | Envelope | str | None:
    """Read a log file from the cache, from an offset

     Answers a **bare string**, not an envelope: one space `" "` followed by the content of `<cache
    dir>/<log_name>`
    from `offset` on (JSON-encoded as a string literal when JSON was negotiated). Strip the leading
    space. A missing
    or unreadable file is not an error: the answer is then just `" "`. Only the basename of `log_name`
    is used and
    the file is looked up at the top of the cache directory (not under `jedilog/`, where
    `upload_jedi_log` stores).
    The decorator's failures (no secure connection, wrong method, bad arguments) are still envelopes
    with
    `success: false`.

    Args:
        log_name (str):
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Envelope | str
    """

    return sync_detailed(
        client=client,
        log_name=log_name,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    log_name: str,
    offset: int | Unset = 0,
) -> Response[Any | Envelope | str]:
    """Read a log file from the cache, from an offset

     Answers a **bare string**, not an envelope: one space `" "` followed by the content of `<cache
    dir>/<log_name>`
    from `offset` on (JSON-encoded as a string literal when JSON was negotiated). Strip the leading
    space. A missing
    or unreadable file is not an error: the answer is then just `" "`. Only the basename of `log_name`
    is used and
    the file is looked up at the top of the cache directory (not under `jedilog/`, where
    `upload_jedi_log` stores).
    The decorator's failures (no secure connection, wrong method, bad arguments) are still envelopes
    with
    `success: false`.

    Args:
        log_name (str):
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Envelope | str]
    """

    kwargs = _get_kwargs(
        log_name=log_name,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    log_name: str,
    offset: int | Unset = 0,
) -> Any | Envelope | str | None:
    """Read a log file from the cache, from an offset

     Answers a **bare string**, not an envelope: one space `" "` followed by the content of `<cache
    dir>/<log_name>`
    from `offset` on (JSON-encoded as a string literal when JSON was negotiated). Strip the leading
    space. A missing
    or unreadable file is not an error: the answer is then just `" "`. Only the basename of `log_name`
    is used and
    the file is looked up at the top of the cache directory (not under `jedilog/`, where
    `upload_jedi_log` stores).
    The decorator's failures (no secure connection, wrong method, bad arguments) are still envelopes
    with
    `success: false`.

    Args:
        log_name (str):
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Envelope | str
    """

    return (
        await asyncio_detailed(
            client=client,
            log_name=log_name,
            offset=offset,
        )
    ).parsed
