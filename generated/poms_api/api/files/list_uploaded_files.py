from http import HTTPStatus
from typing import Any, Literal, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.file_uploads import FileUploads
from ...models.role import Role
from ...types import UNSET, Response, Unset


def _get_kwargs(
    experiment: str,
    role: Role,
    user: str,
    *,
    fmt: Literal["json"] | Unset = "json",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fmt"] = fmt

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/poms/file_uploads/{experiment}/{role}/{user}".format(
            experiment=quote(str(experiment), safe=""),
            role=quote(str(role), safe=""),
            user=quote(str(user), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FileUploads | str | None:
    if response.status_code == 200:
        response_200 = FileUploads.from_dict(response.json())

        return response_200

    if response.status_code == 303:
        response_303 = response.text
        if not (isinstance(response_303, str)):
            raise TypeError("response_303: expected a string, got " + type(response_303).__name__)

        return response_303

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[FileUploads | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    experiment: str,
    role: Role,
    user: str,
    *,
    client: AuthenticatedClient | Client,
    fmt: Literal["json"] | Unset = "json",
) -> Response[FileUploads | str]:
    """List the caller's uploaded files with sizes, dates and quota (path form, GET).

     The upload page as JSON (`fmt=json`). The legacy CLIs use it (`check_stale_proxy` /
    `check_stale_token`) to
    find the upload date of `x509up_voms_*` / `vt_*` files; they send role `analysis`. The `user`
    segment is
    **not** used to pick the area: it is always the caller's own. Role `production` → 303 to
    `/poms/index`.
    Dates are UTC with a `Z` suffix, unlike the rest of the API.

    `experimenters` holds the experiment's members as `[Experimenter, membership]` row pairs;
    **SQLAlchemy ≥ 1.4
    servers cannot serialise these rows, so the current server answers 400 HTML `TypeError('Object of
    type Row
    is not JSON serializable')`** (the legacy CLIs then treat the credentials as stale). The 200 shape
    below is
    what servers with tuple-like rows send.

    Args:
        experiment (str):
        role (Role): Role to act in. `analysis` works on the caller's own items; `production-
            shifter` may do (launch, update) what production may, but not modify; `production` and
            `superuser` need the matching membership.
        user (str):
        fmt (Literal['json'] | Unset):  Default: 'json'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileUploads | str]
    """

    kwargs = _get_kwargs(
        experiment=experiment,
        role=role,
        user=user,
        fmt=fmt,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    experiment: str,
    role: Role,
    user: str,
    *,
    client: AuthenticatedClient | Client,
    fmt: Literal["json"] | Unset = "json",
) -> FileUploads | str | None:
    """List the caller's uploaded files with sizes, dates and quota (path form, GET).

     The upload page as JSON (`fmt=json`). The legacy CLIs use it (`check_stale_proxy` /
    `check_stale_token`) to
    find the upload date of `x509up_voms_*` / `vt_*` files; they send role `analysis`. The `user`
    segment is
    **not** used to pick the area: it is always the caller's own. Role `production` → 303 to
    `/poms/index`.
    Dates are UTC with a `Z` suffix, unlike the rest of the API.

    `experimenters` holds the experiment's members as `[Experimenter, membership]` row pairs;
    **SQLAlchemy ≥ 1.4
    servers cannot serialise these rows, so the current server answers 400 HTML `TypeError('Object of
    type Row
    is not JSON serializable')`** (the legacy CLIs then treat the credentials as stale). The 200 shape
    below is
    what servers with tuple-like rows send.

    Args:
        experiment (str):
        role (Role): Role to act in. `analysis` works on the caller's own items; `production-
            shifter` may do (launch, update) what production may, but not modify; `production` and
            `superuser` need the matching membership.
        user (str):
        fmt (Literal['json'] | Unset):  Default: 'json'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileUploads | str
    """

    return sync_detailed(
        experiment=experiment,
        role=role,
        user=user,
        client=client,
        fmt=fmt,
    ).parsed


async def asyncio_detailed(
    experiment: str,
    role: Role,
    user: str,
    *,
    client: AuthenticatedClient | Client,
    fmt: Literal["json"] | Unset = "json",
) -> Response[FileUploads | str]:
    """List the caller's uploaded files with sizes, dates and quota (path form, GET).

     The upload page as JSON (`fmt=json`). The legacy CLIs use it (`check_stale_proxy` /
    `check_stale_token`) to
    find the upload date of `x509up_voms_*` / `vt_*` files; they send role `analysis`. The `user`
    segment is
    **not** used to pick the area: it is always the caller's own. Role `production` → 303 to
    `/poms/index`.
    Dates are UTC with a `Z` suffix, unlike the rest of the API.

    `experimenters` holds the experiment's members as `[Experimenter, membership]` row pairs;
    **SQLAlchemy ≥ 1.4
    servers cannot serialise these rows, so the current server answers 400 HTML `TypeError('Object of
    type Row
    is not JSON serializable')`** (the legacy CLIs then treat the credentials as stale). The 200 shape
    below is
    what servers with tuple-like rows send.

    Args:
        experiment (str):
        role (Role): Role to act in. `analysis` works on the caller's own items; `production-
            shifter` may do (launch, update) what production may, but not modify; `production` and
            `superuser` need the matching membership.
        user (str):
        fmt (Literal['json'] | Unset):  Default: 'json'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileUploads | str]
    """

    kwargs = _get_kwargs(
        experiment=experiment,
        role=role,
        user=user,
        fmt=fmt,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    experiment: str,
    role: Role,
    user: str,
    *,
    client: AuthenticatedClient | Client,
    fmt: Literal["json"] | Unset = "json",
) -> FileUploads | str | None:
    """List the caller's uploaded files with sizes, dates and quota (path form, GET).

     The upload page as JSON (`fmt=json`). The legacy CLIs use it (`check_stale_proxy` /
    `check_stale_token`) to
    find the upload date of `x509up_voms_*` / `vt_*` files; they send role `analysis`. The `user`
    segment is
    **not** used to pick the area: it is always the caller's own. Role `production` → 303 to
    `/poms/index`.
    Dates are UTC with a `Z` suffix, unlike the rest of the API.

    `experimenters` holds the experiment's members as `[Experimenter, membership]` row pairs;
    **SQLAlchemy ≥ 1.4
    servers cannot serialise these rows, so the current server answers 400 HTML `TypeError('Object of
    type Row
    is not JSON serializable')`** (the legacy CLIs then treat the credentials as stale). The 200 shape
    below is
    what servers with tuple-like rows send.

    Args:
        experiment (str):
        role (Role): Role to act in. `analysis` works on the caller's own items; `production-
            shifter` may do (launch, update) what production may, but not modify; `production` and
            `superuser` need the matching membership.
        user (str):
        fmt (Literal['json'] | Unset):  Default: 'json'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileUploads | str
    """

    return (
        await asyncio_detailed(
            experiment=experiment,
            role=role,
            user=user,
            client=client,
            fmt=fmt,
        )
    ).parsed
