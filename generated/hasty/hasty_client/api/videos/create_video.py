from typing import Any
from uuid import UUID

import httpx

from ..._runtime.errors import ResponseValidationError
from ..._runtime.lenient import check_parsed, empty_body, parse_failure, unexpected_status
from ..._runtime.request_rules import check_body
from ..._runtime.segments import segment
from ...client import AuthenticatedClient, Client
from ...models.create_video_from_url_request import CreateVideoFromUrlRequest
from ...models.create_video_request import CreateVideoRequest
from ...models.video import Video
from ...types import Response, status_of


def _get_kwargs(
    project_id: UUID,
    *,
    body: CreateVideoFromUrlRequest | CreateVideoRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/projects/{project_id}/videos".format(
            project_id=segment("project_id", project_id),
        ),
    }

    if isinstance(body, CreateVideoRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if "json" in _kwargs:
        check_body("create_video", _kwargs["json"])
    _kwargs["headers"] = headers
    return _kwargs


def request_kwargs(
    project_id: UUID,
    *,
    body: CreateVideoFromUrlRequest | CreateVideoRequest,
) -> dict[str, Any]:
    """The arguments of `httpx.Client.request` for this operation (method, url, params,
    body and headers), for a helper that sends it another way (streaming, or its own
    parsing of the answer)."""
    return _get_kwargs(
        project_id=project_id,
        body=body,
    )


def _parse_response(*, client: AuthenticatedClient | Client | None, response: httpx.Response) -> Video:
    if not 200 <= response.status_code < 300:
        raise unexpected_status("create_video", response)
    if not response.content:
        raise empty_body("create_video", "Video", response)
    try:
        response_200 = Video.from_json(response.content)
        check_parsed("create_video", response_200, response)
        return response_200

    except ResponseValidationError:
        raise
    except Exception as error:  # noqa: BLE001 - any failure to read a success body is the server's
        raise parse_failure("create_video", error, response) from error


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Video]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def parse_response(response: httpx.Response) -> Video:
    """What `sync` returns for `response`, an answer to the request `request_kwargs`
    describes, sent another way (walks build their pages' requests once)."""
    return _parse_response(client=None, response=response)


def sync_detailed(
    project_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CreateVideoFromUrlRequest | CreateVideoRequest,
) -> Response[Video]:
    """Create a video from an uploaded file or a URL

    Args:
        project_id (UUID):
        body (CreateVideoFromUrlRequest | CreateVideoRequest): From an upload (`upload_id`, the
            page's form) or from a URL (`url`, the form of the vendor's own client).

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[Video]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CreateVideoFromUrlRequest | CreateVideoRequest,
) -> Video:
    """Create a video from an uploaded file or a URL

    Args:
        project_id (UUID):
        body (CreateVideoFromUrlRequest | CreateVideoRequest): From an upload (`upload_id`, the
            page's form) or from a URL (`url`, the form of the vendor's own client).

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Video
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CreateVideoFromUrlRequest | CreateVideoRequest,
) -> Response[Video]:
    """Create a video from an uploaded file or a URL

    Args:
        project_id (UUID):
        body (CreateVideoFromUrlRequest | CreateVideoRequest): From an upload (`upload_id`, the
            page's form) or from a URL (`url`, the form of the vendor's own client).

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[Video]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CreateVideoFromUrlRequest | CreateVideoRequest,
) -> Video:
    """Create a video from an uploaded file or a URL

    Args:
        project_id (UUID):
        body (CreateVideoFromUrlRequest | CreateVideoRequest): From an upload (`upload_id`, the
            page's form) or from a URL (`url`, the form of the vendor's own client).

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Video
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
