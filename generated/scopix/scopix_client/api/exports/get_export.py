from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.export import Export
from ...models.validation_error_body import ValidationErrorBody
from ...types import Response, loads_json


def _get_kwargs(
    export_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/data/export/{export_id}".format(
            export_id=quote(str(export_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | Export | ValidationErrorBody | None:
    if response.status_code == 200:
        response_200 = Export.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = ErrorMessage.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = ErrorMessage.from_dict(loads_json(response.content))

        return response_404

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
    export_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorMessage | Export | ValidationErrorBody]:
    """Get the status of an export

     The export job; when `status` is `completed`, `download_url` is a presigned URL
    on the storage host that expires after one hour.

    Inferred: every call for a completed export presigns a fresh URL, valid for
    one hour from that call.

    Args:
        export_id (UUID): The `export_id` returned by `create_export`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | Export | ValidationErrorBody]
    """

    kwargs = _get_kwargs(
        export_id=export_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    export_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ErrorMessage | Export | ValidationErrorBody | None:
    """Get the status of an export

     The export job; when `status` is `completed`, `download_url` is a presigned URL
    on the storage host that expires after one hour.

    Inferred: every call for a completed export presigns a fresh URL, valid for
    one hour from that call.

    Args:
        export_id (UUID): The `export_id` returned by `create_export`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | Export | ValidationErrorBody
    """

    return sync_detailed(
        export_id=export_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    export_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorMessage | Export | ValidationErrorBody]:
    """Get the status of an export

     The export job; when `status` is `completed`, `download_url` is a presigned URL
    on the storage host that expires after one hour.

    Inferred: every call for a completed export presigns a fresh URL, valid for
    one hour from that call.

    Args:
        export_id (UUID): The `export_id` returned by `create_export`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | Export | ValidationErrorBody]
    """

    kwargs = _get_kwargs(
        export_id=export_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    export_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ErrorMessage | Export | ValidationErrorBody | None:
    """Get the status of an export

     The export job; when `status` is `completed`, `download_url` is a presigned URL
    on the storage host that expires after one hour.

    Inferred: every call for a completed export presigns a fresh URL, valid for
    one hour from that call.

    Args:
        export_id (UUID): The `export_id` returned by `create_export`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | Export | ValidationErrorBody
    """

    return (
        await asyncio_detailed(
            export_id=export_id,
            client=client,
        )
    ).parsed
