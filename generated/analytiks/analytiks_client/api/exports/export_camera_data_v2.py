from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.export_error import ExportError
from ...models.export_v2_response import ExportV2Response
from ...models.location_ids_export_request import LocationIdsExportRequest
from ...models.reference_numbers_export_request import ReferenceNumbersExportRequest
from ...types import Response, loads_json


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

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ExportError | ExportError | ExportV2Response | ExportV2Response | None:
    if response.status_code == 200:
        response_200 = ExportV2Response.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ExportError.from_dict(loads_json(response.content))

        return response_400

    if response.status_code == 401:

        def _parse_response_401(data: object) -> ExportError | ExportV2Response:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_401_type_0 = ExportV2Response.from_dict(data)

                return response_401_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_401_type_1 = ExportError.from_dict(data)

            return response_401_type_1

        response_401 = _parse_response_401(loads_json(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ExportError.from_dict(loads_json(response.content))

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ExportError | ExportError | ExportV2Response | ExportV2Response]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: LocationIdsExportRequest | ReferenceNumbersExportRequest,
) -> Response[ExportError | ExportError | ExportV2Response | ExportV2Response]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExportError | ExportError | ExportV2Response | ExportV2Response]
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
) -> ExportError | ExportError | ExportV2Response | ExportV2Response | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExportError | ExportError | ExportV2Response | ExportV2Response
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: LocationIdsExportRequest | ReferenceNumbersExportRequest,
) -> Response[ExportError | ExportError | ExportV2Response | ExportV2Response]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExportError | ExportError | ExportV2Response | ExportV2Response]
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
) -> ExportError | ExportError | ExportV2Response | ExportV2Response | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExportError | ExportError | ExportV2Response | ExportV2Response
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
