from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.frames_page import FramesPage
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Response, Unset, loads_json


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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | FramesPage | ValidationErrorBody | None:
    if response.status_code == 200:
        response_200 = FramesPage.from_dict(loads_json(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = ErrorMessage.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 422:
        response_422 = ValidationErrorBody.from_dict(loads_json(response.content))

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMessage | FramesPage | ValidationErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    from_dt: str,
    to_dt: str,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
) -> Response[ErrorMessage | FramesPage | ValidationErrorBody]:
    """List original frames and their metadata

     Frames captured between `from_dt` and `to_dt`, a page at a time.

    Args:
        from_dt (str): Naive local date and time, `YYYY-MM-DDTHH:MM:SS`.
        to_dt (str): Naive local date and time, `YYYY-MM-DDTHH:MM:SS`.
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | FramesPage | ValidationErrorBody]
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
) -> ErrorMessage | FramesPage | ValidationErrorBody | None:
    """List original frames and their metadata

     Frames captured between `from_dt` and `to_dt`, a page at a time.

    Args:
        from_dt (str): Naive local date and time, `YYYY-MM-DDTHH:MM:SS`.
        to_dt (str): Naive local date and time, `YYYY-MM-DDTHH:MM:SS`.
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | FramesPage | ValidationErrorBody
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
) -> Response[ErrorMessage | FramesPage | ValidationErrorBody]:
    """List original frames and their metadata

     Frames captured between `from_dt` and `to_dt`, a page at a time.

    Args:
        from_dt (str): Naive local date and time, `YYYY-MM-DDTHH:MM:SS`.
        to_dt (str): Naive local date and time, `YYYY-MM-DDTHH:MM:SS`.
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | FramesPage | ValidationErrorBody]
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
) -> ErrorMessage | FramesPage | ValidationErrorBody | None:
    """List original frames and their metadata

     Frames captured between `from_dt` and `to_dt`, a page at a time.

    Args:
        from_dt (str): Naive local date and time, `YYYY-MM-DDTHH:MM:SS`.
        to_dt (str): Naive local date and time, `YYYY-MM-DDTHH:MM:SS`.
        limit (int | Unset):  Default: 100.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | FramesPage | ValidationErrorBody
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
