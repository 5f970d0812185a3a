from typing import Any

import httpx

from ..._runtime.errors import ResponseValidationError
from ..._runtime.lenient import check_parsed, empty_body, parse_failure, unexpected_status
from ...client import AuthenticatedClient, Client
from ...models.frames_page import FramesPage
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    *,
    from_dt: str,
    to_dt: str,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from_dt"] = from_dt

    params["to_dt"] = to_dt

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/export-api/v1/frames",
        "params": params,
    }

    return _kwargs


def request_kwargs(
    *,
    from_dt: str,
    to_dt: str,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
) -> dict[str, Any]:
    """The arguments of `httpx.Client.request` for this operation (method, url, params,
    body and headers), for a helper that sends it another way (streaming, or its own
    parsing of the answer)."""
    return _get_kwargs(
        from_dt=from_dt,
        to_dt=to_dt,
        limit=limit,
        offset=offset,
    )


def _parse_response(*, client: AuthenticatedClient | Client | None, response: httpx.Response) -> FramesPage:
    if not 200 <= response.status_code < 300:
        raise unexpected_status("list_frames", response)
    if not response.content:
        raise empty_body("list_frames", "FramesPage", response)
    try:
        response_200 = FramesPage.from_json(response.content)
        check_parsed("list_frames", response_200, response)
        return response_200

    except ResponseValidationError:
        raise
    except Exception as error:  # noqa: BLE001 - any failure to read a success body is the server's
        raise parse_failure("list_frames", error, response) from error


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[FramesPage]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def parse_response(response: httpx.Response) -> FramesPage:
    """What `sync` returns for `response`, an answer to the request `request_kwargs`
    describes, sent another way (walks build their pages' requests once)."""
    return _parse_response(client=None, response=response)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    from_dt: str,
    to_dt: str,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
) -> Response[FramesPage]:
    """List original frames and their metadata

     Frames captured between `from_dt` and `to_dt`, a page at a time.

    Args:
        from_dt (str): Naive local date and time, `YYYY-MM-DDTHH:MM:SS`.
        to_dt (str): Naive local date and time, `YYYY-MM-DDTHH:MM:SS`.
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[FramesPage]
    """

    kwargs = _get_kwargs(
        from_dt=from_dt,
        to_dt=to_dt,
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
    from_dt: str,
    to_dt: str,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
) -> FramesPage:
    """List original frames and their metadata

     Frames captured between `from_dt` and `to_dt`, a page at a time.

    Args:
        from_dt (str): Naive local date and time, `YYYY-MM-DDTHH:MM:SS`.
        to_dt (str): Naive local date and time, `YYYY-MM-DDTHH:MM:SS`.
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        FramesPage
    """

    return sync_detailed(
        client=client,
        from_dt=from_dt,
        to_dt=to_dt,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_dt: str,
    to_dt: str,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
) -> Response[FramesPage]:
    """List original frames and their metadata

     Frames captured between `from_dt` and `to_dt`, a page at a time.

    Args:
        from_dt (str): Naive local date and time, `YYYY-MM-DDTHH:MM:SS`.
        to_dt (str): Naive local date and time, `YYYY-MM-DDTHH:MM:SS`.
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[FramesPage]
    """

    kwargs = _get_kwargs(
        from_dt=from_dt,
        to_dt=to_dt,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    from_dt: str,
    to_dt: str,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
) -> FramesPage:
    """List original frames and their metadata

     Frames captured between `from_dt` and `to_dt`, a page at a time.

    Args:
        from_dt (str): Naive local date and time, `YYYY-MM-DDTHH:MM:SS`.
        to_dt (str): Naive local date and time, `YYYY-MM-DDTHH:MM:SS`.
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        FramesPage
    """

    return (
        await asyncio_detailed(
            client=client,
            from_dt=from_dt,
            to_dt=to_dt,
            limit=limit,
            offset=offset,
        )
    ).parsed
