from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.change_task_split_rule_request import ChangeTaskSplitRuleRequest
from ...models.integer_envelope import IntegerEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: ChangeTaskSplitRuleRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/task/change_split_rule",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | IntegerEnvelope | None:
    if response.status_code == 200:
        response_200 = IntegerEnvelope.from_dict(response.json())

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
) -> Response[Any | IntegerEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ChangeTaskSplitRuleRequest,
) -> Response[Any | IntegerEnvelope]:
    """Change or add a split rule of a task

     Sets `attribute_name=value` in the task's split rule. `attribute_name` is the two-letter split-rule
    code, and only these may be changed: `AI` allowIncompleteInDS, `TW` t1Weight, `EC` nEsConsumers,
    `MF` nMaxFilesPerJob, `NG` nGBPerJob, `NI` noInputPooling, `NF` nFilesPerJob, `ES` nEventsPerWorker,
    `NJ` nJumboJobs, `AV` avoidVP, `IL` allowInputLAN, `LI` useLocalIO, `LC` noLoopingCheck,
    `CC` maxCoreCount, `OT` onlyTagsForFC, `UZ` useZipToPin, `IM` ignoreMissingInDS, `NP` noAutoPause.
    A `value` of `""` or `"None"` removes the attribute from the split rule. Any other code gives
    `success:
    false`, `data: 2`, message `<code> is not a valid attribute. Valid attributes are [<the codes as a
    Python
    list>]`. An unknown task gives `success: false`, message `Task not found` (`data` null); a database
    exception `Exception while changing the split rule`. Requires the production role.

    Args:
        body (ChangeTaskSplitRuleRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | IntegerEnvelope]
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
    client: AuthenticatedClient,
    body: ChangeTaskSplitRuleRequest,
) -> Any | IntegerEnvelope | None:
    """Change or add a split rule of a task

     Sets `attribute_name=value` in the task's split rule. `attribute_name` is the two-letter split-rule
    code, and only these may be changed: `AI` allowIncompleteInDS, `TW` t1Weight, `EC` nEsConsumers,
    `MF` nMaxFilesPerJob, `NG` nGBPerJob, `NI` noInputPooling, `NF` nFilesPerJob, `ES` nEventsPerWorker,
    `NJ` nJumboJobs, `AV` avoidVP, `IL` allowInputLAN, `LI` useLocalIO, `LC` noLoopingCheck,
    `CC` maxCoreCount, `OT` onlyTagsForFC, `UZ` useZipToPin, `IM` ignoreMissingInDS, `NP` noAutoPause.
    A `value` of `""` or `"None"` removes the attribute from the split rule. Any other code gives
    `success:
    false`, `data: 2`, message `<code> is not a valid attribute. Valid attributes are [<the codes as a
    Python
    list>]`. An unknown task gives `success: false`, message `Task not found` (`data` null); a database
    exception `Exception while changing the split rule`. Requires the production role.

    Args:
        body (ChangeTaskSplitRuleRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | IntegerEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ChangeTaskSplitRuleRequest,
) -> Response[Any | IntegerEnvelope]:
    """Change or add a split rule of a task

     Sets `attribute_name=value` in the task's split rule. `attribute_name` is the two-letter split-rule
    code, and only these may be changed: `AI` allowIncompleteInDS, `TW` t1Weight, `EC` nEsConsumers,
    `MF` nMaxFilesPerJob, `NG` nGBPerJob, `NI` noInputPooling, `NF` nFilesPerJob, `ES` nEventsPerWorker,
    `NJ` nJumboJobs, `AV` avoidVP, `IL` allowInputLAN, `LI` useLocalIO, `LC` noLoopingCheck,
    `CC` maxCoreCount, `OT` onlyTagsForFC, `UZ` useZipToPin, `IM` ignoreMissingInDS, `NP` noAutoPause.
    A `value` of `""` or `"None"` removes the attribute from the split rule. Any other code gives
    `success:
    false`, `data: 2`, message `<code> is not a valid attribute. Valid attributes are [<the codes as a
    Python
    list>]`. An unknown task gives `success: false`, message `Task not found` (`data` null); a database
    exception `Exception while changing the split rule`. Requires the production role.

    Args:
        body (ChangeTaskSplitRuleRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | IntegerEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ChangeTaskSplitRuleRequest,
) -> Any | IntegerEnvelope | None:
    """Change or add a split rule of a task

     Sets `attribute_name=value` in the task's split rule. `attribute_name` is the two-letter split-rule
    code, and only these may be changed: `AI` allowIncompleteInDS, `TW` t1Weight, `EC` nEsConsumers,
    `MF` nMaxFilesPerJob, `NG` nGBPerJob, `NI` noInputPooling, `NF` nFilesPerJob, `ES` nEventsPerWorker,
    `NJ` nJumboJobs, `AV` avoidVP, `IL` allowInputLAN, `LI` useLocalIO, `LC` noLoopingCheck,
    `CC` maxCoreCount, `OT` onlyTagsForFC, `UZ` useZipToPin, `IM` ignoreMissingInDS, `NP` noAutoPause.
    A `value` of `""` or `"None"` removes the attribute from the split rule. Any other code gives
    `success:
    false`, `data: 2`, message `<code> is not a valid attribute. Valid attributes are [<the codes as a
    Python
    list>]`. An unknown task gives `success: false`, message `Task not found` (`data` null); a database
    exception `Exception while changing the split rule`. Requires the production role.

    Args:
        body (ChangeTaskSplitRuleRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | IntegerEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
