from typing import Any

import httpx

from ..._runtime.errors import ResponseValidationError
from ..._runtime.lenient import check_parsed, empty_body, parse_failure, unexpected_status
from ...client import AuthenticatedClient, Client
from ...models.detected_objects_page import DetectedObjectsPage
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    *,
    from_dt: str,
    to_dt: str,
    detector_name: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from_dt"] = from_dt

    params["to_dt"] = to_dt

    params["detector_name"] = detector_name

    params["locale"] = locale

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/export-api/v1/detections/objects",
        "params": params,
    }

    return _kwargs


def request_kwargs(
    *,
    from_dt: str,
    to_dt: str,
    detector_name: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
) -> dict[str, Any]:
    """The arguments of `httpx.Client.request` for this operation (method, url, params,
    body and headers), for a helper that sends it another way (streaming, or its own
    parsing of the answer)."""
    return _get_kwargs(
        from_dt=from_dt,
        to_dt=to_dt,
        detector_name=detector_name,
        locale=locale,
        limit=limit,
        offset=offset,
    )


def _parse_response(*, client: AuthenticatedClient | Client | None, response: httpx.Response) -> DetectedObjectsPage:
    if not 200 <= response.status_code < 300:
        raise unexpected_status("list_detected_objects", response)
    if not response.content:
        raise empty_body("list_detected_objects", "DetectedObjectsPage", response)
    try:
        response_200 = DetectedObjectsPage.from_json(response.content)
        check_parsed("list_detected_objects", response_200, response)
        return response_200

    except ResponseValidationError:
        raise
    except Exception as error:  # noqa: BLE001 - any failure to read a success body is the server's
        raise parse_failure("list_detected_objects", error, response) from error


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DetectedObjectsPage]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def parse_response(response: httpx.Response) -> DetectedObjectsPage:
    """What `sync` returns for `response`, an answer to the request `request_kwargs`
    describes, sent another way (walks build their pages' requests once)."""
    return _parse_response(client=None, response=response)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    from_dt: str,
    to_dt: str,
    detector_name: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
) -> Response[DetectedObjectsPage]:
    """List objects detected in frames

     Objects detected in frames captured between `from_dt` and `to_dt`, optionally
    restricted to one detector, a page at a time (`limit`, `offset`; the response
    carries `total_count`).

    Inferred, as the page does not say: both ends of the period are included, and
    objects come in a stable order (by `id` in the page's example), so that
    consecutive offsets neither skip nor repeat objects.

    Args:
        from_dt (str): Naive local date and time, `YYYY-MM-DDTHH:MM:SS`.
        to_dt (str): Naive local date and time, `YYYY-MM-DDTHH:MM:SS`.
        detector_name (str | Unset):
        locale (str | Unset): A locale such as `en_AE` (language, underscore, region).
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[DetectedObjectsPage]
    """

    kwargs = _get_kwargs(
        from_dt=from_dt,
        to_dt=to_dt,
        detector_name=detector_name,
        locale=locale,
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
    detector_name: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
) -> DetectedObjectsPage:
    """List objects detected in frames

     Objects detected in frames captured between `from_dt` and `to_dt`, optionally
    restricted to one detector, a page at a time (`limit`, `offset`; the response
    carries `total_count`).

    Inferred, as the page does not say: both ends of the period are included, and
    objects come in a stable order (by `id` in the page's example), so that
    consecutive offsets neither skip nor repeat objects.

    Args:
        from_dt (str): Naive local date and time, `YYYY-MM-DDTHH:MM:SS`.
        to_dt (str): Naive local date and time, `YYYY-MM-DDTHH:MM:SS`.
        detector_name (str | Unset):
        locale (str | Unset): A locale such as `en_AE` (language, underscore, region).
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        DetectedObjectsPage
    """

    return sync_detailed(
        client=client,
        from_dt=from_dt,
        to_dt=to_dt,
        detector_name=detector_name,
        locale=locale,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_dt: str,
    to_dt: str,
    detector_name: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
) -> Response[DetectedObjectsPage]:
    """List objects detected in frames

     Objects detected in frames captured between `from_dt` and `to_dt`, optionally
    restricted to one detector, a page at a time (`limit`, `offset`; the response
    carries `total_count`).

    Inferred, as the page does not say: both ends of the period are included, and
    objects come in a stable order (by `id` in the page's example), so that
    consecutive offsets neither skip nor repeat objects.

    Args:
        from_dt (str): Naive local date and time, `YYYY-MM-DDTHH:MM:SS`.
        to_dt (str): Naive local date and time, `YYYY-MM-DDTHH:MM:SS`.
        detector_name (str | Unset):
        locale (str | Unset): A locale such as `en_AE` (language, underscore, region).
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[DetectedObjectsPage]
    """

    kwargs = _get_kwargs(
        from_dt=from_dt,
        to_dt=to_dt,
        detector_name=detector_name,
        locale=locale,
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
    detector_name: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
) -> DetectedObjectsPage:
    """List objects detected in frames

     Objects detected in frames captured between `from_dt` and `to_dt`, optionally
    restricted to one detector, a page at a time (`limit`, `offset`; the response
    carries `total_count`).

    Inferred, as the page does not say: both ends of the period are included, and
    objects come in a stable order (by `id` in the page's example), so that
    consecutive offsets neither skip nor repeat objects.

    Args:
        from_dt (str): Naive local date and time, `YYYY-MM-DDTHH:MM:SS`.
        to_dt (str): Naive local date and time, `YYYY-MM-DDTHH:MM:SS`.
        detector_name (str | Unset):
        locale (str | Unset): A locale such as `en_AE` (language, underscore, region).
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        DetectedObjectsPage
    """

    return (
        await asyncio_detailed(
            client=client,
            from_dt=from_dt,
            to_dt=to_dt,
            detector_name=detector_name,
            locale=locale,
            limit=limit,
            offset=offset,
        )
    ).parsed
