from typing import Any

import httpx

from ..._runtime.errors import ResponseValidationError
from ..._runtime.lenient import check_parsed, empty_body, parse_failure, unexpected_status
from ...client import AuthenticatedClient, Client
from ...models.export_list_envelope import ExportListEnvelope
from ...models.export_status import ExportStatus
from ...models.export_summary import ExportSummary
from ...types import UNSET, Response, Unset, loads_json, status_of


def _get_kwargs(
    *,
    dataset_name: str | Unset = UNSET,
    status: ExportStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["dataset_name"] = dataset_name

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/developer/exports/",
        "params": params,
    }

    return _kwargs


def request_kwargs(
    *,
    dataset_name: str | Unset = UNSET,
    status: ExportStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:
    """The arguments of `httpx.Client.request` for this operation (method, url, params,
    body and headers), for a helper that sends it another way (streaming, or its own
    parsing of the answer)."""
    return _get_kwargs(
        dataset_name=dataset_name,
        status=status,
        limit=limit,
        offset=offset,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client | None, response: httpx.Response
) -> ExportListEnvelope | list[ExportSummary]:
    if not 200 <= response.status_code < 300:
        raise unexpected_status("list_exports", response)
    if not response.content:
        raise empty_body("list_exports", "ExportListEnvelope | list[ExportSummary]", response)
    try:

        def _parse_response_200(data: object) -> ExportListEnvelope | list[ExportSummary]:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                import gc  # noqa: PLC0415 - here, not at the top: endpoint modules build lists too

                _response_200_type_0_gc = gc.isenabled()
                gc.disable()
                try:
                    response_200_type_0 = []
                    _response_200_type_0 = data
                    for response_200_type_0_item_data in _response_200_type_0:
                        response_200_type_0_item = ExportSummary.from_dict(response_200_type_0_item_data)

                        response_200_type_0.append(response_200_type_0_item)

                finally:
                    if _response_200_type_0_gc:
                        gc.enable()

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ExportListEnvelope.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(loads_json(response.content))

        check_parsed("list_exports", response_200, response)
        return response_200

    except ResponseValidationError:
        raise
    except Exception as error:  # noqa: BLE001 - any failure to read a success body is the server's
        raise parse_failure("list_exports", error, response) from error


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ExportListEnvelope | list[ExportSummary]]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def parse_response(response: httpx.Response) -> ExportListEnvelope | list[ExportSummary]:
    """What `sync` returns for `response`, an answer to the request `request_kwargs`
    describes, sent another way (walks build their pages' requests once)."""
    return _parse_response(client=None, response=response)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    dataset_name: str | Unset = UNSET,
    status: ExportStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ExportListEnvelope | list[ExportSummary]]:
    """List exports

     Exports visible to the key, optionally only those of one dataset and/or in one
    status.

    The page's list is one bare array; servers of the vendor's later SDKs page it
    with `limit` and `offset` (a server that does not page ignores them) and
    wrap it: `{"exports": [...]}` (a short page is the last), or `{"data": [...],
    "pagination": {...}}` whose `has_more` is authoritative (pages may be
    shorter than `limit`).

    Inferred, as the page does not say: exports come in the order they were
    created, and an unknown `dataset_name` answers `404` rather than an empty
    list.

    Args:
        dataset_name (str | Unset):
        status (ExportStatus | Unset): - `pending`: the export is queued.
            - `processing`: the export is being created.
            - `completed`: the export is ready for download.
            - `failed`: the export failed (see `error_message`).
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[ExportListEnvelope | list[ExportSummary]]
    """

    kwargs = _get_kwargs(
        dataset_name=dataset_name,
        status=status,
        limit=limit,
        offset=offset,
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
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> ExportListEnvelope | list[ExportSummary]:
    """List exports

     Exports visible to the key, optionally only those of one dataset and/or in one
    status.

    The page's list is one bare array; servers of the vendor's later SDKs page it
    with `limit` and `offset` (a server that does not page ignores them) and
    wrap it: `{"exports": [...]}` (a short page is the last), or `{"data": [...],
    "pagination": {...}}` whose `has_more` is authoritative (pages may be
    shorter than `limit`).

    Inferred, as the page does not say: exports come in the order they were
    created, and an unknown `dataset_name` answers `404` rather than an empty
    list.

    Args:
        dataset_name (str | Unset):
        status (ExportStatus | Unset): - `pending`: the export is queued.
            - `processing`: the export is being created.
            - `completed`: the export is ready for download.
            - `failed`: the export failed (see `error_message`).
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        ExportListEnvelope | list[ExportSummary]
    """

    return sync_detailed(
        client=client,
        dataset_name=dataset_name,
        status=status,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    dataset_name: str | Unset = UNSET,
    status: ExportStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ExportListEnvelope | list[ExportSummary]]:
    """List exports

     Exports visible to the key, optionally only those of one dataset and/or in one
    status.

    The page's list is one bare array; servers of the vendor's later SDKs page it
    with `limit` and `offset` (a server that does not page ignores them) and
    wrap it: `{"exports": [...]}` (a short page is the last), or `{"data": [...],
    "pagination": {...}}` whose `has_more` is authoritative (pages may be
    shorter than `limit`).

    Inferred, as the page does not say: exports come in the order they were
    created, and an unknown `dataset_name` answers `404` rather than an empty
    list.

    Args:
        dataset_name (str | Unset):
        status (ExportStatus | Unset): - `pending`: the export is queued.
            - `processing`: the export is being created.
            - `completed`: the export is ready for download.
            - `failed`: the export failed (see `error_message`).
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[ExportListEnvelope | list[ExportSummary]]
    """

    kwargs = _get_kwargs(
        dataset_name=dataset_name,
        status=status,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    dataset_name: str | Unset = UNSET,
    status: ExportStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> ExportListEnvelope | list[ExportSummary]:
    """List exports

     Exports visible to the key, optionally only those of one dataset and/or in one
    status.

    The page's list is one bare array; servers of the vendor's later SDKs page it
    with `limit` and `offset` (a server that does not page ignores them) and
    wrap it: `{"exports": [...]}` (a short page is the last), or `{"data": [...],
    "pagination": {...}}` whose `has_more` is authoritative (pages may be
    shorter than `limit`).

    Inferred, as the page does not say: exports come in the order they were
    created, and an unknown `dataset_name` answers `404` rather than an empty
    list.

    Args:
        dataset_name (str | Unset):
        status (ExportStatus | Unset): - `pending`: the export is queued.
            - `processing`: the export is being created.
            - `completed`: the export is ready for download.
            - `failed`: the export failed (see `error_message`).
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        ExportListEnvelope | list[ExportSummary]
    """

    return (
        await asyncio_detailed(
            client=client,
            dataset_name=dataset_name,
            status=status,
            limit=limit,
            offset=offset,
        )
    ).parsed
