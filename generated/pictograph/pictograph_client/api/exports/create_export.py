from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_export_request import CreateExportRequest
from ...models.error_message import ErrorMessage
from ...models.export_created import ExportCreated
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Response, Unset, loads_json


def _get_kwargs(
    *,
    body: CreateExportRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/developer/exports/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | ExportCreated | ValidationErrorBody | None:
    if response.status_code == 201:
        response_201 = ExportCreated.from_dict(loads_json(response.content))

        return response_201

    if response.status_code == 401:
        response_401 = ErrorMessage.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = ErrorMessage.from_dict(loads_json(response.content))

        return response_404

    if response.status_code == 409:
        response_409 = ErrorMessage.from_dict(loads_json(response.content))

        return response_409

    if response.status_code == 422:
        response_422 = ValidationErrorBody.from_dict(loads_json(response.content))

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMessage | ExportCreated | ValidationErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateExportRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorMessage | ExportCreated | ValidationErrorBody]:
    """Create an export job

     Create a new export job of a dataset. Returns immediately, with the export
    `pending`, while processing continues in the background; poll `get_export`
    until it is `completed` or `failed`.

    Inferred, as the page does not say: the answer is `201 Created`; names are
    unique within a dataset, and creating an export under a name already taken
    in that dataset answers `409` (so a client retrying a create whose first
    answer was lost can recognise its own job and fetch it by name); an unknown
    dataset answers `404`; a malformed body answers `422`. Classes in
    `class_filter` or a `status_filter` the dataset does not have make the job
    `failed` with an `error_message`, not a `422`.

    The path ends with a slash, as on the page.

    Args:
        idempotency_key (str | Unset):
        body (CreateExportRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ExportCreated | ValidationErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateExportRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorMessage | ExportCreated | ValidationErrorBody | None:
    """Create an export job

     Create a new export job of a dataset. Returns immediately, with the export
    `pending`, while processing continues in the background; poll `get_export`
    until it is `completed` or `failed`.

    Inferred, as the page does not say: the answer is `201 Created`; names are
    unique within a dataset, and creating an export under a name already taken
    in that dataset answers `409` (so a client retrying a create whose first
    answer was lost can recognise its own job and fetch it by name); an unknown
    dataset answers `404`; a malformed body answers `422`. Classes in
    `class_filter` or a `status_filter` the dataset does not have make the job
    `failed` with an `error_message`, not a `422`.

    The path ends with a slash, as on the page.

    Args:
        idempotency_key (str | Unset):
        body (CreateExportRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ExportCreated | ValidationErrorBody
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateExportRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorMessage | ExportCreated | ValidationErrorBody]:
    """Create an export job

     Create a new export job of a dataset. Returns immediately, with the export
    `pending`, while processing continues in the background; poll `get_export`
    until it is `completed` or `failed`.

    Inferred, as the page does not say: the answer is `201 Created`; names are
    unique within a dataset, and creating an export under a name already taken
    in that dataset answers `409` (so a client retrying a create whose first
    answer was lost can recognise its own job and fetch it by name); an unknown
    dataset answers `404`; a malformed body answers `422`. Classes in
    `class_filter` or a `status_filter` the dataset does not have make the job
    `failed` with an `error_message`, not a `422`.

    The path ends with a slash, as on the page.

    Args:
        idempotency_key (str | Unset):
        body (CreateExportRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ExportCreated | ValidationErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateExportRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorMessage | ExportCreated | ValidationErrorBody | None:
    """Create an export job

     Create a new export job of a dataset. Returns immediately, with the export
    `pending`, while processing continues in the background; poll `get_export`
    until it is `completed` or `failed`.

    Inferred, as the page does not say: the answer is `201 Created`; names are
    unique within a dataset, and creating an export under a name already taken
    in that dataset answers `409` (so a client retrying a create whose first
    answer was lost can recognise its own job and fetch it by name); an unknown
    dataset answers `404`; a malformed body answers `422`. Classes in
    `class_filter` or a `status_filter` the dataset does not have make the job
    `failed` with an `error_message`, not a `422`.

    The path ends with a slash, as on the page.

    Args:
        idempotency_key (str | Unset):
        body (CreateExportRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ExportCreated | ValidationErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
