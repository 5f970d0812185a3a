from typing import Any
from uuid import UUID

import httpx

from ..._runtime.lenient import unexpected_status
from ..._runtime.segments import segment
from ...client import AuthenticatedClient, Client
from ...types import Response, status_of


def _get_kwargs(
    project_id: UUID,
    attribute_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/projects/{project_id}/attributes/{attribute_id}".format(
            project_id=segment("project_id", project_id),
            attribute_id=segment("attribute_id", attribute_id),
        ),
    }

    return _kwargs


def request_kwargs(
    project_id: UUID,
    attribute_id: UUID,
) -> dict[str, Any]:
    """The arguments of `httpx.Client.request` for this operation (method, url, params,
    body and headers), for a helper that sends it another way (streaming, or its own
    parsing of the answer)."""
    return _get_kwargs(
        project_id=project_id,
        attribute_id=attribute_id,
    )


def _parse_response(*, client: AuthenticatedClient | Client | None, response: httpx.Response) -> None:
    if not 200 <= response.status_code < 300:
        raise unexpected_status("delete_attribute", response)
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
    project_id: UUID,
    attribute_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[None]:
    """Delete an attribute

    Args:
        project_id (UUID):
        attribute_id (UUID):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        attribute_id=attribute_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    project_id: UUID,
    attribute_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[None]:
    """Delete an attribute

    Args:
        project_id (UUID):
        attribute_id (UUID):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        attribute_id=attribute_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
