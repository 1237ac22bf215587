from http import HTTPStatus
from typing import Any, Literal, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.upload_workflow_request import UploadWorkflowRequest
from ...models.workflow_upload_result import WorkflowUploadResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: UploadWorkflowRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/poms/ini_to_campaign",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Literal["Pick the file first!"] | WorkflowUploadResult | str | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> Literal["Pick the file first!"] | WorkflowUploadResult:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_workflow_upload_response_type_0 = WorkflowUploadResult.from_dict(data)

                return componentsschemas_workflow_upload_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            componentsschemas_workflow_upload_response_type_1 = cast(Literal["Pick the file first!"], data)
            if componentsschemas_workflow_upload_response_type_1 != "Pick the file first!":
                raise ValueError(
                    f"/components/schemas/WorkflowUploadResponse_type_1 must match const 'Pick the file first!', got '{componentsschemas_workflow_upload_response_type_1}'"
                )
            return componentsschemas_workflow_upload_response_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[Literal["Pick the file first!"] | WorkflowUploadResult | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadWorkflowRequest,
) -> Response[Literal["Pick the file first!"] | WorkflowUploadResult | str]:
    """Create or update a campaign from a campaign .ini file (multipart upload).

     Parses the uploaded .ini (sections `campaign`, `campaign_defaults`, `campaign_stage <name>`,
    `dependencies <stage>`, `job_type <name>`, `login_setup <name>`) and saves the campaign, its stages,
    dependencies, job types and login setups. Existing job types and login setups are left unchanged (a
    warning
    is added to `message`).

    **Business errors stay 200**: check `status` (`"201 Created"` or `"400 Bad Request"`, a JSON field,
    not the
    HTTP status). A part without a file name (a plain field named `upload`) gives the JSON string
    `"Pick the file first!"`; no `upload` part at all → 400 HTML. `replace` is accepted and ignored. Not
    permitted to modify the campaign → 401. Legacy client: `upload_wf(file_name, replace=False)`.

    Args:
        body (UploadWorkflowRequest): Multipart form of `ini_to_campaign`. Extra fields are passed
            on and echoed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Literal['Pick the file first!'] | WorkflowUploadResult | str]
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
    body: UploadWorkflowRequest,
) -> Literal["Pick the file first!"] | WorkflowUploadResult | str | None:
    """Create or update a campaign from a campaign .ini file (multipart upload).

     Parses the uploaded .ini (sections `campaign`, `campaign_defaults`, `campaign_stage <name>`,
    `dependencies <stage>`, `job_type <name>`, `login_setup <name>`) and saves the campaign, its stages,
    dependencies, job types and login setups. Existing job types and login setups are left unchanged (a
    warning
    is added to `message`).

    **Business errors stay 200**: check `status` (`"201 Created"` or `"400 Bad Request"`, a JSON field,
    not the
    HTTP status). A part without a file name (a plain field named `upload`) gives the JSON string
    `"Pick the file first!"`; no `upload` part at all → 400 HTML. `replace` is accepted and ignored. Not
    permitted to modify the campaign → 401. Legacy client: `upload_wf(file_name, replace=False)`.

    Args:
        body (UploadWorkflowRequest): Multipart form of `ini_to_campaign`. Extra fields are passed
            on and echoed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Literal['Pick the file first!'] | WorkflowUploadResult | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadWorkflowRequest,
) -> Response[Literal["Pick the file first!"] | WorkflowUploadResult | str]:
    """Create or update a campaign from a campaign .ini file (multipart upload).

     Parses the uploaded .ini (sections `campaign`, `campaign_defaults`, `campaign_stage <name>`,
    `dependencies <stage>`, `job_type <name>`, `login_setup <name>`) and saves the campaign, its stages,
    dependencies, job types and login setups. Existing job types and login setups are left unchanged (a
    warning
    is added to `message`).

    **Business errors stay 200**: check `status` (`"201 Created"` or `"400 Bad Request"`, a JSON field,
    not the
    HTTP status). A part without a file name (a plain field named `upload`) gives the JSON string
    `"Pick the file first!"`; no `upload` part at all → 400 HTML. `replace` is accepted and ignored. Not
    permitted to modify the campaign → 401. Legacy client: `upload_wf(file_name, replace=False)`.

    Args:
        body (UploadWorkflowRequest): Multipart form of `ini_to_campaign`. Extra fields are passed
            on and echoed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Literal['Pick the file first!'] | WorkflowUploadResult | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UploadWorkflowRequest,
) -> Literal["Pick the file first!"] | WorkflowUploadResult | str | None:
    """Create or update a campaign from a campaign .ini file (multipart upload).

     Parses the uploaded .ini (sections `campaign`, `campaign_defaults`, `campaign_stage <name>`,
    `dependencies <stage>`, `job_type <name>`, `login_setup <name>`) and saves the campaign, its stages,
    dependencies, job types and login setups. Existing job types and login setups are left unchanged (a
    warning
    is added to `message`).

    **Business errors stay 200**: check `status` (`"201 Created"` or `"400 Bad Request"`, a JSON field,
    not the
    HTTP status). A part without a file name (a plain field named `upload`) gives the JSON string
    `"Pick the file first!"`; no `upload` part at all → 400 HTML. `replace` is accepted and ignored. Not
    permitted to modify the campaign → 401. Legacy client: `upload_wf(file_name, replace=False)`.

    Args:
        body (UploadWorkflowRequest): Multipart form of `ini_to_campaign`. Extra fields are passed
            on and echoed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Literal['Pick the file first!'] | WorkflowUploadResult | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
