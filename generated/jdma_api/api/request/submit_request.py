from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_request_accepted import DeleteRequestAccepted
from ...models.error import Error
from ...models.get_request_accepted import GetRequestAccepted
from ...models.new_delete_request import NewDeleteRequest
from ...models.new_get_request import NewGetRequest
from ...models.new_put_request import NewPutRequest
from ...models.put_request_accepted import PutRequestAccepted
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: NewDeleteRequest | NewGetRequest | NewPutRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/request",
    }

    if isinstance(body, NewPutRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, NewGetRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteRequestAccepted | GetRequestAccepted | PutRequestAccepted | Error | str | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> DeleteRequestAccepted | GetRequestAccepted | PutRequestAccepted:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_submit_request_response_type_0 = PutRequestAccepted.from_dict(data)

                return componentsschemas_submit_request_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_submit_request_response_type_1 = GetRequestAccepted.from_dict(data)

                return componentsschemas_submit_request_response_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_submit_request_response_type_2 = DeleteRequestAccepted.from_dict(data)

            return componentsschemas_submit_request_response_type_2

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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
) -> Response[DeleteRequestAccepted | GetRequestAccepted | PutRequestAccepted | Error | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NewDeleteRequest | NewGetRequest | NewPutRequest,
) -> Response[DeleteRequestAccepted | GetRequestAccepted | PutRequestAccepted | Error | str]:
    """Submit a PUT, MIGRATE, GET (retrieve) or DELETE request.

     One route for four request types, chosen by the body's `request_type` (a **string** here; the answer
    carries it as an **integer**). The answer is the request body echoed back (with `credentials`
    blanked to
    `{}` when sent) plus `request_id`, `request_type` (int), `batch_id`, `workspace`, `storage`,
    `stage`,
    `registered_date` and `label` (the batch's), and some type-specific keys: see `PutRequestAccepted`,
    `GetRequestAccepted`, `DeleteRequestAccepted`. Decide success by the status code: a PUT/MIGRATE
    success
    body contains `"error": ""`.

    Common checks, in order: no `name` → `404` `No name supplied`; unknown user → **`403`** `User X not
    initialised yet.  Run jdma.py init first` (no final period); no `request_type` → `404` `No request
    type
    supplied`; unknown `request_type` → `404` `Invalid request method`. Every error object echoes the
    body
    (credentials blanked) plus `error`, except the backend errors (`External storage: X does not exist`,
    `Required credentials for: ...`, `External storage: X not connecting.  Reason is: ...`), which carry
    only
    `error`. Any unexpected exception inside the type-specific checks becomes `404` with `error` set to
    the
    Python exception text, e.g. `'list' object has no attribute 'first'`, `'NoneType' object is not
    iterable`,
    `'storage'`, `'error'`.

    **PUT / MIGRATE** (`NewPutRequest`; MIGRATE deletes the source files after a verified upload).
    Checks in
    order: `No workspace supplied`; `Workspace W has no associated groupworkspace quota set` (also
    `Workspace
    None ...` for null); `No directory path or filelist supplied`; `Filelist is empty`; then, because of
    a
    server bug, **a filelist identical to one of a batch not yet deleted, or a body without the `label`
    key,
    fails with `404 'list' object has no attribute 'first'`** (the intended `403` "already in a
    migration"
    never happens): always send `label`, `null` is fine; `External storage not specified in PUT /
    MIGRATE
    request`; `Path P does not exist` for each missing path (messages concatenated without separator);
    backend errors (404, error only); `External storage: S has not been attached to the groupworkspace:
    W`
    (404); `User: X does not have write permissions or the workspace: W does not exist for external
    storage:
    Elastic Tape` (403); `User: X has insufficient quota remaining for workspace: W for external
    storage: ...`
    (403). `credentials: null` fails (`'NoneType' object is not iterable` for elastictape, `argument of
    type
    'NoneType' is not iterable` for objectstore); credential values must be strings.

    **GET** (`NewGetRequest`, retrieval). Checks in order: `No batch id supplied`; `Batch not found` (no
    final period); backend checks — a failure here (objectstore batch without `access_key`/`secret_key`,
    or
    not connecting) is answered **`404 {"error": "'error'", ...echo}`** (server bug: the real message is
    lost); `User X does not have permission to request batch N` (403); `Batch stage is: ON_DISK.  Cannot
    retrieve (GET) until stage is ON_STORAGE` (403, any stage name but ON_STORAGE); `Target path not
    supplied`
    (404, also for null); `Duplicate GET request made: batch: N, Target path: P` (403); `Parent of
    target path
    P does not exist: D` (404); `User X does not have write permission to the directory: P` (403; the
    message
    names the target path although the parent is checked); `Requested file list contains zero files that
    belong to batch N` (404). `credentials: null` → `404 'NoneType' object is not iterable`: always send
    an
    object (`{}` for elastictape). Duplicate detection compares the submitted absolute `filelist` with
    the
    stored relative one, so repeated retrievals **with** a filelist are always accepted as new requests;
    repeated whole-batch retrievals (no `filelist`) to the same `target_path` are rejected with the 403
    while an earlier one has not reached GET_COMPLETED.

    **DELETE** (`NewDeleteRequest`). Checks in order: `No batch id supplied`; `Batch not found`; the
    `storage` key must be present (otherwise `404 'storage'`) but its value is used only in error
    messages —
    the batch's own backend is used and answered; backend errors (error only); `User X does not have
    permission to delete batch: N` (403; owner or GWS manager may delete); `Duplicate DELETE request
    made:
    batch: N` (403).

    Malformed JSON, a non-object body, or a batch without a registration date give a `500` HTML page.

    Args:
        body (NewDeleteRequest | NewGetRequest | NewPutRequest): Body of `submit_request`, chosen
            by `request_type`: `NewPutRequest` (PUT, MIGRATE), `NewGetRequest` (GET) or
            `NewDeleteRequest` (DELETE).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteRequestAccepted | GetRequestAccepted | PutRequestAccepted | Error | str]
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
    body: NewDeleteRequest | NewGetRequest | NewPutRequest,
) -> DeleteRequestAccepted | GetRequestAccepted | PutRequestAccepted | Error | str | None:
    """Submit a PUT, MIGRATE, GET (retrieve) or DELETE request.

     One route for four request types, chosen by the body's `request_type` (a **string** here; the answer
    carries it as an **integer**). The answer is the request body echoed back (with `credentials`
    blanked to
    `{}` when sent) plus `request_id`, `request_type` (int), `batch_id`, `workspace`, `storage`,
    `stage`,
    `registered_date` and `label` (the batch's), and some type-specific keys: see `PutRequestAccepted`,
    `GetRequestAccepted`, `DeleteRequestAccepted`. Decide success by the status code: a PUT/MIGRATE
    success
    body contains `"error": ""`.

    Common checks, in order: no `name` → `404` `No name supplied`; unknown user → **`403`** `User X not
    initialised yet.  Run jdma.py init first` (no final period); no `request_type` → `404` `No request
    type
    supplied`; unknown `request_type` → `404` `Invalid request method`. Every error object echoes the
    body
    (credentials blanked) plus `error`, except the backend errors (`External storage: X does not exist`,
    `Required credentials for: ...`, `External storage: X not connecting.  Reason is: ...`), which carry
    only
    `error`. Any unexpected exception inside the type-specific checks becomes `404` with `error` set to
    the
    Python exception text, e.g. `'list' object has no attribute 'first'`, `'NoneType' object is not
    iterable`,
    `'storage'`, `'error'`.

    **PUT / MIGRATE** (`NewPutRequest`; MIGRATE deletes the source files after a verified upload).
    Checks in
    order: `No workspace supplied`; `Workspace W has no associated groupworkspace quota set` (also
    `Workspace
    None ...` for null); `No directory path or filelist supplied`; `Filelist is empty`; then, because of
    a
    server bug, **a filelist identical to one of a batch not yet deleted, or a body without the `label`
    key,
    fails with `404 'list' object has no attribute 'first'`** (the intended `403` "already in a
    migration"
    never happens): always send `label`, `null` is fine; `External storage not specified in PUT /
    MIGRATE
    request`; `Path P does not exist` for each missing path (messages concatenated without separator);
    backend errors (404, error only); `External storage: S has not been attached to the groupworkspace:
    W`
    (404); `User: X does not have write permissions or the workspace: W does not exist for external
    storage:
    Elastic Tape` (403); `User: X has insufficient quota remaining for workspace: W for external
    storage: ...`
    (403). `credentials: null` fails (`'NoneType' object is not iterable` for elastictape, `argument of
    type
    'NoneType' is not iterable` for objectstore); credential values must be strings.

    **GET** (`NewGetRequest`, retrieval). Checks in order: `No batch id supplied`; `Batch not found` (no
    final period); backend checks — a failure here (objectstore batch without `access_key`/`secret_key`,
    or
    not connecting) is answered **`404 {"error": "'error'", ...echo}`** (server bug: the real message is
    lost); `User X does not have permission to request batch N` (403); `Batch stage is: ON_DISK.  Cannot
    retrieve (GET) until stage is ON_STORAGE` (403, any stage name but ON_STORAGE); `Target path not
    supplied`
    (404, also for null); `Duplicate GET request made: batch: N, Target path: P` (403); `Parent of
    target path
    P does not exist: D` (404); `User X does not have write permission to the directory: P` (403; the
    message
    names the target path although the parent is checked); `Requested file list contains zero files that
    belong to batch N` (404). `credentials: null` → `404 'NoneType' object is not iterable`: always send
    an
    object (`{}` for elastictape). Duplicate detection compares the submitted absolute `filelist` with
    the
    stored relative one, so repeated retrievals **with** a filelist are always accepted as new requests;
    repeated whole-batch retrievals (no `filelist`) to the same `target_path` are rejected with the 403
    while an earlier one has not reached GET_COMPLETED.

    **DELETE** (`NewDeleteRequest`). Checks in order: `No batch id supplied`; `Batch not found`; the
    `storage` key must be present (otherwise `404 'storage'`) but its value is used only in error
    messages —
    the batch's own backend is used and answered; backend errors (error only); `User X does not have
    permission to delete batch: N` (403; owner or GWS manager may delete); `Duplicate DELETE request
    made:
    batch: N` (403).

    Malformed JSON, a non-object body, or a batch without a registration date give a `500` HTML page.

    Args:
        body (NewDeleteRequest | NewGetRequest | NewPutRequest): Body of `submit_request`, chosen
            by `request_type`: `NewPutRequest` (PUT, MIGRATE), `NewGetRequest` (GET) or
            `NewDeleteRequest` (DELETE).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteRequestAccepted | GetRequestAccepted | PutRequestAccepted | Error | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NewDeleteRequest | NewGetRequest | NewPutRequest,
) -> Response[DeleteRequestAccepted | GetRequestAccepted | PutRequestAccepted | Error | str]:
    """Submit a PUT, MIGRATE, GET (retrieve) or DELETE request.

     One route for four request types, chosen by the body's `request_type` (a **string** here; the answer
    carries it as an **integer**). The answer is the request body echoed back (with `credentials`
    blanked to
    `{}` when sent) plus `request_id`, `request_type` (int), `batch_id`, `workspace`, `storage`,
    `stage`,
    `registered_date` and `label` (the batch's), and some type-specific keys: see `PutRequestAccepted`,
    `GetRequestAccepted`, `DeleteRequestAccepted`. Decide success by the status code: a PUT/MIGRATE
    success
    body contains `"error": ""`.

    Common checks, in order: no `name` → `404` `No name supplied`; unknown user → **`403`** `User X not
    initialised yet.  Run jdma.py init first` (no final period); no `request_type` → `404` `No request
    type
    supplied`; unknown `request_type` → `404` `Invalid request method`. Every error object echoes the
    body
    (credentials blanked) plus `error`, except the backend errors (`External storage: X does not exist`,
    `Required credentials for: ...`, `External storage: X not connecting.  Reason is: ...`), which carry
    only
    `error`. Any unexpected exception inside the type-specific checks becomes `404` with `error` set to
    the
    Python exception text, e.g. `'list' object has no attribute 'first'`, `'NoneType' object is not
    iterable`,
    `'storage'`, `'error'`.

    **PUT / MIGRATE** (`NewPutRequest`; MIGRATE deletes the source files after a verified upload).
    Checks in
    order: `No workspace supplied`; `Workspace W has no associated groupworkspace quota set` (also
    `Workspace
    None ...` for null); `No directory path or filelist supplied`; `Filelist is empty`; then, because of
    a
    server bug, **a filelist identical to one of a batch not yet deleted, or a body without the `label`
    key,
    fails with `404 'list' object has no attribute 'first'`** (the intended `403` "already in a
    migration"
    never happens): always send `label`, `null` is fine; `External storage not specified in PUT /
    MIGRATE
    request`; `Path P does not exist` for each missing path (messages concatenated without separator);
    backend errors (404, error only); `External storage: S has not been attached to the groupworkspace:
    W`
    (404); `User: X does not have write permissions or the workspace: W does not exist for external
    storage:
    Elastic Tape` (403); `User: X has insufficient quota remaining for workspace: W for external
    storage: ...`
    (403). `credentials: null` fails (`'NoneType' object is not iterable` for elastictape, `argument of
    type
    'NoneType' is not iterable` for objectstore); credential values must be strings.

    **GET** (`NewGetRequest`, retrieval). Checks in order: `No batch id supplied`; `Batch not found` (no
    final period); backend checks — a failure here (objectstore batch without `access_key`/`secret_key`,
    or
    not connecting) is answered **`404 {"error": "'error'", ...echo}`** (server bug: the real message is
    lost); `User X does not have permission to request batch N` (403); `Batch stage is: ON_DISK.  Cannot
    retrieve (GET) until stage is ON_STORAGE` (403, any stage name but ON_STORAGE); `Target path not
    supplied`
    (404, also for null); `Duplicate GET request made: batch: N, Target path: P` (403); `Parent of
    target path
    P does not exist: D` (404); `User X does not have write permission to the directory: P` (403; the
    message
    names the target path although the parent is checked); `Requested file list contains zero files that
    belong to batch N` (404). `credentials: null` → `404 'NoneType' object is not iterable`: always send
    an
    object (`{}` for elastictape). Duplicate detection compares the submitted absolute `filelist` with
    the
    stored relative one, so repeated retrievals **with** a filelist are always accepted as new requests;
    repeated whole-batch retrievals (no `filelist`) to the same `target_path` are rejected with the 403
    while an earlier one has not reached GET_COMPLETED.

    **DELETE** (`NewDeleteRequest`). Checks in order: `No batch id supplied`; `Batch not found`; the
    `storage` key must be present (otherwise `404 'storage'`) but its value is used only in error
    messages —
    the batch's own backend is used and answered; backend errors (error only); `User X does not have
    permission to delete batch: N` (403; owner or GWS manager may delete); `Duplicate DELETE request
    made:
    batch: N` (403).

    Malformed JSON, a non-object body, or a batch without a registration date give a `500` HTML page.

    Args:
        body (NewDeleteRequest | NewGetRequest | NewPutRequest): Body of `submit_request`, chosen
            by `request_type`: `NewPutRequest` (PUT, MIGRATE), `NewGetRequest` (GET) or
            `NewDeleteRequest` (DELETE).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteRequestAccepted | GetRequestAccepted | PutRequestAccepted | Error | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: NewDeleteRequest | NewGetRequest | NewPutRequest,
) -> DeleteRequestAccepted | GetRequestAccepted | PutRequestAccepted | Error | str | None:
    """Submit a PUT, MIGRATE, GET (retrieve) or DELETE request.

     One route for four request types, chosen by the body's `request_type` (a **string** here; the answer
    carries it as an **integer**). The answer is the request body echoed back (with `credentials`
    blanked to
    `{}` when sent) plus `request_id`, `request_type` (int), `batch_id`, `workspace`, `storage`,
    `stage`,
    `registered_date` and `label` (the batch's), and some type-specific keys: see `PutRequestAccepted`,
    `GetRequestAccepted`, `DeleteRequestAccepted`. Decide success by the status code: a PUT/MIGRATE
    success
    body contains `"error": ""`.

    Common checks, in order: no `name` → `404` `No name supplied`; unknown user → **`403`** `User X not
    initialised yet.  Run jdma.py init first` (no final period); no `request_type` → `404` `No request
    type
    supplied`; unknown `request_type` → `404` `Invalid request method`. Every error object echoes the
    body
    (credentials blanked) plus `error`, except the backend errors (`External storage: X does not exist`,
    `Required credentials for: ...`, `External storage: X not connecting.  Reason is: ...`), which carry
    only
    `error`. Any unexpected exception inside the type-specific checks becomes `404` with `error` set to
    the
    Python exception text, e.g. `'list' object has no attribute 'first'`, `'NoneType' object is not
    iterable`,
    `'storage'`, `'error'`.

    **PUT / MIGRATE** (`NewPutRequest`; MIGRATE deletes the source files after a verified upload).
    Checks in
    order: `No workspace supplied`; `Workspace W has no associated groupworkspace quota set` (also
    `Workspace
    None ...` for null); `No directory path or filelist supplied`; `Filelist is empty`; then, because of
    a
    server bug, **a filelist identical to one of a batch not yet deleted, or a body without the `label`
    key,
    fails with `404 'list' object has no attribute 'first'`** (the intended `403` "already in a
    migration"
    never happens): always send `label`, `null` is fine; `External storage not specified in PUT /
    MIGRATE
    request`; `Path P does not exist` for each missing path (messages concatenated without separator);
    backend errors (404, error only); `External storage: S has not been attached to the groupworkspace:
    W`
    (404); `User: X does not have write permissions or the workspace: W does not exist for external
    storage:
    Elastic Tape` (403); `User: X has insufficient quota remaining for workspace: W for external
    storage: ...`
    (403). `credentials: null` fails (`'NoneType' object is not iterable` for elastictape, `argument of
    type
    'NoneType' is not iterable` for objectstore); credential values must be strings.

    **GET** (`NewGetRequest`, retrieval). Checks in order: `No batch id supplied`; `Batch not found` (no
    final period); backend checks — a failure here (objectstore batch without `access_key`/`secret_key`,
    or
    not connecting) is answered **`404 {"error": "'error'", ...echo}`** (server bug: the real message is
    lost); `User X does not have permission to request batch N` (403); `Batch stage is: ON_DISK.  Cannot
    retrieve (GET) until stage is ON_STORAGE` (403, any stage name but ON_STORAGE); `Target path not
    supplied`
    (404, also for null); `Duplicate GET request made: batch: N, Target path: P` (403); `Parent of
    target path
    P does not exist: D` (404); `User X does not have write permission to the directory: P` (403; the
    message
    names the target path although the parent is checked); `Requested file list contains zero files that
    belong to batch N` (404). `credentials: null` → `404 'NoneType' object is not iterable`: always send
    an
    object (`{}` for elastictape). Duplicate detection compares the submitted absolute `filelist` with
    the
    stored relative one, so repeated retrievals **with** a filelist are always accepted as new requests;
    repeated whole-batch retrievals (no `filelist`) to the same `target_path` are rejected with the 403
    while an earlier one has not reached GET_COMPLETED.

    **DELETE** (`NewDeleteRequest`). Checks in order: `No batch id supplied`; `Batch not found`; the
    `storage` key must be present (otherwise `404 'storage'`) but its value is used only in error
    messages —
    the batch's own backend is used and answered; backend errors (error only); `User X does not have
    permission to delete batch: N` (403; owner or GWS manager may delete); `Duplicate DELETE request
    made:
    batch: N` (403).

    Malformed JSON, a non-object body, or a batch without a registration date give a `500` HTML page.

    Args:
        body (NewDeleteRequest | NewGetRequest | NewPutRequest): Body of `submit_request`, chosen
            by `request_type`: `NewPutRequest` (PUT, MIGRATE), `NewGetRequest` (GET) or
            `NewDeleteRequest` (DELETE).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteRequestAccepted | GetRequestAccepted | PutRequestAccepted | Error | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
