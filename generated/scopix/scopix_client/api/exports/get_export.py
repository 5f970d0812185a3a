from typing import Any
from uuid import UUID

import httpx

from ..._runtime.errors import ResponseValidationError
from ..._runtime.lenient import check_parsed, empty_body, parse_failure, unexpected_status
from ..._runtime.segments import segment
from ...client import AuthenticatedClient, Client
from ...models.export import Export
from ...types import Response, status_of


def _get_kwargs(
    export_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/data/export/{export_id}".format(
            export_id=segment("export_id", export_id),
        ),
    }

    return _kwargs


def request_kwargs(
    export_id: UUID,
) -> dict[str, Any]:
    """The arguments of `httpx.Client.request` for this operation (method, url, params,
    body and headers), for a helper that sends it another way (streaming, or its own
    parsing of the answer)."""
    return _get_kwargs(
        export_id=export_id,
    )


def _parse_response(*, client: AuthenticatedClient | Client | None, response: httpx.Response) -> Export:
    if not 200 <= response.status_code < 300:
        raise unexpected_status("get_export", response)
    if not response.content:
        raise empty_body("get_export", "Export", response)
    try:
        response_200 = Export.from_json(response.content)
        check_parsed("get_export", response_200, response)
        return response_200

    except ResponseValidationError:
        raise
    except Exception as error:  # noqa: BLE001 - any failure to read a success body is the server's
        raise parse_failure("get_export", error, response) from error


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Export]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def parse_response(response: httpx.Response) -> Export:
    """What `sync` returns for `response`, an answer to the request `request_kwargs`
    describes, sent another way (walks build their pages' requests once)."""
    return _parse_response(client=None, response=response)


def sync_detailed(
    export_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Export]:
    """Get the status of an export

     The export job; when `status` is `completed`, `download_url` is a presigned URL
    on the storage host that expires after one hour.

    Inferred: every call for a completed export presigns a fresh URL, valid for
    one hour from that call.

    Args:
        export_id (UUID): The `export_id` returned by `create_export`.

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[Export]
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
) -> Export:
    """Get the status of an export

     The export job; when `status` is `completed`, `download_url` is a presigned URL
    on the storage host that expires after one hour.

    Inferred: every call for a completed export presigns a fresh URL, valid for
    one hour from that call.

    Args:
        export_id (UUID): The `export_id` returned by `create_export`.

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Export
    """

    return sync_detailed(
        export_id=export_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    export_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Export]:
    """Get the status of an export

     The export job; when `status` is `completed`, `download_url` is a presigned URL
    on the storage host that expires after one hour.

    Inferred: every call for a completed export presigns a fresh URL, valid for
    one hour from that call.

    Args:
        export_id (UUID): The `export_id` returned by `create_export`.

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[Export]
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
) -> Export:
    """Get the status of an export

     The export job; when `status` is `completed`, `download_url` is a presigned URL
    on the storage host that expires after one hour.

    Inferred: every call for a completed export presigns a fresh URL, valid for
    one hour from that call.

    Args:
        export_id (UUID): The `export_id` returned by `create_export`.

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Export
    """

    return (
        await asyncio_detailed(
            export_id=export_id,
            client=client,
        )
    ).parsed
