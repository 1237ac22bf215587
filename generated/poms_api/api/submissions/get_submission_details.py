from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_submission_details_request import GetSubmissionDetailsRequest
from ...models.submission_details import SubmissionDetails
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: GetSubmissionDetailsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/poms/submission_details",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SubmissionDetails | str | None:
    if response.status_code == 200:
        response_200 = SubmissionDetails.from_dict(response.json())

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
) -> Response[SubmissionDetails | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetSubmissionDetailsRequest,
) -> Response[SubmissionDetails | str]:
    """Get a submission with its status history, snapshots and SAM file statistics.

     The submission details page as JSON (`fmt=json`). `submission` is the row with its stage and its
    stage, job type
    and login setup snapshots expanded; `history` lists status changes (`status_id`, see `statusmap`);
    `statuses` are `[label, count, files URL]` triples from SAM. Unknown id → 400 (`NoResultFound`); SAM
    trouble
    → 400. The answer echoes `submission_id` as a string. Legacy client: `submission_details(experiment,
    role, submission_id)`.

    Args:
        body (GetSubmissionDetailsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubmissionDetails | str]
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
    body: GetSubmissionDetailsRequest,
) -> SubmissionDetails | str | None:
    """Get a submission with its status history, snapshots and SAM file statistics.

     The submission details page as JSON (`fmt=json`). `submission` is the row with its stage and its
    stage, job type
    and login setup snapshots expanded; `history` lists status changes (`status_id`, see `statusmap`);
    `statuses` are `[label, count, files URL]` triples from SAM. Unknown id → 400 (`NoResultFound`); SAM
    trouble
    → 400. The answer echoes `submission_id` as a string. Legacy client: `submission_details(experiment,
    role, submission_id)`.

    Args:
        body (GetSubmissionDetailsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubmissionDetails | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetSubmissionDetailsRequest,
) -> Response[SubmissionDetails | str]:
    """Get a submission with its status history, snapshots and SAM file statistics.

     The submission details page as JSON (`fmt=json`). `submission` is the row with its stage and its
    stage, job type
    and login setup snapshots expanded; `history` lists status changes (`status_id`, see `statusmap`);
    `statuses` are `[label, count, files URL]` triples from SAM. Unknown id → 400 (`NoResultFound`); SAM
    trouble
    → 400. The answer echoes `submission_id` as a string. Legacy client: `submission_details(experiment,
    role, submission_id)`.

    Args:
        body (GetSubmissionDetailsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubmissionDetails | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetSubmissionDetailsRequest,
) -> SubmissionDetails | str | None:
    """Get a submission with its status history, snapshots and SAM file statistics.

     The submission details page as JSON (`fmt=json`). `submission` is the row with its stage and its
    stage, job type
    and login setup snapshots expanded; `history` lists status changes (`status_id`, see `statusmap`);
    `statuses` are `[label, count, files URL]` triples from SAM. Unknown id → 400 (`NoResultFound`); SAM
    trouble
    → 400. The answer echoes `submission_id` as a string. Legacy client: `submission_details(experiment,
    role, submission_id)`.

    Args:
        body (GetSubmissionDetailsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubmissionDetails | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
