from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.validation_error_body import ValidationErrorBody
from ...types import File, Response, loads_json


def _get_kwargs(
    frame_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/export-api/v1/frames/{frame_id}/image".format(
            frame_id=quote(str(frame_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | File | ValidationErrorBody | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = ErrorMessage.from_dict(loads_json(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = ErrorMessage.from_dict(loads_json(response.content))

        return response_404

    if response.status_code == 422:
        response_422 = ValidationErrorBody.from_dict(loads_json(response.content))

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMessage | File | ValidationErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    frame_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorMessage | File | ValidationErrorBody]:
    """Get an original frame as JPEG

    Args:
        frame_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | File | ValidationErrorBody]
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
) -> ErrorMessage | File | ValidationErrorBody | None:
    """Get an original frame as JPEG

    Args:
        frame_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | File | ValidationErrorBody
    """

    return sync_detailed(
        frame_id=frame_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    frame_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorMessage | File | ValidationErrorBody]:
    """Get an original frame as JPEG

    Args:
        frame_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | File | ValidationErrorBody]
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
) -> ErrorMessage | File | ValidationErrorBody | None:
    """Get an original frame as JPEG

    Args:
        frame_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | File | ValidationErrorBody
    """

    return (
        await asyncio_detailed(
            frame_id=frame_id,
            client=client,
        )
    ).parsed
