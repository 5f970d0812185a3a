from typing import Any

import httpx

from ..._runtime.lenient import unexpected_status
from ..._runtime.moved import asend, send
from ..._runtime.segments import segment
from ...client import AuthenticatedClient, Client
from ...types import Response, status_of
from . import delete_export_in_dataset as _moved


def _get_kwargs(
    dataset_name: str,
    export_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/developer/exports/{dataset_name}/{export_name}".format(
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
    """The request of `delete_export_in_dataset`, where servers labelled `current`
    serve this operation (`x-moved-to`: they answer its own path 404)."""
    return _moved.request_kwargs(
        export_name=export_name,
        dataset=dataset_name,
    )


def _parse_response(*, client: AuthenticatedClient | Client | None, response: httpx.Response) -> None:
    if not 200 <= response.status_code < 300:
        raise unexpected_status("delete_export", response)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[None]:
    _parse_response(client=client, response=response)
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


def parse_response(response: httpx.Response) -> None:
    """What `sync` returns for `response`, an answer to the request `request_kwargs`
    describes, sent another way (walks build their pages' requests once)."""
    return _parse_response(client=None, response=response)


def sync_detailed(
    dataset_name: str,
    export_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[None]:
    """Delete an export

     Delete an export and its archive. Requires the admin or owner role: a key of
    another role answers `403`.

    Inferred, as the page does not say: success is `204 No Content` with no
    body (servers may answer 200 or 202, with a body the client ignores); signed
    download URLs issued earlier stop working; an export may be deleted in any
    status.

    Args:
        dataset_name (str):
        export_name (str):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[None]
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


async def asyncio_detailed(
    dataset_name: str,
    export_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[None]:
    """Delete an export

     Delete an export and its archive. Requires the admin or owner role: a key of
    another role answers `403`.

    Inferred, as the page does not say: success is `204 No Content` with no
    body (servers may answer 200 or 202, with a body the client ignores); signed
    download URLs issued earlier stop working; an export may be deleted in any
    status.

    Args:
        dataset_name (str):
        export_name (str):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[None]
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
