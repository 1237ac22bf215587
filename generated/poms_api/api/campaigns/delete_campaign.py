from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign_deletion import CampaignDeletion
from ...models.delete_campaign_request import DeleteCampaignRequest
from ...models.role import Role
from ...types import UNSET, Response


def _get_kwargs(
    experiment: str,
    role: Role,
    *,
    body: DeleteCampaignRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/poms/show_campaigns/{experiment}/{role}".format(
            experiment=quote(str(experiment), safe=""),
            role=quote(str(role), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CampaignDeletion | str | None:
    if response.status_code == 200:
        response_200 = CampaignDeletion.from_dict(response.json())

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
) -> Response[CampaignDeletion | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    experiment: str,
    role: Role,
    *,
    client: AuthenticatedClient | Client,
    body: DeleteCampaignRequest,
) -> Response[CampaignDeletion | str]:
    """Delete one of the caller's campaigns with its stages (show_campaigns action=delete).

     Campaign deletion is an `action=delete` post to the `show_campaigns` method; the legacy
    `campaign_rm` posts it
    to `/poms/show_campaigns` with `experiment`/`role` as form fields. This document routes it through
    the path
    form `/poms/show_campaigns/<experiment>/<role>` (same server method, same behaviour) so that listing
    and deleting
    are separate operations.

    With `pcl_call=1` the campaign is looked up by `del_campaign_name` among the **caller's own**
    campaigns in the
    experiment; without `pcl_call` the server takes `del_campaign_id` instead and answers with the full
    listing.
    The outcome is only in `msg` (always 200): `Campaign named X with campaign_id N and related
    CampagnStages were
    deleted.` (sic), `This campaign has been submitted.  It cannot be deleted.` or `The campaign 'X'
    does not
    exist.`. Dependencies, stages and tag links are deleted with the campaign. Not permitted → 401.

    Args:
        experiment (str):
        role (Role): Role to act in. `analysis` works on the caller's own items; `production-
            shifter` may do (launch, update) what production may, but not modify; `production` and
            `superuser` need the matching membership.
        body (DeleteCampaignRequest): Form of `show_campaigns` with `action=delete`; experiment
            and role are in the path.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignDeletion | str]
    """

    kwargs = _get_kwargs(
        experiment=experiment,
        role=role,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    experiment: str,
    role: Role,
    *,
    client: AuthenticatedClient | Client,
    body: DeleteCampaignRequest,
) -> CampaignDeletion | str | None:
    """Delete one of the caller's campaigns with its stages (show_campaigns action=delete).

     Campaign deletion is an `action=delete` post to the `show_campaigns` method; the legacy
    `campaign_rm` posts it
    to `/poms/show_campaigns` with `experiment`/`role` as form fields. This document routes it through
    the path
    form `/poms/show_campaigns/<experiment>/<role>` (same server method, same behaviour) so that listing
    and deleting
    are separate operations.

    With `pcl_call=1` the campaign is looked up by `del_campaign_name` among the **caller's own**
    campaigns in the
    experiment; without `pcl_call` the server takes `del_campaign_id` instead and answers with the full
    listing.
    The outcome is only in `msg` (always 200): `Campaign named X with campaign_id N and related
    CampagnStages were
    deleted.` (sic), `This campaign has been submitted.  It cannot be deleted.` or `The campaign 'X'
    does not
    exist.`. Dependencies, stages and tag links are deleted with the campaign. Not permitted → 401.

    Args:
        experiment (str):
        role (Role): Role to act in. `analysis` works on the caller's own items; `production-
            shifter` may do (launch, update) what production may, but not modify; `production` and
            `superuser` need the matching membership.
        body (DeleteCampaignRequest): Form of `show_campaigns` with `action=delete`; experiment
            and role are in the path.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignDeletion | str
    """

    return sync_detailed(
        experiment=experiment,
        role=role,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    experiment: str,
    role: Role,
    *,
    client: AuthenticatedClient | Client,
    body: DeleteCampaignRequest,
) -> Response[CampaignDeletion | str]:
    """Delete one of the caller's campaigns with its stages (show_campaigns action=delete).

     Campaign deletion is an `action=delete` post to the `show_campaigns` method; the legacy
    `campaign_rm` posts it
    to `/poms/show_campaigns` with `experiment`/`role` as form fields. This document routes it through
    the path
    form `/poms/show_campaigns/<experiment>/<role>` (same server method, same behaviour) so that listing
    and deleting
    are separate operations.

    With `pcl_call=1` the campaign is looked up by `del_campaign_name` among the **caller's own**
    campaigns in the
    experiment; without `pcl_call` the server takes `del_campaign_id` instead and answers with the full
    listing.
    The outcome is only in `msg` (always 200): `Campaign named X with campaign_id N and related
    CampagnStages were
    deleted.` (sic), `This campaign has been submitted.  It cannot be deleted.` or `The campaign 'X'
    does not
    exist.`. Dependencies, stages and tag links are deleted with the campaign. Not permitted → 401.

    Args:
        experiment (str):
        role (Role): Role to act in. `analysis` works on the caller's own items; `production-
            shifter` may do (launch, update) what production may, but not modify; `production` and
            `superuser` need the matching membership.
        body (DeleteCampaignRequest): Form of `show_campaigns` with `action=delete`; experiment
            and role are in the path.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignDeletion | str]
    """

    kwargs = _get_kwargs(
        experiment=experiment,
        role=role,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    experiment: str,
    role: Role,
    *,
    client: AuthenticatedClient | Client,
    body: DeleteCampaignRequest,
) -> CampaignDeletion | str | None:
    """Delete one of the caller's campaigns with its stages (show_campaigns action=delete).

     Campaign deletion is an `action=delete` post to the `show_campaigns` method; the legacy
    `campaign_rm` posts it
    to `/poms/show_campaigns` with `experiment`/`role` as form fields. This document routes it through
    the path
    form `/poms/show_campaigns/<experiment>/<role>` (same server method, same behaviour) so that listing
    and deleting
    are separate operations.

    With `pcl_call=1` the campaign is looked up by `del_campaign_name` among the **caller's own**
    campaigns in the
    experiment; without `pcl_call` the server takes `del_campaign_id` instead and answers with the full
    listing.
    The outcome is only in `msg` (always 200): `Campaign named X with campaign_id N and related
    CampagnStages were
    deleted.` (sic), `This campaign has been submitted.  It cannot be deleted.` or `The campaign 'X'
    does not
    exist.`. Dependencies, stages and tag links are deleted with the campaign. Not permitted → 401.

    Args:
        experiment (str):
        role (Role): Role to act in. `analysis` works on the caller's own items; `production-
            shifter` may do (launch, update) what production may, but not modify; `production` and
            `superuser` need the matching membership.
        body (DeleteCampaignRequest): Form of `show_campaigns` with `action=delete`; experiment
            and role are in the path.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignDeletion | str
    """

    return (
        await asyncio_detailed(
            experiment=experiment,
            role=role,
            client=client,
            body=body,
        )
    ).parsed
