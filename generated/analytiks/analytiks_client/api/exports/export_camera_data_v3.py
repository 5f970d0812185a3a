from typing import Any

import httpx

from ..._runtime.errors import ResponseValidationError
from ..._runtime.lenient import check_parsed, empty_body, parse_failure, unexpected_status
from ..._runtime.request_rules import check_body
from ...client import AuthenticatedClient, Client
from ...models.export_v3_request import ExportV3Request
from ...models.export_v3_response import ExportV3Response
from ...types import Response, status_of


def _get_kwargs(
    *,
    body: ExportV3Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/json/v3",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if "json" in _kwargs:
        check_body("export_camera_data_v3", _kwargs["json"])
    _kwargs["headers"] = headers
    return _kwargs


def request_kwargs(
    *,
    body: ExportV3Request,
) -> dict[str, Any]:
    """The arguments of `httpx.Client.request` for this operation (method, url, params,
    body and headers), for a helper that sends it another way (streaming, or its own
    parsing of the answer)."""
    return _get_kwargs(
        body=body,
    )


def _parse_response(*, client: AuthenticatedClient | Client | None, response: httpx.Response) -> ExportV3Response:
    if not 200 <= response.status_code < 300:
        raise unexpected_status("export_camera_data_v3", response)
    if not response.content:
        raise empty_body("export_camera_data_v3", "ExportV3Response", response)
    try:
        response_200 = ExportV3Response.from_json(response.content)
        check_parsed("export_camera_data_v3", response_200, response)
        return response_200

    except ResponseValidationError:
        raise
    except Exception as error:  # noqa: BLE001 - any failure to read a success body is the server's
        raise parse_failure("export_camera_data_v3", error, response) from error


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ExportV3Response]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def parse_response(response: httpx.Response) -> ExportV3Response:
    """What `sync` returns for `response`, an answer to the request `request_kwargs`
    describes, sent another way (walks build their pages' requests once)."""
    return _parse_response(client=None, response=response)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ExportV3Request,
) -> Response[ExportV3Response]:
    """Export camera data for a brand's locations, a batch at a time

     Data of the brand's locations, a batch per request: send the `cursor` of each
    response with the next request (and the same dates and interval) until the
    cursor is null. The first request has no cursor, or a null one.

    Inferred, as the page does not say: only the locations the client is authorized
    for are returned, in increasing `locationId` order; each carries its
    `referenceNumber` when it has one; the last batch (the one holding the brand's
    last location) comes with a null cursor, so no request returns an empty batch
    unless the period has no data; a brand with no location the client may access
    is answered 401; a cursor that was not issued for this brand is answered 400.

    Args:
        body (ExportV3Request): A brand's locations, a batch at a time.

            `startDate` and `endDate` are ISO 8601 and both UTC (ending in `Z`, for example
            `2023-06-08T11:30:00.000Z`) or both local time of each location (no offset,
            for example `2023-06-08T09:00:00.000`); the response's timestamps follow the
            same form. At most 5 days apart; both ends are included (inferred). Explicit
            offsets such as `+02:00` are not documented and not accepted (inferred).

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[ExportV3Response]
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
    body: ExportV3Request,
) -> ExportV3Response:
    """Export camera data for a brand's locations, a batch at a time

     Data of the brand's locations, a batch per request: send the `cursor` of each
    response with the next request (and the same dates and interval) until the
    cursor is null. The first request has no cursor, or a null one.

    Inferred, as the page does not say: only the locations the client is authorized
    for are returned, in increasing `locationId` order; each carries its
    `referenceNumber` when it has one; the last batch (the one holding the brand's
    last location) comes with a null cursor, so no request returns an empty batch
    unless the period has no data; a brand with no location the client may access
    is answered 401; a cursor that was not issued for this brand is answered 400.

    Args:
        body (ExportV3Request): A brand's locations, a batch at a time.

            `startDate` and `endDate` are ISO 8601 and both UTC (ending in `Z`, for example
            `2023-06-08T11:30:00.000Z`) or both local time of each location (no offset,
            for example `2023-06-08T09:00:00.000`); the response's timestamps follow the
            same form. At most 5 days apart; both ends are included (inferred). Explicit
            offsets such as `+02:00` are not documented and not accepted (inferred).

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        ExportV3Response
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ExportV3Request,
) -> Response[ExportV3Response]:
    """Export camera data for a brand's locations, a batch at a time

     Data of the brand's locations, a batch per request: send the `cursor` of each
    response with the next request (and the same dates and interval) until the
    cursor is null. The first request has no cursor, or a null one.

    Inferred, as the page does not say: only the locations the client is authorized
    for are returned, in increasing `locationId` order; each carries its
    `referenceNumber` when it has one; the last batch (the one holding the brand's
    last location) comes with a null cursor, so no request returns an empty batch
    unless the period has no data; a brand with no location the client may access
    is answered 401; a cursor that was not issued for this brand is answered 400.

    Args:
        body (ExportV3Request): A brand's locations, a batch at a time.

            `startDate` and `endDate` are ISO 8601 and both UTC (ending in `Z`, for example
            `2023-06-08T11:30:00.000Z`) or both local time of each location (no offset,
            for example `2023-06-08T09:00:00.000`); the response's timestamps follow the
            same form. At most 5 days apart; both ends are included (inferred). Explicit
            offsets such as `+02:00` are not documented and not accepted (inferred).

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[ExportV3Response]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ExportV3Request,
) -> ExportV3Response:
    """Export camera data for a brand's locations, a batch at a time

     Data of the brand's locations, a batch per request: send the `cursor` of each
    response with the next request (and the same dates and interval) until the
    cursor is null. The first request has no cursor, or a null one.

    Inferred, as the page does not say: only the locations the client is authorized
    for are returned, in increasing `locationId` order; each carries its
    `referenceNumber` when it has one; the last batch (the one holding the brand's
    last location) comes with a null cursor, so no request returns an empty batch
    unless the period has no data; a brand with no location the client may access
    is answered 401; a cursor that was not issued for this brand is answered 400.

    Args:
        body (ExportV3Request): A brand's locations, a batch at a time.

            `startDate` and `endDate` are ISO 8601 and both UTC (ending in `Z`, for example
            `2023-06-08T11:30:00.000Z`) or both local time of each location (no offset,
            for example `2023-06-08T09:00:00.000`); the response's timestamps follow the
            same form. At most 5 days apart; both ends are included (inferred). Explicit
            offsets such as `+02:00` are not documented and not accepted (inferred).

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        ExportV3Response
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
