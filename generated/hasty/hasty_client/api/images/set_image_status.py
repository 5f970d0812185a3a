from typing import Any
from uuid import UUID

import httpx

from ..._runtime.errors import ResponseValidationError
from ..._runtime.lenient import check_parsed, empty_body, parse_failure, unexpected_status
from ..._runtime.request_rules import check_body
from ..._runtime.segments import segment
from ...client import AuthenticatedClient, Client
from ...models.set_status_request import SetStatusRequest
from ...models.status_changed import StatusChanged
from ...types import Response, status_of


def _get_kwargs(
    project_id: UUID,
    image_id: UUID,
    *,
    body: SetStatusRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/projects/{project_id}/images/{image_id}/status".format(
            project_id=segment("project_id", project_id),
            image_id=segment("image_id", image_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if "json" in _kwargs:
        check_body("set_image_status", _kwargs["json"])
    _kwargs["headers"] = headers
    return _kwargs


def request_kwargs(
    project_id: UUID,
    image_id: UUID,
    *,
    body: SetStatusRequest,
) -> dict[str, Any]:
    """The arguments of `httpx.Client.request` for this operation (method, url, params,
    body and headers), for a helper that sends it another way (streaming, or its own
    parsing of the answer)."""
    return _get_kwargs(
        project_id=project_id,
        image_id=image_id,
        body=body,
    )


def _parse_response(*, client: AuthenticatedClient | Client | None, response: httpx.Response) -> StatusChanged:
    if not 200 <= response.status_code < 300:
        raise unexpected_status("set_image_status", response)
    if not response.content:
        raise empty_body("set_image_status", "StatusChanged", response)
    try:
        response_200 = StatusChanged.from_json(response.content)
        check_parsed("set_image_status", response_200, response)
        return response_200

    except ResponseValidationError:
        raise
    except Exception as error:  # noqa: BLE001 - any failure to read a success body is the server's
        raise parse_failure("set_image_status", error, response) from error


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[StatusChanged]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def parse_response(response: httpx.Response) -> StatusChanged:
    """What `sync` returns for `response`, an answer to the request `request_kwargs`
    describes, sent another way (walks build their pages' requests once)."""
    return _parse_response(client=None, response=response)


def sync_detailed(
    project_id: UUID,
    image_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SetStatusRequest,
) -> Response[StatusChanged]:
    """Set an image's status

    Args:
        project_id (UUID):
        image_id (UUID):
        body (SetStatusRequest):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[StatusChanged]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        image_id=image_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: UUID,
    image_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SetStatusRequest,
) -> StatusChanged:
    """Set an image's status

    Args:
        project_id (UUID):
        image_id (UUID):
        body (SetStatusRequest):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        StatusChanged
    """

    return sync_detailed(
        project_id=project_id,
        image_id=image_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: UUID,
    image_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SetStatusRequest,
) -> Response[StatusChanged]:
    """Set an image's status

    Args:
        project_id (UUID):
        image_id (UUID):
        body (SetStatusRequest):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[StatusChanged]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        image_id=image_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: UUID,
    image_id: UUID,
    *,
    client: AuthenticatedClient,
    body: SetStatusRequest,
) -> StatusChanged:
    """Set an image's status

    Args:
        project_id (UUID):
        image_id (UUID):
        body (SetStatusRequest):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        StatusChanged
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            image_id=image_id,
            client=client,
            body=body,
        )
    ).parsed
