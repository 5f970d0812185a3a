from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.export_status import ExportStatus
from ...models.export_summary import ExportSummary
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Response, Unset, loads_json


def _get_kwargs(
    *,
    dataset_name: str | Unset = UNSET,
    status: ExportStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["dataset_name"] = dataset_name

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/developer/exports/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | ValidationErrorBody | list[ExportSummary] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = loads_json(response.content)
        for response_200_item_data in _response_200:
            response_200_item = ExportSummary.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ErrorMessage | ValidationErrorBody | list[ExportSummary]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    dataset_name: str | Unset = UNSET,
    status: ExportStatus | Unset = UNSET,
) -> Response[ErrorMessage | ValidationErrorBody | list[ExportSummary]]:
    """List exports

     Exports visible to the key, optionally only those of one dataset and/or in one
    status.

    Inferred, as the page does not say: the list is not paged, exports come in
    the order they were created, and an unknown `dataset_name` answers `404`
    rather than an empty list.

    Args:
        dataset_name (str | Unset):
        status (ExportStatus | Unset): - `pending`: the export is queued.
            - `processing`: the export is being created.
            - `completed`: the export is ready for download.
            - `failed`: the export failed (see `error_message`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ValidationErrorBody | list[ExportSummary]]
    """

    kwargs = _get_kwargs(
        dataset_name=dataset_name,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    dataset_name: str | Unset = UNSET,
    status: ExportStatus | Unset = UNSET,
) -> ErrorMessage | ValidationErrorBody | list[ExportSummary] | None:
    """List exports

     Exports visible to the key, optionally only those of one dataset and/or in one
    status.

    Inferred, as the page does not say: the list is not paged, exports come in
    the order they were created, and an unknown `dataset_name` answers `404`
    rather than an empty list.

    Args:
        dataset_name (str | Unset):
        status (ExportStatus | Unset): - `pending`: the export is queued.
            - `processing`: the export is being created.
            - `completed`: the export is ready for download.
            - `failed`: the export failed (see `error_message`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ValidationErrorBody | list[ExportSummary]
    """

    return sync_detailed(
        client=client,
        dataset_name=dataset_name,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    dataset_name: str | Unset = UNSET,
    status: ExportStatus | Unset = UNSET,
) -> Response[ErrorMessage | ValidationErrorBody | list[ExportSummary]]:
    """List exports

     Exports visible to the key, optionally only those of one dataset and/or in one
    status.

    Inferred, as the page does not say: the list is not paged, exports come in
    the order they were created, and an unknown `dataset_name` answers `404`
    rather than an empty list.

    Args:
        dataset_name (str | Unset):
        status (ExportStatus | Unset): - `pending`: the export is queued.
            - `processing`: the export is being created.
            - `completed`: the export is ready for download.
            - `failed`: the export failed (see `error_message`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | ValidationErrorBody | list[ExportSummary]]
    """

    kwargs = _get_kwargs(
        dataset_name=dataset_name,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    dataset_name: str | Unset = UNSET,
    status: ExportStatus | Unset = UNSET,
) -> ErrorMessage | ValidationErrorBody | list[ExportSummary] | None:
    """List exports

     Exports visible to the key, optionally only those of one dataset and/or in one
    status.

    Inferred, as the page does not say: the list is not paged, exports come in
    the order they were created, and an unknown `dataset_name` answers `404`
    rather than an empty list.

    Args:
        dataset_name (str | Unset):
        status (ExportStatus | Unset): - `pending`: the export is queued.
            - `processing`: the export is being created.
            - `completed`: the export is ready for download.
            - `failed`: the export failed (see `error_message`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | ValidationErrorBody | list[ExportSummary]
    """

    return (
        await asyncio_detailed(
            client=client,
            dataset_name=dataset_name,
            status=status,
        )
    ).parsed
