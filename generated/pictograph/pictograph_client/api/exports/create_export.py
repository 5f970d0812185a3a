from typing import Any

import httpx

from ..._runtime.errors import ResponseValidationError
from ..._runtime.lenient import check_parsed, empty_body, parse_failure, unexpected_status
from ..._runtime.request_rules import check_body
from ...client import AuthenticatedClient, Client
from ...models.create_export_request import CreateExportRequest
from ...models.export_created import ExportCreated
from ...models.export_data import ExportData
from ...models.export_envelope import ExportEnvelope
from ...types import UNSET, Response, Unset, loads_json, status_of


def _get_kwargs(
    *,
    body: CreateExportRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/developer/exports/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if "json" in _kwargs:
        check_body("create_export", _kwargs["json"])
    _kwargs["headers"] = headers
    return _kwargs


def request_kwargs(
    *,
    body: CreateExportRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """The arguments of `httpx.Client.request` for this operation (method, url, params,
    body and headers), for a helper that sends it another way (streaming, or its own
    parsing of the answer)."""
    return _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client | None, response: httpx.Response
) -> ExportCreated | ExportData | ExportEnvelope:
    if not 200 <= response.status_code < 300:
        raise unexpected_status("create_export", response)
    if not response.content:
        raise empty_body("create_export", "ExportCreated | ExportData | ExportEnvelope", response)
    try:
        if response.status_code == 201:

            def _parse_response_201(data: object) -> ExportCreated | ExportData | ExportEnvelope:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_201_type_0 = ExportCreated._from_dict_strict(data)
                    return response_201_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_201_type_1 = ExportEnvelope._from_dict_strict(data)
                    return response_201_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_2 = ExportData.from_dict(data)

                return response_201_type_2

            response_201 = _parse_response_201(loads_json(response.content))

            check_parsed("create_export", response_201, response)
            return response_201

        if response.status_code == 202:

            def _parse_response_202(data: object) -> ExportCreated | ExportData | ExportEnvelope:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_202_type_0 = ExportCreated._from_dict_strict(data)
                    return response_202_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    response_202_type_1 = ExportEnvelope._from_dict_strict(data)
                    return response_202_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                response_202_type_2 = ExportData.from_dict(data)

                return response_202_type_2

            response_202 = _parse_response_202(loads_json(response.content))

            check_parsed("create_export", response_202, response)
            return response_202

        def _parse_response_200(data: object) -> ExportCreated | ExportData | ExportEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ExportCreated._from_dict_strict(data)
                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = ExportEnvelope._from_dict_strict(data)
                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_2 = ExportData.from_dict(data)

            return response_200_type_2

        response_200 = _parse_response_200(loads_json(response.content))

        check_parsed("create_export", response_200, response)
        return response_200

    except ResponseValidationError:
        raise
    except Exception as error:  # noqa: BLE001 - any failure to read a success body is the server's
        raise parse_failure("create_export", error, response) from error


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ExportCreated | ExportData | ExportEnvelope]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def parse_response(response: httpx.Response) -> ExportCreated | ExportData | ExportEnvelope:
    """What `sync` returns for `response`, an answer to the request `request_kwargs`
    describes, sent another way (walks build their pages' requests once)."""
    return _parse_response(client=None, response=response)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateExportRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ExportCreated | ExportData | ExportEnvelope]:
    """Create an export job

     Create a new export job of a dataset. Returns immediately, with the export
    `pending`, while processing continues in the background; poll `get_export`
    until it is `completed` or `failed`.

    Inferred, as the page does not say: the answer is `201 Created`; names are
    unique within a dataset, and creating an export under a name already taken
    in that dataset answers `409` (so a client retrying a create whose first
    answer was lost can recognise its own job and fetch it by name); an unknown
    dataset answers `404`; a malformed body answers `422`. Classes in
    `class_filter` or a `status_filter` the dataset does not have make the job
    `failed` with an `error_message`, not a `422`.

    The path ends with a slash, as on the page.

    Args:
        idempotency_key (str | Unset):
        body (CreateExportRequest):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[ExportCreated | ExportData | ExportEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateExportRequest,
    idempotency_key: str | Unset = UNSET,
) -> ExportCreated | ExportData | ExportEnvelope:
    """Create an export job

     Create a new export job of a dataset. Returns immediately, with the export
    `pending`, while processing continues in the background; poll `get_export`
    until it is `completed` or `failed`.

    Inferred, as the page does not say: the answer is `201 Created`; names are
    unique within a dataset, and creating an export under a name already taken
    in that dataset answers `409` (so a client retrying a create whose first
    answer was lost can recognise its own job and fetch it by name); an unknown
    dataset answers `404`; a malformed body answers `422`. Classes in
    `class_filter` or a `status_filter` the dataset does not have make the job
    `failed` with an `error_message`, not a `422`.

    The path ends with a slash, as on the page.

    Args:
        idempotency_key (str | Unset):
        body (CreateExportRequest):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        ExportCreated | ExportData | ExportEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateExportRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ExportCreated | ExportData | ExportEnvelope]:
    """Create an export job

     Create a new export job of a dataset. Returns immediately, with the export
    `pending`, while processing continues in the background; poll `get_export`
    until it is `completed` or `failed`.

    Inferred, as the page does not say: the answer is `201 Created`; names are
    unique within a dataset, and creating an export under a name already taken
    in that dataset answers `409` (so a client retrying a create whose first
    answer was lost can recognise its own job and fetch it by name); an unknown
    dataset answers `404`; a malformed body answers `422`. Classes in
    `class_filter` or a `status_filter` the dataset does not have make the job
    `failed` with an `error_message`, not a `422`.

    The path ends with a slash, as on the page.

    Args:
        idempotency_key (str | Unset):
        body (CreateExportRequest):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[ExportCreated | ExportData | ExportEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateExportRequest,
    idempotency_key: str | Unset = UNSET,
) -> ExportCreated | ExportData | ExportEnvelope:
    """Create an export job

     Create a new export job of a dataset. Returns immediately, with the export
    `pending`, while processing continues in the background; poll `get_export`
    until it is `completed` or `failed`.

    Inferred, as the page does not say: the answer is `201 Created`; names are
    unique within a dataset, and creating an export under a name already taken
    in that dataset answers `409` (so a client retrying a create whose first
    answer was lost can recognise its own job and fetch it by name); an unknown
    dataset answers `404`; a malformed body answers `422`. Classes in
    `class_filter` or a `status_filter` the dataset does not have make the job
    `failed` with an `error_message`, not a `422`.

    The path ends with a slash, as on the page.

    Args:
        idempotency_key (str | Unset):
        body (CreateExportRequest):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        ExportCreated | ExportData | ExportEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
