from typing import Any

import httpx

from ..._runtime.errors import ResponseValidationError
from ..._runtime.lenient import check_parsed, empty_body, parse_failure, unexpected_status
from ..._runtime.request_rules import check_body
from ...client import AuthenticatedClient, Client
from ...models.export_v2_response import ExportV2Response
from ...models.location_ids_export_request import LocationIdsExportRequest
from ...models.reference_numbers_export_request import ReferenceNumbersExportRequest
from ...types import Response, status_of


def _get_kwargs(
    *,
    body: LocationIdsExportRequest | ReferenceNumbersExportRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/json/v2",
    }

    if isinstance(body, LocationIdsExportRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if "json" in _kwargs:
        check_body("export_camera_data_v2", _kwargs["json"])
    _kwargs["headers"] = headers
    return _kwargs


def request_kwargs(
    *,
    body: LocationIdsExportRequest | ReferenceNumbersExportRequest,
) -> dict[str, Any]:
    """The arguments of `httpx.Client.request` for this operation (method, url, params,
    body and headers), for a helper that sends it another way (streaming, or its own
    parsing of the answer)."""
    return _get_kwargs(
        body=body,
    )


def _parse_response(*, client: AuthenticatedClient | Client | None, response: httpx.Response) -> ExportV2Response:
    if not 200 <= response.status_code < 300:
        raise unexpected_status("export_camera_data_v2", response)
    if not response.content:
        raise empty_body("export_camera_data_v2", "ExportV2Response", response)
    try:
        response_200 = ExportV2Response.from_json(response.content)
        check_parsed("export_camera_data_v2", response_200, response)
        return response_200

    except ResponseValidationError:
        raise
    except Exception as error:  # noqa: BLE001 - any failure to read a success body is the server's
        raise parse_failure("export_camera_data_v2", error, response) from error


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ExportV2Response]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def parse_response(response: httpx.Response) -> ExportV2Response:
    """What `sync` returns for `response`, an answer to the request `request_kwargs`
    describes, sent another way (walks build their pages' requests once)."""
    return _parse_response(client=None, response=response)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: LocationIdsExportRequest | ReferenceNumbersExportRequest,
) -> Response[ExportV2Response]:
    """Export camera data for a batch of locations, with partial results

     As v1 (same request, same rules), but locations the client may not access do not
    fail the request: the data of the others comes back in `successes` and the
    rejected ones are listed in `failures`. The status is 200 for a full or partial
    response and 401 when every requested location is rejected.

    Inferred, as the page does not say: `failures` is an empty object when nothing
    was rejected; rejected locations are listed as requested, IDs in
    `failures.locations`, reference numbers in `failures.referenceNumbers`; the 401
    for "all rejected" has the same structure with no successes.

    Args:
        body (LocationIdsExportRequest | ReferenceNumbersExportRequest): Locations by ID, or by
            brand and reference number; never both.

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[ExportV2Response]
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
    body: LocationIdsExportRequest | ReferenceNumbersExportRequest,
) -> ExportV2Response:
    """Export camera data for a batch of locations, with partial results

     As v1 (same request, same rules), but locations the client may not access do not
    fail the request: the data of the others comes back in `successes` and the
    rejected ones are listed in `failures`. The status is 200 for a full or partial
    response and 401 when every requested location is rejected.

    Inferred, as the page does not say: `failures` is an empty object when nothing
    was rejected; rejected locations are listed as requested, IDs in
    `failures.locations`, reference numbers in `failures.referenceNumbers`; the 401
    for "all rejected" has the same structure with no successes.

    Args:
        body (LocationIdsExportRequest | ReferenceNumbersExportRequest): Locations by ID, or by
            brand and reference number; never both.

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        ExportV2Response
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: LocationIdsExportRequest | ReferenceNumbersExportRequest,
) -> Response[ExportV2Response]:
    """Export camera data for a batch of locations, with partial results

     As v1 (same request, same rules), but locations the client may not access do not
    fail the request: the data of the others comes back in `successes` and the
    rejected ones are listed in `failures`. The status is 200 for a full or partial
    response and 401 when every requested location is rejected.

    Inferred, as the page does not say: `failures` is an empty object when nothing
    was rejected; rejected locations are listed as requested, IDs in
    `failures.locations`, reference numbers in `failures.referenceNumbers`; the 401
    for "all rejected" has the same structure with no successes.

    Args:
        body (LocationIdsExportRequest | ReferenceNumbersExportRequest): Locations by ID, or by
            brand and reference number; never both.

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[ExportV2Response]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: LocationIdsExportRequest | ReferenceNumbersExportRequest,
) -> ExportV2Response:
    """Export camera data for a batch of locations, with partial results

     As v1 (same request, same rules), but locations the client may not access do not
    fail the request: the data of the others comes back in `successes` and the
    rejected ones are listed in `failures`. The status is 200 for a full or partial
    response and 401 when every requested location is rejected.

    Inferred, as the page does not say: `failures` is an empty object when nothing
    was rejected; rejected locations are listed as requested, IDs in
    `failures.locations`, reference numbers in `failures.referenceNumbers`; the 401
    for "all rejected" has the same structure with no successes.

    Args:
        body (LocationIdsExportRequest | ReferenceNumbersExportRequest): Locations by ID, or by
            brand and reference number; never both.

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        ExportV2Response
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
