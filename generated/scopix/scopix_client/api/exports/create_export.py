from typing import Any

import httpx

from ..._runtime.errors import ResponseValidationError
from ..._runtime.lenient import check_parsed, empty_body, parse_failure, unexpected_status
from ..._runtime.request_rules import check_body
from ...client import AuthenticatedClient, Client
from ...models.export import Export
from ...models.export_request import ExportRequest
from ...types import Response, status_of


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

    if "json" in _kwargs:
        check_body("create_export", _kwargs["json"])
    _kwargs["headers"] = headers
    return _kwargs


def request_kwargs(
    *,
    body: ExportRequest,
) -> dict[str, Any]:
    """The arguments of `httpx.Client.request` for this operation (method, url, params,
    body and headers), for a helper that sends it another way (streaming, or its own
    parsing of the answer)."""
    return _get_kwargs(
        body=body,
    )


def _parse_response(*, client: AuthenticatedClient | Client | None, response: httpx.Response) -> Export:
    if not 200 <= response.status_code < 300:
        raise unexpected_status("create_export", response)
    if not response.content:
        raise empty_body("create_export", "Export", response)
    try:
        response_202 = Export.from_json(response.content)
        check_parsed("create_export", response_202, response)
        return response_202

    except ResponseValidationError:
        raise
    except Exception as error:  # noqa: BLE001 - any failure to read a success body is the server's
        raise parse_failure("create_export", error, response) from error


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
    *,
    client: AuthenticatedClient,
    body: ExportRequest,
) -> Response[Export]:
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
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[Export]
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
) -> Export:
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
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Export
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ExportRequest,
) -> Response[Export]:
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
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[Export]
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
) -> Export:
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
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Export
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
