from typing import Any

import httpx

from ..._runtime.envelope import unwrap
from ..._runtime.errors import ResponseValidationError
from ..._runtime.lenient import check_parsed, empty_body, parse_failure, unexpected_status
from ..._runtime.moved import asend, send
from ..._runtime.segments import segment
from ...client import AuthenticatedClient, Client
from ...models.download_url import DownloadUrl
from ...types import Response, loads_json, status_of
from . import get_export_download_url_in_dataset as _moved


def _get_kwargs(
    dataset_name: str,
    export_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/developer/exports/{dataset_name}/{export_name}/download".format(
            dataset_name=segment("dataset_name", dataset_name),
            export_name=segment("export_name", export_name),
        ),
    }

    return _kwargs


def request_kwargs(
    dataset_name: str,
    export_name: str,
) -> dict[str, Any]:
    """The arguments of `httpx.Client.request` for this operation (method, url, params,
    body and headers), for a helper that sends it another way (streaming, or its own
    parsing of the answer)."""
    return _get_kwargs(
        dataset_name=dataset_name,
        export_name=export_name,
    )


def _moved_kwargs(
    dataset_name: str,
    export_name: str,
) -> dict[str, Any]:
    """The request of `get_export_download_url_in_dataset`, where servers labelled `current`
    serve this operation (`x-moved-to`: they answer its own path 404)."""
    return _moved.request_kwargs(
        export_name=export_name,
        dataset=dataset_name,
    )


def _parse_response(*, client: AuthenticatedClient | Client | None, response: httpx.Response) -> DownloadUrl:
    if not 200 <= response.status_code < 300:
        raise unexpected_status("get_export_download_url", response)
    if not response.content:
        raise empty_body("get_export_download_url", "DownloadUrl", response)
    try:
        response_200 = DownloadUrl.from_dict(unwrap(loads_json(response.content), ["data"]))

        check_parsed("get_export_download_url", response_200, response)
        return response_200

    except ResponseValidationError:
        raise
    except Exception as error:  # noqa: BLE001 - any failure to read a success body is the server's
        raise parse_failure("get_export_download_url", error, response) from error


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DownloadUrl]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def parse_response(response: httpx.Response) -> DownloadUrl:
    """What `sync` returns for `response`, an answer to the request `request_kwargs`
    describes, sent another way (walks build their pages' requests once)."""
    return _parse_response(client=None, response=response)


def sync_detailed(
    dataset_name: str,
    export_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[DownloadUrl]:
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
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[DownloadUrl]
    """

    kwargs = _get_kwargs(
        dataset_name=dataset_name,
        export_name=export_name,
    )

    response = send(
        client,
        "current",
        kwargs,
        lambda: _moved_kwargs(
            dataset_name=dataset_name,
            export_name=export_name,
        ),
    )

    return _build_response(client=client, response=response)


def sync(
    dataset_name: str,
    export_name: str,
    *,
    client: AuthenticatedClient,
) -> DownloadUrl:
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
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        DownloadUrl
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
) -> Response[DownloadUrl]:
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
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[DownloadUrl]
    """

    kwargs = _get_kwargs(
        dataset_name=dataset_name,
        export_name=export_name,
    )

    response = await asend(
        client,
        "current",
        kwargs,
        lambda: _moved_kwargs(
            dataset_name=dataset_name,
            export_name=export_name,
        ),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    dataset_name: str,
    export_name: str,
    *,
    client: AuthenticatedClient,
) -> DownloadUrl:
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
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        DownloadUrl
    """

    return (
        await asyncio_detailed(
            dataset_name=dataset_name,
            export_name=export_name,
            client=client,
        )
    ).parsed
