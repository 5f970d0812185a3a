from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.export import Export
from ...models.export_request import ExportRequest
from ...models.validation_error_body import ValidationErrorBody
from ...types import Response, loads_json


def _get_kwargs(
    *,
    body: ExportRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/data/export",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | Export | ValidationErrorBody | None:
    if response.status_code == 202:
        response_202 = Export.from_dict(loads_json(response.content))

        return response_202

    if response.status_code == 401:
        response_401 = ErrorMessage.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 422:
        response_422 = ValidationErrorBody.from_dict(loads_json(response.content))

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMessage | Export | ValidationErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ExportRequest,
) -> Response[ErrorMessage | Export | ValidationErrorBody]:
    """Start an export of the processing history

     Starts an asynchronous export in CSV, JSON or JSONL and returns at once with the
    job (202). Poll `get_export` until `status` is `completed` (then download
    `download_url`) or `failed` (see `error_message`).

    Inferred, as the page does not say: the filters select records as
    `list_descriptions` does and the file lists them in the same order (newest
    first); a `limit` above 100000 is accepted here and the job then fails with
    "Export exceeded maximum record limit" (the message of the page's failed
    example).

    Args:
        body (ExportRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | Export | ValidationErrorBody]
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
    body: ExportRequest,
) -> ErrorMessage | Export | ValidationErrorBody | None:
    """Start an export of the processing history

     Starts an asynchronous export in CSV, JSON or JSONL and returns at once with the
    job (202). Poll `get_export` until `status` is `completed` (then download
    `download_url`) or `failed` (see `error_message`).

    Inferred, as the page does not say: the filters select records as
    `list_descriptions` does and the file lists them in the same order (newest
    first); a `limit` above 100000 is accepted here and the job then fails with
    "Export exceeded maximum record limit" (the message of the page's failed
    example).

    Args:
        body (ExportRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | Export | ValidationErrorBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ExportRequest,
) -> Response[ErrorMessage | Export | ValidationErrorBody]:
    """Start an export of the processing history

     Starts an asynchronous export in CSV, JSON or JSONL and returns at once with the
    job (202). Poll `get_export` until `status` is `completed` (then download
    `download_url`) or `failed` (see `error_message`).

    Inferred, as the page does not say: the filters select records as
    `list_descriptions` does and the file lists them in the same order (newest
    first); a `limit` above 100000 is accepted here and the job then fails with
    "Export exceeded maximum record limit" (the message of the page's failed
    example).

    Args:
        body (ExportRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | Export | ValidationErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ExportRequest,
) -> ErrorMessage | Export | ValidationErrorBody | None:
    """Start an export of the processing history

     Starts an asynchronous export in CSV, JSON or JSONL and returns at once with the
    job (202). Poll `get_export` until `status` is `completed` (then download
    `download_url`) or `failed` (see `error_message`).

    Inferred, as the page does not say: the filters select records as
    `list_descriptions` does and the file lists them in the same order (newest
    first); a `limit` above 100000 is accepted here and the job then fails with
    "Export exceeded maximum record limit" (the message of the page's failed
    example).

    Args:
        body (ExportRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | Export | ValidationErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
