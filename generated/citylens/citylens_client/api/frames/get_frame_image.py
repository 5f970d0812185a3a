from io import BytesIO
from typing import Any

import httpx

from ..._runtime.errors import ResponseValidationError
from ..._runtime.lenient import check_parsed, parse_failure, unexpected_status
from ..._runtime.segments import segment
from ...client import AuthenticatedClient, Client
from ...types import File, Response, status_of


def _get_kwargs(
    frame_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/export-api/v1/frames/{frame_id}/image".format(
            frame_id=segment("frame_id", frame_id),
        ),
    }

    return _kwargs


def request_kwargs(
    frame_id: int,
) -> dict[str, Any]:
    """The arguments of `httpx.Client.request` for this operation (method, url, params,
    body and headers), for a helper that sends it another way (streaming, or its own
    parsing of the answer)."""
    return _get_kwargs(
        frame_id=frame_id,
    )


def _parse_response(*, client: AuthenticatedClient | Client | None, response: httpx.Response) -> File:
    if not 200 <= response.status_code < 300:
        raise unexpected_status("get_frame_image", response)
    try:
        response_200 = File(payload=BytesIO(response.content))

        check_parsed("get_frame_image", response_200, response)
        return response_200

    except ResponseValidationError:
        raise
    except Exception as error:  # noqa: BLE001 - any failure to read a success body is the server's
        raise parse_failure("get_frame_image", error, response) from error


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def parse_response(response: httpx.Response) -> File:
    """What `sync` returns for `response`, an answer to the request `request_kwargs`
    describes, sent another way (walks build their pages' requests once)."""
    return _parse_response(client=None, response=response)


def sync_detailed(
    frame_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[File]:
    """Get an original frame as JPEG

    Args:
        frame_id (int):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        frame_id=frame_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    frame_id: int,
    *,
    client: AuthenticatedClient,
) -> File:
    """Get an original frame as JPEG

    Args:
        frame_id (int):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        File
    """

    return sync_detailed(
        frame_id=frame_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    frame_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[File]:
    """Get an original frame as JPEG

    Args:
        frame_id (int):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        frame_id=frame_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    frame_id: int,
    *,
    client: AuthenticatedClient,
) -> File:
    """Get an original frame as JPEG

    Args:
        frame_id (int):

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        File
    """

    return (
        await asyncio_detailed(
            frame_id=frame_id,
            client=client,
        )
    ).parsed
