from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.export import Export
from ...types import Response, loads_json


def _get_kwargs(
    dataset_name: str,
    export_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/developer/exports/{dataset_name}/{export_name}".format(
            dataset_name=quote(str(dataset_name), safe=""),
            export_name=quote(str(export_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorMessage | Export | None:
    if response.status_code == 200:
        response_200 = Export.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = ErrorMessage.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = ErrorMessage.from_dict(loads_json(response.content))

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMessage | Export]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dataset_name: str,
    export_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorMessage | Export]:
    """Get the status and details of an export

     The export's status (pending: queued; processing: being created; completed:
    ready for download; failed: see `error_message`) and details. Counts, size
    and `completed_at` are null until the export is completed.

    Args:
        dataset_name (str):
        export_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | Export]
    """

    kwargs = _get_kwargs(
        dataset_name=dataset_name,
        export_name=export_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dataset_name: str,
    export_name: str,
    *,
    client: AuthenticatedClient,
) -> ErrorMessage | Export | None:
    """Get the status and details of an export

     The export's status (pending: queued; processing: being created; completed:
    ready for download; failed: see `error_message`) and details. Counts, size
    and `completed_at` are null until the export is completed.

    Args:
        dataset_name (str):
        export_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | Export
    """

    return sync_detailed(
        dataset_name=dataset_name,
        export_name=export_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    dataset_name: str,
    export_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorMessage | Export]:
    """Get the status and details of an export

     The export's status (pending: queued; processing: being created; completed:
    ready for download; failed: see `error_message`) and details. Counts, size
    and `completed_at` are null until the export is completed.

    Args:
        dataset_name (str):
        export_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | Export]
    """

    kwargs = _get_kwargs(
        dataset_name=dataset_name,
        export_name=export_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dataset_name: str,
    export_name: str,
    *,
    client: AuthenticatedClient,
) -> ErrorMessage | Export | None:
    """Get the status and details of an export

     The export's status (pending: queued; processing: being created; completed:
    ready for download; failed: see `error_message`) and details. Counts, size
    and `completed_at` are null until the export is completed.

    Args:
        dataset_name (str):
        export_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | Export
    """

    return (
        await asyncio_detailed(
            dataset_name=dataset_name,
            export_name=export_name,
            client=client,
        )
    ).parsed
