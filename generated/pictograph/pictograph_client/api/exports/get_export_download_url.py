from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.download_url import DownloadUrl
from ...models.error_message import ErrorMessage
from ...types import Response, loads_json


def _get_kwargs(
    dataset_name: str,
    export_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/developer/exports/{dataset_name}/{export_name}/download".format(
            dataset_name=quote(str(dataset_name), safe=""),
            export_name=quote(str(export_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DownloadUrl | ErrorMessage | None:
    if response.status_code == 200:
        response_200 = DownloadUrl.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = ErrorMessage.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = ErrorMessage.from_dict(loads_json(response.content))

        return response_404

    if response.status_code == 409:
        response_409 = ErrorMessage.from_dict(loads_json(response.content))

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DownloadUrl | ErrorMessage]:
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
) -> Response[DownloadUrl | ErrorMessage]:
    """Get a signed URL to download a completed export

     A signed URL to download the completed export's ZIP file, valid until
    `expires_at`. Fetch it with a plain GET that carries no API key and no
    `Authorization` header: the URL's query string is its authorization. Once it
    has expired, ask for a new one.

    Inferred, as the page does not say: an export that is not `completed` yet (or
    `failed`) answers `409`; a URL is valid for one hour (the example's
    `expires_at` is an hour after its `completed_at`); the storage host honours
    `Range` requests.

    Args:
        dataset_name (str):
        export_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DownloadUrl | ErrorMessage]
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
) -> DownloadUrl | ErrorMessage | None:
    """Get a signed URL to download a completed export

     A signed URL to download the completed export's ZIP file, valid until
    `expires_at`. Fetch it with a plain GET that carries no API key and no
    `Authorization` header: the URL's query string is its authorization. Once it
    has expired, ask for a new one.

    Inferred, as the page does not say: an export that is not `completed` yet (or
    `failed`) answers `409`; a URL is valid for one hour (the example's
    `expires_at` is an hour after its `completed_at`); the storage host honours
    `Range` requests.

    Args:
        dataset_name (str):
        export_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DownloadUrl | ErrorMessage
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
) -> Response[DownloadUrl | ErrorMessage]:
    """Get a signed URL to download a completed export

     A signed URL to download the completed export's ZIP file, valid until
    `expires_at`. Fetch it with a plain GET that carries no API key and no
    `Authorization` header: the URL's query string is its authorization. Once it
    has expired, ask for a new one.

    Inferred, as the page does not say: an export that is not `completed` yet (or
    `failed`) answers `409`; a URL is valid for one hour (the example's
    `expires_at` is an hour after its `completed_at`); the storage host honours
    `Range` requests.

    Args:
        dataset_name (str):
        export_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DownloadUrl | ErrorMessage]
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
) -> DownloadUrl | ErrorMessage | None:
    """Get a signed URL to download a completed export

     A signed URL to download the completed export's ZIP file, valid until
    `expires_at`. Fetch it with a plain GET that carries no API key and no
    `Authorization` header: the URL's query string is its authorization. Once it
    has expired, ask for a new one.

    Inferred, as the page does not say: an export that is not `completed` yet (or
    `failed`) answers `409`; a URL is valid for one hour (the example's
    `expires_at` is an hour after its `completed_at`); the storage host honours
    `Range` requests.

    Args:
        dataset_name (str):
        export_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DownloadUrl | ErrorMessage
    """

    return (
        await asyncio_detailed(
            dataset_name=dataset_name,
            export_name=export_name,
            client=client,
        )
    ).parsed
