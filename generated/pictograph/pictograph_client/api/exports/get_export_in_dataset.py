from typing import Any

import httpx

from ..._runtime.errors import ResponseValidationError
from ..._runtime.lenient import check_parsed, empty_body, parse_failure, unexpected_status
from ..._runtime.segments import segment
from ...client import AuthenticatedClient, Client
from ...models.export_data import ExportData
from ...types import UNSET, Response, status_of


def _get_kwargs(
    export_name: str,
    *,
    dataset: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["dataset"] = dataset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/developer/exports/{export_name}".format(
            export_name=segment("export_name", export_name),
        ),
        "params": params,
    }

    return _kwargs


def request_kwargs(
    export_name: str,
    *,
    dataset: str,
) -> dict[str, Any]:
    """The arguments of `httpx.Client.request` for this operation (method, url, params,
    body and headers), for a helper that sends it another way (streaming, or its own
    parsing of the answer)."""
    return _get_kwargs(
        export_name=export_name,
        dataset=dataset,
    )


def _parse_response(*, client: AuthenticatedClient | Client | None, response: httpx.Response) -> ExportData:
    if not 200 <= response.status_code < 300:
        raise unexpected_status("get_export_in_dataset", response)
    if not response.content:
        raise empty_body("get_export_in_dataset", "ExportData", response)
    try:
        response_200 = ExportData.from_json(response.content)
        check_parsed("get_export_in_dataset", response_200, response)
        return response_200

    except ResponseValidationError:
        raise
    except Exception as error:  # noqa: BLE001 - any failure to read a success body is the server's
        raise parse_failure("get_export_in_dataset", error, response) from error


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ExportData]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def parse_response(response: httpx.Response) -> ExportData:
    """What `sync` returns for `response`, an answer to the request `request_kwargs`
    describes, sent another way (walks build their pages' requests once)."""
    return _parse_response(client=None, response=response)


def sync_detailed(
    export_name: str,
    *,
    client: AuthenticatedClient,
    dataset: str,
) -> Response[ExportData]:
    """Get the status and details of an export (current servers' path)

     `get_export` as current servers address it: the export's name in the path,
    its dataset in the `dataset` query parameter, the answer wrapped as
    `{"data": ...}`. Not on the page.

    Args:
        export_name (str):
        dataset (str):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[ExportData]
    """

    kwargs = _get_kwargs(
        export_name=export_name,
        dataset=dataset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    export_name: str,
    *,
    client: AuthenticatedClient,
    dataset: str,
) -> ExportData:
    """Get the status and details of an export (current servers' path)

     `get_export` as current servers address it: the export's name in the path,
    its dataset in the `dataset` query parameter, the answer wrapped as
    `{"data": ...}`. Not on the page.

    Args:
        export_name (str):
        dataset (str):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        ExportData
    """

    return sync_detailed(
        export_name=export_name,
        client=client,
        dataset=dataset,
    ).parsed


async def asyncio_detailed(
    export_name: str,
    *,
    client: AuthenticatedClient,
    dataset: str,
) -> Response[ExportData]:
    """Get the status and details of an export (current servers' path)

     `get_export` as current servers address it: the export's name in the path,
    its dataset in the `dataset` query parameter, the answer wrapped as
    `{"data": ...}`. Not on the page.

    Args:
        export_name (str):
        dataset (str):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[ExportData]
    """

    kwargs = _get_kwargs(
        export_name=export_name,
        dataset=dataset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    export_name: str,
    *,
    client: AuthenticatedClient,
    dataset: str,
) -> ExportData:
    """Get the status and details of an export (current servers' path)

     `get_export` as current servers address it: the export's name in the path,
    its dataset in the `dataset` query parameter, the answer wrapped as
    `{"data": ...}`. Not on the page.

    Args:
        export_name (str):
        dataset (str):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        ExportData
    """

    return (
        await asyncio_detailed(
            export_name=export_name,
            client=client,
            dataset=dataset,
        )
    ).parsed
