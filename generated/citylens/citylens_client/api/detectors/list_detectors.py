from typing import Any

import httpx

from ..._runtime.errors import ResponseValidationError
from ..._runtime.lenient import check_parsed, empty_body, parse_failure, unexpected_status
from ...client import AuthenticatedClient, Client
from ...models.detector_list import DetectorList
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    *,
    locale: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["locale"] = locale

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/export-api/v1/detectors",
        "params": params,
    }

    return _kwargs


def request_kwargs(
    *,
    locale: str | Unset = UNSET,
) -> dict[str, Any]:
    """The arguments of `httpx.Client.request` for this operation (method, url, params,
    body and headers), for a helper that sends it another way (streaming, or its own
    parsing of the answer)."""
    return _get_kwargs(
        locale=locale,
    )


def _parse_response(*, client: AuthenticatedClient | Client | None, response: httpx.Response) -> DetectorList:
    if not 200 <= response.status_code < 300:
        raise unexpected_status("list_detectors", response)
    if not response.content:
        raise empty_body("list_detectors", "DetectorList", response)
    try:
        response_200 = DetectorList.from_json(response.content)
        check_parsed("list_detectors", response_200, response)
        return response_200

    except ResponseValidationError:
        raise
    except Exception as error:  # noqa: BLE001 - any failure to read a success body is the server's
        raise parse_failure("list_detectors", error, response) from error


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DetectorList]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def parse_response(response: httpx.Response) -> DetectorList:
    """What `sync` returns for `response`, an answer to the request `request_kwargs`
    describes, sent another way (walks build their pages' requests once)."""
    return _parse_response(client=None, response=response)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    locale: str | Unset = UNSET,
) -> Response[DetectorList]:
    """List available detectors

     Categories of urban environment objects that can be detected in frames.

    Args:
        locale (str | Unset): A locale such as `en_AE` (language, underscore, region).

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[DetectorList]
    """

    kwargs = _get_kwargs(
        locale=locale,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    locale: str | Unset = UNSET,
) -> DetectorList:
    """List available detectors

     Categories of urban environment objects that can be detected in frames.

    Args:
        locale (str | Unset): A locale such as `en_AE` (language, underscore, region).

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        DetectorList
    """

    return sync_detailed(
        client=client,
        locale=locale,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    locale: str | Unset = UNSET,
) -> Response[DetectorList]:
    """List available detectors

     Categories of urban environment objects that can be detected in frames.

    Args:
        locale (str | Unset): A locale such as `en_AE` (language, underscore, region).

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        Response[DetectorList]
    """

    kwargs = _get_kwargs(
        locale=locale,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    locale: str | Unset = UNSET,
) -> DetectorList:
    """List available detectors

     Categories of urban environment objects that can be detected in frames.

    Args:
        locale (str | Unset): A locale such as `en_AE` (language, underscore, region).

    Raises:
        APIError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
        ResponseValidationError: A success answer whose body does not have the documented shape.
        APIConnectionError: The API could not be reached, or did not answer in time, after retries.

    Returns:
        DetectorList
    """

    return (
        await asyncio_detailed(
            client=client,
            locale=locale,
        )
    ).parsed
