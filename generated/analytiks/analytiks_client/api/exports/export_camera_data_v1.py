from typing import Any

import httpx

from ..._runtime.errors import ResponseValidationError
from ..._runtime.lenient import check_parsed, empty_body, parse_failure, unexpected_status
from ..._runtime.request_rules import check_body
from ...client import AuthenticatedClient, Client
from ...models.location_data import LocationData
from ...models.location_ids_export_request import LocationIdsExportRequest
from ...models.reference_numbers_export_request import ReferenceNumbersExportRequest
from ...types import Response, loads_json, status_of


def _get_kwargs(
    *,
    body: LocationIdsExportRequest | ReferenceNumbersExportRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/json/v1",
    }

    if isinstance(body, LocationIdsExportRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if "json" in _kwargs:
        check_body("export_camera_data_v1", _kwargs["json"])
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


def _parse_response(*, client: AuthenticatedClient | Client | None, response: httpx.Response) -> list[LocationData]:
    if not 200 <= response.status_code < 300:
        raise unexpected_status("export_camera_data_v1", response)
    if not response.content:
        raise empty_body("export_camera_data_v1", "list[LocationData]", response)
    try:
        import gc  # noqa: PLC0415 - here, not at the top: endpoint modules build lists too

        _response_200_gc = gc.isenabled()
        gc.disable()
        try:
            response_200 = []
            _response_200 = loads_json(response.content)
            for response_200_item_data in _response_200:
                response_200_item = LocationData.from_dict(response_200_item_data)

                response_200.append(response_200_item)

        finally:
            if _response_200_gc:
                gc.enable()

        check_parsed("export_camera_data_v1", response_200, response)
        return response_200

    except ResponseValidationError:
        raise
    except Exception as error:  # noqa: BLE001 - any failure to read a success body is the server's
        raise parse_failure("export_camera_data_v1", error, response) from error


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[LocationData]]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def parse_response(response: httpx.Response) -> list[LocationData]:
    """What `sync` returns for `response`, an answer to the request `request_kwargs`
    describes, sent another way (walks build their pages' requests once)."""
    return _parse_response(client=None, response=response)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: LocationIdsExportRequest | ReferenceNumbersExportRequest,
) -> Response[list[LocationData]]:
    """Export camera data for a batch of locations, all of them authorized

     Data of up to 50 locations, named by location ID (`locations`) or by brand and
    reference number (`brandId` + `referenceNumbers`), for at most 5 days. If any
    requested location is not authorized for the client, the whole request is
    rejected with 401.

    In reference-number mode each location carries its `referenceNumber`.

    Inferred, as the page does not say: both ends of the period are included
    (the page's example asks for 11:30 to 23:45 at 15-minute intervals and gets a
    bucket keyed 23:45); an hourly bucket is keyed by the start of its hour and
    sums the 15-minute buckets of that hour that lie within the period; buckets
    with a zero value are left out of a metric's map (the page's example skips
    buckets); locations come back in the order requested, once each; a location
    ID or reference number that does not exist is treated as not authorized.

    Args:
        body (LocationIdsExportRequest | ReferenceNumbersExportRequest): Locations by ID, or by
            brand and reference number; never both.

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[list[LocationData]]
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
) -> list[LocationData]:
    """Export camera data for a batch of locations, all of them authorized

     Data of up to 50 locations, named by location ID (`locations`) or by brand and
    reference number (`brandId` + `referenceNumbers`), for at most 5 days. If any
    requested location is not authorized for the client, the whole request is
    rejected with 401.

    In reference-number mode each location carries its `referenceNumber`.

    Inferred, as the page does not say: both ends of the period are included
    (the page's example asks for 11:30 to 23:45 at 15-minute intervals and gets a
    bucket keyed 23:45); an hourly bucket is keyed by the start of its hour and
    sums the 15-minute buckets of that hour that lie within the period; buckets
    with a zero value are left out of a metric's map (the page's example skips
    buckets); locations come back in the order requested, once each; a location
    ID or reference number that does not exist is treated as not authorized.

    Args:
        body (LocationIdsExportRequest | ReferenceNumbersExportRequest): Locations by ID, or by
            brand and reference number; never both.

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        list[LocationData]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: LocationIdsExportRequest | ReferenceNumbersExportRequest,
) -> Response[list[LocationData]]:
    """Export camera data for a batch of locations, all of them authorized

     Data of up to 50 locations, named by location ID (`locations`) or by brand and
    reference number (`brandId` + `referenceNumbers`), for at most 5 days. If any
    requested location is not authorized for the client, the whole request is
    rejected with 401.

    In reference-number mode each location carries its `referenceNumber`.

    Inferred, as the page does not say: both ends of the period are included
    (the page's example asks for 11:30 to 23:45 at 15-minute intervals and gets a
    bucket keyed 23:45); an hourly bucket is keyed by the start of its hour and
    sums the 15-minute buckets of that hour that lie within the period; buckets
    with a zero value are left out of a metric's map (the page's example skips
    buckets); locations come back in the order requested, once each; a location
    ID or reference number that does not exist is treated as not authorized.

    Args:
        body (LocationIdsExportRequest | ReferenceNumbersExportRequest): Locations by ID, or by
            brand and reference number; never both.

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[list[LocationData]]
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
) -> list[LocationData]:
    """Export camera data for a batch of locations, all of them authorized

     Data of up to 50 locations, named by location ID (`locations`) or by brand and
    reference number (`brandId` + `referenceNumbers`), for at most 5 days. If any
    requested location is not authorized for the client, the whole request is
    rejected with 401.

    In reference-number mode each location carries its `referenceNumber`.

    Inferred, as the page does not say: both ends of the period are included
    (the page's example asks for 11:30 to 23:45 at 15-minute intervals and gets a
    bucket keyed 23:45); an hourly bucket is keyed by the start of its hour and
    sums the 15-minute buckets of that hour that lie within the period; buckets
    with a zero value are left out of a metric's map (the page's example skips
    buckets); locations come back in the order requested, once each; a location
    ID or reference number that does not exist is treated as not authorized.

    Args:
        body (LocationIdsExportRequest | ReferenceNumbersExportRequest): Locations by ID, or by
            brand and reference number; never both.

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        list[LocationData]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
